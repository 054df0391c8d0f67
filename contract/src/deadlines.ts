import { z } from 'zod';
import { ExtensionReasonCode, LimitUnit, StageId, TimeLimitId } from './procedure';
import { IsoDate, line, paragraph } from './text';

/** An extension of one time limit of a case, granted by a supervisor for a reason the law lists. */
export const DeadlineExtensionView = z.object({
  reason: ExtensionReasonCode,
  /** In the unit of the limit it extends. */
  length: z.number().int(),
  note: z.string(),
  grantedAt: z.iso.datetime({ offset: true }),
});
export type DeadlineExtensionView = z.infer<typeof DeadlineExtensionView>;

/** One legal time limit of a case, computed from its events, extensions and suspensions on the calendar. */
export const DeadlineView = z.object({
  limit: TimeLimitId,
  /** The procedural event the count starts from (entry, filing, written_notification, …). */
  startsOn: z.string(),
  startDate: IsoDate,
  /** Null while a suspension without an end date stopped the clock before the limit ran out. */
  dueDate: IsoDate.nullable(),
  /** The law's length, before any extension. */
  length: z.number().int(),
  /** Units added by extensions. */
  extendedBy: z.number().int(),
  unit: LimitUnit,
  whose: z.enum(['applicant', 'administration']),
  legalBasis: z.string(),
  /**
   * open: still running; overdue: passed without the event that meets it; met / met_late: the event
   * happened; suspended: stopped by a suspension that has no end yet; closed: the case was closed
   * before the event happened, so the limit no longer runs.
   */
  status: z.enum(['open', 'overdue', 'met', 'met_late', 'suspended', 'closed']),
  metOn: IsoDate.nullable(),
  /** Calendar days not counted because the clock was suspended. */
  pausedDays: z.number().int(),
  /** Whether a suspension covers today. */
  pausedToday: z.boolean(),
  /** While suspended: the units that were left when the clock stopped. */
  unitsLeft: z.number().int().nullable(),
  extensions: z.array(DeadlineExtensionView),
  /** Whether the current user may extend this limit now (the law's reasons, how often, how long). */
  extendable: z.boolean(),
});
export type DeadlineView = z.infer<typeof DeadlineView>;

/** Body of `POST /api/v1/cases/:caseId/deadlines/:limit/extensions`. */
export const ExtendDeadlineInput = z.object({
  version: z.number().int().min(1),
  reason: ExtensionReasonCode,
  length: z.number().int().min(1).max(1000),
  note: paragraph(4000),
});
export type ExtendDeadlineInput = z.input<typeof ExtendDeadlineInput>;

export const suspensionScopes = ['case', 'office', 'authority'] as const;
export const SuspensionScope = z.enum(suspensionScopes);
export type SuspensionScope = z.infer<typeof SuspensionScope>;

/** Body of `POST /api/v1/clock-suspensions`. */
export const SuspendClocksInput = z
  .object({
    scope: SuspensionScope,
    caseId: z.uuid().optional(),
    officeId: z.uuid().optional(),
    startsOn: IsoDate,
    /** Last day the clocks stand still; omitted until it is known (lift the suspension then). */
    endsOn: IsoDate.nullable().default(null),
    legalBasis: line(500).pipe(z.string().min(1, 'Give the legal basis of the suspension')),
    reason: paragraph(4000).pipe(z.string().min(1, 'Say why the clocks are suspended')),
  })
  .superRefine((input, ctx) => {
    if (input.scope === 'case' && !input.caseId)
      ctx.addIssue({ code: 'custom', path: ['caseId'], message: 'Choose the case' });
    if (input.scope === 'office' && !input.officeId)
      ctx.addIssue({ code: 'custom', path: ['officeId'], message: 'Choose the office' });
    if (input.endsOn !== null && input.endsOn < input.startsOn)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'The end is before the start' });
  });
export type SuspendClocksInput = z.input<typeof SuspendClocksInput>;

/** Body of `POST /api/v1/clock-suspensions/:id/lift`: the last day the clocks stood still. */
export const LiftSuspensionInput = z.object({ version: z.number().int().min(1), endsOn: IsoDate });
export type LiftSuspensionInput = z.input<typeof LiftSuspensionInput>;

/** Body of `POST /api/v1/clock-suspensions/:id/correct`: new dates or basis, and why. */
export const CorrectSuspensionInput = z
  .object({
    version: z.number().int().min(1),
    startsOn: IsoDate,
    endsOn: IsoDate.nullable(),
    legalBasis: line(500).pipe(z.string().min(1, 'Give the legal basis of the suspension')),
    reason: paragraph(4000).pipe(z.string().min(1, 'Say why the suspension is corrected')),
  })
  .superRefine((input, ctx) => {
    if (input.endsOn !== null && input.endsOn < input.startsOn)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'The end is before the start' });
  });
export type CorrectSuspensionInput = z.input<typeof CorrectSuspensionInput>;

/** Body of `POST /api/v1/clock-suspensions/:id/withdraw`: a suspension entered in error. */
export const WithdrawSuspensionInput = z.object({
  version: z.number().int().min(1),
  reason: paragraph(4000).pipe(z.string().min(1, 'Say why the suspension is withdrawn')),
});
export type WithdrawSuspensionInput = z.input<typeof WithdrawSuspensionInput>;

const Person = z.object({ id: z.uuid(), name: z.string() });

export const SuspensionChangeView = z.object({
  kind: z.enum(['created', 'lifted', 'corrected', 'withdrawn']),
  at: z.iso.datetime({ offset: true }),
  actor: Person.nullable(),
  reason: z.string(),
  startsOn: IsoDate,
  endsOn: IsoDate.nullable(),
  legalBasis: z.string(),
});
export type SuspensionChangeView = z.infer<typeof SuspensionChangeView>;

/** A recomputation of stored deadlines after a change that moves many cases' clocks. */
export const RecomputationView = z.object({
  id: z.uuid(),
  status: z.enum(['running', 'done']),
  total: z.number().int(),
  done: z.number().int(),
  /** Cases whose due dates moved; each has a timeline entry saying why. */
  changed: z.number().int(),
  startedAt: z.iso.datetime({ offset: true }),
  finishedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type RecomputationView = z.infer<typeof RecomputationView>;

export const SuspensionView = z.object({
  id: z.uuid(),
  scope: SuspensionScope,
  case: z.object({ id: z.uuid(), caseNumber: z.string() }).nullable(),
  office: z.object({ id: z.uuid(), code: z.string(), name: z.string() }).nullable(),
  startsOn: IsoDate,
  endsOn: IsoDate.nullable(),
  legalBasis: z.string(),
  reason: z.string(),
  status: z.enum(['active', 'withdrawn']),
  version: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: Person.nullable(),
  /** Every change, oldest first: nothing is lost when a suspension is lifted, corrected or withdrawn. */
  history: z.array(SuspensionChangeView),
  /** What the current user may do with it. */
  actions: z.array(z.enum(['lift', 'correct', 'withdraw'])),
});
export type SuspensionView = z.infer<typeof SuspensionView>;

/** Answer to a suspension change: the suspension and the recomputation of the clocks it moved. */
export const SuspensionChangeResult = z.object({
  suspension: SuspensionView,
  recomputation: RecomputationView.nullable(),
});
export type SuspensionChangeResult = z.infer<typeof SuspensionChangeResult>;

export const SuspensionListQuery = z.object({
  status: z.enum(['active', 'withdrawn', 'all']).default('active'),
  caseId: z.uuid().optional(),
});
export type SuspensionListQuery = z.input<typeof SuspensionListQuery>;

export const SuspensionList = z.object({
  items: z.array(SuspensionView),
  /** Whether the current user may suspend clocks, and at which scopes. */
  canSuspend: z.array(SuspensionScope),
});
export type SuspensionList = z.infer<typeof SuspensionList>;

/** `GET /api/v1/deadlines`: the deadline dashboard's query. */
export const DeadlineDashboardQuery = z.object({
  /** Due within this many working days from today (overdue ones are always included in the counts). */
  within: z.coerce.number().int().min(0).max(260).default(10),
  officeId: z.uuid().optional(),
  stage: StageId.optional(),
  limit: TimeLimitId.optional(),
  status: z.enum(['overdue', 'due_soon', 'suspended']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type DeadlineDashboardQuery = z.input<typeof DeadlineDashboardQuery>;
export type DeadlineDashboardParams = z.output<typeof DeadlineDashboardQuery>;

export const DeadlineCounts = z.object({
  overdue: z.number().int(),
  dueSoon: z.number().int(),
  suspended: z.number().int(),
});

export const DeadlineDashboard = z.object({
  today: IsoDate,
  /** The last day counted as "due soon": today plus `within` working days. */
  dueSoonUntil: IsoDate,
  totals: DeadlineCounts,
  byOffice: z.array(
    DeadlineCounts.extend({ office: z.object({ id: z.uuid(), code: z.string(), name: z.string() }) }),
  ),
  byStage: z.array(DeadlineCounts.extend({ stage: StageId })),
  byOfficer: z.array(DeadlineCounts.extend({ officer: Person.nullable() })),
  items: z.array(
    z.object({
      caseId: z.uuid(),
      caseNumber: z.string(),
      principalName: z.string(),
      office: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
      stage: StageId,
      officer: Person.nullable(),
      limit: TimeLimitId,
      dueDate: IsoDate.nullable(),
      status: z.enum(['open', 'overdue', 'suspended']),
      /** Working days from today to the due date; negative when overdue; null while suspended. */
      workingDaysLeft: z.number().int().nullable(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type DeadlineDashboard = z.infer<typeof DeadlineDashboard>;

/** The next open time limit of a case, as the case list shows it. */
export const NextDeadline = z.object({
  limit: TimeLimitId,
  dueDate: IsoDate.nullable(),
  status: z.enum(['open', 'overdue', 'suspended']),
});
export type NextDeadline = z.infer<typeof NextDeadline>;
