import { z } from 'zod';
import { paragraph } from './text';

/** The contract of fine-grained access (issue 5): sensitivity marks, named supervisors, break-glass, field classes. */

/** Why a case or a person is sensitive. Only people who need the category see it. */
export const sensitivityCategories = [
  'sgbv',
  'lgbtiq',
  'staff_member',
  'public_figure',
  'child_protection',
  'other',
] as const;
export const SensitivityCategory = z.enum(sensitivityCategories);
export type SensitivityCategory = z.infer<typeof SensitivityCategory>;

/**
 * Classes of fields a role may be denied even on a case it can open: the claim narrative and statements
 * of fact, interview transcripts and addenda, medical and SGBV details (with the specific-needs codes of
 * that nature), and contact details (address, phone).
 */
export const fieldClasses = ['narrative', 'transcript', 'medical', 'contact'] as const;
export const FieldClass = z.enum(fieldClasses);
export type FieldClass = z.infer<typeof FieldClass>;

const UserRef = z.object({ id: z.uuid(), name: z.string() });

/** Body of `POST /api/v1/cases/:caseId/sensitivity`: mark the case (or one person of it) sensitive. */
export const MarkSensitiveInput = z.object({
  version: z.number().int().min(1),
  category: SensitivityCategory,
  reason: paragraph(2000).pipe(z.string().min(1, 'Say why the case is sensitive')),
  /** The person the mark concerns; absent or null when it concerns the whole case. */
  personId: z.uuid().nullable().optional(),
});
export type MarkSensitiveInput = z.input<typeof MarkSensitiveInput>;

/** Body of `POST /api/v1/cases/:caseId/sensitivity/:markId/lift`. */
export const LiftSensitivityInput = z.object({
  version: z.number().int().min(1),
  reason: paragraph(2000).pipe(z.string().min(1, 'Say why the mark is lifted')),
});
export type LiftSensitivityInput = z.input<typeof LiftSensitivityInput>;

/** Body of `POST /api/v1/cases/:caseId/supervisors` (name) and `…/supervisors/:userId/remove`. */
export const NameSupervisorInput = z.object({
  version: z.number().int().min(1),
  userId: z.uuid(),
});
export type NameSupervisorInput = z.input<typeof NameSupervisorInput>;
export const RemoveSupervisorInput = z.object({ version: z.number().int().min(1) });
export type RemoveSupervisorInput = z.input<typeof RemoveSupervisorInput>;

/** An active mark as the case page shows it; the category only to those who need it. */
export const SensitivityMarkView = z.object({
  id: z.uuid(),
  /** Null when the current user may see that the case is sensitive but not why. */
  category: SensitivityCategory.nullable(),
  personId: z.uuid().nullable(),
  markedAt: z.iso.datetime({ offset: true }),
  markedBy: UserRef.nullable(),
});
export type SensitivityMarkView = z.infer<typeof SensitivityMarkView>;

/** Everything about who may see a case, as the current user may know it. */
export const CaseAccessView = z.object({
  sensitive: z.boolean(),
  marks: z.array(SensitivityMarkView),
  supervisors: z.array(UserRef),
  /** Whether the current user may mark the case, lift its marks and name its supervisors. */
  canMark: z.boolean(),
  /** Supervisors of the case's office the current user may name (empty unless `canMark`). */
  supervisorCandidates: z.array(UserRef),
  /** The current user reads the case under a break-glass grant until this instant. */
  breakGlass: z.object({ grantId: z.uuid(), expiresAt: z.iso.datetime({ offset: true }) }).nullable(),
  /** Field classes withheld from the current user on this case; the page shows them as restricted. */
  restricted: z.array(FieldClass),
});
export type CaseAccessView = z.infer<typeof CaseAccessView>;

/** Body of `POST /api/v1/break-glass`. */
export const BreakGlassRequest = z.object({
  caseNumber: z.string().trim().min(1, 'Give the case number').max(40),
  reason: paragraph(2000).pipe(z.string().min(20, 'State the reason in at least 20 characters')),
});
export type BreakGlassRequest = z.input<typeof BreakGlassRequest>;

export const BreakGlassGranted = z.object({
  grantId: z.uuid(),
  caseId: z.uuid(),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type BreakGlassGranted = z.infer<typeof BreakGlassGranted>;

export const breakGlassOutcomes = ['justified', 'not_justified'] as const;
export const BreakGlassOutcome = z.enum(breakGlassOutcomes);
export type BreakGlassOutcome = z.infer<typeof BreakGlassOutcome>;

/** Body of `POST /api/v1/break-glass/:grantId/review`. */
export const BreakGlassReviewInput = z.object({
  outcome: BreakGlassOutcome,
  note: paragraph(2000).default(''),
});
export type BreakGlassReviewInput = z.input<typeof BreakGlassReviewInput>;

export const BreakGlassQuery = z.object({
  status: z.enum(['unreviewed', 'reviewed', 'all']).default('all'),
  userId: z.uuid().optional(),
  officeId: z.uuid().optional(),
  outcome: BreakGlassOutcome.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
export type BreakGlassQuery = z.input<typeof BreakGlassQuery>;

/** One use of break-glass access, for review. */
export const BreakGlassGrantView = z.object({
  id: z.uuid(),
  user: UserRef,
  case: z.object({ id: z.uuid(), caseNumber: z.string(), officeCode: z.string() }),
  reason: z.string(),
  grantedAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }),
  active: z.boolean(),
  /** Reads and actions recorded under the grant. */
  uses: z.number().int(),
  review: z
    .object({
      by: UserRef.nullable(),
      at: z.iso.datetime({ offset: true }),
      outcome: BreakGlassOutcome,
      note: z.string(),
    })
    .nullable(),
  /** Whether the current user may review it (never their own use). */
  canReview: z.boolean(),
});
export type BreakGlassGrantView = z.infer<typeof BreakGlassGrantView>;

export const BreakGlassList = z.object({
  items: z.array(BreakGlassGrantView),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type BreakGlassList = z.infer<typeof BreakGlassList>;

export const BreakGlassCount = z.object({ unreviewed: z.number().int() });
export type BreakGlassCount = z.infer<typeof BreakGlassCount>;
