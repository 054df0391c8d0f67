import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { StoredFileTable } from './stored-file.table';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Stores a file's bytes once (append-only) and answers its id and SHA-256. Runs in the caller's transaction. */
export async function storeFile(
  trx: Kysely<DB>,
  file: {
    content: Buffer;
    mediaType: StoredFileTable['media_type'];
    fileName?: string;
    uploadedBy: string | null;
  },
): Promise<{ id: string; sha256: string }> {
  const id = crypto.randomUUID();
  const sha256 = createHash('sha256').update(file.content).digest('hex');
  await trx
    .insertInto('stored_files')
    .values({
      id,
      sha256,
      media_type: file.mediaType,
      size_bytes: file.content.length,
      content: file.content,
      file_name: file.fileName ?? '',
      uploaded_by: file.uploadedBy,
    })
    .execute();
  return { id, sha256 };
}

/** A stored file's bytes: callers reach it through the record that references it, after its policy. */
export function findStoredFile(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('stored_files')
    .select(['id', 'sha256', 'media_type', 'size_bytes', 'content', 'file_name'])
    .where('id', '=', id)
    .executeTakeFirst();
}
