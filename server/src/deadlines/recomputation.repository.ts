import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';

/** Cases whose clocks are still running (not closed), in one office or all, after a case id, in id order. */
export function findRunningCasesAfter(
  db: Kysely<DB>,
  scope: { officeId: string | null; afterCaseId: string | null },
  limit: number,
) {
  let query = db
    .selectFrom('cases')
    .select(['id', 'office_id', 'track', 'stage', 'outcome', 'entry_date', 'application_date'])
    .where('stage', '<>', 'closed');
  if (scope.officeId) query = query.where('office_id', '=', scope.officeId);
  if (scope.afterCaseId) query = query.where('id', '>', scope.afterCaseId);
  return query.orderBy('id').limit(limit).execute();
}

export async function countRunningCases(db: Kysely<DB>, officeId: string | null): Promise<number> {
  let query = db
    .selectFrom('cases')
    .select(sql<string>`count(*)`.as('n'))
    .where('stage', '<>', 'closed');
  if (officeId) query = query.where('office_id', '=', officeId);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Locks a running recomputation for one batch; undefined when it is done or another process holds it. */
export function lockRunningRecomputation(trx: Kysely<DB>, id: string) {
  return trx
    .selectFrom('clock_recomputations')
    .selectAll()
    .where('id', '=', id)
    .where('status', '=', 'running')
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}

export function findRecomputation(db: Kysely<DB>, id: string) {
  return db.selectFrom('clock_recomputations').selectAll().where('id', '=', id).executeTakeFirst();
}
export type RecomputationRow = NonNullable<Awaited<ReturnType<typeof findRecomputation>>>;

export function findRunningRecomputationIds(db: Kysely<DB>) {
  return db
    .selectFrom('clock_recomputations')
    .select('id')
    .where('status', '=', 'running')
    .orderBy('started_at')
    .execute();
}

export async function countCasesWithoutClock(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('cases')
    .leftJoin('case_clocks', 'case_clocks.case_id', 'cases.id')
    .select(sql<string>`count(*)`.as('n'))
    .where('cases.stage', '<>', 'closed')
    .where('case_clocks.case_id', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
