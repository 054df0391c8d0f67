import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import { todayIn, type RecomputationView } from '@refugio/contract';
import type { DB } from '../db/schema';
import { currentJurisdiction, type JurisdictionSource } from '../countries/jurisdiction';
import { refreshDeadlines, type DueDateChange } from './deadline-refresh';
import {
  closeRecomputationIfEmpty,
  collectRecomputationCases,
  countCasesWithoutClock,
  countRecomputationBatch,
  findRecomputation,
  findRunningRecomputationIds,
  insertRecomputedEvents,
  finishRecomputationBatch,
  takeRecomputationBatch,
  type RecomputationRow,
} from './recomputation.repository';

/** What changed the clocks, as each moved case's timeline entry records it (no personal data). */
export interface RecomputationCause {
  readonly kind: 'suspension' | 'declared_day' | 'time_limit_rule' | 'projection';
  readonly change: 'created' | 'lifted' | 'corrected' | 'withdrawn' | 'declared' | 'recorded' | 'built';
  /** The suspension, declared day or time-limit rule (none for a rebuild of the projection). */
  readonly id: string | null;
  readonly legalBasis: string;
  readonly actorId: string | null;
  /** For a declared day: the day, so only the cases whose running limits count it are recomputed. */
  readonly day?: string;
}

export const DEFAULT_BATCH_SIZE = 1000;
/** Two: one batch computes in Node while the database writes the other (the embedded one takes turns). */
export const DEFAULT_WORKERS = 2;

/**
 * Records that the deadlines of every running case of an office (or of all offices) must be recomputed,
 * and collects those cases into its work list, cut into batches of `batchSize` (each later recomputed
 * in a transaction of its own). Called in the transaction that makes the change, so the change never
 * commits without its recomputation; `runRecomputation` then does the work batch by batch.
 */
export async function startRecomputation(
  trx: Kysely<DB>,
  cause: RecomputationCause,
  officeId: string | null,
  { batchSize = DEFAULT_BATCH_SIZE }: { batchSize?: number } = {},
): Promise<string> {
  const id = crypto.randomUUID();
  await trx
    .insertInto('clock_recomputations')
    .values({ id, cause: JSON.stringify(cause), office_id: officeId })
    .execute();
  const total = await collectRecomputationCases(
    trx,
    id,
    { officeId, day: cause.day, unprojected: cause.kind === 'projection' },
    batchSize,
  );
  await trx.updateTable('clock_recomputations').set({ total }).where('id', '=', id).execute();
  return id;
}

export interface RunOptions {
  /**
   * Batches run at once, each in its own transaction on its own connection: one computes while the
   * database writes another's. On the embedded database (one connection) they take turns.
   */
  workers?: number;
  now?: () => Date;
  onBatch?: (view: RecomputationView) => void;
}

/**
 * Recomputes the deadlines of the recomputation's work list, one transaction per batch, so other
 * requests are never held up for longer than one batch. Each case whose due dates moved gets a
 * `deadlines_recomputed` timeline entry naming the cause. Resumable: a batch takes its cases off the
 * work list when it commits, and workers (of this process or another) skip the cases others hold.
 */
export async function runRecomputation(
  db: Kysely<DB>,
  source: JurisdictionSource,
  id: string,
  { workers = DEFAULT_WORKERS, now = () => new Date(), onBatch }: RunOptions = {},
): Promise<RecomputationView> {
  const job = await findRecomputation(db, id);
  if (!job) throw new Error(`Recomputation ${id} does not exist`);
  let failed = false;
  const work = async (): Promise<void> => {
    // A failed worker stops the others after their batch: the rest resumes on restart.
    while (!failed) {
      const tookBatch = await db.transaction().execute(async (trx) => {
        const at = now();
        const batch = await takeRecomputationBatch(trx, id);
        if (!batch) return false;
        const { cases } = batch;
        const jurisdiction = await currentJurisdiction(source, trx);
        const changes = await refreshDeadlines(
          trx,
          jurisdiction,
          cases,
          todayIn(jurisdiction.profile.timeZone, at),
          { casesLocked: true },
        );
        await recordChanges(trx, job, changes, at);
        await finishRecomputationBatch(trx, id, batch.batchNo);
        await countRecomputationBatch(trx, id, cases.length, changes.size);
        return true;
      });
      if (!tookBatch) return;
      const view = await getRecomputationView(db, id);
      if (view) onBatch?.(view);
    }
  };
  // Every worker ends its batch before the run answers, even when another failed.
  const results = await Promise.allSettled(
    Array.from({ length: Math.max(1, workers) }, () =>
      work().catch((error: unknown) => {
        failed = true;
        throw error;
      }),
    ),
  );
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
  await closeRecomputationIfEmpty(db, id, now());
  const view = await getRecomputationView(db, id);
  if (!view) throw new Error(`Recomputation ${id} does not exist`);
  onBatch?.(view);
  return view;
}

async function recordChanges(
  trx: Kysely<DB>,
  job: RecomputationRow,
  changes: Map<string, DueDateChange[]>,
  at: Date,
): Promise<void> {
  if (changes.size === 0) return;
  const cause = job.cause as unknown as RecomputationCause;
  await insertRecomputedEvents(
    trx,
    [...changes].map(([caseId, moved]) => ({
      caseId,
      data: {
        recomputationId: job.id,
        cause: { kind: cause.kind, change: cause.change, id: cause.id, legalBasis: cause.legalBasis },
        changes: moved,
      },
    })),
    cause.actorId,
    at,
  );
}

export async function getRecomputationView(
  db: Kysely<DB>,
  id: string,
): Promise<RecomputationView | undefined> {
  const row = await findRecomputation(db, id);
  return row && presentRecomputation(row);
}

export function presentRecomputation(row: RecomputationRow): RecomputationView {
  return {
    id: row.id,
    status: row.status,
    total: row.total,
    done: row.done,
    changed: row.changed,
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
  };
}

/**
 * Runs a recomputation in the background and answers once it is done or after `waitMs`, whichever
 * comes first: small changes answer finished; large ones answer running and the client follows the
 * progress. A failure is logged by the caller's `onError` (ids only) and the run resumes on restart.
 */
export async function runInBackground(
  db: Kysely<DB>,
  source: JurisdictionSource,
  id: string,
  { waitMs = 1500, onError }: { waitMs?: number; onError: (error: unknown) => void },
): Promise<RecomputationView> {
  const run = runRecomputation(db, source, id).catch((error: unknown) => {
    onError(error);
    return undefined;
  });
  const timeout = sleep(waitMs, undefined, { ref: false });
  const view = await Promise.race([run, timeout]);
  return view ?? (await getRecomputationView(db, id))!;
}

/** Resumes every recomputation an earlier process left running (a crash, a restart). */
export async function resumeRecomputations(db: Kysely<DB>, source: JurisdictionSource): Promise<number> {
  const running = await findRunningRecomputationIds(db);
  for (const { id } of running) await runRecomputation(db, source, id);
  return running.length;
}

/**
 * Projects the deadlines of running cases that have none yet (cases registered before the projection
 * existed, or restored from a backup without it). Writes no timeline entries: nothing moved.
 */
export async function projectMissingDeadlines(db: Kysely<DB>, source: JurisdictionSource): Promise<number> {
  const missing = await countCasesWithoutClock(db);
  if (missing === 0) return 0;
  const id = await db
    .transaction()
    .execute((trx) =>
      startRecomputation(
        trx,
        { kind: 'projection', change: 'built', id: null, legalBasis: '', actorId: null },
        null,
      ),
    );
  await runRecomputation(db, source, id);
  return missing;
}
