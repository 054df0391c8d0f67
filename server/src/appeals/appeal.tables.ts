import type { AppealFeedbackSeenTable, AppealTable } from './appeal.table';
import type {
  QualityDrawTable,
  QualityReviewTable,
  QualitySampleTable,
  QualityScoreTable,
} from '../quality/quality.table';

/**
 * The tables of this feature (appeals, overturn feedback, quality draws, samples, reviews, scores), merged into `DB` (db/schema.ts). Each table's
 * interface lives in its own `*.table.ts` beside its repository.
 */
export interface AppealTables {
  appeals: AppealTable;
  appeal_feedback_seen: AppealFeedbackSeenTable;
  quality_draws: QualityDrawTable;
  quality_samples: QualitySampleTable;
  quality_reviews: QualityReviewTable;
  quality_scores: QualityScoreTable;
}
