import { CountryCode3 } from '@refugio/contract';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendars/calendar';
import { addCalendarDays, addWorkingDays, workingDaysBetween } from '../calendars/day-count';
import { dayNumberOf, fromDayNumber } from '../calendars/iso-date';
import { runClock } from './clock';

const mexico = buildCalendar('MEX');
// Filed Mon 9 Mar 2026: the 45 working days of LRPCAP art. 24 end on Wed 13 May 2026
// (hand count in deadlines.test.ts).
const filed = '2026-03-09';

describe('runClock with suspensions (Mexico, 45 working days from 9 March 2026)', () => {
  it('without a suspension ends on 13 May', () => {
    expect(runClock(mexico, filed, 45, 'working_days')).toEqual({
      kind: 'due',
      due: '2026-05-13',
      pausedDays: 0,
    });
  });

  it('a suspension over Holy Week moves the end by the 8 working days it covered', () => {
    // 1–10 April 2026: Wed 1, Thu 2, Fri 3 (Holy Thursday and Friday are not LFPA art. 28 days),
    // Mon 6 – Fri 10: 8 working days. From Wed 13 May: 14, 15, 18, 19, 20, 21, 22, Mon 25 May.
    expect(runClock(mexico, filed, 45, 'working_days', [{ from: '2026-04-01', to: '2026-04-10' }])).toEqual({
      kind: 'due',
      due: '2026-05-25',
      pausedDays: 10,
    });
  });

  it('a suspension spanning 1 and 5 May moves the end only by the working days it covered', () => {
    // 28 Apr – 6 May: Tue 28, Wed 29, Thu 30, Mon 4, Wed 6 are working; Fri 1 and Tue 5 May are
    // LFPA art. 28 days and the weekend is not counted anyway: 5 working days → Wed 20 May.
    expect(runClock(mexico, filed, 45, 'working_days', [{ from: '2026-04-28', to: '2026-05-06' }])).toEqual({
      kind: 'due',
      due: '2026-05-20',
      pausedDays: 9,
    });
  });

  it('a suspension without an end stops the clock with the days that were left', () => {
    // Counted by 31 March: 10–13 Mar 4, 16–20 Mar 9 (Mon 16 is only a labour-law observance), 23–27 14,
    // 30–31 16. 45 − 16 = 29 left.
    expect(runClock(mexico, filed, 45, 'working_days', [{ from: '2026-04-01', to: null }])).toEqual({
      kind: 'stopped',
      since: '2026-04-01',
      unitsLeft: 29,
      pausedDays: 0,
    });
  });

  it('lifting it resumes with those days: the same end as a suspension entered with its end date', () => {
    const lifted = runClock(mexico, filed, 45, 'working_days', [{ from: '2026-04-01', to: '2026-04-10' }]);
    const resumed = addWorkingDays(mexico, '2026-04-10', 29).date;
    expect(lifted).toMatchObject({ kind: 'due', due: resumed });
    expect(resumed).toBe('2026-05-25');
  });

  it('ignores a suspension that ended before the count started or begins after its end', () => {
    const pauses = [
      { from: '2026-01-05', to: '2026-03-09' },
      { from: '2026-05-14', to: null },
    ];
    expect(runClock(mexico, filed, 45, 'working_days', pauses)).toEqual({
      kind: 'due',
      due: '2026-05-13',
      pausedDays: 0,
    });
  });

  it('counts overlapping suspensions once', () => {
    const pauses = [
      { from: '2026-04-01', to: '2026-04-06' },
      { from: '2026-04-03', to: '2026-04-10' },
    ];
    expect(runClock(mexico, filed, 45, 'working_days', pauses)).toMatchObject({ due: '2026-05-25' });
  });

  it('calendar days move by the suspended calendar days', () => {
    expect(
      runClock(mexico, '2026-01-10', 30, 'calendar_days', [{ from: '2026-01-20', to: '2026-01-24' }]),
    ).toEqual({ kind: 'due', due: '2026-02-14', pausedDays: 5 });
  });

  it('calendar months move by the suspended calendar days within them', () => {
    // 31 Jan + 1 month = 28 Feb 2026; 3 paused days in between → 3 March.
    expect(
      runClock(mexico, '2026-01-31', 1, 'calendar_months', [{ from: '2026-02-10', to: '2026-02-12' }]),
    ).toEqual({ kind: 'due', due: '2026-03-03', pausedDays: 3 });
  });
});

const calendars = CountryCode3.options.map((code) => buildCalendar(code));
const date = fc.integer({ min: dayNumberOf(2019, 1, 1), max: dayNumberOf(2031, 12, 31) }).map(fromDayNumber);

describe('suspensions, for any state, start, length and suspension', () => {
  it('a suspension of k working days inside the count moves the due date by exactly k working days', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...calendars),
        date,
        fc.integer({ min: 1, max: 90 }),
        fc.integer({ min: 0, max: 89 }),
        fc.integer({ min: 1, max: 40 }),
        (calendar, start, n, offset, k) => {
          const j = (offset % n) + 1; // the pause starts on the jth working day of the count
          const from = addWorkingDays(calendar, start, j).date;
          const to = addWorkingDays(calendar, start, j + k - 1).date;
          const before = runClock(calendar, start, n, 'working_days');
          const after = runClock(calendar, start, n, 'working_days', [{ from, to }]);
          if (before.kind !== 'due' || after.kind !== 'due') return false;
          return (
            after.due === addWorkingDays(calendar, before.due, k).date &&
            workingDaysBetween(calendar, before.due, after.due) === k
          );
        },
      ),
    );
  });

  it('a calendar-day suspension of k days inside the count moves the due date by k days', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 90 }), fc.integer({ min: 1, max: 60 }), (start, n, k) => {
        const from = addCalendarDays(start, 1).date;
        const to = addCalendarDays(start, k).date;
        const after = runClock(mexico, start, n, 'calendar_days', [{ from, to }]);
        return after.kind === 'due' && after.due === addCalendarDays(start, n + k).date;
      }),
    );
  });
});
