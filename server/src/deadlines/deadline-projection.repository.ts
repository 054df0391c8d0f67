import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { CaseClockTable, CaseDeadlineTable } from './clock.table';

const ROWS_PER_INSERT = 5000;

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
  // PostgreSQL takes at most 65,535 parameters a statement: six a row, so a few thousand rows at a time.
  for (let i = 0; i < deadlines.length; i += ROWS_PER_INSERT)
    await trx
      .insertInto('case_deadlines')
      .values(deadlines.slice(i, i + ROWS_PER_INSERT))
      .execute();
  for (let i = 0; i < clocks.length; i += ROWS_PER_INSERT) {
    await trx
      .insertInto('case_clocks')
      .values(clocks.slice(i, i + ROWS_PER_INSERT))
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
