import { describe, expect, it } from 'vitest';
import type { FilingWindow } from '@refugio/contract';
import { checkFilingWindow } from './filing-window';

const src = { legalBasis: 'test', source: 'test' };
const mexico: FilingWindow = { status: 'known', length: 30, unit: 'working_days', from: 'entry', ...src };
const costaRica: FilingWindow = {
  status: 'known',
  length: 1,
  unit: 'calendar_months',
  from: 'entry',
  ...src,
};
const belize: FilingWindow = { status: 'known', length: 14, unit: 'calendar_days', from: 'entry', ...src };

describe('checkFilingWindow', () => {
  it('counts 30 weekdays from the day after entry (Mexico)', () => {
    // Entry Monday 2026-01-05: day 1 is Tuesday 01-06, day 30 is Monday 2026-02-16.
    const onTime = checkFilingWindow(mexico, { entryDate: '2026-01-05', applicationDate: '2026-02-16' });
    expect(onTime).toEqual({ late: false, deadline: '2026-02-16', method: 'weekdays_without_holidays' });
    expect(checkFilingWindow(mexico, { entryDate: '2026-01-05', applicationDate: '2026-02-17' }).late).toBe(
      true,
    );
  });

  it('starts counting on the next weekday when entry is on a weekend', () => {
    // Entry Saturday 2026-01-03: day 1 is Monday 2026-01-05, day 5 Friday 2026-01-09.
    const week: FilingWindow = { ...mexico, length: 5 } as FilingWindow;
    expect(checkFilingWindow(week, { entryDate: '2026-01-03', applicationDate: '2026-01-09' }).deadline).toBe(
      '2026-01-09',
    );
  });

  it('ends a calendar month on the same day number, clamped to the month end', () => {
    expect(checkFilingWindow(costaRica, { entryDate: '2026-01-31', applicationDate: '2026-02-28' })).toEqual({
      late: false,
      deadline: '2026-02-28',
      method: 'calendar_months',
    });
    expect(
      checkFilingWindow(costaRica, { entryDate: '2026-03-15', applicationDate: '2026-04-16' }).late,
    ).toBe(true);
  });

  it('counts calendar days', () => {
    expect(
      checkFilingWindow(belize, { entryDate: '2026-12-25', applicationDate: '2027-01-08' }).deadline,
    ).toBe('2027-01-08');
    expect(checkFilingWindow(belize, { entryDate: '2026-12-25', applicationDate: '2027-01-09' }).late).toBe(
      true,
    );
  });

  it('never flags an application late when the law is unknown', () => {
    expect(
      checkFilingWindow(
        { status: 'unknown', note: 'not found' },
        { entryDate: '2000-01-01', applicationDate: '2026-01-01' },
      ),
    ).toEqual({ late: false, deadline: null, method: 'unknown' });
  });
});
