import { reasonsOn, type Calendar } from './calendar';
import { fromDayNumber, toDayNumber, type IsoDate } from './iso-date';
import type { NonWorkingDay } from './non-working-day';

export interface CountResult {
  /** The last day of the time limit. */
  readonly date: IsoDate;
  /** The non-working days passed over, in order, each with its reasons (weekends included). */
  readonly skipped: readonly NonWorkingDay[];
}

export interface CalendarCountResult extends CountResult {
  /** The date n calendar days after the start, before any move to a working day. */
  readonly nominalDate: IsoDate;
}

export interface CalendarDaysOptions {
  /**
   * Move a limit that ends on a non-working day of this calendar to the next working day, where the
   * law says so (Mexico: LFPA art. 29, "se prorrogará el plazo hasta el siguiente día hábil").
   * Without it the limit ends on the nth calendar day whatever that day is.
   */
  readonly rollForwardIn?: Calendar;
}

function checkCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`The number of days must be a whole number ≥ 0, got ${n}`);
}

/**
 * The nth working day after `from`: counting starts on the first working day after the start date
 * (LRPCAP art. 18 "a partir del día hábil siguiente", LFPA art. 38), so `from` itself never counts,
 * whether or not it is a working day. `n = 0` returns `from` unchanged.
 */
export function addWorkingDays(calendar: Calendar, from: IsoDate, n: number): CountResult {
  checkCount(n);
  let day = toDayNumber(from);
  const skipped: NonWorkingDay[] = [];
  for (let counted = 0; counted < n;) {
    day++;
    const reasons = reasonsOn(calendar, day);
    if (reasons.length === 0) counted++;
    else skipped.push({ date: fromDayNumber(day), reasons });
  }
  return { date: fromDayNumber(day), skipped };
}

/** `from` plus n calendar days (day 1 is the day after `from`), optionally moved to a working day. */
export function addCalendarDays(
  from: IsoDate,
  n: number,
  options: CalendarDaysOptions = {},
): CalendarCountResult {
  checkCount(n);
  const nominal = toDayNumber(from) + n;
  const nominalDate = fromDayNumber(nominal);
  const calendar = options.rollForwardIn;
  if (!calendar) return { date: nominalDate, nominalDate, skipped: [] };
  let day = nominal;
  const skipped: NonWorkingDay[] = [];
  for (let reasons = reasonsOn(calendar, day); reasons.length > 0; reasons = reasonsOn(calendar, ++day)) {
    skipped.push({ date: fromDayNumber(day), reasons });
  }
  return { date: fromDayNumber(day), nominalDate, skipped };
}

/**
 * Working days after `from` up to and including `to`, so that
 * `workingDaysBetween(c, from, addWorkingDays(c, from, n).date) === n`. Negative when `to` is before
 * `from` (a limit already passed by that many working days).
 */
export function workingDaysBetween(calendar: Calendar, from: IsoDate, to: IsoDate): number {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  const [low, high, sign] = start <= end ? [start, end, 1] : [end, start, -1];
  let count = 0;
  for (let day = low + 1; day <= high; day++) if (reasonsOn(calendar, day).length === 0) count++;
  return sign * count;
}

/**
 * The same day number `n` months after `from`, clamped to the last day of a shorter month
 * (31 January + 1 month = 28 or 29 February): how "one month from entry" is read.
 */
export function addCalendarMonths(from: IsoDate, n: number): IsoDate {
  checkCount(n);
  const [year, month, day] = from.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + n, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
