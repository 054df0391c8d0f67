import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { CaseClockTable, CaseDeadlineTable } from './clock.table';

export function findProjectedDeadlines(db: Kysely<DB>, caseIds: readonly string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('case_deadlines')
    .select(['case_id', 'limit_id', 'due_on', 'status'])
    .where('case_id', 'in', [...caseIds])
    .execute();
}

/** Replaces the projected deadlines and next deadline of these cases (every case listed gets a clock row). */
export async function replaceProjection(
  trx: Kysely<DB>,
  caseIds: readonly string[],
  deadlines: readonly Insertable<CaseDeadlineTable>[],
  clocks: readonly Insertable<CaseClockTable>[],
): Promise<void> {
  if (caseIds.length === 0) return;
  await trx
    .deleteFrom('case_deadlines')
    .where('case_id', 'in', [...caseIds])
    .execute();
  if (deadlines.length > 0)
    await trx
      .insertInto('case_deadlines')
      .values([...deadlines])
      .execute();
  if (clocks.length > 0) {
    await trx
      .insertInto('case_clocks')
      .values([...clocks])
      .onConflict((oc) =>
        oc.column('case_id').doUpdateSet({
          next_limit: (eb) => eb.ref('excluded.next_limit'),
          next_due_on: (eb) => eb.ref('excluded.next_due_on'),
          next_status: (eb) => eb.ref('excluded.next_status'),
          computed_at: sql`now()`,
        }),
      )
      .execute();
  }
}
