import type { Calendar } from '../calendars/calendar';
import { isWorkingDayNumber } from '../calendars/calendar';
import { addCalendarMonths } from '../calendars/day-count';
import { fromDayNumber, toDayNumber, type IsoDate } from '../calendars/iso-date';
import type { LimitUnit } from '@refugio/contract';

/**
 * A period in which a case's clocks stood still (a suspension of the case, its office or the whole
 * authority): `from` and `to` inclusive; `to` null while the suspension has not been lifted.
 */
export interface ClockPause {
  readonly from: IsoDate;
  readonly to: IsoDate | null;
}

/** Where a limit stands once the pauses are taken into account. */
export type ClockResult =
  /** The last day of the limit. */
  | { readonly kind: 'due'; readonly due: IsoDate; readonly pausedDays: number }
  /**
   * A suspension without an end stopped the clock before the limit ran out: there is no due date
   * until it is lifted, only the units that were left when it started.
   */
  | {
      readonly kind: 'stopped';
      readonly since: IsoDate;
      readonly unitsLeft: number;
      readonly pausedDays: number;
    };

interface DayRange {
  readonly from: number;
  /** Infinity while open. */
  readonly to: number;
}

function toRanges(pauses: readonly ClockPause[]): DayRange[] {
  return pauses
    .map((p) => ({ from: toDayNumber(p.from), to: p.to === null ? Infinity : toDayNumber(p.to) }))
    .filter((r) => r.to >= r.from)
    .sort((a, b) => a.from - b.from);
}

/** The pause containing `day`, if any (ranges sorted by start; a handful per case). */
function pauseAt(ranges: readonly DayRange[], day: number): DayRange | undefined {
  for (const r of ranges) {
    if (r.from > day) return undefined;
    if (day <= r.to) return r;
  }
  return undefined;
}

/**
 * The last day of a limit of `length` units that started on `start`, with the days of every pause not
 * counted: the clock stops on the first paused day and resumes the day after the pause with the units
 * that were left (the law's "se suspenden los plazos"). Working days skip non-working days as well;
 * calendar days count every day; calendar months run to the same day n months later and then move on
 * by as many calendar days as were paused in between. Pure: the calendar comes in as an argument.
 */
export function runClock(
  calendar: Calendar,
  start: IsoDate,
  length: number,
  unit: LimitUnit,
  pauses: readonly ClockPause[] = [],
): ClockResult {
  // Thousands of cases share a start date and the same pauses: each clock is run once per calendar.
  let results = memo.get(calendar);
  if (!results || results.size >= MEMO_LIMIT) {
    results = new Map();
    memo.set(calendar, results);
  }
  const key = `${start} ${length} ${unit}${pauses.map((p) => ` ${p.from}/${p.to ?? ''}`).join('')}`;
  let result = results.get(key);
  if (!result) {
    result = countClock(calendar, start, length, unit, pauses);
    results.set(key, result);
  }
  return result;
}

/** Results of `runClock` by calendar (a calendar is rebuilt when the declared days change). */
const memo = new WeakMap<Calendar, Map<string, ClockResult>>();
const MEMO_LIMIT = 200_000;

function countClock(
  calendar: Calendar,
  start: IsoDate,
  length: number,
  unit: LimitUnit,
  pauses: readonly ClockPause[],
): ClockResult {
  const ranges = toRanges(pauses);
  const begin = toDayNumber(start);
  switch (unit) {
    case 'working_days':
      return countDays(begin, length, ranges, (day) => isWorkingDayNumber(calendar, day));
    case 'calendar_days':
      return countDays(begin, length, ranges, () => true);
    case 'calendar_months': {
      const nominal = toDayNumber(addCalendarMonths(start, length));
      // The paused days inside the nominal span are added back as calendar days after it.
      let paused = 0;
      for (let day = begin + 1; day <= nominal; day++) {
        const pause = pauseAt(ranges, day);
        if (pause?.to === Infinity) {
          return { kind: 'stopped', since: fromDayNumber(day), unitsLeft: length, pausedDays: paused };
        }
        if (pause) paused++;
      }
      const rest = countDays(nominal, paused, ranges, () => true);
      return rest.kind === 'due'
        ? { kind: 'due', due: rest.due, pausedDays: paused + rest.pausedDays }
        : { ...rest, unitsLeft: length, pausedDays: paused + rest.pausedDays };
    }
  }
}

function countDays(
  begin: number,
  length: number,
  ranges: readonly DayRange[],
  counts: (day: number) => boolean,
): ClockResult {
  let day = begin;
  let pausedDays = 0;
  for (let counted = 0; counted < length;) {
    day++;
    const pause = pauseAt(ranges, day);
    if (pause) {
      if (pause.to === Infinity) {
        return { kind: 'stopped', since: fromDayNumber(day), unitsLeft: length - counted, pausedDays };
      }
      pausedDays += pause.to - day + 1;
      day = pause.to;
      continue;
    }
    if (counts(day)) counted++;
  }
  return { kind: 'due', due: fromDayNumber(day), pausedDays };
}

/** Whether the clock stands still on `date` (a pause covers it). */
export function isPausedOn(pauses: readonly ClockPause[], date: IsoDate): boolean {
  return pauseAt(toRanges(pauses), toDayNumber(date)) !== undefined;
}
