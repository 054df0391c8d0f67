import { z } from 'zod';
import { Relationship, Sex, IdentityDocument } from './registration';
import { paragraph } from './text';
import { ActionId, ClosureReasonId, DataField, OutcomeId, ReopeningGroundId, StageId } from './procedure';
import { DeadlineView, NextDeadline } from './deadlines';
import { TrackId, TrackPlacement } from './triage';
import { PresentationView } from './presentations';
import { CaseAccessView } from './access';

export const caseStatuses = ['registered'] as const;
export const CaseStatus = z.enum(caseStatuses);
export type CaseStatus = z.infer<typeof CaseStatus>;

/** Actions the current user may take on a case; the UI shows exactly these. */
export const caseActions = ['view', 'print_proof_of_registration'] as const;
export const CaseAction = z.enum(caseActions);
export type CaseAction = z.infer<typeof CaseAction>;

export const FilingWindowCheck = z.object({
  late: z.boolean(),
  /** Last day of the window, YYYY-MM-DD, or null when the profile's rule is unknown. */
  deadline: z.iso.date().nullable(),
  /** How the days were counted; shown to officers so an approximation is never hidden. */
  // 'weekdays_without_holidays' is kept for applications registered before the calendars existed.
  method: z.enum([
    'working_days',
    'calendar_days',
    'calendar_months',
    'weekdays_without_holidays',
    'unknown',
  ]),
});
export type FilingWindowCheck = z.infer<typeof FilingWindowCheck>;

export const PersonView = z.object({
  id: z.uuid(),
  role: z.enum(['principal', 'dependant']),
  relationship: Relationship.nullable(),
  givenNames: z.string(),
  firstSurname: z.string(),
  secondSurname: z.string(),
  otherNames: z.array(z.string()),
  sex: Sex,
  birthDate: z.iso.date(),
  birthDateEstimated: z.boolean(),
  countryOfBirth: z.string(),
  nationalities: z.array(z.string()),
  countryOfOrigin: z.string(),
  languages: z.array(z.string()),
  needsInterpreter: z.boolean(),
  /** Null when contact details are restricted for the current user (`access.restricted` has 'contact'). */
  phone: z.string().nullable(),
  address: z.string().nullable(),
  documents: z.array(IdentityDocument),
  /** Without the medical and SGBV codes when those are restricted for the current user. */
  specificNeeds: z.array(z.string()),
});
export type PersonView = z.infer<typeof PersonView>;

export const Actor = z.object({ id: z.uuid(), name: z.string() });

export const CaseEventView = z.object({
  id: z.string(),
  type: z.string(),
  occurredAt: z.iso.datetime({ offset: true }),
  actor: Actor.nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type CaseEventView = z.infer<typeof CaseEventView>;

export const OfficeView = z.object({ id: z.uuid(), code: z.string(), name: z.string(), city: z.string() });
export type OfficeView = z.infer<typeof OfficeView>;

export const CaseSummary = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  status: CaseStatus,
  /** Where the case stands in the country's procedure. */
  stage: StageId,
  office: OfficeView,
  applicationDate: z.iso.date(),
  principalName: z.string(),
  nationalities: z.array(z.string()),
  peopleCount: z.number().int(),
  lateFiling: z.boolean(),
  registeredAt: z.iso.datetime({ offset: true }),
  /** The open time limit that ends first, or null when none is running. */
  nextDeadline: NextDeadline.nullable(),
  track: TrackId,
  /** The case carries an active sensitivity mark (only those who may see the case see it listed). */
  sensitive: z.boolean(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

/** A step of the procedure the current user may take on the case now, and the data it asks for. */
export const ProcedureActionView = z.object({
  action: ActionId,
  requires: z.array(DataField),
  /** The outcomes the step may record, when it records one. */
  outcomes: z.array(OutcomeId).optional(),
  /** The closure reasons the step may record, when it asks for one. */
  closureReasons: z.array(ClosureReasonId).optional(),
  /** The reopening grounds this country's procedure lists, when the step asks for one. */
  reopeningGrounds: z.array(ReopeningGroundId).optional(),
  /** Where the step is taken: the generic step form, or the panel whose record drives it. */
  via: z.enum(['form', 'interviews', 'assessment', 'decision', 'appeal']),
});
export type ProcedureActionView = z.infer<typeof ProcedureActionView>;

/** Body of `PUT /api/v1/cases/:caseId/assignment`: the officer in charge (null to unassign). */
export const AssignCaseInput = z.object({
  version: z.number().int().min(1),
  officerId: z.uuid().nullable(),
});
export type AssignCaseInput = z.input<typeof AssignCaseInput>;

/** The officer in charge of a case, and who else the current user may put in charge. */
export const CaseAssignmentView = z.object({
  officer: Actor.nullable(),
  /** Empty unless the current user may assign the case (a supervisor of its office). */
  candidates: z.array(Actor),
});
export type CaseAssignmentView = z.infer<typeof CaseAssignmentView>;

/** Where registration placed the case and why, and a supervisor's override if any. */
export const CaseTriageView = z.object({
  /** The track the case is on now. */
  track: TrackId,
  /** What the rules decided at registration; kept as it was even when a rule later changes. */
  placement: TrackPlacement,
  override: z
    .object({
      from: TrackId,
      to: TrackId,
      reason: z.string(),
      at: z.iso.datetime({ offset: true }),
      by: Actor.nullable(),
    })
    .nullable(),
  /** Whether the current user may move the case to another track. */
  canOverride: z.boolean(),
});
export type CaseTriageView = z.infer<typeof CaseTriageView>;

/** Body of `POST /api/v1/cases/:caseId/track`: a supervisor moves the case to another track. */
export const OverrideTrackInput = z.object({
  version: z.number().int().min(1),
  track: TrackId,
  reason: paragraph(2000).pipe(z.string().min(1, 'Say why the case changes track')),
});
export type OverrideTrackInput = z.input<typeof OverrideTrackInput>;

export const CaseDetail = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  status: CaseStatus,
  /** Where the case stands in the country's procedure, and the outcome of its latest decision or draft. */
  stage: StageId,
  outcome: OutcomeId.nullable(),
  /** Sent back with a procedure action, so a change made meanwhile by someone else is never overwritten. */
  version: z.number().int(),
  office: OfficeView,
  entryDate: z.iso.date(),
  entryPlace: z.string(),
  applicationDate: z.iso.date(),
  filingWindow: FilingWindowCheck,
  lateFilingJustification: z.string(),
  registeredAt: z.iso.datetime({ offset: true }),
  registeredBy: Actor.nullable(),
  people: z.array(PersonView),
  events: z.array(CaseEventView),
  /** The legal time limits that have started, from the profile's procedure. */
  deadlines: z.array(DeadlineView),
  actions: z.array(CaseAction),
  /** The procedure's steps this user may take now (POST /api/v1/cases/:caseId/actions/:action). */
  procedureActions: z.array(ProcedureActionView),
  triage: CaseTriageView,
  /** Periodic presentations, where the law requires them; null elsewhere. */
  presentation: PresentationView.nullable(),
  assignment: CaseAssignmentView,
  /** Sensitivity, named supervisors, break-glass and restricted field classes. */
  access: CaseAccessView,
});
export type CaseDetail = z.infer<typeof CaseDetail>;

/**
 * Body of `POST /api/v1/cases/:caseId/actions/:action`: the case version the user saw, and the data the
 * action requires (checked against the country's procedure by the server, each error naming `data.<field>`).
 */
export const ProcedureActionInput = z.object({
  version: z.number().int().min(1),
  data: z.record(z.string(), z.unknown()).default({}),
});
export type ProcedureActionInput = z.input<typeof ProcedureActionInput>;

export const caseSorts = ['registeredAt', 'applicationDate', 'caseNumber', 'name', 'nextDeadline'] as const;

export const CaseListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  nationality: z.string().trim().toUpperCase().length(3).optional(),
  officeId: z.uuid().optional(),
  status: CaseStatus.optional(),
  stage: StageId.optional(),
  /** Cases whose next deadline has passed, falls within `within` working days, or is suspended. */
  deadline: z.enum(['overdue', 'due_soon', 'suspended']).optional(),
  within: z.coerce.number().int().min(0).max(260).default(10),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  sort: z.enum(caseSorts).default('registeredAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type CaseListQuery = z.input<typeof CaseListQuery>;
export type CaseListParams = z.output<typeof CaseListQuery>;

export const CaseList = z.object({
  items: z.array(CaseSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type CaseList = z.infer<typeof CaseList>;

export const RegisteredCase = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  filingWindow: FilingWindowCheck,
});
export type RegisteredCase = z.infer<typeof RegisteredCase>;
