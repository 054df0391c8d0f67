import Holidays from 'date-holidays';
import type { CountryCalendar } from './country-calendars';
import { appliesIn, dateIn } from './date-rules';
import { holidayCorrections, type HolidayCorrection } from './holiday-corrections';
import type { IsoDate } from './iso-date';
import type { Confidence } from './non-working-day';

/** Pinned in server/package.json; named in every day taken from it so a listing says which data it used. */
export const DATE_HOLIDAYS = 'date-holidays 3.37.0';

export interface LibraryHoliday {
  readonly date: IsoDate;
  /** `candidate`: half days and customary closures, listed but not counted by default. */
  readonly kind: 'holiday' | 'candidate';
  readonly reason: string;
  readonly legalBasis: string;
  readonly source: string;
  readonly confidence: Confidence;
}

const libraries = new Map<string, Holidays>();

function library(code: string): Holidays {
  let holidays = libraries.get(code);
  if (!holidays) {
    holidays = new Holidays(code);
    libraries.set(code, holidays);
  }
  return holidays;
}

/**
 * The country's public holidays in a year as date-holidays lists them, with the known corrections
 * applied. Only `type === 'public'` counts: `bank` (banks closed), `optional` (many take the day off)
 * and `observance` (no day off) are not days the law closes public offices.
 */
export function libraryHolidays(
  country: CountryCalendar,
  year: number,
  corrections: readonly HolidayCorrection[] = holidayCorrections,
): LibraryHoliday[] {
  const { code, holidayLaw } = country.dateHolidays;
  const mine = corrections.filter((c) => c.country === country.code);
  const dropped = new Set(
    mine.flatMap((c) => (c.action === 'drop' && appliesIn(c.years, year) ? [c.rule] : [])),
  );

  const days: LibraryHoliday[] = [];
  for (const holiday of library(code).getHolidays(year)) {
    if (holiday.type !== 'public' || dropped.has(holiday.rule)) continue;
    const [date, time] = holiday.date.split(' ') as [IsoDate, string];
    const source = `${DATE_HOLIDAYS}, ${code} rule "${holiday.rule}"`;
    const legalBasis = `${holidayLaw} (as listed by date-holidays)`;
    // A holiday from noon (Guatemala's 24 and 31 December) leaves the morning's office hours open.
    if (time !== '00:00:00') {
      const from = time.slice(0, 5);
      days.push({
        date,
        kind: 'candidate',
        reason: `${holiday.name} (from ${from})`,
        legalBasis,
        source,
        confidence: 'low',
      });
    } else {
      days.push({ date, kind: 'holiday', reason: holiday.name, legalBasis, source, confidence: 'medium' });
    }
  }

  for (const c of mine) {
    if (c.action !== 'add' || !appliesIn(c.years, year)) continue;
    const date = dateIn(c.date, year);
    if (date === null) continue;
    const { kind, reason, legalBasis, source, confidence } = c;
    days.push({ date, kind, reason, legalBasis, source, confidence });
  }

  // Moves last, so a move can also shift a day that an `add` supplied (Costa Rica's 1 December 2020).
  for (const c of mine) {
    if (c.action !== 'move' || !c.from.startsWith(`${year}-`)) continue;
    for (let i = days.length - 1; i >= 0; i--) if (days[i]!.date === c.from) days.splice(i, 1);
    const { reason, legalBasis, source, confidence } = c;
    days.push({ date: c.to, kind: 'holiday', reason, legalBasis, source, confidence });
  }

  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
