import type { Kysely } from 'kysely';
import type { CountryProfile } from '@refugio/contract';
import type { DB } from '../db/schema';
import { buildCalendar, type Calendar } from '../calendars/calendar';
import { calendarSource, type CalendarSource } from '../calendars/calendar-source';
import { profileSource, type ProfileSource } from '../time-limit-rules/profile-source';
import { loadCountryProfile } from './country-profile.loader';

/** The deployment's law: its country profile and the calendar its time limits are counted on. */
export interface Jurisdiction {
  profile: CountryProfile;
  calendar: Calendar;
}

/**
 * The profile file, and the way to the law as it stands in the database now: the calendar with the
 * declared days, the profile with the time-limit versions the authority recorded.
 */
export interface JurisdictionSource {
  profile: CountryProfile;
  calendars: CalendarSource;
  rules: ProfileSource;
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
  return sourceOfProfile(profile);
}

export function sourceOfProfile(profile: CountryProfile): JurisdictionSource {
  return { profile, calendars: calendarSource(profile.code), rules: profileSource(profile) };
}

/** The jurisdiction as the database has it now: declared days and recorded time limits included. */
export async function currentJurisdiction(source: JurisdictionSource, db: Kysely<DB>): Promise<Jurisdiction> {
  const [profile, calendar] = await Promise.all([source.rules.current(db), source.calendars.current(db)]);
  return { profile, calendar };
}
