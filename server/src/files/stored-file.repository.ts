import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { fieldAad, isLegacyPlaintext } from '../crypto/envelope';
import { processKeyring } from '../crypto/process-keyring';
import { cipherOfKeyRow } from '../crypto/case-cipher';
import { fieldWriter } from '../crypto/sealed-fields';
import type { StoredFileTable } from './stored-file.table';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** A stored file's bytes are bound to their row (its AAD); legacy-sealing.ts seals at the same place. */
export const storedFileAad = (fileId: string): Buffer =>
  fieldAad({ table: 'stored_files', column: 'content', rowId: fileId });

/**
 * Stores a file's bytes once (append-only) and answers its id and the SHA-256 of the plaintext. A
 * file of a case (`caseId`: a letter, a proof) is sealed under the case's data key; a file of no case
 * (a public country-of-origin source) is kept as it is. A case's file stored without `caseId` is
 * sealed at the next start, once a record names its case (crypto/legacy-sealing.ts). Runs in the
 * caller's transaction.
 */
export async function storeFile(
  trx: Kysely<DB>,
  file: {
    content: Buffer;
    mediaType: StoredFileTable['media_type'];
    fileName?: string;
    uploadedBy: string | null;
    caseId?: string;
  },
): Promise<{ id: string; sha256: string }> {
  const id = crypto.randomUUID();
  const sha256 = createHash('sha256').update(file.content).digest('hex');
  const content = file.caseId
    ? (await fieldWriter(trx, file.caseId)).sealBytes(storedFileAad(id), file.content)
    : file.content;
  await trx
    .insertInto('stored_files')
    .values({
      id,
      sha256,
      media_type: file.mediaType,
      size_bytes: file.content.length,
      content,
      case_id: file.caseId ?? null,
      file_name: file.fileName ?? '',
      uploaded_by: file.uploadedBy,
    })
    .execute();
  return { id, sha256 };
}

/**
 * A stored file's bytes, opened: callers reach it through the record that references it, after its
 * policy. The case's data key comes in the same query. A case whose key was destroyed (disposal) has
 * nothing readable left: that throws.
 */
export async function findStoredFile(db: Kysely<DB>, id: string) {
  const row = await db
    .selectFrom('stored_files as f')
    .leftJoin('data_keys as k', 'k.case_id', 'f.case_id')
    .select([
      'f.id',
      'f.sha256',
      'f.media_type',
      'f.size_bytes',
      'f.content',
      'f.file_name',
      'f.case_id',
      'k.master_key_id',
      'k.wrapped_key',
    ])
    .where('f.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { case_id: caseId, master_key_id, wrapped_key, ...file } = row;
  if (isLegacyPlaintext(file.content)) return file;
  const cipher = caseId ? cipherOfKeyRow(processKeyring(), caseId, { master_key_id, wrapped_key }) : null;
  if (!cipher) throw new Error('The data key of the case has been destroyed: its encrypted files are gone');
  return { ...file, content: cipher.openBytes(storedFileAad(file.id), file.content) };
}
