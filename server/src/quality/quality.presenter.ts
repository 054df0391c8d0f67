import type { QualityDrawView, QualityReviewView, QualitySampleView } from '@refugio/contract';
import type { DrawRow, ReviewRow, SampleRow } from './quality.repository';

const person = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

export function presentSample(
  row: SampleRow,
  extra: { reviewerCandidates: { id: string; name: string }[]; canReview: boolean },
): QualitySampleView {
  return {
    id: row.id,
    drawId: row.draw_id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    decisionEventId: String(row.decision_event_id),
    decisionOutcome: row.decision_outcome,
    decisionIssuedOn: row.decision_issued_on,
    author: person(row.decision_author_id, row.author_name),
    approver: person(row.decision_approver_id, row.approver_name),
    reason: row.reason,
    riskIndicators: row.risk_indicators,
    reviewer: person(row.reviewer_id, row.reviewer_name),
    status: row.status,
    reviewId: row.review_id,
    version: row.version,
    reviewerCandidates: extra.reviewerCandidates,
    canReview: extra.canReview,
  };
}

export function presentDraw(row: DrawRow, samples: QualitySampleView[]): QualityDrawView {
  return {
    id: row.id,
    officeId: row.office_id,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    randomRate: Number(row.random_rate),
    seed: row.seed,
    population: row.population,
    drawnBy: person(row.drawn_by, row.drawn_by_name),
    drawnAt: row.drawn_at.toISOString(),
    samples,
  };
}

export function presentReview(
  row: ReviewRow,
  sample: QualitySampleView,
  scores: { indicator_id: string; rating: QualityReviewView['scores'][number]['rating']; comment: string }[],
  canEdit: boolean,
): QualityReviewView {
  return {
    id: row.id,
    sample,
    reviewer: sample.reviewer ?? { id: row.reviewer_id, name: '' },
    indicatorSet: row.indicator_set,
    comments: row.comments,
    status: row.status,
    completedAt: row.completed_at?.toISOString() ?? null,
    scores: scores.map((s) => ({ indicatorId: s.indicator_id, rating: s.rating, comment: s.comment })),
    version: row.version,
    canEdit,
  };
}
