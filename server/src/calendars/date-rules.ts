import { dayNumberOf, daysInMonth, fromDayNumber, weekdayOf, type IsoDate, type Weekday } from './iso-date';

/**
 * When a statutory day falls, written the way laws write it: a fixed day of the month (possibly moved
 * to the next given weekday, "disfrutado el lunes siguiente"), or the nth weekday of a month plus some
 * days (Honduras' Semana Morazánica: "first Wednesday of October, and the two days after").
 */
export type DateRule =
  | { readonly monthDay: `${number}-${number}`; readonly onOrAfterWeekday?: Weekday }
  | { readonly nth: number; readonly weekday: Weekday; readonly month: number; readonly plusDays?: number };

/** Years in which a rule is in force; `every` counts from `from` (the six-yearly presidential handover). */
export interface YearRange {
  readonly from?: number;
  readonly to?: number;
  readonly every?: number;
}

export function appliesIn(range: YearRange | undefined, year: number): boolean {
  if (!range) return true;
  if (range.from !== undefined && year < range.from) return false;
  if (range.to !== undefined && year > range.to) return false;
  if (range.every !== undefined) return (year - (range.from ?? 0)) % range.every === 0;
  return true;
}

/** The date a rule gives in a year, or null when that year has no such day (29 February). */
export function dateIn(rule: DateRule, year: number): IsoDate | null {
  if ('monthDay' in rule) {
    const [month, day] = rule.monthDay.split('-').map(Number) as [number, number];
    if (day > daysInMonth(year, month)) return null;
    const dayNumber = dayNumberOf(year, month, day);
    const shift =
      rule.onOrAfterWeekday === undefined ? 0 : (rule.onOrAfterWeekday - weekdayOf(dayNumber) + 7) % 7;
    return fromDayNumber(dayNumber + shift);
  }
  const first = dayNumberOf(year, rule.month, 1);
  const firstMatch = first + ((rule.weekday - weekdayOf(first) + 7) % 7);
  return fromDayNumber(firstMatch + (rule.nth - 1) * 7 + (rule.plusDays ?? 0));
}
