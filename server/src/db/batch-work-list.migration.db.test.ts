import { sql, type Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test/harness/engines';
import { down, up } from './migrations/2026_11_30_1600_batch_recomputation_work_list';
import type { DB } from './schema';

class Rollback extends Error {}

/** A recomputation left running by the previous version, with its cases listed one row each. */
async function runningWithListedCases(
  trx: Kysely<DB>,
  cases: number,
): Promise<{ id: string; ids: string[] }> {
  const id = crypto.randomUUID();
  await sql`
    insert into clock_recomputations (id, cause, total)
    values (${id}, ${JSON.stringify({ kind: 'projection', change: 'built' })}::jsonb, ${cases})`.execute(trx);
  const ids = Array.from({ length: cases }, () => crypto.randomUUID());
  await sql`
    insert into clock_recomputation_cases (recomputation_id, case_id)
    select ${id}::uuid, unnest(${ids}::uuid[])`.execute(trx);
  return { id, ids: ids.sort() };
}

describeEachEngine('the recomputation work list cut into batches (migration)', (database) => {
  it('moves a running recomputation’s cases into batches of 1,000 in id order, and back', async () => {
    await expect(
      database()
        .db.transaction()
        .execute(async (trx) => {
          await down(trx);
          const { id, ids } = await runningWithListedCases(trx, 2500);
          await up(trx);
          const batches = await sql<{ batch_no: number; case_ids: string[] }>`
          select batch_no, case_ids from clock_recomputation_batches
          where recomputation_id = ${id} order by batch_no`.execute(trx);
          expect(batches.rows.map((b) => [b.batch_no, b.case_ids.length])).toEqual([
            [0, 1000],
            [1, 1000],
            [2, 500],
          ]);
          expect(batches.rows.flatMap((b) => b.case_ids)).toEqual(ids);

          await down(trx);
          const listed = await sql<{ case_id: string }>`
          select case_id from clock_recomputation_cases where recomputation_id = ${id} order by case_id`.execute(
            trx,
          );
          expect(listed.rows.map((r) => r.case_id)).toEqual(ids);
          throw new Rollback();
        }),
    ).rejects.toBeInstanceOf(Rollback);
  });
});
