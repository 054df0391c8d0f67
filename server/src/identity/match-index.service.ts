import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { blockingKeys, MATCH_KEYS_VERSION, prepare } from './matching';
import { countPeopleToIndex, findPeopleToIndex, replaceMatchKeys } from './identity.repository';
import { personRecordOfRow } from './person-record';

const BATCH = 2000;

/**
 * Files every person not yet indexed, or indexed under another key scheme, under their match keys:
 * in batches, each its own transaction, so a long pass over a large register holds no long lock and
 * a stopped pass resumes where it was. Run by `refugio dedup --db`, at serve start and by the demo seed.
 */
export async function indexMatchKeys(
  db: Kysely<DB>,
  onProgress?: (progress: { phase: string; done: number; total: number }) => void,
): Promise<{ indexed: number }> {
  const total = await countPeopleToIndex(db, MATCH_KEYS_VERSION);
  let done = 0;
  onProgress?.({ phase: 'index', done, total });
  for (;;) {
    const rows = await findPeopleToIndex(db, MATCH_KEYS_VERSION, BATCH);
    if (rows.length === 0) break;
    await db.transaction().execute((trx) =>
      replaceMatchKeys(
        trx,
        rows.map((r) => ({ personId: r.id, keys: blockingKeys(prepare(personRecordOfRow(r))) })),
        MATCH_KEYS_VERSION,
        new Date(),
      ),
    );
    done += rows.length;
    onProgress?.({ phase: 'index', done, total: Math.max(total, done) });
    if (rows.length < BATCH) break;
  }
  return { indexed: done };
}
