// Schemas of the appeals feature (issue 4; docs/design/eligibility.md §5.2).
import { z } from 'zod';
import { Actor } from './cases';
import { Localized } from './country-profile';
import { OutcomeId } from './procedure';
import { line, paragraph } from './text';

/**
 * Whether an appeal came within the appeal window, as the deadline engine counts it (suspensions
 * included); `unknown` where the country's limit for filing is not known.
 */
export const appealTimelinessValues = ['in_time', 'late', 'unknown'] as const;
export const AppealTimeliness = z.enum(appealTimelinessValues);
export type AppealTimeliness = z.infer<typeof AppealTimeliness>;

export const appealStatuses = ['lodged', 'decided', 'withdrawn'] as const;
export const AppealStatus = z.enum(appealStatuses);
export type AppealStatus = z.infer<typeof AppealStatus>;

/** Appeal outcomes that set the first decision aside: the officer and supervisor are told why. */
export const overturningOutcomes: readonly OutcomeId[] = [
  'recognized',
  'complementary_protection',
  'remitted',
];

/** Body of `POST /api/v1/cases/:caseId/appeals`: the appeal as received at the office. */
export const FileAppealInput = z.object({
  /** The case version the user saw. */
  caseVersion: z.number().int().min(1),
  filedOn: z.iso.date(),
  grounds: paragraph(20000).default(''),
  representative: line(200).default(''),
  /** Required when the appeal comes after the window (UNHCR APP-1: applied flexibly). */
  lateReason: paragraph(4000).default(''),
});
export type FileAppealInput = z.input<typeof FileAppealInput>;

/** Body of `POST /api/v1/appeals/:id/decide`. */
export const DecideAppealInput = z.object({
  caseVersion: z.number().int().min(1),
  /** The appeal version the user saw. */
  version: z.number().int().min(1),
  outcome: OutcomeId,
  reasons: paragraph(20000).pipe(z.string().min(1, 'Give the reasons of the appeal decision')),
  decidedOn: z.iso.date(),
});
export type DecideAppealInput = z.input<typeof DecideAppealInput>;

/** How the applicant expressed the withdrawal of their appeal: a signed writing, or in person at the office. */
export const appealWithdrawalMethods = ['written', 'in_person'] as const;
export const AppealWithdrawalMethod = z.enum(appealWithdrawalMethods);
export type AppealWithdrawalMethod = z.infer<typeof AppealWithdrawalMethod>;

/**
 * Body of `POST /api/v1/appeals/:id/withdraw`: the applicant withdraws a lodged appeal (takes
 * `withdraw_appeal`; the first-instance decision stands).
 */
export const WithdrawAppealInput = z.object({
  caseVersion: z.number().int().min(1),
  /** The appeal version the user saw. */
  version: z.number().int().min(1),
  /** The day the office received the withdrawal. */
  receivedOn: z.iso.date(),
  method: AppealWithdrawalMethod,
  /** What the applicant said, if anything worth keeping; read only by those who may read the claim. */
  note: paragraph(4000).default(''),
});
export type WithdrawAppealInput = z.input<typeof WithdrawAppealInput>;

/** The withdrawal of an appeal, as received. */
export const AppealWithdrawalView = z.object({
  receivedOn: z.iso.date(),
  method: AppealWithdrawalMethod,
  recordedBy: Actor.nullable(),
  /** Empty for those who may not read the claim. */
  note: z.string(),
});
export type AppealWithdrawalView = z.infer<typeof AppealWithdrawalView>;

/** The first-instance decision an appeal is against, as the case's history records it. */
export const AppealedDecisionView = z.object({
  /** The case event that issued it. */
  eventId: z.string(),
  /** The decision record, when the event names one. */
  recordId: z.uuid().nullable(),
  outcome: OutcomeId.nullable(),
  issuedOn: z.iso.date().nullable(),
  notifiedOn: z.iso.date().nullable(),
  author: Actor.nullable(),
  approver: Actor.nullable(),
});
export type AppealedDecisionView = z.infer<typeof AppealedDecisionView>;

export const AppealView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseNumber: z.string(),
  decision: AppealedDecisionView,
  filedOn: z.iso.date(),
  receivedBy: Actor.nullable(),
  grounds: z.string(),
  representative: z.string(),
  /** The last day of the appeal window when it was filed; null when unknown or the clock stood still. */
  dueOn: z.iso.date().nullable(),
  timeliness: AppealTimeliness,
  lateReason: z.string(),
  status: AppealStatus,
  decidedBy: Actor.nullable(),
  decidedOn: z.iso.date().nullable(),
  outcome: OutcomeId.nullable(),
  reasons: z.string(),
  /** Set when the applicant withdrew the appeal (status `withdrawn`). */
  withdrawal: AppealWithdrawalView.nullable(),
  version: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  /** Whether the current user may decide it (an appeals officer with no part in the decision). */
  canDecide: z.boolean(),
  /** Whether the current user may record its withdrawal (those who may receive an appeal, while lodged). */
  canWithdraw: z.boolean(),
});
export type AppealView = z.infer<typeof AppealView>;

/** `GET /api/v1/cases/:caseId/appeals`: the case's appeals and whether one may be filed now. */
export const CaseAppeals = z.object({
  appeals: z.array(AppealView),
  /** The decision an appeal may be filed against now, or null (none notified, or one already open). */
  appealable: AppealedDecisionView.nullable(),
  /** Whether the current user may record an appeal now. */
  canFile: z.boolean(),
  /** The outcomes the procedure allows an appeal decision to record. */
  outcomes: z.array(OutcomeId),
  /**
   * The remedy against the decision as the country's law names it, with its legal basis; null where
   * the law is unknown or names none against this decision (nothing is guessed).
   */
  remedy: z.object({ name: Localized, legalBasis: z.string() }).nullable(),
});
export type CaseAppeals = z.infer<typeof CaseAppeals>;

/** The answer of a step an appeal drives: the appeal and the case's new version. */
export const AppealStepResult = z.object({
  appeal: AppealView,
  caseVersion: z.number().int(),
});
export type AppealStepResult = z.infer<typeof AppealStepResult>;

export const AppealInboxQuery = z.object({
  status: AppealStatus.default('lodged'),
  officeId: z.uuid().optional(),
});
export type AppealInboxQuery = z.input<typeof AppealInboxQuery>;

/** One appeal in the inbox: no grounds (they are read on the case file). */
export const AppealInboxItem = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseNumber: z.string(),
  office: z.object({ id: z.uuid(), code: z.string() }),
  filedOn: z.iso.date(),
  timeliness: AppealTimeliness,
  decisionOutcome: OutcomeId.nullable(),
  status: AppealStatus,
  outcome: OutcomeId.nullable(),
  decidedOn: z.iso.date().nullable(),
});
export type AppealInboxItem = z.infer<typeof AppealInboxItem>;

export const AppealInbox = z.object({ items: z.array(AppealInboxItem) });
export type AppealInbox = z.infer<typeof AppealInbox>;

export const OverturnedQuery = z.object({
  officerId: z.uuid().optional(),
  officeId: z.uuid().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type OverturnedQuery = z.input<typeof OverturnedQuery>;

/** A first-instance decision overturned or remitted on appeal, with the appeal's reasons. */
export const OverturnedDecision = z.object({
  appealId: z.uuid(),
  caseId: z.uuid(),
  caseNumber: z.string(),
  decision: AppealedDecisionView,
  appealOutcome: OutcomeId,
  decidedOn: z.iso.date(),
  decidedBy: Actor.nullable(),
  reasons: z.string(),
  /** Whether the current user has marked it seen. */
  seen: z.boolean(),
});
export type OverturnedDecision = z.infer<typeof OverturnedDecision>;

export const OverturnedList = z.object({
  items: z.array(OverturnedDecision),
  unseen: z.number().int(),
});
export type OverturnedList = z.infer<typeof OverturnedList>;

/** Body of `POST /api/v1/appeals/overturned/seen`. */
export const MarkOverturnedSeenInput = z.object({ appealIds: z.array(z.uuid()).min(1).max(200) });
export type MarkOverturnedSeenInput = z.input<typeof MarkOverturnedSeenInput>;
