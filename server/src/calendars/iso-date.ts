/**
 * A calendar day as `YYYY-MM-DD`. Legal time limits count days, not instants, so dates stay strings and
 * day numbers: no `Date`, hence no time zone that could move a deadline by one day.
 */
export type IsoDate = string;

/** Sunday = 0 … Saturday = 6, as JavaScript and date-holidays number them. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const weekdayNames = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Year, month and day of a well-formed, existing date; null for `2026-02-30`, `2026-2-3` or anything else. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export const isIsoDate = (value: string): boolean => parseIsoDate(value) !== null;

/** Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function toDayNumber(date: IsoDate): number {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`"${date}" is not a date in the form YYYY-MM-DD`);
  return dayNumberOf(parsed.year, parsed.month, parsed.day);
}

/** Inverse of `dayNumberOf` (H. Hinnant's `civil_from_days`). */
export function civilOf(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function fromDayNumber(dayNumber: number): IsoDate {
  const { year, month, day } = civilOf(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** 1970-01-01 was a Thursday (4). */
export const weekdayOf = (dayNumber: number): Weekday => ((((dayNumber + 4) % 7) + 7) % 7) as Weekday;

export const isWeekend = (dayNumber: number): boolean => {
  const weekday = weekdayOf(dayNumber);
  return weekday === 0 || weekday === 6;
};

export const addDays = (date: IsoDate, n: number): IsoDate => fromDayNumber(toDayNumber(date) + n);
