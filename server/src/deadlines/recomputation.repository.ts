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
 * Writes the recomputation's work list: every running case in its scope, evaluated once in one
 * set-based statement and cut into batches of `batchSize` cases in id order, one row each. Answers
 * how many cases it holds.
 */
export async function collectRecomputationCases(
  trx: Kysely<DB>,
  recomputationId: string,
  scope: RecomputationScope,
  batchSize: number,
): Promise<number> {
  const listed = runningCases(trx, scope).select([
    'id',
    sql<number>`((row_number() over (order by id) - 1) / ${batchSize}::integer)::integer`.as('batch_no'),
  ]);
  const { rows } = await sql<{ cases: number }>`
    insert into clock_recomputation_batches (recomputation_id, batch_no, case_ids)
    select ${recomputationId}::uuid, batch_no, array_agg(id order by id)
    from (${listed}) listed
    group by batch_no
    returning cardinality(case_ids) as cases`.execute(trx);
  return rows.reduce((sum, row) => sum + row.cases, 0);
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

/** A batch taken off a recomputation's work list: its number and its cases. */
export interface RecomputationBatch {
  batchNo: number;
  cases: RecomputationCase[];
}

/**
 * The next batch of a recomputation's work list, with the fields its cases' deadlines are computed
 * from, or undefined when none is left. The batch's row is locked until the transaction ends, and a
 * batch another worker holds is skipped, so workers never take the same case twice. Its cases are
 * locked too, in id order (as `lockCases` does), so a step taken on one of them waits for the batch.
 */
export async function takeRecomputationBatch(
  trx: Kysely<DB>,
  recomputationId: string,
): Promise<RecomputationBatch | undefined> {
  const batch = await sql<{ batch_no: number; case_ids: string[] }>`
    select batch_no, case_ids from clock_recomputation_batches
    where recomputation_id = ${recomputationId}::uuid
    order by batch_no
    limit 1
    for update skip locked`.execute(trx);
  const taken = batch.rows[0];
  if (!taken) return undefined;
  const { rows } = await sql<RecomputationCase>`
    select id, office_id, track, stage, outcome, entry_date, application_date
    from cases where id = any (${taken.case_ids}::uuid[])
    order by id
    for no key update`.execute(trx);
  return { batchNo: taken.batch_no, cases: rows };
}

/** Takes a batch off the work list once it is done. */
export async function finishRecomputationBatch(
  trx: Kysely<DB>,
  recomputationId: string,
  batchNo: number,
): Promise<void> {
  await trx
    .deleteFrom('clock_recomputation_batches')
    .where('recomputation_id', '=', recomputationId)
    .where('batch_no', '=', batchNo)
    .execute();
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
          selectFrom('clock_recomputation_batches')
            .select('batch_no')
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
 * statement whose rows travel as one JSON document (`jsonb_to_recordset`): four parameters whatever
 * the batch size, and no array escaping of every entry's JSON on the way.
 */
export async function insertRecomputedEvents(
  trx: Kysely<DB>,
  events: readonly { caseId: string; data: object }[],
  actorId: string | null,
  at: Date,
): Promise<void> {
  if (events.length === 0) return;
  const rows = JSON.stringify(events.map((e) => ({ case_id: e.caseId, data: e.data })));
  await sql`
    insert into case_events (case_id, type, actor_id, occurred_at, data)
    select e.case_id, 'deadlines_recomputed', ${actorId}::uuid, ${at}::timestamptz, e.data
    from jsonb_to_recordset(${rows}::jsonb) as e(case_id uuid, data jsonb)`.execute(trx);
}
