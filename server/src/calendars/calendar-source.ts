import type { Kysely } from 'kysely';
import type { CountryCode3 } from '@refugio/contract';
import type { DB } from '../db/schema';
import { buildCalendar, type Calendar, type CalendarOptions } from './calendar';
import { findDeclaredDaysInForce } from './declared-day.repository';

/**
 * The deployment's calendar as it stands now: the statutory days of the country plus the days the
 * authority declared, which live in the database and change while the server runs (and on other
 * server processes). Each call reads the declared days (one small indexed query) and reuses the built
 * calendar while they have not changed, so a declaration made through any process counts at once.
 */
export interface CalendarSource {
  readonly country: CountryCode3;
  current(db: Kysely<DB>): Promise<Calendar>;
}

export function calendarSource(
  country: CountryCode3,
  options: Omit<CalendarOptions, 'declared'> = {},
): CalendarSource {
  let built: { key: string; calendar: Calendar } | undefined;
  return {
    country,
    async current(db) {
      const declared = await findDeclaredDaysInForce(db, country);
      const key = declared.map((d) => d.id).join(',');
      if (built?.key !== key) {
        const calendar = buildCalendar(country, {
          ...options,
          declared: declared.map((d) => ({
            date: d.date,
            reason: d.reason,
            legalBasis: d.legal_basis,
            source: d.source,
          })),
        });
        built = { key, calendar };
      }
      return built.calendar;
    },
  };
}
