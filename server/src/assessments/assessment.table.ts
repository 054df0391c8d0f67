import type { ColumnType, Generated } from 'kysely';
import type { AssessmentSectionId, AssessmentStatus, CitationKind, RejectionGround } from '@refugio/contract';
import type { SealedInput } from '../crypto/envelope';

/** The assessment of a case's principal applicant in one round of the procedure. */
export interface AssessmentTable {
  id: string;
  case_id: string;
  person_id: string;
  round: number;
  status: Generated<AssessmentStatus>;
  author_id: string;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** One section of the UNHCR assessment form; content as the contract's section schema. */
export interface AssessmentSectionTable {
  assessment_id: string;
  section: AssessmentSectionId;
  /** The section's JSON sealed under the case's data key; the repository opens and parses it. */
  content: ColumnType<Buffer, SealedInput | undefined, SealedInput>;
  complete: Generated<boolean>;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

/** A material fact, accepted or rejected with reasons. */
export interface AssessmentFactTable {
  id: string;
  assessment_id: string;
  position: number;
  /** Sealed under the case's data key (crypto/sealed-fields.ts); repositories open it. */
  statement: ColumnType<Buffer, SealedInput, SealedInput>;
  finding: 'accepted' | 'rejected';
  /** Sealed under the case's data key. */
  reasons: ColumnType<Buffer, SealedInput, SealedInput>;
  rejection_grounds: ColumnType<RejectionGround[], RejectionGround[] | undefined, RejectionGround[]>;
  put_to_applicant: boolean | null;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

/** What a section or fact rests on. Interview ids are plain values: no foreign key to the interviews feature. */
export interface AssessmentCitationTable {
  id: string;
  assessment_id: string;
  section: AssessmentSectionId;
  fact_id: string | null;
  kind: CitationKind;
  coi_source_id: string | null;
  interview_record_id: string | null;
  interview_turn_id: ColumnType<string | null, number | null | undefined, never>;
  interview_addendum_id: string | null;
  description: Generated<string>;
  pinpoint: Generated<string>;
  created_by: string | null;
  created_at: Generated<Date>;
}
