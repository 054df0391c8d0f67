import { z } from 'zod';
import { IsoDate, line } from './text';
import { Relationship } from './registration';

/**
 * Identity resolution (issue 6): the likely existing people shown before a new person is saved, the
 * links between person records (same person, family) and the supervisors' review queue.
 */

export const matchFields = [
  'given_names',
  'surnames',
  'birth_date',
  'sex',
  'nationality',
  'country_of_birth',
  'document',
  'phone',
] as const;

/** One field's part in a score: how it compared (a short code) and how much it counted, in bits. */
export const FieldComparisonView = z.object({
  field: z.enum(matchFields),
  level: z.string(),
  weight: z.number(),
});
export type FieldComparisonView = z.infer<typeof FieldComparisonView>;

/** A person as typed in the registration form, before it is saved: only names are required. */
export const CandidateQuery = z.object({
  givenNames: line(100).pipe(z.string().min(1, { message: 'Required' })),
  firstSurname: line(100).pipe(z.string().min(1, { message: 'Required' })),
  secondSurname: line(100).default(''),
  sex: z.enum(['F', 'M', 'X', '']).default(''),
  birthDate: z.union([IsoDate, z.literal('')]).default(''),
  birthDateEstimated: z.boolean().default(false),
  nationalities: z.array(z.string().trim().toUpperCase().length(3)).max(5).default([]),
  countryOfBirth: z.string().trim().toUpperCase().max(3).default(''),
  documents: z
    .array(z.object({ type: line(40), number: line(50), issuingCountry: z.string().max(3).optional() }))
    .max(10)
    .default([]),
  phone: line(40).default(''),
});
export type CandidateQuery = z.input<typeof CandidateQuery>;

/** What identification needs of an existing person and their case: no claim, no contact details. */
export const IdentifiedPerson = z.object({
  personId: z.uuid(),
  caseId: z.uuid(),
  caseNumber: z.string(),
  officeName: z.string(),
  caseStage: z.string(),
  givenNames: z.string(),
  firstSurname: z.string(),
  secondSurname: z.string(),
  sex: z.string(),
  birthDate: z.string(),
  nationalities: z.array(z.string()),
});
export type IdentifiedPerson = z.infer<typeof IdentifiedPerson>;

export const Candidate = IdentifiedPerson.extend({
  /** Probability (0 to 1) that the typed person is this one. */
  score: z.number(),
  /** At or above the "same person" threshold: the officer must decide before saving. */
  strong: z.boolean(),
  fields: z.array(FieldComparisonView),
});
export type Candidate = z.infer<typeof Candidate>;

export const CandidateResult = z.object({
  candidates: z.array(Candidate),
  /**
   * Likely matches in files the officer may not see (sensitive cases): never shown, only counted; the
   * files' supervisors get the pair in their review queue when the new person is saved.
   */
  restricted: z.number().int(),
  /** The score at or above which a candidate must be decided on. */
  threshold: z.number(),
});
export type CandidateResult = z.infer<typeof CandidateResult>;

export const linkKinds = ['same_person', 'family'] as const;
export const LinkKind = z.enum(linkKinds);
export type LinkKind = z.infer<typeof LinkKind>;

export const LinkInput = z.object({
  otherPersonId: z.uuid(),
  kind: LinkKind,
  /** For a family link: what the other person is to this one. */
  relationship: Relationship.optional(),
});
export type LinkInput = z.infer<typeof LinkInput>;

/** A link of a person of this case to a person of another case (or of the same one, for family). */
export const PersonLinkView = z.object({
  id: z.uuid(),
  kind: LinkKind,
  relationship: z.string().nullable(),
  /** The person of this case the link is about. */
  personId: z.uuid(),
  /** The other record; null when it lies in a file the user may not see. */
  other: IdentifiedPerson.nullable(),
  score: z.number().nullable(),
  linkedAt: z.iso.datetime({ offset: true }),
  linkedBy: z.string().nullable(),
  undoneAt: z.iso.datetime({ offset: true }).nullable(),
  canUndo: z.boolean(),
});
export type PersonLinkView = z.infer<typeof PersonLinkView>;

export const CaseIdentityLinks = z.object({
  links: z.array(PersonLinkView),
  /** Whether the user may link people of this case to others. */
  canLink: z.boolean(),
});
export type CaseIdentityLinks = z.infer<typeof CaseIdentityLinks>;

export const reviewStatuses = ['pending', 'confirmed', 'rejected'] as const;

export const IdentityReviewQueueQuery = z.object({
  kind: LinkKind.default('same_person'),
  status: z.enum(reviewStatuses).default('pending'),
  minScore: z.coerce.number().min(0).max(1).default(0),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type IdentityReviewQueueQuery = z.input<typeof IdentityReviewQueueQuery>;

export const IdentityReviewPair = z.object({
  id: z.uuid(),
  kind: LinkKind,
  status: z.enum(reviewStatuses),
  score: z.number(),
  fields: z.array(FieldComparisonView),
  version: z.number().int(),
  a: IdentifiedPerson,
  b: IdentifiedPerson,
});
export type IdentityReviewPair = z.infer<typeof IdentityReviewPair>;

export const IdentityReviewQueue = z.object({
  items: z.array(IdentityReviewPair),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type IdentityReviewQueue = z.infer<typeof IdentityReviewQueue>;

export const IdentityReviewDecisionInput = z.object({
  decision: z.enum(['confirm', 'reject']),
  /** The version the reviewer saw: a pair decided meanwhile answers 409. */
  version: z.number().int().min(1),
});
export type IdentityReviewDecisionInput = z.infer<typeof IdentityReviewDecisionInput>;

/** Confirms a batch of pairs the reviewer chose, all at or above `minScore` (the web app sends batches). */
export const BulkConfirmInput = z.object({
  minScore: z.number().min(0.5).max(1),
  pairs: z
    .array(z.object({ id: z.uuid(), version: z.number().int().min(1) }))
    .min(1)
    .max(100),
});
export type BulkConfirmInput = z.infer<typeof BulkConfirmInput>;

export const BulkConfirmResult = z.object({
  results: z.array(
    z.object({ id: z.uuid(), outcome: z.enum(['confirmed', 'conflict', 'not_found', 'below_score']) }),
  ),
});
export type BulkConfirmResult = z.infer<typeof BulkConfirmResult>;
