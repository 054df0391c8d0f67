import { describe, expect, it } from 'vitest';
import type { FilingWindow } from '@refugio/contract';
import { buildCalendar } from '../calendars/calendar';
import { checkFilingWindow } from './filing-window';

const src = { legalBasis: 'test', source: 'test' };
const window = (
  length: number,
  unit: 'working_days' | 'calendar_days' | 'calendar_months',
): FilingWindow => ({
  status: 'known',
  length,
  unit,
  from: 'entry',
  ...src,
});
const mexico = buildCalendar('MEX');
const costaRica = buildCalendar('CRI');

describe('checkFilingWindow', () => {
  it("counts Mexico's 30 working days on the LFPA calendar, skipping 5 February", () => {
    // Entry Monday 2026-01-05. Day 1 is Tue 01-06; Thu 5 Feb (LFPA art. 28) does not count, so
    // day 30 is Tuesday 2026-02-17 (it would be Monday 02-16 on weekdays alone).
    const onTime = checkFilingWindow(
      window(30, 'working_days'),
      { entryDate: '2026-01-05', applicationDate: '2026-02-17' },
      mexico,
    );
    expect(onTime).toEqual({ late: false, deadline: '2026-02-17', method: 'working_days' });
    const late = checkFilingWindow(
      window(30, 'working_days'),
      { entryDate: '2026-01-05', applicationDate: '2026-02-18' },
      mexico,
    );
    expect(late.late).toBe(true);
  });

  it('starts counting on the first working day after an entry on a weekend', () => {
    // Entry Saturday 2026-01-03: day 1 is Monday 01-05, day 5 Friday 01-09.
    expect(
      checkFilingWindow(
        window(5, 'working_days'),
        { entryDate: '2026-01-03', applicationDate: '2026-01-09' },
        mexico,
      ).deadline,
    ).toBe('2026-01-09');
  });

  it('ends a calendar month on the same day number, clamped to the month end (Costa Rica)', () => {
    expect(
      checkFilingWindow(
        window(1, 'calendar_months'),
        { entryDate: '2026-01-31', applicationDate: '2026-02-28' },
        costaRica,
      ),
    ).toEqual({ late: false, deadline: '2026-02-28', method: 'calendar_months' });
    expect(
      checkFilingWindow(
        window(1, 'calendar_months'),
        { entryDate: '2026-03-15', applicationDate: '2026-04-16' },
        costaRica,
      ).late,
    ).toBe(true);
  });

  it('counts calendar days across a year end', () => {
    const belize = buildCalendar('BLZ');
    expect(
      checkFilingWindow(
        window(14, 'calendar_days'),
        { entryDate: '2026-12-25', applicationDate: '2027-01-08' },
        belize,
      ).deadline,
    ).toBe('2027-01-08');
    expect(
      checkFilingWindow(
        window(14, 'calendar_days'),
        { entryDate: '2026-12-25', applicationDate: '2027-01-09' },
        belize,
      ).late,
    ).toBe(true);
  });

  it('never flags an application late when the law is unknown', () => {
    expect(
      checkFilingWindow(
        { status: 'unknown', note: 'not found' },
        { entryDate: '2000-01-01', applicationDate: '2026-01-01' },
        mexico,
      ),
    ).toEqual({ late: false, deadline: null, method: 'unknown' });
  });
});
