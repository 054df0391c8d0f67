import type { Kysely } from 'kysely';
import { TimeLimit, type CountryProfile } from '@refugio/contract';
import type { DB } from '../db/schema';
import { findTimeLimitRulesInForce, type TimeLimitRuleRow } from './time-limit-rule.repository';

/**
 * The country profile as it stands now: the profile file plus the time-limit versions the authority
 * recorded, which live in the database and change while the server runs (and on other processes).
 * Each call reads the versions in force (one small indexed query) and reuses the merged profile while
 * they have not changed, so a recorded rule counts at once everywhere.
 */
export interface ProfileSource {
  current(db: Kysely<DB>): Promise<CountryProfile>;
}

export function profileSource(profile: CountryProfile): ProfileSource {
  let built: { key: string; profile: CountryProfile } | undefined;
  return {
    async current(db) {
      const rows = await findTimeLimitRulesInForce(db, profile.code);
      const key = rows.map((r) => r.id).join(',');
      if (built?.key !== key) built = { key, profile: withRecordedRules(profile, rows) };
      return built.profile;
    },
  };
}

/** The profile with the recorded versions added to its time limits (a new object: memos keyed on it reset). */
export function withRecordedRules(
  profile: CountryProfile,
  rows: readonly Pick<TimeLimitRuleRow, 'rule'>[],
): CountryProfile {
  if (rows.length === 0) return profile;
  const recorded = rows.map((row) => TimeLimit.parse(row.rule));
  return {
    ...profile,
    procedure: { ...profile.procedure, timeLimits: [...profile.procedure.timeLimits, ...recorded] },
  };
}
