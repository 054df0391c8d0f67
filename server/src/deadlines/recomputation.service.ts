import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import { todayIn, type RecomputationView } from '@refugio/contract';
import type { DB } from '../db/schema';
import { currentJurisdiction, type JurisdictionSource } from '../countries/jurisdiction';
import { refreshDeadlines, type DueDateChange } from './deadline-refresh';
import {
  countCasesWithoutClock,
  countRunningCases,
  findRecomputation,
  findRunningCasesAfter,
  findRunningRecomputationIds,
  lockRunningRecomputation,
  type RecomputationRow,
} from './recomputation.repository';

/** What changed the clocks, as each moved case's timeline entry records it (no personal data). */
export interface RecomputationCause {
  readonly kind: 'suspension' | 'declared_day' | 'projection';
  readonly change: 'created' | 'lifted' | 'corrected' | 'withdrawn' | 'declared' | 'built';
  /** The suspension or declared day (none for a rebuild of the projection). */
  readonly id: string | null;
  readonly legalBasis: string;
  readonly actorId: string | null;
  /** For a declared day: the day, so only the cases whose running limits count it are recomputed. */
  readonly day?: string;
}

export const DEFAULT_BATCH_SIZE = 1000;

/**
 * Records that the deadlines of every running case of an office (or of all offices) must be recomputed.
 * Called in the transaction that makes the change, so the change never commits without its
 * recomputation; `runRecomputation` then does the work in batches of their own.
 */
export async function startRecomputation(
  trx: Kysely<DB>,
  cause: RecomputationCause,
  officeId: string | null,
): Promise<string> {
  const id = crypto.randomUUID();
  const total = await countRunningCases(trx, { officeId, day: cause.day });
  await trx
    .insertInto('clock_recomputations')
    .values({ id, cause: JSON.stringify(cause), office_id: officeId, total })
    .execute();
  return id;
}

export interface RunOptions {
  batchSize?: number;
  now?: () => Date;
  onBatch?: (view: RecomputationView) => void;
}

/**
 * Recomputes the deadlines of the recomputation's cases in id order, one transaction per batch, so other
 * requests are never held up for longer than one batch. Each case whose due dates moved gets a
 * `deadlines_recomputed` timeline entry naming the cause. Resumable: each batch records the last case
 * it rewrote, and a batch that finds the row locked by another process leaves the work to it.
 */
export async function runRecomputation(
  db: Kysely<DB>,
  source: JurisdictionSource,
  id: string,
  { batchSize = DEFAULT_BATCH_SIZE, now = () => new Date(), onBatch }: RunOptions = {},
): Promise<RecomputationView> {
  for (;;) {
    const finished = await db.transaction().execute(async (trx) => {
      const job = await lockRunningRecomputation(trx, id);
      if (!job) return true;
      const jurisdiction = await currentJurisdiction(source, trx);
      const at = now();
      const cases = await findRunningCasesAfter(
        trx,
        {
          officeId: job.office_id,
          day: (job.cause as unknown as RecomputationCause).day,
          afterCaseId: job.after_case_id,
        },
        batchSize,
      );
      const changes = await refreshDeadlines(
        trx,
        jurisdiction,
        cases,
        todayIn(jurisdiction.profile.timeZone, at),
      );
      await recordChanges(trx, job, changes, at);
      const last = cases.at(-1);
      const done = cases.length < batchSize;
      await trx
        .updateTable('clock_recomputations')
        .set({
          done: job.done + cases.length,
          changed: job.changed + changes.size,
          after_case_id: last?.id ?? job.after_case_id,
          ...(done ? { status: 'done' as const, finished_at: at } : {}),
        })
        .where('id', '=', id)
        .execute();
      return done;
    });
    const view = await getRecomputationView(db, id);
    if (view) onBatch?.(view);
    if (finished || !view || view.status === 'done') {
      if (!view) throw new Error(`Recomputation ${id} does not exist`);
      return view;
    }
  }
}

async function recordChanges(
  trx: Kysely<DB>,
  job: RecomputationRow,
  changes: Map<string, DueDateChange[]>,
  at: Date,
): Promise<void> {
  if (changes.size === 0) return;
  const cause = job.cause as unknown as RecomputationCause;
  await trx
    .insertInto('case_events')
    .values(
      [...changes].map(([caseId, moved]) => ({
        case_id: caseId,
        type: 'deadlines_recomputed',
        actor_id: cause.actorId,
        occurred_at: at,
        data: JSON.stringify({
          recomputationId: job.id,
          cause: { kind: cause.kind, change: cause.change, id: cause.id, legalBasis: cause.legalBasis },
          changes: moved,
        }),
      })),
    )
    .execute();
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
