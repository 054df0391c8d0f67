// Schemas of the quality feature (issue 4; docs/design/eligibility.md §5.2).
import { z } from 'zod';

/** The four ratings of the EUAA quality assurance tool. */
export const qualityRatings = ['correct', 'minor', 'significant', 'not_applicable'] as const;
export const QualityRating = z.enum(qualityRatings);
export type QualityRating = z.infer<typeof QualityRating>;

export const qualitySampleStatuses = ['pending', 'in_review', 'completed'] as const;
export const QualitySampleStatus = z.enum(qualitySampleStatuses);
export type QualitySampleStatus = z.infer<typeof QualitySampleStatus>;

/** What flags a decision for review regardless of chance, each computed from the case's data. */
export const riskIndicators = [
  'returned_twice',
  'refusal_with_specific_needs',
  'decision_late',
  'new_officer',
] as const;
export const RiskIndicator = z.enum(riskIndicators);
export type RiskIndicator = z.infer<typeof RiskIndicator>;

/**
 * Indicator set `refugio-qa-1`, after the areas of the EUAA quality assurance tool (interview, then the
 * decision: facts, credibility, risk, legal analysis, form). The QAT's own wording was not available:
 * the authority reviews the labels.
 */
export const qualityIndicators = [
  { id: 'i_special_needs', area: 'interview' },
  { id: 'i_interpreter', area: 'interview' },
  { id: 'i_fitness', area: 'interview' },
  { id: 'i_information_given', area: 'interview' },
  { id: 'i_facts_explored', area: 'interview' },
  { id: 'i_inconsistencies_put', area: 'interview' },
  { id: 'i_exclusion_explored', area: 'interview' },
  { id: 'i_record_read_back', area: 'interview' },
  { id: 'd_material_facts', area: 'facts' },
  { id: 'd_credibility', area: 'credibility' },
  { id: 'd_risk', area: 'risk' },
  { id: 'd_legal_analysis', area: 'legal_analysis' },
  { id: 'd_form', area: 'form' },
  { id: 'd_efficiency', area: 'form' },
] as const;
export const QUALITY_INDICATOR_SET = 'refugio-qa-1';
export const qualityIndicatorIds = qualityIndicators.map((i) => i.id);
export const QualityIndicatorId = z.enum(qualityIndicators.map((i) => i.id) as [string, ...string[]]);
export type QualityIndicatorId = (typeof qualityIndicators)[number]['id'];

/** Body of `POST /api/v1/quality/draws`: a period's decisions of an office, a random share plus every risk-flagged one. */
export const QualityDrawInput = z
  .object({
    officeId: z.uuid(),
    periodFrom: z.iso.date(),
    periodTo: z.iso.date(),
    /** Share of the decisions not flagged by risk to draw at random (0–1). */
    randomRate: z.number().min(0).max(1),
    /** Left out: chosen by the server and stored, so the draw can be reproduced. */
    seed: z.number().int().min(0).max(2147483647).optional(),
  })
  .refine((d) => d.periodTo >= d.periodFrom, {
    path: ['periodTo'],
    message: 'The period ends before it starts',
  });
export type QualityDrawInput = z.input<typeof QualityDrawInput>;

const Person = z.object({ id: z.uuid(), name: z.string() });

export const QualitySampleView = z.object({
  id: z.uuid(),
  drawId: z.uuid(),
  caseId: z.uuid(),
  caseNumber: z.string(),
  decisionEventId: z.string(),
  decisionOutcome: z.string().nullable(),
  decisionIssuedOn: z.iso.date().nullable(),
  author: Person.nullable(),
  approver: Person.nullable(),
  reason: z.enum(['random', 'risk']),
  riskIndicators: z.array(RiskIndicator),
  reviewer: Person.nullable(),
  status: QualitySampleStatus,
  reviewId: z.uuid().nullable(),
  version: z.number().int(),
  /** Supervisors of the office who may review it (none who took part in the decision). */
  reviewerCandidates: z.array(Person),
  /** Whether the current user may open or continue its review. */
  canReview: z.boolean(),
});
export type QualitySampleView = z.infer<typeof QualitySampleView>;

/**
 * Where a sampled decision stands for the reader of the list: no reviewer yet, given to a reviewer
 * (review not completed), or reviewed (completed).
 */
export const qualitySampleListStatuses = ['unassigned', 'assigned', 'reviewed'] as const;
export const QualitySampleListStatus = z.enum(qualitySampleListStatuses);
export type QualitySampleListStatus = z.infer<typeof QualitySampleListStatus>;

/** Query of `GET /api/v1/quality/samples`. */
export const QualitySampleQuery = z.object({
  /** Required of no one: a supervisor's office is theirs; an administrator sees every office without it. */
  officeId: z.uuid().optional(),
  /** The decision's author. */
  officerId: z.uuid().optional(),
  reviewerId: z.uuid().optional(),
  status: QualitySampleListStatus.optional(),
  drawId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type QualitySampleQuery = z.input<typeof QualitySampleQuery>;

/** A page of sampled decisions, newest draw first. */
export const QualitySampleList = z.object({
  items: z.array(QualitySampleView),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type QualitySampleList = z.infer<typeof QualitySampleList>;

export const QualityDrawView = z.object({
  id: z.uuid(),
  officeId: z.uuid().nullable(),
  periodFrom: z.iso.date(),
  periodTo: z.iso.date(),
  randomRate: z.number(),
  seed: z.number().int(),
  population: z.number().int(),
  drawnBy: Person.nullable(),
  drawnAt: z.iso.datetime({ offset: true }),
  samples: z.array(QualitySampleView),
});
export type QualityDrawView = z.infer<typeof QualityDrawView>;

export const QualityDrawList = z.object({ draws: z.array(QualityDrawView), canDraw: z.boolean() });
export type QualityDrawList = z.infer<typeof QualityDrawList>;

/** Body of `POST /api/v1/quality/samples/:id/assign`. */
export const AssignQualitySampleInput = z.object({ version: z.number().int().min(1), reviewerId: z.uuid() });
export type AssignQualitySampleInput = z.input<typeof AssignQualitySampleInput>;

export const QualityScoreInput = z.object({
  indicatorId: QualityIndicatorId,
  rating: QualityRating,
  comment: z.string().trim().max(4000).default(''),
});
export type QualityScoreInput = z.input<typeof QualityScoreInput>;

/** Body of `PUT /api/v1/quality/reviews/:id`: the ratings so far (a comment is needed unless correct or not applicable). */
export const SaveQualityReviewInput = z
  .object({
    version: z.number().int().min(1),
    comments: z.string().trim().max(20000).default(''),
    scores: z.array(QualityScoreInput).max(qualityIndicators.length),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.scores.forEach((s, i) => {
      if (seen.has(s.indicatorId))
        ctx.addIssue({ code: 'custom', path: ['scores', i, 'indicatorId'], message: 'Rated twice' });
      seen.add(s.indicatorId);
      if ((s.rating === 'minor' || s.rating === 'significant') && s.comment === '')
        ctx.addIssue({
          code: 'custom',
          path: ['scores', i, 'comment'],
          message: 'Say what the deficiency is',
        });
    });
  });
export type SaveQualityReviewInput = z.input<typeof SaveQualityReviewInput>;

export const QualityReviewView = z.object({
  id: z.uuid(),
  sample: QualitySampleView,
  reviewer: Person,
  indicatorSet: z.string(),
  comments: z.string(),
  status: z.enum(['draft', 'completed']),
  completedAt: z.iso.datetime({ offset: true }).nullable(),
  scores: z.array(z.object({ indicatorId: z.string(), rating: QualityRating, comment: z.string() })),
  version: z.number().int(),
  canEdit: z.boolean(),
});
export type QualityReviewView = z.infer<typeof QualityReviewView>;

export const QualityReportQuery = z.object({
  officeId: z.uuid().optional(),
  officerId: z.uuid().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  groupBy: z.enum(['office', 'officer']).default('office'),
});
export type QualityReportQuery = z.input<typeof QualityReportQuery>;

/** Counts of each rating per indicator, over completed reviews, for one office or officer. */
export const QualityReportRow = z.object({
  group: z.object({ kind: z.enum(['office', 'officer']), id: z.uuid(), name: z.string() }),
  reviews: z.number().int(),
  indicators: z.array(
    z.object({
      indicatorId: z.string(),
      correct: z.number().int(),
      minor: z.number().int(),
      significant: z.number().int(),
      not_applicable: z.number().int(),
    }),
  ),
});
export const QualityReport = z.object({
  groupBy: z.enum(['office', 'officer']),
  rows: z.array(QualityReportRow),
});
export type QualityReport = z.infer<typeof QualityReport>;
