import type { CalendarTable } from './calendar-table';
import type { CountryCalendar } from './country-calendars';
import { appliesIn, dateIn } from './date-rules';
import { isWeekend, toDayNumber, type IsoDate } from './iso-date';
import { libraryHolidays } from './library-holidays';
import type {
  DeclaredNonWorkingDay,
  NonWorkingKind,
  NonWorkingReason,
  NotCountedReason,
} from './non-working-day';

/** The deployment's choices a calendar is built with (see `CalendarOptions` in calendar.ts). */
export interface CalendarSettings {
  readonly country: CountryCalendar;
  readonly observedNotInLfpa: boolean;
  readonly includeCandidates: boolean;
  readonly declared: readonly DeclaredNonWorkingDay[];
}

/** The days of one year that are not ordinary weekdays, by day number. */
export interface YearDays {
  readonly counted: ReadonlyMap<number, readonly NonWorkingReason[]>;
  readonly notCounted: ReadonlyMap<number, readonly NotCountedReason[]>;
}

type SourceDay = Omit<NonWorkingReason, 'kind'> & { date: IsoDate; kind: Exclude<NonWorkingKind, 'weekend'> };

/**
 * Which days of a year are non-working and which the sources mention but the settings count as
 * working: the sourced table when one covers the year, otherwise the statute's own list and
 * date-holidays with its corrections; then the authority's declared days.
 */
export function buildYear(
  settings: CalendarSettings,
  tables: readonly CalendarTable[],
  year: number,
): YearDays {
  const counted = new Map<number, NonWorkingReason[]>();
  const notCounted = new Map<number, NotCountedReason[]>();
  for (const { date, ...reason } of [
    ...sourceDays(settings.country, tables, year),
    ...declaredIn(settings, year),
  ]) {
    const dayNumber = toDayNumber(date);
    const whyWorking = whyCountedAsWorking(settings, reason);
    if (whyWorking === null) push(counted, dayNumber, reason);
    else push(notCounted, dayNumber, { ...reason, whyWorking });
  }
  // A mention on a day that is non-working anyway (a weekend, a counted holiday) would only confuse the listing.
  for (const dayNumber of notCounted.keys()) {
    if (counted.has(dayNumber) || isWeekend(dayNumber)) notCounted.delete(dayNumber);
  }
  return { counted, notCounted };
}

function sourceDays(country: CountryCalendar, tables: readonly CalendarTable[], year: number): SourceDay[] {
  const table = tables.find((t) => year >= t.fromYear && year <= t.toYear);
  if (table) return table.rows.filter((row) => row.date.startsWith(`${year}-`));

  const statute: SourceDay[] = (country.statute?.days ?? []).flatMap((day) => {
    const date = appliesIn(day.years, year) ? dateIn(day.date, year) : null;
    if (date === null) return [];
    const { legalBasis, source, confidence } = country.statute!;
    return [{ date, kind: 'statutory' as const, reason: day.reason, legalBasis, source, confidence }];
  });
  const statuteDates = new Set(statute.map((d) => d.date));
  const library = libraryHolidays(country, year)
    // Mexico: a labour-law holiday on a date LFPA art. 28 already names adds nothing.
    .filter((d) => !statuteDates.has(d.date))
    .map(({ kind, ...rest }): SourceDay => ({
      ...rest,
      kind: kind === 'holiday' ? country.dateHolidays.kind : kind,
    }));
  return [...statute, ...library];
}

function declaredIn(settings: CalendarSettings, year: number): SourceDay[] {
  return settings.declared
    .filter((d) => d.date.startsWith(`${year}-`))
    .map((d) => ({
      date: d.date,
      kind: 'declared',
      reason: d.reason.trim(),
      legalBasis: d.legalBasis.trim(),
      // Empty when the administrator gave no publication: the UI says "declared by the authority".
      source: d.source ?? '',
      confidence: 'high',
    }));
}

function whyCountedAsWorking(settings: CalendarSettings, day: NonWorkingReason): string | null {
  if ((day.kind === 'candidate' || day.confidence === 'low') && !settings.includeCandidates) {
    return 'candidate only, with no binding act found or only a half day off: counted as a working day unless candidates are included';
  }
  if (day.kind === 'observed' && !settings.observedNotInLfpa) {
    return 'observed under the labour law but not named in LFPA art. 28: counted as a working day unless the deployment observes it';
  }
  return null;
}

function push<T>(map: Map<number, T[]>, key: number, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
