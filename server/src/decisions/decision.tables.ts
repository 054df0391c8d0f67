import type { DocumentTemplateTable } from '../templates/template.table';
import type {
  DecisionDocumentTable,
  DecisionNotificationTable,
  DecisionPersonTable,
  DecisionReviewTable,
  DecisionTable,
  DecisionVersionTable,
} from './decision.table';

/**
 * The tables of this feature (templates, decisions, versions, reviews, issued letters, notifications), merged into `DB` (db/schema.ts). Each table's
 * interface lives in its own `*.table.ts` beside its repository.
 */
export interface DecisionTables {
  document_templates: DocumentTemplateTable;
  decisions: DecisionTable;
  decision_versions: DecisionVersionTable;
  decision_people: DecisionPersonTable;
  decision_reviews: DecisionReviewTable;
  decision_documents: DecisionDocumentTable;
  decision_notifications: DecisionNotificationTable;
}
