import { CountryCode3 } from '@refugio/contract';
import type { Config } from '../config/config';
import {
  buildCalendar,
  checkDay,
  nonWorkingDays,
  notCountedDays,
  type Calendar,
} from '../calendars/calendar';
import { addCalendarDays, addWorkingDays } from '../calendars/day-count';
import { calendarSource } from '../calendars/calendar-source';
import { openConfiguredDatabase } from '../db/bootstrap';
import { parseIsoDate, toDayNumber, weekdayNames, weekdayOf, type IsoDate } from '../calendars/iso-date';
import type { NonWorkingReason, NotCountedReason } from '../calendars/non-working-day';

interface CalendarChoice {
  country?: string;
  observed?: boolean;
  candidates?: boolean;
  declared?: boolean;
}

export interface AddDaysOptions extends CalendarChoice {
  from: string;
  days: string;
  working?: boolean;
  rollForward?: boolean;
}

export interface ShowOptions extends CalendarChoice {
  year: string;
}

/** Prints the last day of a time limit as the first line, then the non-working days it passed over. */
export async function calendarAddDaysCommand(config: Config, options: AddDaysOptions): Promise<void> {
  const calendar = await calendarFrom(config, options);
  const from = dateOption('--from', options.from);
  const days = wholeNumberOption('--days', options.days, 0, 10_000);
  if (options.working && options.rollForward) {
    throw new Error(
      '--roll-forward: only for calendar days; a count in working days always ends on a working day',
    );
  }
  const lines: string[] = [];
  if (options.working) {
    const result = addWorkingDays(calendar, from, days);
    lines.push(
      result.date,
      `${days} working days after ${from} in ${calendar.country.name}; day 1 is the first working day after ${from}.`,
    );
    const weekends = result.skipped.filter((d) => d.reasons.every((r) => r.kind === 'weekend')).length;
    const others = result.skipped.filter((d) => d.reasons.some((r) => r.kind !== 'weekend'));
    lines.push(
      others.length === 0
        ? `Skipped ${weekends} Saturdays and Sundays and no other non-working day.`
        : `Skipped ${weekends} Saturdays and Sundays and these non-working days:`,
      ...others.map((d) => describe(d.date, d.reasons)),
    );
    lines.push(...notCountedBetween(calendar, from, result.date));
  } else {
    const result = addCalendarDays(from, days, options.rollForward ? { rollForwardIn: calendar } : {});
    lines.push(result.date, `${days} calendar days after ${from}; day 1 is the day after ${from}.`);
    if (result.skipped.length > 0) {
      lines.push(
        `The limit fell on ${result.nominalDate}, a non-working day, and moves to the next working day (LFPA art. 29 in Mexico). Skipped:`,
        ...result.skipped.map((d) => describe(d.date, d.reasons)),
      );
    } else {
      const end = checkDay(calendar, result.date);
      if (!end.working) {
        lines.push(
          `${result.date} is not a working day; pass --roll-forward where the law moves such a limit to the next working day:`,
          describe(result.date, end.reasons),
        );
      }
    }
  }
  lines.push(`Counting: ${calendar.country.counting}.`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Lists the year's non-working weekdays with their sources, then what the sources mention but this calendar counts. */
export async function calendarShowCommand(config: Config, options: ShowOptions): Promise<void> {
  const calendar = await calendarFrom(config, options);
  const year = wholeNumberOption('--year', options.year, 1900, 2200);
  const days = nonWorkingDays(calendar, year);
  const weekdays = days.filter((d) => d.reasons[0]?.kind !== 'weekend');
  const weekend = days.filter((d) => d.reasons[0]?.kind === 'weekend');
  const lines = [
    `${calendar.country.name} ${year}: ${weekdays.length} non-working weekdays (Saturdays and Sundays are always non-working).`,
    `Counting: ${calendar.country.counting}.`,
    ...weekdays.map((d) => describe(d.date, d.reasons)),
  ];
  if (weekend.length > 0) {
    lines.push(
      'On a Saturday or Sunday (no effect on counting):',
      ...weekend.map((d) => describe(d.date, d.reasons)),
    );
  }
  const mentioned = notCountedDays(calendar, year);
  if (mentioned.length > 0) {
    lines.push(
      'Counted as working days, although the sources mention them:',
      ...mentioned.map((d) => describe(d.date, d.reasons)),
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function calendarFrom(config: Config, options: CalendarChoice): Promise<Calendar> {
  const code = CountryCode3.safeParse((options.country ?? config.country).toUpperCase());
  if (!code.success) {
    throw new Error(
      `--country: unknown country "${options.country}"; use one of ${CountryCode3.options.join(', ')}`,
    );
  }
  if (options.observed && code.data !== 'MEX')
    throw new Error('--observed: applies to Mexico only (LFPA art. 28)');
  const choices = { observedNotInLfpa: options.observed, includeCandidates: options.candidates };
  if (!options.declared) return buildCalendar(code.data, choices);
  const database = await openConfiguredDatabase(config);
  try {
    return await calendarSource(code.data, choices).current(database.db);
  } finally {
    await database.close();
  }
}

function dateOption(name: string, value: string): IsoDate {
  const parsed = parseIsoDate(value);
  if (!parsed || parsed.year < 1900 || parsed.year > 2200) {
    throw new Error(`${name}: "${value}" is not a date YYYY-MM-DD between 1900 and 2200`);
  }
  return value;
}

function wholeNumberOption(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || n < min || n > max) {
    throw new Error(`${name}: must be a whole number from ${min} to ${max}, got "${value}"`);
  }
  return n;
}

function notCountedBetween(calendar: Calendar, from: IsoDate, to: IsoDate): string[] {
  const [start, end] = [toDayNumber(from), toDayNumber(to)];
  const years = [...new Set([from.slice(0, 4), to.slice(0, 4)])].map(Number);
  const mentioned = [];
  for (let year = years[0]!; year <= years[years.length - 1]!; year++) {
    for (const day of notCountedDays(calendar, year)) {
      const n = toDayNumber(day.date);
      if (n > start && n <= end) mentioned.push(describe(day.date, day.reasons));
    }
  }
  return mentioned.length > 0
    ? ['Counted as working days, although the sources mention them:', ...mentioned]
    : [];
}

function describe(date: IsoDate, reasons: readonly (NonWorkingReason | NotCountedReason)[]): string {
  const weekday = weekdayNames[weekdayOf(toDayNumber(date))].slice(0, 3);
  const text = reasons
    .filter((r) => r.kind !== 'weekend' || reasons.length === 1)
    .map((r) => {
      const why = 'whyWorking' in r ? ` — ${r.whyWorking}` : '';
      return `${r.reason} | ${r.legalBasis} | ${r.kind}, ${r.confidence} | ${r.source || 'declared by the authority'}${why}`;
    })
    .join(' ; ');
  return `  ${date} ${weekday}  ${text}`;
}
