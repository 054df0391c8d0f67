import type { Generated } from 'kysely';

/** An uploaded or generated file (a PDF, a scan): append-only, served only through the record that holds it. */
export interface StoredFileTable {
  id: string;
  sha256: string;
  media_type: 'application/pdf' | 'image/jpeg' | 'image/png';
  size_bytes: number;
  content: Buffer;
  file_name: Generated<string>;
  uploaded_by: string | null;
  uploaded_at: Generated<Date>;
}
