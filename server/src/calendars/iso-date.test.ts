import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumberOf, fromDayNumber, parseIsoDate, toDayNumber, weekdayOf } from './iso-date';

describe('ISO dates as day numbers', () => {
  it('reads existing dates and refuses the rest', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of [
      '2025-02-29',
      '2100-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-3-30',
      '30/03/2026',
      '',
    ]) {
      expect(parseIsoDate(bad), bad).toBeNull();
    }
    expect(() => toDayNumber('2026-02-30')).toThrow(/"2026-02-30" is not a date/);
  });

  it('knows the weekday of dates checked on a printed calendar', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(weekdayOf(toDayNumber('1970-01-01'))).toBe(4); // Thursday
    expect(weekdayOf(toDayNumber('2026-03-30'))).toBe(1); // Monday
    expect(weekdayOf(toDayNumber('2024-10-01'))).toBe(2); // Tuesday
    expect(weekdayOf(toDayNumber('2000-02-29'))).toBe(2); // Tuesday, leap day of a 400-year
  });

  it('crosses month, leap-day and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-03-30', 365)).toBe('2027-03-30');
  });

  it('round-trips every day between 1900 and 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumberOf(1900, 1, 1), max: dayNumberOf(2200, 12, 31) }), (n) => {
        const iso = fromDayNumber(n);
        const parsed = parseIsoDate(iso);
        return parsed !== null && toDayNumber(iso) === n && weekdayOf(n + 7) === weekdayOf(n);
      }),
    );
  });
});
