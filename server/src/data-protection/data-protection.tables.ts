import type { ColumnType, Generated } from 'kysely';
import type { RecipientKind, SharingPurpose } from '@refugio/contract';

export interface RecipientTable {
  id: Generated<string>;
  name: string;
  kind: RecipientKind;
  country: string | null;
  active: Generated<boolean>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** One consent decision; the latest per person and purpose stands. Never updated. */
export interface ConsentTable {
  id: Generated<string>;
  seq: ColumnType<string, never, never>;
  case_id: string;
  person_id: string;
  purpose: SharingPurpose;
  decision: 'given' | 'refused' | 'withdrawn';
  method: 'signed_form' | 'oral_recorded' | 'electronic';
  given_by: 'self' | 'parent_or_guardian' | 'legal_representative';
  expressed_on: ColumnType<string, string, never>;
  note: string;
  recorded_by: string | null;
  recorded_at: Generated<Date>;
}

/** One disclosure of people of a case to a recipient. Never updated. */
export interface DisclosureTable {
  id: Generated<string>;
  case_id: string;
  recipient_id: string;
  purpose: SharingPurpose;
  person_ids: string[];
  note: string;
  disclosed_by: string | null;
  disclosed_at: Generated<Date>;
}

/** The tables of data protection, merged into `DB` (db/schema.ts). */
export interface DataProtectionTables {
  recipients: RecipientTable;
  consents: ConsentTable;
  disclosures: DisclosureTable;
}
