import type { ColumnType, Generated } from 'kysely';

/** An uploaded or generated file (a PDF, a scan): append-only, served only through the record that holds it. */
export interface StoredFileTable {
  id: string;
  sha256: string;
  media_type: 'application/pdf' | 'image/jpeg' | 'image/png';
  size_bytes: number;
  /** The bytes, sealed under the data key of `case_id` when the file belongs to a case. */
  content: Buffer;
  /** The case the file belongs to (a letter, a proof); null for files of no case (COI sources). */
  case_id: ColumnType<string | null, string | null | undefined, string | null>;
  file_name: Generated<string>;
  uploaded_by: string | null;
  uploaded_at: Generated<Date>;
}
