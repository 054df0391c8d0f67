import type { Kysely } from 'kysely';
import type { CountryProfile } from '@refugio/contract';
import type { DB } from '../db/schema';
import { buildCalendar, type Calendar } from '../calendars/calendar';
import { calendarSource, type CalendarSource } from '../calendars/calendar-source';
import { loadCountryProfile } from './country-profile.loader';

/** The deployment's law: its country profile and the calendar its time limits are counted on. */
export interface Jurisdiction {
  profile: CountryProfile;
  calendar: Calendar;
}

/** The profile, and the calendar as it stands in the database now (declared days included). */
export interface JurisdictionSource {
  profile: CountryProfile;
  calendars: CalendarSource;
}

const cache = new Map<string, Jurisdiction>();

/**
 * The profile and statutory calendar of a country, built once (calendars read their tables on build).
 * Without the days the authority declared: code that has a database uses `currentJurisdiction`.
 */
export function jurisdictionOf(code: string): Jurisdiction {
  let jurisdiction = cache.get(code);
  if (!jurisdiction) {
    const profile = loadCountryProfile(code);
    jurisdiction = { profile, calendar: buildCalendar(profile.code) };
    cache.set(code, jurisdiction);
  }
  return jurisdiction;
}

export function jurisdictionSourceOf(code: string): JurisdictionSource {
  const profile = loadCountryProfile(code);
  return { profile, calendars: calendarSource(profile.code) };
}

/** The jurisdiction with the calendar as the database has it now. */
export async function currentJurisdiction(source: JurisdictionSource, db: Kysely<DB>): Promise<Jurisdiction> {
  return { profile: source.profile, calendar: await source.calendars.current(db) };
}
