import type { CountryProfile } from '@refugio/contract';
import { buildCalendar, type Calendar } from '../calendars/calendar';
import { loadCountryProfile } from './country-profile.loader';

/** The deployment's law: its country profile and the calendar its time limits are counted on. */
export interface Jurisdiction {
  profile: CountryProfile;
  calendar: Calendar;
}

const cache = new Map<string, Jurisdiction>();

/** The profile and default calendar of a country, built once (calendars read their tables on build). */
export function jurisdictionOf(code: string): Jurisdiction {
  let jurisdiction = cache.get(code);
  if (!jurisdiction) {
    const profile = loadCountryProfile(code);
    jurisdiction = { profile, calendar: buildCalendar(profile.code) };
    cache.set(code, jurisdiction);
  }
  return jurisdiction;
}
