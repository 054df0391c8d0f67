import { CountryCode3 } from '@refugio/contract';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar, isWorkingDay, type Calendar } from './calendar';
import { addCalendarDays, addWorkingDays, workingDaysBetween } from './day-count';
import { dayNumberOf, fromDayNumber, toDayNumber } from './iso-date';

// Every state, with and without candidates, Mexico also observing the labour-law Mondays, and one
// calendar with a run of declared days: the properties must hold whatever the deployment chooses.
const calendars: Calendar[] = [
  ...CountryCode3.options.map((code) => buildCalendar(code)),
  ...CountryCode3.options.map((code) => buildCalendar(code, { includeCandidates: true })),
  buildCalendar('MEX', { observedNotInLfpa: true, includeCandidates: true }),
  buildCalendar('HND', {
    declared: ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09'].map(
      (date) => ({
        date,
        reason: 'Cierre',
        legalBasis: 'Acuerdo',
      }),
    ),
  }),
];
const calendar = fc.constantFrom(...calendars);
// 2019–2031 spans the sourced tables (2024–2026) and years on either side of them.
const date = fc.integer({ min: dayNumberOf(2019, 1, 1), max: dayNumberOf(2031, 12, 31) }).map(fromDayNumber);
const days = fc.integer({ min: 1, max: 130 });

describe('working-day arithmetic, for any date, length and calendar', () => {
  it('ends on a working day, after the start', () => {
    fc.assert(
      fc.property(calendar, date, days, (c, from, n) => {
        const { date: end } = addWorkingDays(c, from, n);
        return isWorkingDay(c, end) && end > from;
      }),
    );
  });

  it('adding n then m working days equals adding n + m', () => {
    fc.assert(
      fc.property(calendar, date, days, days, (c, from, n, m) => {
        const stepwise = addWorkingDays(c, addWorkingDays(c, from, n).date, m).date;
        return stepwise === addWorkingDays(c, from, n + m).date;
      }),
    );
  });

  it('workingDaysBetween inverts addWorkingDays, in both directions', () => {
    fc.assert(
      fc.property(calendar, date, days, (c, from, n) => {
        const end = addWorkingDays(c, from, n).date;
        return workingDaysBetween(c, from, end) === n && workingDaysBetween(c, end, from) === -n;
      }),
    );
  });

  it('accounts for every day of the span: n counted, the rest skipped with a reason', () => {
    fc.assert(
      fc.property(calendar, date, days, (c, from, n) => {
        const result = addWorkingDays(c, from, n);
        const span = toDayNumber(result.date) - toDayNumber(from);
        return (
          span === n + result.skipped.length &&
          result.skipped.every((d) => d.reasons.length > 0 && !isWorkingDay(c, d.date))
        );
      }),
    );
  });

  it('a calendar-day limit moved forward lands on the first working day on or after the nominal date', () => {
    fc.assert(
      fc.property(calendar, date, fc.integer({ min: 0, max: 400 }), (c, from, n) => {
        const plain = addCalendarDays(from, n);
        const moved = addCalendarDays(from, n, { rollForwardIn: c });
        const gap = toDayNumber(moved.date) - toDayNumber(plain.date);
        return (
          toDayNumber(plain.date) - toDayNumber(from) === n &&
          isWorkingDay(c, moved.date) &&
          gap === moved.skipped.length &&
          moved.nominalDate === plain.date
        );
      }),
    );
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays(calendars[0]!, '2026-01-05', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(calendars[0]!, '2026-01-05', 1.5)).toThrow(RangeError);
    expect(() => addCalendarDays('2026-01-05', -3)).toThrow(RangeError);
    expect(addWorkingDays(calendars[0]!, '2026-01-03', 0)).toEqual({ date: '2026-01-03', skipped: [] });
  });
});
