import { z } from 'zod';
import { LimitUnit, RuleBasis, TimeLimitId } from './procedure';
import { Role } from './roles';
import { paragraph } from './text';

/**
 * Differentiated case processing (shared/DOMAIN.md §2) as data: the tracks a state uses, the indicators
 * a registering officer can tick, and the ordered rules that place a case on a track at registration.
 * Every track and rule cites its basis or says `unknown` with a note: nothing invented.
 *
 * The coherence of a triage section (tracks and indicators that exist, limits the procedure has, rules
 * that can apply) is checked by server/src/triage/triage-coherence.ts; this file only describes the shape.
 */

// Declared here rather than imported from country-profile.ts, which imports this file (see procedure.ts).
const LocalizedText = z.strictObject({ es: z.string().min(1), en: z.string().min(1) });
const Unknown = z.strictObject({ status: z.literal('unknown'), note: z.string().min(1) });
const Slug = z.string().regex(/^[a-z0-9_]+$/, { message: 'lower-case letters, digits and _ only' });

export const trackIds = [
  'regular',
  'accelerated',
  'simplified',
  'merged_registration_rsd',
  'prioritised',
] as const;
export const TrackId = z.enum(trackIds);
export type TrackId = z.infer<typeof TrackId>;

export const indicatorKinds = ['inclusion_profile', 'manifestly_unfounded', 'urgent_protection'] as const;
export const IndicatorKind = z.enum(indicatorKinds);
export type IndicatorKind = z.infer<typeof IndicatorKind>;

/** Something the registering officer ticks at registration, e.g. a profile with a presumption of inclusion. */
export const TriageIndicator = z.strictObject({
  id: Slug,
  kind: IndicatorKind,
  name: LocalizedText,
  basis: RuleBasis,
});
export type TriageIndicator = z.infer<typeof TriageIndicator>;

/**
 * A track's own timeline for one of the procedure's time limits: `legal` replaces the procedure's length
 * and unit (same starting and closing events); `target` is an internal service target shown beside the
 * legal limit, which stays in force.
 */
export const TrackTimeLimit = z.strictObject({
  limit: TimeLimitId,
  length: z.number().int().positive(),
  unit: LimitUnit,
  kind: z.enum(['legal', 'target']),
  basis: RuleBasis,
});
export type TrackTimeLimit = z.infer<typeof TrackTimeLimit>;

export const Track = z.strictObject({
  id: TrackId,
  name: LocalizedText,
  basis: RuleBasis,
  /** Empty when no source gives the track a timeline of its own: the procedure's limits apply unchanged. */
  timeLimits: z.array(TrackTimeLimit),
});
export type Track = z.infer<typeof Track>;

const personCriteria = ['specificNeedsAny', 'nationalityAny', 'ageUnder', 'ageAtLeast'] as const;

/**
 * When a rule holds. Every field given must hold (AND); a list holds when any of its values matches (OR).
 * The person criteria (`specificNeedsAny`, `nationalityAny`, `ageUnder`, `ageAtLeast`) must all hold for
 * one and the same person: the principal with `who: 'principal'`, any person of the case with
 * `who: 'anyone'` (the default). Ages are full years on the application date. `indicatorsAny` is about
 * the case: the indicators the registering officer ticked.
 */
export const TriageCondition = z
  .strictObject({
    who: z.enum(['principal', 'anyone']).optional(),
    /** UNHCR specific-needs codes (contract/src/reference/specific-needs.ts), e.g. `SC-UC`. */
    specificNeedsAny: z.array(z.string().min(1)).min(1).optional(),
    /** ISO 3166-1 alpha-3 codes, matched against each of the person's nationalities. */
    nationalityAny: z.array(z.string().length(3)).min(1).optional(),
    /** Ids of the profile's indicators. */
    indicatorsAny: z.array(Slug).min(1).optional(),
    ageUnder: z.number().int().positive().optional(),
    ageAtLeast: z.number().int().nonnegative().optional(),
  })
  .refine((c) => c.indicatorsAny !== undefined || personCriteria.some((k) => c[k] !== undefined), {
    message: 'a rule needs at least one criterion',
  });
export type TriageCondition = z.infer<typeof TriageCondition>;

/**
 * One rule, in order: the first rule in force whose condition holds places the case. Several versions of
 * one rule share its id and differ by `effectiveFrom`; a case is placed by the version in force on its
 * application date, and keeps the placement it received when a rule changes later.
 */
export const TriageRule = z.strictObject({
  id: Slug,
  name: LocalizedText,
  track: TrackId,
  when: TriageCondition,
  basis: RuleBasis,
  /** First application date the version applies to, or unknown (then it applies whatever the date). */
  effectiveFrom: z.union([z.iso.date(), Unknown]),
  /** Last application date the version applies to; absent while it is in force. */
  effectiveUntil: z.iso.date().optional(),
});
export type TriageRule = z.infer<typeof TriageRule>;

export const Triage = z.strictObject({
  tracks: z.array(Track).min(1),
  indicators: z.array(TriageIndicator),
  rules: z.array(TriageRule),
  /** Where a case goes when no rule holds; normally `regular`. */
  defaultTrack: TrackId,
  /** Who may move a case to another listed track, with a reason. */
  overrideRoles: z.array(Role).min(1),
  note: z.string().min(1).optional(),
});
export type Triage = z.infer<typeof Triage>;

/**
 * Why a rule held, in data: the person is the position in the case (0 = principal, then dependants in
 * registration order) and the values are codes, never names.
 */
export const TriageReason = z.discriminatedUnion('code', [
  z.strictObject({
    code: z.literal('specific_need'),
    person: z.number().int().nonnegative(),
    need: z.string(),
  }),
  z.strictObject({
    code: z.literal('nationality'),
    person: z.number().int().nonnegative(),
    nationality: z.string(),
  }),
  z.strictObject({
    code: z.enum(['age_under', 'age_at_least']),
    person: z.number().int().nonnegative(),
    age: z.number().int(),
    limit: z.number().int(),
  }),
  z.strictObject({ code: z.literal('indicator'), indicator: z.string() }),
  z.strictObject({ code: z.literal('no_rule_held') }),
]);
export type TriageReason = z.infer<typeof TriageReason>;

/** The track a case was placed on at registration, by which rule version and why. Stored, never recomputed. */
export const TrackPlacement = z.strictObject({
  track: TrackId,
  /** Null when no rule held and the case went to the default track. */
  ruleId: z.string().nullable(),
  /** The rule version's `effectiveFrom`; null for the default track or a version with an unknown date. */
  ruleVersion: z.iso.date().nullable(),
  reasons: z.array(TriageReason).min(1),
});
export type TrackPlacement = z.infer<typeof TrackPlacement>;

/** A supervisor moving a case to another track. */
export const TrackOverrideInput = z.strictObject({
  track: TrackId,
  reason: paragraph(2000).pipe(z.string().min(1, { message: 'Required' })),
});
export type TrackOverrideInput = z.infer<typeof TrackOverrideInput>;
