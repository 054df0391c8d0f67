import { CountryCode3 } from '@refugio/contract';
import { loadCalendarTable } from './calendar-table';
import { buildYear, type CalendarSettings, type YearDays } from './calendar-year';
import { countryCalendars } from './country-calendars';
import {
  civilOf,
  fromDayNumber,
  parseIsoDate,
  toDayNumber,
  weekdayNames,
  weekdayOf,
  type IsoDate,
} from './iso-date';
import type {
  DeclaredNonWorkingDay,
  NonWorkingDay,
  NonWorkingReason,
  NotCountedDay,
  NotCountedReason,
} from './non-working-day';

export type { DeclaredNonWorkingDay } from './non-working-day';

export interface CalendarOptions {
  /**
   * Mexico only. Also treat as non-working the labour-law observances that LFPA art. 28 does not name:
   * the first Monday of February, the third Mondays of March and November, and 1 October 2024. Default
   * false: COMAR's time limits follow LFPA art. 28, whose text keeps the fixed dates
   * (countries/calendars/README.md §1(b)).
   */
  readonly observedNotInLfpa?: boolean;
  /** Also count candidate and low-confidence days (customary closures with no act found, half days). */
  readonly includeCandidates?: boolean;
  readonly declared?: readonly DeclaredNonWorkingDay[];
}

/** One state's working-day calendar with the deployment's choices; build it with `buildCalendar`. */
export interface Calendar extends CalendarSettings {
  /** The special days of one year by day number, built on first use and then reused. */
  readonly yearDays: (year: number) => YearDays;
}

export interface DayCheck {
  readonly date: IsoDate;
  readonly working: boolean;
  /** Why the day is not a working day; empty when it is one. */
  readonly reasons: readonly NonWorkingReason[];
  /** Days the sources mention that this calendar still counts as working, with why. */
  readonly notCounted: readonly NotCountedReason[];
}

/** Throws an Error naming the option at fault, so a bad deployment setting stops the server at start. */
export function buildCalendar(country: CountryCode3, options: CalendarOptions = {}): Calendar {
  const code = CountryCode3.safeParse(country);
  if (!code.success) {
    throw new Error(`Unknown country code "${country}". Valid codes: ${CountryCode3.options.join(', ')}.`);
  }
  const profile = countryCalendars[code.data];
  if (options.observedNotInLfpa && profile.code !== 'MEX') {
    throw new Error('observedNotInLfpa: applies to Mexico only (LFPA art. 28)');
  }
  const declared = options.declared ?? [];
  // Declared days come from administrators' entries: check them here too, not only in the form.
  const filled = (text: unknown) => typeof text === 'string' && text.trim() !== '';
  const problems = declared.flatMap((d, i) => [
    ...(typeof d.date === 'string' && parseIsoDate(d.date)
      ? []
      : [`declared.${i}.date: "${d.date}" is not a date YYYY-MM-DD`]),
    ...(filled(d.reason) ? [] : [`declared.${i}.reason: required`]),
    ...(filled(d.legalBasis) ? [] : [`declared.${i}.legalBasis: required`]),
  ]);
  if (problems.length > 0) throw new Error(problems.join('; '));
  // Loaded now, so a broken table fails at start rather than on the first deadline in its years.
  const tables = profile.tables.map((t) => loadCalendarTable(t.file, t));

  const settings: CalendarSettings = {
    country: profile,
    observedNotInLfpa: options.observedNotInLfpa ?? false,
    includeCandidates: options.includeCandidates ?? false,
    declared,
  };
  const years = new Map<number, YearDays>();
  return {
    ...settings,
    yearDays: (year) => {
      let days = years.get(year);
      if (!days) {
        days = buildYear(settings, tables, year);
        years.set(year, days);
      }
      return days;
    },
  };
}

export function checkDay(calendar: Calendar, date: IsoDate): DayCheck {
  const dayNumber = toDayNumber(date);
  const reasons = reasonsOn(calendar, dayNumber);
  const notCounted = calendar.yearDays(civilOf(dayNumber).year).notCounted.get(dayNumber) ?? [];
  return { date, working: reasons.length === 0, reasons, notCounted };
}

export const isWorkingDay = (calendar: Calendar, date: IsoDate): boolean =>
  isWorkingDayNumber(calendar, toDayNumber(date));

/** Whether a day (by number) is counted as a working day; `reasonsOn` without building the reasons. */
export function isWorkingDayNumber(calendar: Calendar, dayNumber: number): boolean {
  const weekday = weekdayOf(dayNumber);
  if (weekday === 0 || weekday === 6) return false;
  return !calendar.yearDays(civilOf(dayNumber).year).counted.has(dayNumber);
}

/** Every day of the year that is non-working for a reason other than being a Saturday or Sunday. */
export function nonWorkingDays(calendar: Calendar, year: number): NonWorkingDay[] {
  return [...calendar.yearDays(year).counted.keys()]
    .sort((a, b) => a - b)
    .map((dayNumber) => ({ date: fromDayNumber(dayNumber), reasons: reasonsOn(calendar, dayNumber) }));
}

/** Days the sources mention that this calendar counts as working days (candidates, observances not chosen). */
export function notCountedDays(calendar: Calendar, year: number): NotCountedDay[] {
  return [...calendar.yearDays(year).notCounted]
    .sort(([a], [b]) => a - b)
    .map(([dayNumber, reasons]) => ({ date: fromDayNumber(dayNumber), reasons }));
}

/** The reasons a day is non-working, weekend first; empty for a working day. The hot path of every count. */
export function reasonsOn(calendar: Calendar, dayNumber: number): readonly NonWorkingReason[] {
  const special = calendar.yearDays(civilOf(dayNumber).year).counted.get(dayNumber);
  const weekday = weekdayOf(dayNumber);
  if (weekday !== 0 && weekday !== 6) return special ?? [];
  const weekend: NonWorkingReason = {
    kind: 'weekend',
    reason: weekdayNames[weekday],
    legalBasis: calendar.country.weekendBasis,
    source: 'day of the week',
    confidence: 'high',
  };
  return special ? [weekend, ...special] : [weekend];
}
