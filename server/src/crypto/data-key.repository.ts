import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

/** The wrapped data key of a case, if one was made. */
export function findDataKey(db: Kysely<DB>, caseId: string) {
  return db
    .selectFrom('data_keys')
    .select(['case_id', 'master_key_id', 'wrapped_key'])
    .where('case_id', '=', caseId)
    .executeTakeFirst();
}

/** Inserts a case's wrapped data key unless one exists (a concurrent writer's wins); answers whether it was inserted. */
export async function insertDataKey(
  db: Kysely<DB>,
  row: { caseId: string; masterKeyId: string; wrappedKey: Buffer },
): Promise<boolean> {
  const inserted = await db
    .insertInto('data_keys')
    .values({ case_id: row.caseId, master_key_id: row.masterKeyId, wrapped_key: row.wrappedKey })
    .onConflict((oc) => oc.column('case_id').doNothing())
    .returning('case_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function deleteDataKey(db: Kysely<DB>, caseId: string): Promise<boolean> {
  const result = await db.deleteFrom('data_keys').where('case_id', '=', caseId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** How many data keys each master key wraps. */
export function countDataKeysByMasterKey(db: Kysely<DB>) {
  return db
    .selectFrom('data_keys')
    .select(['master_key_id', (eb) => eb.fn.countAll<string>().as('count')])
    .groupBy('master_key_id')
    .orderBy('master_key_id')
    .execute();
}

/** The next batch of data keys not wrapped under `currentId`, locked; rows another rotator holds are skipped. */
export function lockDataKeysToRewrap(db: Kysely<DB>, currentId: string, limit: number) {
  return db
    .selectFrom('data_keys')
    .select(['case_id', 'master_key_id', 'wrapped_key'])
    .where('master_key_id', '<>', currentId)
    .orderBy('case_id')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

export async function updateWrappedKey(
  db: Kysely<DB>,
  row: { caseId: string; fromKeyId: string; masterKeyId: string; wrappedKey: Buffer },
): Promise<void> {
  await db
    .updateTable('data_keys')
    .set({ master_key_id: row.masterKeyId, wrapped_key: row.wrappedKey, rewrapped_at: new Date() })
    .where('case_id', '=', row.caseId)
    .where('master_key_id', '=', row.fromKeyId)
    .execute();
}
