import { z } from 'zod';
import {
  TrackId,
  TrackPlacement,
  type CaseTriageView,
  type CountryProfile,
  type Dependant,
  type Person,
} from '@refugio/contract';
import type { Actor } from '../access/actor';
import { canActOnCase, caseScopeOf, type CaseScopeRow } from '../access/policy';
import type { KnownTimeLimit } from '../procedure/procedure';
import type { UnknownTimeLimit } from '../procedure/time-limits';
import { legalLimitOnTrack, trackTimeLimits } from './track-time-limits';
import type { TriageFacts } from './triage';

/** What `cases.triage` holds: the placement made at registration and the latest override, if any. */
export const StoredTriage = z.object({
  placement: TrackPlacement,
  override: z
    .object({
      from: TrackId,
      to: TrackId,
      reason: z.string(),
      at: z.string(),
      byId: z.string().nullable(),
      byName: z.string(),
    })
    .nullable(),
});
export type StoredTriage = z.infer<typeof StoredTriage>;

/** The facts triage reads from an application: people in position order, no names. */
export function triageFactsOf(
  people: readonly (Person | Dependant)[],
  indicators: readonly string[],
): TriageFacts {
  return {
    people: people.map((p, i) => ({
      role: i === 0 ? 'principal' : 'dependant',
      birthDate: p.birthDate,
      nationalities: p.nationalities,
      specificNeeds: p.specificNeeds,
    })),
    indicators,
  };
}

/**
 * The stored triage of a case. Cases registered before triage existed hold `{}`: they were placed on
 * the regular track by the migration's default, which this says rather than inventing a rule.
 */
export function storedTriageOf(kase: { track: string; triage: unknown }): StoredTriage {
  const parsed = StoredTriage.safeParse(kase.triage);
  if (parsed.success) return parsed.data;
  const track = TrackId.catch('regular').parse(kase.track);
  return {
    placement: { track, ruleId: null, ruleVersion: null, reasons: [{ code: 'no_rule_held' }] },
    override: null,
  };
}

export function presentTriage(
  actor: Actor,
  kase: CaseScopeRow & { track: string; triage: unknown },
  profile: CountryProfile,
): CaseTriageView {
  const stored = storedTriageOf(kase);
  const override = stored.override;
  return {
    track: TrackId.catch(stored.placement.track).parse(kase.track),
    placement: stored.placement,
    override: override
      ? {
          from: override.from,
          to: override.to,
          reason: override.reason,
          at: override.at,
          by: override.byId ? { id: override.byId, name: override.byName } : null,
        }
      : null,
    canOverride: canActOnCase(actor, caseScopeOf(kase)) && profile.triage.overrideRoles.includes(actor.role),
  };
}

/** The limit in force as it applies on the case's track (a track's own legal length replaces the procedure's). */
export function onTrack(profile: CountryProfile, track: string) {
  const id = TrackId.safeParse(track);
  return (limit: KnownTimeLimit | UnknownTimeLimit): KnownTimeLimit | UnknownTimeLimit =>
    id.success ? legalLimitOnTrack(limit, trackTimeLimits(profile.triage, id.data, limit.id).legal) : limit;
}
