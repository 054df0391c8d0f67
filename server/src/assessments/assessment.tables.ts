import type { CoiSourceTable } from '../coi/coi-source.table';
import type {
  AssessmentCitationTable,
  AssessmentFactTable,
  AssessmentSectionTable,
  AssessmentTable,
} from './assessment.table';

/**
 * The tables of this feature (country-of-origin information sources, assessments, sections, facts,
 * citations), merged into `DB` (db/schema.ts). Each table's interface lives in its own `*.table.ts`.
 */
export interface AssessmentTables {
  coi_sources: CoiSourceTable;
  assessments: AssessmentTable;
  assessment_sections: AssessmentSectionTable;
  assessment_facts: AssessmentFactTable;
  assessment_citations: AssessmentCitationTable;
}
