import { z } from 'zod';
import { Role } from './roles';

/**
 * A state's refugee status determination procedure as data: the stages a case passes through, the
 * transitions between them (who may make each and with which data), the outcomes, closure reasons and
 * reopening grounds that exist, and the time limits with their extension rules. Every rule cites its
 * legal basis and source, or says `unknown` with a note: nothing invented (shared/DOMAIN.md).
 *
 * The coherence of a procedure (stages that exist, closed reachable from everywhere, …) is checked by
 * server/src/procedure/procedure-coherence.ts; this file only describes the shape.
 */

// Declared here rather than imported from country-profile.ts, which imports this file: an import cycle
// between the two would read these constants before they are initialised.
const LocalizedText = z.strictObject({ es: z.string().min(1), en: z.string().min(1) });
const Unknown = z.strictObject({ status: z.literal('unknown'), note: z.string().min(1) });

/** A rule read from the law: the article, and where it was read (DOMAIN.md source key or URL). */
const Known = z.strictObject({
  status: z.literal('known'),
  legalBasis: z.string().min(1),
  source: z.string().min(1),
  note: z.string().min(1).optional(),
});

/** The legal basis of a stage change, outcome or reason: known, or unknown with a note. */
export const RuleBasis = z.discriminatedUnion('status', [Known, Unknown]);
export type RuleBasis = z.infer<typeof RuleBasis>;

export const stageIds = [
  'registered',
  'admissibility',
  'interview_scheduled',
  'interviewed',
  'assessment',
  'decision_drafted',
  'under_review',
  'decided',
  'notified',
  'appeal_lodged',
  'appeal_decided',
  'closed',
] as const;
export const StageId = z.enum(stageIds);
export type StageId = z.infer<typeof StageId>;

/** Every case starts here when it is registered, and ends in `closed`. */
export const INITIAL_STAGE = 'registered' satisfies StageId;
export const FINAL_STAGE = 'closed' satisfies StageId;

export const actionIds = [
  'examine_admissibility',
  'admit',
  'declare_inadmissible',
  'schedule_interview',
  'reschedule_interview',
  'record_no_show',
  'record_interview',
  'begin_assessment',
  'draft_recognition',
  'draft_refusal',
  'return_draft',
  'refer_to_decision_body',
  'issue_decision',
  'notify_decision',
  'lodge_appeal',
  'decide_appeal',
  /** The applicant withdraws a lodged appeal: the first-instance decision stands (docs/design/eligibility.md §2.5). */
  'withdraw_appeal',
  'remit',
  'close_final',
  'close',
  'reopen',
] as const;
export const ActionId = z.enum(actionIds);
export type ActionId = z.infer<typeof ActionId>;

/**
 * The data an action may require. The server validates each (dates are `YYYY-MM-DD`; texts non-empty;
 * `outcome`, `closureReason` and `reopeningGround` one of the ids the transition or procedure lists;
 * `complementaryProtectionAssessment` is `{ protectionNeeded, reasons }` and must agree with `outcome`).
 */
export const dataFields = [
  'interviewDate',
  'referralDate',
  'decisionDate',
  'notificationDate',
  'appealDate',
  'outcome',
  'decisionReasons',
  'complementaryProtectionAssessment',
  'closureReason',
  'reopeningGround',
  'reason',
] as const;
export const DataField = z.enum(dataFields);
export type DataField = z.infer<typeof DataField>;

export const outcomeIds = [
  'recognized',
  'complementary_protection',
  'rejected',
  'inadmissible',
  /** Appeal: the decision under appeal stands. */
  'confirmed',
  /** Appeal: the decision is set aside and the case goes back for a new first-instance decision. */
  'remitted',
] as const;
export const OutcomeId = z.enum(outcomeIds);
export type OutcomeId = z.infer<typeof OutcomeId>;

export const closureReasonIds = [
  'final_decision',
  'withdrawn',
  'abandoned',
  'not_ratified',
  'deceased',
  'transferred',
] as const;
export const ClosureReasonId = z.enum(closureReasonIds);
export type ClosureReasonId = z.infer<typeof ClosureReasonId>;

export const reopeningGroundIds = ['new_evidence', 'changed_circumstances', 'error'] as const;
export const ReopeningGroundId = z.enum(reopeningGroundIds);
export type ReopeningGroundId = z.infer<typeof ReopeningGroundId>;

/** Events a time limit runs from or is met by; `entry` and `filing` come from the registration. */
export const procedureEvents = [
  'entry',
  'filing',
  'third_party_filing',
  'ratification',
  'opinion_requested',
  'opinion_received',
  'referral_to_decision_body',
  'decision_issued',
  'written_notification',
  'appeal_lodged',
  'appeal_decided',
  'cessation_opened',
  'cessation_decided',
  'cessation_notification',
  'cessation_appeal_lodged',
  'derivative_claim_filed',
] as const;
export const ProcedureEvent = z.enum(procedureEvents);
export type ProcedureEvent = z.infer<typeof ProcedureEvent>;

export const timeLimitIds = [
  'filing',
  'third_party_ratification',
  'country_opinion',
  'commission_recommendation',
  'first_instance_decision',
  'appeal_filing',
  'appeal_decision',
  'cessation_decision',
  'cessation_appeal_filing',
  'derivative_claim',
] as const;
export const TimeLimitId = z.enum(timeLimitIds);
export type TimeLimitId = z.infer<typeof TimeLimitId>;

/** Same values as `TimeUnit` in country-profile.ts (a test keeps them equal). */
export const LimitUnit = z.enum(['working_days', 'calendar_days', 'calendar_months']);
export type LimitUnit = z.infer<typeof LimitUnit>;

export const ProcedureStage = z.strictObject({
  id: StageId,
  name: LocalizedText,
  note: z.string().min(1).optional(),
});
export type ProcedureStage = z.infer<typeof ProcedureStage>;

export const Transition = z.strictObject({
  action: ActionId,
  from: z.array(StageId).min(1),
  to: StageId,
  roles: z.array(Role).min(1),
  requires: z.array(DataField),
  /**
   * Outcomes this action records. With one, it is implied; with several, the action requires `outcome`
   * and it must be one of these.
   */
  outcomes: z.array(OutcomeId).min(1).optional(),
  /** Only offered when the case's current outcome is one of these (e.g. an appeal only after a refusal). */
  whenOutcome: z.array(OutcomeId).min(1).optional(),
  /** Closure reasons this action records, on the same rule as `outcomes` (field `closureReason`). */
  closureReasons: z.array(ClosureReasonId).min(1).optional(),
  /** The procedural event this action records, dated by its date field (e.g. notificationDate). */
  marks: ProcedureEvent.optional(),
  /**
   * Procedural events this action sets aside, so the limits they started stop running (a remittal
   * sets aside the notification of the decision it annulled: its appeal window no longer applies).
   */
  clears: z.array(ProcedureEvent).min(1).optional(),
  basis: RuleBasis,
});
export type Transition = z.infer<typeof Transition>;

const Named = <Id extends z.ZodType>(id: Id) => z.strictObject({ id, name: LocalizedText, basis: RuleBasis });

export const Outcome = Named(OutcomeId);
export type Outcome = z.infer<typeof Outcome>;
export const ClosureReason = Named(ClosureReasonId);
export type ClosureReason = z.infer<typeof ClosureReason>;
export const ReopeningGround = Named(ReopeningGroundId);
export type ReopeningGround = z.infer<typeof ReopeningGround>;

export const extensionReasonCodes = [
  'no_information',
  'no_interpreter',
  'health',
  'applicant_evidence',
  'force_majeure',
  'exceptional_case',
] as const;
export const ExtensionReasonCode = z.enum(extensionReasonCodes);
export type ExtensionReasonCode = z.infer<typeof ExtensionReasonCode>;

export const Extension = z.discriminatedUnion('status', [
  Known.extend({
    /** How many extensions the law allows, or unknown. */
    maxTimes: z.union([z.number().int().positive(), Unknown]),
    /** Longest total extension, in the unit of the limit it extends, or unknown. */
    maxLength: z.union([z.number().int().positive(), Unknown]),
    reasons: z
      .array(
        z.strictObject({ code: ExtensionReasonCode, name: LocalizedText, legalBasis: z.string().min(1) }),
      )
      .min(1),
    /** Who may grant it (issue 3: a supervisor). */
    roles: z.array(Role).min(1),
  }),
  Unknown,
]);
export type Extension = z.infer<typeof Extension>;

export const TimeLimit = z.discriminatedUnion('status', [
  Known.extend({
    id: TimeLimitId,
    startsOn: ProcedureEvent,
    /** The event that satisfies the limit; until it happens the deadline is open. */
    metBy: ProcedureEvent,
    length: z.number().int().positive(),
    unit: LimitUnit,
    /** Whose limit it is: Costa Rica counts the applicant's in working days and its own in calendar days. */
    whose: z.enum(['applicant', 'administration']),
    /**
     * When the count starts: the day after the event (the default), or the first working day after it
     * for a limit in calendar days or months (Panama's filing window: "a partir del día hábil siguiente").
     * Working days always start on the first working day after the event.
     */
    countsFrom: z.enum(['day_after', 'next_working_day']).optional(),
    /** First day the rule applies (by the date of `startsOn`); several versions of one id may coexist. */
    effectiveFrom: z.union([z.iso.date(), Unknown]),
    extension: Extension,
  }),
  z.strictObject({ status: z.literal('unknown'), id: TimeLimitId, note: z.string().min(1) }),
]);
export type TimeLimit = z.infer<typeof TimeLimit>;

export const PeriodicPresentation = z.discriminatedUnion('status', [
  Known.extend({
    frequency: z.enum(['weekly']),
    /** How many missed presentations start the consequence, or unknown. */
    missedThreshold: z.union([z.number().int().positive(), Unknown]),
    consequence: ClosureReasonId,
  }),
  Unknown,
]);
export type PeriodicPresentation = z.infer<typeof PeriodicPresentation>;

export const Procedure = z.strictObject({
  stages: z.array(ProcedureStage).min(2),
  transitions: z.array(Transition).min(1),
  outcomes: z.array(Outcome).min(1),
  closureReasons: z.array(ClosureReason).min(1),
  reopeningGrounds: z.array(ReopeningGround),
  timeLimits: z.array(TimeLimit).min(1),
  periodicPresentation: PeriodicPresentation,
  note: z.string().min(1).optional(),
});
export type Procedure = z.infer<typeof Procedure>;
