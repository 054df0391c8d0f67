import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { AttachmentTable } from './attachment.tables';

export async function insertAttachment(db: Kysely<DB>, row: Insertable<AttachmentTable>): Promise<void> {
  await db.insertInto('attachments').values(row).execute();
}

/** A case's attachments, newest first, with the uploader's name. */
export function findAttachmentsOfCase(db: Kysely<DB>, caseId: string) {
  return attachmentQuery(db).where('a.case_id', '=', caseId).orderBy('a.uploaded_at', 'desc').execute();
}

export function findAttachmentById(db: Kysely<DB>, id: string) {
  return attachmentQuery(db).where('a.id', '=', id).executeTakeFirst();
}
export type AttachmentRow = NonNullable<Awaited<ReturnType<typeof findAttachmentById>>>;

function attachmentQuery(db: Kysely<DB>) {
  return db
    .selectFrom('attachments as a')
    .leftJoin('users as u', 'u.id', 'a.uploaded_by')
    .selectAll('a')
    .select('u.name as uploader_name');
}

/** Which of these storage keys have a committed row. */
export async function existingStorageKeys(db: Kysely<DB>, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db
    .selectFrom('attachments')
    .select('storage_key')
    .where('storage_key', 'in', keys)
    .execute();
  return new Set(rows.map((r) => r.storage_key));
}

export async function personBelongsToCase(
  db: Kysely<DB>,
  personId: string,
  caseId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('people')
    .select('id')
    .where('id', '=', personId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return row !== undefined;
}
