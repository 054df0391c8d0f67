import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { OutcomeId, QualityRating, QualitySampleStatus, RiskIndicator } from '@refugio/contract';

/** One draw of decisions for a second reading; append-only, reproducible from its seed and rules. */
export interface QualityDrawTable {
  id: Generated<string>;
  office_id: string | null;
  period_from: ColumnType<string, string, string>;
  period_to: ColumnType<string, string, string>;
  /** numeric(5,4): read as a string. */
  random_rate: ColumnType<string, number, never>;
  risk_rules: JSONColumnType<Record<string, unknown>, string, never>;
  seed: number;
  population: number;
  drawn_by: string;
  drawn_at: Generated<Date>;
}

/** A decision drawn for review; a decision is never drawn twice. */
export interface QualitySampleTable {
  id: Generated<string>;
  draw_id: string;
  case_id: string;
  decision_event_id: string;
  decision_id: string | null;
  decision_author_id: string | null;
  decision_approver_id: string | null;
  decision_interviewer_ids: ColumnType<string[], string[] | undefined, string[]>;
  decision_outcome: OutcomeId | null;
  decision_issued_on: ColumnType<string | null, string | null, string | null>;
  reason: 'random' | 'risk';
  risk_indicators: ColumnType<RiskIndicator[], RiskIndicator[] | undefined, RiskIndicator[]>;
  reviewer_id: string | null;
  assigned_at: Date | null;
  status: Generated<QualitySampleStatus>;
  version: Generated<number>;
}

/** The second reading of a sampled decision; frozen once completed. */
export interface QualityReviewTable {
  id: Generated<string>;
  sample_id: string;
  reviewer_id: string;
  indicator_set: string;
  comments: Generated<string>;
  status: Generated<'draft' | 'completed'>;
  completed_at: Date | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** One indicator's rating in a review. */
export interface QualityScoreTable {
  review_id: string;
  indicator_id: string;
  rating: QualityRating;
  comment: Generated<string>;
}
