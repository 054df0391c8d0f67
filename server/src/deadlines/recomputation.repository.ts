import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';

/** Which running cases a recomputation covers: an office or all, and for a declared day only those it can move. */
export interface RecomputationScope {
  officeId: string | null;
  /**
   * A declared (or withdrawn) non-working day moves only the limits that count it: those running from
   * before it whose projected due date is on or after it, or that stand suspended without one.
   */
  day?: string | undefined;
}

function runningCases(db: Kysely<DB>, scope: RecomputationScope) {
  let query = db.selectFrom('cases').where('stage', '<>', 'closed');
  if (scope.officeId) query = query.where('office_id', '=', scope.officeId);
  const day = scope.day;
  if (day) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('case_deadlines as d')
          .select('d.limit_id')
          .whereRef('d.case_id', '=', 'cases.id')
          .where('d.status', 'in', ['open', 'suspended'])
          .where('d.starts_on', '<', day)
          .where((eb) => eb.or([eb('d.due_on', 'is', null), eb('d.due_on', '>=', day)])),
      ),
    );
  }
  return query;
}

/**
 * The next batch of a recomputation's cases after a case id, in id order, locked until the batch's
 * transaction ends (a step on one of them waits for the batch rather than racing it).
 */
export function findRunningCasesAfter(
  db: Kysely<DB>,
  scope: RecomputationScope & { afterCaseId: string | null },
  limit: number,
) {
  let query = runningCases(db, scope).select([
    'id',
    'office_id',
    'track',
    'stage',
    'outcome',
    'entry_date',
    'application_date',
  ]);
  if (scope.afterCaseId) query = query.where('id', '>', scope.afterCaseId);
  return query.orderBy('id').limit(limit).forNoKeyUpdate().execute();
}

export async function countRunningCases(db: Kysely<DB>, scope: RecomputationScope): Promise<number> {
  const row = await runningCases(db, scope)
    .select(sql<string>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
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
