import { z } from 'zod';
import { IsoDate, line, paragraph } from './text';
import { OutcomeId } from './procedure';
import { CaseDetail } from './cases';

/**
 * Decisions with four-eyes approval (issue 4; docs/design/eligibility.md §2.4): drafted in versions
 * (a submitted version is frozen), approved or returned by a supervisor who did not submit it, issued
 * as a letter from a model resolution, and notified (which starts the appeal clock).
 */
export const decisionKinds = ['first_instance', 'inadmissibility'] as const;
export const DecisionKind = z.enum(decisionKinds);
export type DecisionKind = z.infer<typeof DecisionKind>;

export const decisionStatuses = [
  'draft',
  'submitted',
  'returned',
  'referred',
  'issued',
  'notified',
  'set_aside',
] as const;
export const DecisionStatus = z.enum(decisionStatuses);
export type DecisionStatus = z.infer<typeof DecisionStatus>;

/** Recognition under the 1951 Convention definition or the expanded (Cartagena) one: kept apart. */
export const decisionRecognitionBases = ['refugee_definition', 'expanded_definition'] as const;
export const DecisionRecognitionBasis = z.enum(decisionRecognitionBases);
export type DecisionRecognitionBasis = z.infer<typeof DecisionRecognitionBasis>;

const ReasonedFact = z.object({ statement: z.string(), reasons: z.string(), citations: z.array(z.string()) });

/**
 * The written reasons of a version: a snapshot of the assessment taken when the version is submitted,
 * so later edits of the assessment never change what was approved.
 */
export const DecisionReasons = z.object({
  assessmentId: z.uuid().nullable(),
  takenAt: z.string().nullable(),
  factsAccepted: z.array(ReasonedFact),
  factsRejected: z.array(ReasonedFact),
  /** Plain text of each assessment section, by section id (credibility, well_founded_fear, …). */
  sections: z.record(z.string(), z.string()),
  complementaryProtection: z.object({ needed: z.boolean(), reasons: z.string() }).nullable(),
  /** Country-of-origin information cited, as "publisher, title, date". */
  sources: z.array(z.string()),
});
export type DecisionReasons = z.infer<typeof DecisionReasons>;

export const emptyDecisionReasons: DecisionReasons = {
  assessmentId: null,
  takenAt: null,
  factsAccepted: [],
  factsRejected: [],
  sections: {},
  complementaryProtection: null,
  sources: [],
};

const explanation = paragraph(20000);
const caseVersion = z.number().int().min(1);
const version = z.number().int().min(1);

/** A dependant in a version: follows the principal (MEX LRPCAP art. 12) or is decided separately, with reasons. */
export const DecisionPersonInput = z
  .object({
    personId: z.uuid(),
    followsPrincipal: z.boolean(),
    outcome: OutcomeId.nullable().default(null),
    reasons: paragraph(5000).default(''),
  })
  .superRefine((p, ctx) => {
    if (p.followsPrincipal) return;
    if (p.outcome === null)
      ctx.addIssue({
        code: 'custom',
        path: ['outcome'],
        message: 'Choose the outcome decided for this person',
      });
    if (p.reasons === '')
      ctx.addIssue({
        code: 'custom',
        path: ['reasons'],
        message: 'Say why this person is decided separately',
      });
  });
export type DecisionPersonInput = z.input<typeof DecisionPersonInput>;

const draftFields = {
  outcome: OutcomeId,
  recognitionBasis: DecisionRecognitionBasis.nullable().default(null),
  surPlace: z.boolean().default(false),
  /** ISO 639-3; the country's official language when not given. */
  language: z
    .string()
    .regex(/^[a-z]{3}$/, 'An ISO 639-3 code: three lower-case letters')
    .optional(),
  individualExplanation: explanation.default(''),
  /** Dependants decided separately; everyone not listed follows the principal. */
  people: z.array(DecisionPersonInput).max(50).default([]),
};

function basisMatchesOutcome(d: { outcome: string; recognitionBasis: string | null }, ctx: z.RefinementCtx) {
  if (d.outcome === 'recognized' && d.recognitionBasis === null)
    ctx.addIssue({
      code: 'custom',
      path: ['recognitionBasis'],
      message: 'Say whether the recognition rests on the Convention or on the expanded definition',
    });
  if (d.outcome !== 'recognized' && d.recognitionBasis !== null)
    ctx.addIssue({ code: 'custom', path: ['recognitionBasis'], message: 'Only a recognition has a basis' });
}

/** Body of `POST /api/v1/cases/:caseId/decisions`: the first draft of the case's decision in this round. */
export const DraftDecisionInput = z
  .object({ kind: DecisionKind.default('first_instance'), ...draftFields })
  .superRefine(basisMatchesOutcome);
export type DraftDecisionInput = z.input<typeof DraftDecisionInput>;

/** Body of `PUT /api/v1/decisions/:id/draft`: the current draft's text (a returned one opens the next version). */
export const SaveDecisionDraftInput = z.object({ version, ...draftFields }).superRefine(basisMatchesOutcome);
export type SaveDecisionDraftInput = z.input<typeof SaveDecisionDraftInput>;

/** Body of `POST /api/v1/decisions/:id/submit`: the author sends the current version for review. */
export const SubmitDecisionInput = z.object({ version, caseVersion });
export type SubmitDecisionInput = z.input<typeof SubmitDecisionInput>;

/** Body of `POST /api/v1/decisions/:id/return`: the reviewer sends it back with comments. */
export const ReturnDecisionInput = z.object({
  version,
  caseVersion,
  comments: paragraph(10000).pipe(z.string().min(1, 'Say what must change')),
});
export type ReturnDecisionInput = z.input<typeof ReturnDecisionInput>;

/** Body of `POST /api/v1/decisions/:id/approve`: the reviewer approves the submitted version. */
export const ApproveDecisionInput = z.object({
  version,
  caseVersion,
  comments: paragraph(10000).default(''),
});
export type ApproveDecisionInput = z.input<typeof ApproveDecisionInput>;

/** Body of `POST /api/v1/decisions/:id/body-resolution`: the deciding body's resolution (not MEX). */
export const BodyResolutionInput = z.object({
  version,
  caseVersion,
  resolvedOn: IsoDate,
  /** The body decided the approved outcome; otherwise the draft is returned and redrafted. */
  agreesWithRecommendation: z.literal(true),
  reference: line(300).default(''),
});
export type BodyResolutionInput = z.input<typeof BodyResolutionInput>;

export const notificationMethods = [
  'in_person',
  'registered_mail',
  'electronic',
  'through_representative',
  'other',
] as const;
export const NotificationMethod = z.enum(notificationMethods);
export type NotificationMethod = z.infer<typeof NotificationMethod>;

export const proofKinds = [
  'signed_acknowledgement',
  'postal_receipt',
  'electronic_receipt',
  'record_of_refusal',
  'other',
] as const;
export const ProofKind = z.enum(proofKinds);
export type ProofKind = z.infer<typeof ProofKind>;

const notificationFields = {
  notifiedOn: IsoDate,
  method: NotificationMethod,
  /** The language the decision was explained in (MEX LRPCAP art. 25: that the applicant understands it). */
  explainedIn: z
    .string()
    .regex(/^[a-z]{3}$/, 'An ISO 639-3 code: three lower-case letters')
    .nullable()
    .default(null),
  proofKind: ProofKind,
  proofReference: line(500).pipe(z.string().min(1, 'Give the reference of the proof (acuse, guía, folio)')),
};

/** Body of `POST /api/v1/decisions/:id/notifications`: one person notified of the issued decision. */
export const NotifyDecisionInput = z.object({
  version,
  caseVersion,
  personId: z.uuid(),
  ...notificationFields,
});
export type NotifyDecisionInput = z.input<typeof NotifyDecisionInput>;

/** Body of `POST /api/v1/decision-notifications/:id/correct`: a correction, appended; the original stays. */
export const CorrectNotificationInput = z.object({
  version,
  caseVersion,
  ...notificationFields,
  reason: paragraph(2000).pipe(z.string().min(1, 'Say what was wrong')),
});
export type CorrectNotificationInput = z.input<typeof CorrectNotificationInput>;

const Who = z.object({ id: z.uuid(), name: z.string() });

export const DecisionPersonView = z.object({
  personId: z.uuid(),
  name: z.string(),
  role: z.enum(['principal', 'dependant']),
  outcome: OutcomeId,
  followsPrincipal: z.boolean(),
  reasons: z.string(),
});
export type DecisionPersonView = z.infer<typeof DecisionPersonView>;

/** A block of a letter as the model resolution prints it, its fields filled (what the PDF lays out). */
export const LetterBlockView = z.discriminatedUnion('type', [
  z.object({ type: z.enum(['heading', 'paragraph']), text: z.string() }),
  z.object({ type: z.literal('list'), items: z.array(z.string()) }),
  z.object({ type: z.literal('signature'), lines: z.array(z.string()) }),
]);
export type LetterBlockView = z.infer<typeof LetterBlockView>;

export const DecisionVersionView = z.object({
  number: z.number().int(),
  outcome: OutcomeId,
  recognitionBasis: DecisionRecognitionBasis.nullable(),
  surPlace: z.boolean(),
  language: z.string(),
  template: z.object({ id: z.uuid(), number: z.number().int(), title: z.string() }),
  individualExplanation: z.string(),
  reasons: DecisionReasons,
  people: z.array(DecisionPersonView),
  createdBy: Who,
  createdAt: z.string(),
  submittedBy: Who.nullable(),
  submittedAt: z.string().nullable(),
  contentSha256: z.string().nullable(),
  /** Blank fields of the letter (a version with any cannot be submitted). */
  missingFields: z.array(z.string()),
  /**
   * The current draft's letter as it would print now, from the live assessment: shown beside the draft
   * while it is written. Absent for any other version (its letter is the PDF).
   */
  letterPreview: z.array(LetterBlockView).optional(),
  version: z.number().int(),
});
export type DecisionVersionView = z.infer<typeof DecisionVersionView>;

export const DecisionReviewView = z.object({
  versionNumber: z.number().int(),
  reviewer: Who,
  verdict: z.enum(['approved', 'returned']),
  comments: z.string(),
  reviewedAt: z.string(),
});
export type DecisionReviewView = z.infer<typeof DecisionReviewView>;

export const DecisionNotificationView = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  notifiedOn: IsoDate,
  method: NotificationMethod,
  explainedIn: z.string().nullable(),
  proofKind: ProofKind,
  proofReference: z.string(),
  correctsId: z.uuid().nullable(),
  correctionReason: z.string(),
  recordedBy: Who,
  recordedAt: z.string(),
});
export type DecisionNotificationView = z.infer<typeof DecisionNotificationView>;

export const decisionActions = [
  'edit',
  'submit',
  'approve',
  'return',
  'record_resolution',
  'notify',
  'correct_notification',
  'print',
] as const;
export const DecisionAction = z.enum(decisionActions);
export type DecisionAction = z.infer<typeof DecisionAction>;

export const DecisionView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseNumber: z.string(),
  round: z.number().int(),
  kind: DecisionKind,
  status: DecisionStatus,
  outcome: OutcomeId.nullable(),
  currentVersion: z.number().int(),
  issuedVersion: z.number().int().nullable(),
  issuedOn: IsoDate.nullable(),
  author: Who,
  versions: z.array(DecisionVersionView),
  reviews: z.array(DecisionReviewView),
  notifications: z.array(DecisionNotificationView),
  version: z.number().int(),
  actions: z.array(DecisionAction),
});
export type DecisionView = z.infer<typeof DecisionView>;

export const CaseDecisions = z.object({
  decisions: z.array(DecisionView),
  /** Whether the actor may start a draft now (none in this round yet). */
  canDraft: z.boolean(),
});
export type CaseDecisions = z.infer<typeof CaseDecisions>;

/** The answer of a step that moves the case: the decision and the case file as they now stand. */
export const DecisionStepResult = z.object({ decision: DecisionView, case: CaseDetail.nullable() });
export type DecisionStepResult = z.infer<typeof DecisionStepResult>;

export const ReviewQueueQuery = z.object({ status: DecisionStatus.default('submitted') });
export type ReviewQueueQuery = z.input<typeof ReviewQueueQuery>;

export const ReviewQueue = z.object({
  items: z.array(
    z.object({
      decisionId: z.uuid(),
      caseId: z.uuid(),
      caseNumber: z.string(),
      outcome: OutcomeId.nullable(),
      versionNumber: z.number().int(),
      submittedBy: Who.nullable(),
      submittedAt: z.string().nullable(),
      /** Whether this user may review it (not the one who submitted it). */
      canReview: z.boolean(),
    }),
  ),
});
export type ReviewQueue = z.infer<typeof ReviewQueue>;

/** UNHCR reporting categories: recognitions under the Convention and the expanded definition kept apart. */
export const reportingCategories = [
  'recognized_convention',
  'recognized_expanded',
  'complementary_protection',
  'rejected',
  'otherwise_closed',
] as const;
export type ReportingCategory = (typeof reportingCategories)[number];

export function reportingCategory(
  outcome: OutcomeId,
  recognitionBasis: DecisionRecognitionBasis | null,
): ReportingCategory {
  switch (outcome) {
    case 'recognized':
      return recognitionBasis === 'expanded_definition' ? 'recognized_expanded' : 'recognized_convention';
    case 'complementary_protection':
      return 'complementary_protection';
    case 'rejected':
      return 'rejected';
    case 'inadmissible':
    case 'confirmed':
    case 'remitted':
      return 'otherwise_closed';
  }
}
