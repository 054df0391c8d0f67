import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CountryCode3, CountryProfile } from '@refugio/contract';
import { checkProfileProcedure } from '../procedure/procedure-coherence';
import { checkTriageCoherence } from '../triage/triage-coherence';

/** `<repo>/countries/`, found from this file so that the server's working directory does not matter. */
export const COUNTRIES_DIR = fileURLToPath(new URL('../../../countries/', import.meta.url));

// Keyed by file path: tests load broken copies from temporary folders without touching the real cache.
const cache = new Map<string, CountryProfile>();

/**
 * Reads, validates and caches one country profile. Throws an Error that names the file and every invalid
 * field, so that an administrator's bad edit stops the server at start rather than misleading a caseworker.
 */
export function loadCountryProfile(code: string, dir: string = COUNTRIES_DIR): CountryProfile {
  const known = CountryCode3.safeParse(code);
  if (!known.success) {
    throw new Error(`Unknown country code "${code}". Valid codes: ${CountryCode3.options.join(', ')}.`);
  }
  const file = join(dir, `${known.data}.json`);
  const cached = cache.get(file);
  if (cached) return cached;

  const profile = parseProfileFile(file, known.data);
  cache.set(file, profile);
  return profile;
}

/** Loads every MIRPS profile; the error lists all broken files at once so they can be fixed in one pass. */
export function loadAllCountryProfiles(dir: string = COUNTRIES_DIR): CountryProfile[] {
  const profiles: CountryProfile[] = [];
  const errors: string[] = [];
  for (const code of CountryCode3.options) {
    try {
      profiles.push(loadCountryProfile(code, dir));
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return profiles;
}

function parseProfileFile(file: string, code: CountryCode3): CountryProfile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Country profile ${file} could not be read as JSON: ${reason}`, { cause: error });
  }

  const result = CountryProfile.safeParse(json);
  if (!result.success) {
    const fields = result.error.issues.map((issue) => `  - ${formatPath(issue.path)}: ${issue.message}`);
    throw new Error(`Country profile ${file} is invalid:\n${fields.join('\n')}`);
  }
  // A copied file with the wrong code would silently apply one country's law in another.
  if (result.data.code !== code) {
    throw new Error(
      `Country profile ${file} is invalid:\n  - code: expected "${code}", found "${result.data.code}"`,
    );
  }
  // The schema checks each rule; coherence checks that the procedure as a whole can be followed and
  // that triage only names tracks, indicators, codes and time limits that exist.
  const problems = [...checkProfileProcedure(result.data), ...checkTriageCoherence(result.data)];
  if (problems.length > 0) {
    const lines = problems.map((p) => `  - ${p.path}: ${p.message}`);
    throw new Error(`Country profile ${file} is invalid:\n${lines.join('\n')}`);
  }
  return deepFreeze(result.data);
}

/** Dotted path as in the API's FieldError, e.g. `rightsAndDuties.es.2`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

// Profiles are shared through the cache, so one caller mutating a rule must not change it for everyone.
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
