import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type {
  DecisionKind,
  DecisionReasons,
  DecisionRecognitionBasis,
  DecisionStatus,
} from '@refugio/contract';
import type { RenderedBlock } from '../templates/template-render';

type LegalDate = ColumnType<string, string, string>;

/** The decision of a case in one round: its status, which version is current and which was issued. */
export interface DecisionTable {
  id: Generated<string>;
  case_id: string;
  round: number;
  kind: DecisionKind;
  assessment_id: string | null;
  author_id: string;
  status: ColumnType<DecisionStatus, DecisionStatus | undefined, DecisionStatus>;
  current_version: Generated<number>;
  outcome: string | null;
  issued_version: number | null;
  issued_on: LegalDate | null;
  issued_by: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** One version of a decision's text: editable while a draft, frozen once submitted, never deleted. */
export interface DecisionVersionTable {
  decision_id: string;
  number: number;
  outcome: string;
  recognition_basis: DecisionRecognitionBasis | null;
  sur_place: Generated<boolean>;
  language: string;
  template_id: string;
  individual_explanation: Generated<string>;
  reasons: JSONColumnType<DecisionReasons, string, string>;
  rendered: JSONColumnType<RenderedBlock[] | null, string | null, string | null>;
  content_sha256: string | null;
  created_by: string;
  created_at: Generated<Date>;
  submitted_by: string | null;
  submitted_at: Date | null;
  version: Generated<number>;
}

/** Each person of the case in a version: the principal, and dependants following or decided separately. */
export interface DecisionPersonTable {
  decision_id: string;
  version_number: number;
  person_id: string;
  outcome: string;
  follows_principal: boolean;
  reasons: Generated<string>;
}

/** The four-eyes review of a submitted version (append-only). */
export interface DecisionReviewTable {
  id: Generated<string>;
  decision_id: string;
  version_number: number;
  reviewer_id: string;
  verdict: 'approved' | 'returned';
  comments: Generated<string>;
  reviewed_at: Generated<Date>;
}

/** The issued letter, rendered once and re-served byte for byte (append-only). */
export interface DecisionDocumentTable {
  decision_id: string;
  version_number: number;
  file_id: string;
  template_id: string;
  rendered_at: Generated<Date>;
}

/** A notification of the decision to one person (append-only; a correction is a new row). */
export interface DecisionNotificationTable {
  id: Generated<string>;
  decision_id: string;
  person_id: string;
  notified_on: LegalDate;
  method: string;
  explained_in: string | null;
  interpreter_id: string | null;
  proof_kind: string;
  proof_reference: Generated<string>;
  proof_file_id: string | null;
  corrects_id: string | null;
  correction_reason: Generated<string>;
  recorded_by: string;
  recorded_at: Generated<Date>;
}
