import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { FieldComparison } from './matching';

type Explanation = JSONColumnType<FieldComparison[], string | undefined, string>;

/** One blocking key of a person: candidate search looks keys up in the index on `key`. */
export interface PersonMatchKeyTable {
  person_id: string;
  key: string;
}

/** Which key scheme a person was indexed under; a person without a row, or of another version, is re-indexed. */
export interface PersonMatchIndexTable {
  person_id: string;
  keys_version: string;
  indexed_at: ColumnType<Date, Date | undefined, Date>;
}

/** The identity a linked person record belongs to; a record without a row is an identity of its own. */
export interface PersonIdentityTable {
  person_id: string;
  identity_id: string;
}

export type LinkKind = 'same_person' | 'family';

/** A link between two person records (`person_a < person_b`); undoing it sets `undone_*`, never deletes. */
export interface PersonLinkTable {
  id: Generated<string>;
  kind: LinkKind;
  person_a: string;
  person_b: string;
  relationship: string | null;
  score: number | null;
  explanation: Explanation;
  source: 'registration' | 'review' | 'case_page';
  linked_by: string;
  linked_at: ColumnType<Date, Date | undefined, never>;
  undone_by: string | null;
  undone_at: Date | null;
}

/** A candidate pair in the supervisors' review queue; one row per pair ever, so a rejection sticks. */
export interface IdentityReviewPairTable {
  id: Generated<string>;
  kind: LinkKind;
  person_a: string;
  person_b: string;
  score: number;
  explanation: Explanation;
  source: 'register_dedup' | 'registration';
  status: ColumnType<'pending' | 'confirmed' | 'rejected', 'pending' | undefined, 'confirmed' | 'rejected'>;
  decided_by: string | null;
  decided_at: Date | null;
  link_id: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
}

/** What the registering officer decided about each strong candidate of a new person. */
export interface RegistrationIdentityCheckTable {
  id: Generated<string>;
  case_id: string;
  person_id: string;
  candidate_person_id: string;
  decision: 'same_person' | 'different';
  score: number;
  explanation: Explanation;
  decided_by: string;
  decided_at: ColumnType<Date, Date | undefined, never>;
}

/** Tables of identity resolution. */
export interface IdentityTables {
  person_match_keys: PersonMatchKeyTable;
  person_match_index: PersonMatchIndexTable;
  person_identities: PersonIdentityTable;
  person_links: PersonLinkTable;
  identity_review_pairs: IdentityReviewPairTable;
  registration_identity_checks: RegistrationIdentityCheckTable;
}
