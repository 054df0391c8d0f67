import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { DocumentStore } from '../files/document-store';
import { existingStorageKeys } from './attachment.repository';

/** An upload is written to the store first and its row committed after: older than this, a file without a row is an orphan. */
export const ORPHAN_AGE_MS = 60 * 60 * 1000;

/**
 * Removes documents whose database row never committed (the process stopped, or the transaction
 * failed, between writing the file and committing the row) and unfinished writes, once they are old
 * enough that no upload can still be on its way.
 */
export async function sweepOrphanDocuments(
  db: Kysely<DB>,
  store: DocumentStore,
  now = new Date(),
): Promise<{ orphans: number; unfinished: number }> {
  const before = new Date(now.getTime() - ORPHAN_AGE_MS);
  const unfinished = await store.removeUnfinished(before);
  let orphans = 0;
  let batch: string[] = [];
  const sweep = async () => {
    const kept = await existingStorageKeys(db, batch);
    for (const key of batch) {
      if (kept.has(key)) continue;
      await store.remove(key);
      orphans++;
    }
    batch = [];
  };
  for await (const object of store.list()) {
    if (object.modifiedAt >= before) continue;
    batch.push(object.key);
    if (batch.length >= 500) await sweep();
  }
  await sweep();
  return { orphans, unfinished };
}
