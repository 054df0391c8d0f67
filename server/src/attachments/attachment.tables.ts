import type { Generated } from 'kysely';
import type { AttachmentCategory } from '@refugio/contract';

/** A case's data key, wrapped under a master key (its id: the key's fingerprint). */
export interface DataKeyTable {
  case_id: string;
  master_key_id: string;
  wrapped_key: Buffer;
  created_at: Generated<Date>;
  rewrapped_at: Date | null;
}

/** A document uploaded to a case; its bytes live encrypted in the document store under `storage_key`. */
export interface AttachmentTable {
  id: string;
  case_id: string;
  person_id: string | null;
  category: AttachmentCategory;
  /** Sealed under the case's data key (a file name can name a person). */
  file_name: Buffer;
  /** Sealed under the case's data key. */
  description: Buffer;
  media_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  uploaded_by: string | null;
  uploaded_at: Generated<Date>;
}

/** The tables of encryption keys and attachments, merged into `DB` (db/schema.ts). */
export interface AttachmentTables {
  data_keys: DataKeyTable;
  attachments: AttachmentTable;
}
