import { sql, type Kysely } from 'kysely';
import type { OutcomeId } from '@refugio/contract';
import type { DB } from '../db/schema';

/** Which running cases a recomputation covers: an office or all, and for a declared day only those it can move. */
export interface RecomputationScope {
  officeId: string | null;
  /**
   * A declared (or withdrawn) non-working day moves only the limits that count it: those running from
   * before it whose projected due date is on or after it, or that stand suspended without one.
   */
  day?: string | undefined;
  /** Only the cases that have no projected clock yet (a rebuild after a restore). */
  unprojected?: boolean;
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
  if (scope.unprojected) {
    query = query.where(({ not, exists, selectFrom }) =>
      not(
        exists(selectFrom('case_clocks').select('case_id').whereRef('case_clocks.case_id', '=', 'cases.id')),
      ),
    );
  }
  return query;
}

/**
 * Writes the recomputation's work list: every running case in its scope, evaluated once, in one
 * set-based statement, then analyses it so the batches' plans know its size (a fresh table has no
 * statistics). Answers how many cases it holds.
 */
export async function collectRecomputationCases(
  trx: Kysely<DB>,
  recomputationId: string,
  scope: RecomputationScope,
): Promise<number> {
  const result = await trx
    .insertInto('clock_recomputation_cases')
    .columns(['recomputation_id', 'case_id'])
    .expression(runningCases(trx, scope).select([sql<string>`${recomputationId}::uuid`.as('r'), 'id']))
    .executeTakeFirst();
  await sql`analyze clock_recomputation_cases`.execute(trx);
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/** The fields of a case its deadlines are computed from. */
export interface RecomputationCase {
  id: string;
  office_id: string;
  track: string;
  stage: string;
  outcome: OutcomeId | null;
  entry_date: string;
  application_date: string;
}

/**
 * The next batch of a recomputation's work list, in id order, with the fields their deadlines are
 * computed from. The work rows are taken first (the primary key's order, whatever the statistics
 * say) and locked until the batch's transaction ends; rows another worker holds are skipped, so
 * workers never take the same case twice. The cases themselves are locked by the same statement, in
 * id order (as `lockCases` would), so a step taken on one of them waits for the batch.
 */
export async function takeRecomputationBatch(
  trx: Kysely<DB>,
  recomputationId: string,
  limit: number,
): Promise<RecomputationCase[]> {
  const { rows } = await sql<RecomputationCase>`
    with taken as materialized (
      select case_id from clock_recomputation_cases
      where recomputation_id = ${recomputationId}::uuid
      order by case_id
      limit ${limit}
      for update skip locked
    )
    select c.id, c.office_id, c.track, c.stage, c.outcome, c.entry_date, c.application_date
    from taken join cases c on c.id = taken.case_id
    order by c.id
    for no key update of c`.execute(trx);
  return rows;
}

/** Takes cases off the work list once their batch is done (one index lookup per case). */
export async function finishRecomputationCases(
  trx: Kysely<DB>,
  recomputationId: string,
  caseIds: readonly string[],
): Promise<void> {
  if (caseIds.length === 0) return;
  await sql`
    delete from clock_recomputation_cases w
    using unnest(${[...caseIds]}::uuid[]) as done(case_id)
    where w.recomputation_id = ${recomputationId}::uuid and w.case_id = done.case_id`.execute(trx);
}

/** Counts a finished batch: cases done and cases whose due dates moved. */
export async function countRecomputationBatch(
  trx: Kysely<DB>,
  recomputationId: string,
  done: number,
  changed: number,
): Promise<void> {
  await trx
    .updateTable('clock_recomputations')
    .set((eb) => ({ done: eb('done', '+', done), changed: eb('changed', '+', changed) }))
    .where('id', '=', recomputationId)
    .execute();
}

/**
 * Marks the recomputation done once its work list is empty (cases another worker still holds are
 * visible until it commits, so the last worker to finish is the one that closes it).
 */
export async function closeRecomputationIfEmpty(
  db: Kysely<DB>,
  recomputationId: string,
  at: Date,
): Promise<void> {
  await db
    .updateTable('clock_recomputations')
    .set({ status: 'done', finished_at: at })
    .where('id', '=', recomputationId)
    .where('status', '=', 'running')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('clock_recomputation_cases')
            .select('case_id')
            .where('recomputation_id', '=', recomputationId),
        ),
      ),
    )
    .execute();
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

/**
 * The `deadlines_recomputed` timeline entries of a batch, one per case whose due dates moved, in one
 * statement whose rows travel as arrays (`unnest`): five parameters whatever the batch size.
 */
export async function insertRecomputedEvents(
  trx: Kysely<DB>,
  events: readonly { caseId: string; data: object }[],
  actorId: string | null,
  at: Date,
): Promise<void> {
  if (events.length === 0) return;
  await sql`
    insert into case_events (case_id, type, actor_id, occurred_at, data)
    select e.case_id, 'deadlines_recomputed', ${actorId}::uuid, ${at}::timestamptz, e.data
    from unnest(${events.map((e) => e.caseId)}::uuid[], ${events.map((e) => JSON.stringify(e.data))}::jsonb[])
      as e(case_id, data)`.execute(trx);
}
