import { countries } from '@refugio/contract';
import type { DocumentLanguage } from './document-labels';

/**
 * YYYY-MM-DD → dd/mm/yyyy by rearranging the digits. Going through `Date` would parse the value as UTC
 * midnight and could print the previous day in the Americas.
 */
export function formatIsoDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`Expected a YYYY-MM-DD date, got ${JSON.stringify(isoDate)}`);
  const [, year, month, day] = match;
  return `${day}/${month}/${year}`;
}

/**
 * An instant as dd/mm/yyyy on the authority's calendar: a constancia issued at 19:00 in Mexico City is
 * already the next day in UTC, and the printed date must be the one the person saw at the counter.
 */
export function formatInstant(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')}`;
}

const countriesByCode = new Map(countries.map((c) => [c.code, c]));

/** A country's name in the document language; an unknown code is printed as is rather than hidden. */
export function countryName(code: string, lang: DocumentLanguage): string {
  return countriesByCode.get(code.toUpperCase())?.[lang] ?? code;
}
