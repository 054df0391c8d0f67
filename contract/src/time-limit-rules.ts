import { z } from 'zod';
import { IsoDate, line, paragraph } from './text';
import { RecomputationView } from './deadlines';
import { LimitUnit, ProcedureEvent, TimeLimitId } from './procedure';

/**
 * Body of `POST /api/v1/time-limit-rules`: a version of a time limit that the authority records (a
 * rule the country profile leaves unknown, or a change in the law), applying to limits whose starting
 * event falls on or after `effectiveFrom`.
 */
export const RecordTimeLimitRuleInput = z.object({
  limit: TimeLimitId,
  startsOn: ProcedureEvent,
  metBy: ProcedureEvent,
  length: z.number().int().min(1, 'At least 1').max(3650, 'At most 3650'),
  unit: LimitUnit,
  whose: z.enum(['applicant', 'administration']),
  legalBasis: line(500).pipe(z.string().min(1, 'Give the legal basis (law and article)')),
  source: line(500).pipe(z.string().min(1, 'Say where the rule is published')),
  effectiveFrom: IsoDate,
  note: paragraph(2000).default(''),
  /** `previous`: the extension rule of the version this one follows; `none_known`: no extension. */
  extension: z.enum(['previous', 'none_known']).default('none_known'),
});
export type RecordTimeLimitRuleInput = z.input<typeof RecordTimeLimitRuleInput>;

/** Body of `POST /api/v1/time-limit-rules/:id/withdraw`. */
export const WithdrawTimeLimitRuleInput = z.object({
  reason: paragraph(2000).pipe(z.string().min(1, 'Say why the rule is withdrawn')),
});
export type WithdrawTimeLimitRuleInput = z.input<typeof WithdrawTimeLimitRuleInput>;

/** One version of a time limit: from the country profile, or recorded by the authority. */
export const TimeLimitVersionView = z.object({
  origin: z.enum(['profile', 'authority']),
  /** The recorded rule (authority versions only). */
  id: z.uuid().nullable(),
  status: z.enum(['known', 'unknown', 'withdrawn']),
  startsOn: ProcedureEvent.nullable(),
  metBy: ProcedureEvent.nullable(),
  length: z.number().int().nullable(),
  unit: LimitUnit.nullable(),
  whose: z.enum(['applicant', 'administration']).nullable(),
  legalBasis: z.string().nullable(),
  source: z.string().nullable(),
  /** Null: a profile version with no known start date, or an unknown rule. */
  effectiveFrom: IsoDate.nullable(),
  note: z.string(),
  extendable: z.boolean(),
  recordedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  recordedAt: z.iso.datetime({ offset: true }).nullable(),
  withdrawnAt: z.iso.datetime({ offset: true }).nullable(),
  withdrawalReason: z.string().nullable(),
});
export type TimeLimitVersionView = z.infer<typeof TimeLimitVersionView>;

/** `GET /api/v1/time-limit-rules`: every time limit of the procedure with all its versions. */
export const TimeLimitRulesView = z.object({
  country: z.string(),
  limits: z.array(z.object({ id: TimeLimitId, versions: z.array(TimeLimitVersionView) })),
  /** Whether the current user may record or withdraw versions. */
  canManage: z.boolean(),
});
export type TimeLimitRulesView = z.infer<typeof TimeLimitRulesView>;

/** Answer to recording or withdrawing a version: the version, and the recomputation of the clocks it moved. */
export const TimeLimitRuleChangeResult = z.object({
  rule: TimeLimitVersionView,
  recomputation: RecomputationView,
});
export type TimeLimitRuleChangeResult = z.infer<typeof TimeLimitRuleChangeResult>;
