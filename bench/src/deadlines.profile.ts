import { readFileSync } from 'node:fs';
import {
  sql,
  type Kysely,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import type { DB } from '../../server/src/db/schema';
import { currentJurisdiction, type JurisdictionSource } from '../../server/src/countries/jurisdiction';
import { refreshDeadlines } from '../../server/src/deadlines/deadline-refresh';
import {
  finishRecomputationBatch,
  takeRecomputationBatch,
} from '../../server/src/deadlines/recomputation.repository';

// ---------------------------------------------------------------------------------------------
// CPU time of this process and of the PostgreSQL server processes, so that the figures can be read on
// a machine that other work is using too: wall time then grows, CPU time does not.

/** CPU time of one process in ms (Linux /proc; undefined when it cannot be read, e.g. a remote server). */
function processCpuMs(pid: number): number | undefined {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return undefined;
  }
}

export interface CpuSnapshot {
  nodeMs: number;
  pg: Map<number, number>;
}

export async function cpuSnapshot(db: Kysely<DB>): Promise<CpuSnapshot> {
  const pids = await sql<{ pid: number }>`select pid from pg_stat_activity`.execute(db);
  const pg = new Map<number, number>();
  for (const { pid } of pids.rows) {
    const ms = processCpuMs(pid);
    if (ms !== undefined) pg.set(pid, ms);
  }
  const usage = process.cpuUsage();
  return { nodeMs: (usage.user + usage.system) / 1000, pg };
}

/** CPU used since `before`: Node, and the PostgreSQL processes (null when they cannot be read). */
export function cpuSince(before: CpuSnapshot, after: CpuSnapshot): { nodeMs: number; pgMs: number | null } {
  if (after.pg.size === 0) return { nodeMs: after.nodeMs - before.nodeMs, pgMs: null };
  let pgMs = 0;
  for (const [pid, ms] of after.pg) pgMs += ms - (before.pg.get(pid) ?? 0);
  return { nodeMs: after.nodeMs - before.nodeMs, pgMs };
}

// ---------------------------------------------------------------------------------------------
// Every statement sent through the timed Kysely instance, timed from Kysely's compile to its parsed
// result (begin and commit are not: Kysely sends them past the plugins). Several workers run batches
// at once on their own connections, so statements can overlap.

interface Timed {
  label: string;
  start: number;
  end: number;
  /** For a batch's first and last statements on the work list: the batch's number. */
  batch?: number;
}

const TAKE = 'select clock_recomputation_batches';
const FINISH = 'delete clock_recomputation_batches';

export class StatementTimer implements KyselyPlugin {
  private readonly open = new WeakMap<object, Omit<Timed, 'end'>>();
  private records: Timed[] = [];

  transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
    const label = labelOf(node);
    // `finishRecomputationBatch` names its batch (`batch_no = $n`, its only number): that ties it to its take.
    const batch = label === FINISH ? firstNumber(node) : undefined;
    this.open.set(queryId, { label, start: performance.now(), ...(batch !== undefined ? { batch } : {}) });
    return node;
  }

  async transformResult({ result, queryId }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const open = this.open.get(queryId);
    if (open) {
      const batch = open.label === TAKE ? result.rows[0]?.batch_no : undefined;
      this.records.push({
        ...open,
        end: performance.now(),
        ...(typeof batch === 'number' ? { batch } : {}),
      });
    }
    return result;
  }

  take(): Timed[] {
    const records = this.records;
    this.records = [];
    return records;
  }
}

const verbs: Record<string, string> = {
  SelectQueryNode: 'select',
  InsertQueryNode: 'insert',
  UpdateQueryNode: 'update',
  DeleteQueryNode: 'delete',
};

function labelOf(node: RootOperationNode): string {
  if (node.kind === 'RawNode') {
    // A statement written as SQL text (the projection's unnest writes): its verb and first table.
    const text = node.sqlFragments.join('$').replace(/\s+/g, ' ').trim().toLowerCase();
    const write = /^(insert into|delete from|update) (\w+)/.exec(text);
    if (write) return `${write[1]!.split(' ')[0]} ${write[2]}`;
    // A read, or a read through a CTE (the batch's take: `with taken as (select … from the work list)`).
    const read = /^(?:select|with) .*?\bfrom (\w+)/.exec(text);
    return read ? `select ${read[1]}` : (text.split(' ')[0] ?? 'sql');
  }
  return `${verbs[node.kind] ?? node.kind} ${firstTable(node) ?? ''}`.trim();
}

function firstTable(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const node = value as { kind?: string; table?: { identifier?: { name?: string } } };
  if (node.kind === 'TableNode') return node.table?.identifier?.name;
  for (const child of Object.values(value)) {
    const found = firstTable(child);
    if (found) return found;
  }
  return undefined;
}

/** The first element of the first array of strings among the statement's values. */
function firstNumber(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const node = value as { kind?: string; value?: unknown };
  if (node.kind === 'ValueNode' && typeof node.value === 'number') return node.value;
  for (const child of Object.values(value)) {
    const found = firstNumber(child);
    if (found) return found;
  }
  return undefined;
}

export interface Profile {
  /**
   * ms with a statement in flight, by statement: a stretch where several are in flight (queued on one
   * connection by Promise.all, or on the connections of other workers) counts once, for the statement
   * that ends first. Exact per statement with one worker.
   */
  byStatement: Map<string, { ms: number; count: number }>;
  /** ms with at least one statement in flight; the rest of the wall time every worker was in Node (or in begin/commit). */
  sqlMs: number;
  /**
   * How long each batch held its cases: from taking its row off the work list to deleting that row,
   * its last statement but the count of the batch (the count and the commit take a few ms more).
   */
  batchMs: number[];
}

export function profileOf(records: readonly Timed[]): Profile {
  const sorted = [...records].sort((a, b) => a.end - b.end);
  const byStatement = new Map<string, { ms: number; count: number }>();
  const taken = new Map<number, number>();
  const batchMs: number[] = [];
  let previousEnd = -Infinity;
  let sqlMs = 0;
  for (const r of sorted) {
    const own = Math.max(0, r.end - Math.max(r.start, previousEnd));
    previousEnd = Math.max(previousEnd, r.end);
    sqlMs += own;
    const entry = byStatement.get(r.label) ?? { ms: 0, count: 0 };
    entry.ms += own;
    entry.count++;
    byStatement.set(r.label, entry);
    if (r.batch !== undefined && r.label === TAKE) taken.set(r.batch, r.start);
    const start = r.batch !== undefined && r.label === FINISH ? taken.get(r.batch) : undefined;
    if (start !== undefined) batchMs.push(r.end - start);
  }
  return { byStatement, sqlMs, batchMs };
}

// ---------------------------------------------------------------------------------------------
// One recomputation's batches taken apart: the functions `runRecomputation` calls, each timed with
// wall time, Node CPU and the CPU of the PostgreSQL backend running it, on one connection and with no
// probes running; the statements they send, through the timer.

export interface StepCost {
  wallMs: number;
  nodeMs: number;
  pgMs: number;
}

class Rollback extends Error {}

/**
 * Starts a recomputation with `start` (the change, in the profile's transaction), then runs `batches`
 * of its batches step by step as `runRecomputation` does (but for the timeline entries and the count,
 * which it keeps to itself); all rolled back, nothing is left behind. `db` must send its statements
 * through `timer`.
 */
export async function profileBatches(
  db: Kysely<DB>,
  timer: StatementTimer,
  source: JurisdictionSource,
  start: (trx: Kysely<DB>) => Promise<string>,
  today: string,
  batches: number,
): Promise<{ cases: number; collect: StepCost; steps: Map<string, StepCost>; statements: Profile }> {
  const steps = new Map<string, StepCost>();
  let cases = 0;
  let collect: StepCost = { wallMs: 0, nodeMs: 0, pgMs: 0 };
  let statements: Profile | undefined;
  await db
    .transaction()
    .execute(async (trx) => {
      const pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx)).rows[0]!.pid;
      const measure = async <T>(fn: () => Promise<T>): Promise<[T, StepCost]> => {
        const w0 = performance.now();
        const c0 = process.cpuUsage();
        const p0 = processCpuMs(pid) ?? 0;
        const result = await fn();
        const c1 = process.cpuUsage(c0);
        const cost = {
          wallMs: performance.now() - w0,
          nodeMs: (c1.user + c1.system) / 1000,
          pgMs: (processCpuMs(pid) ?? 0) - p0,
        };
        return [result, cost];
      };
      const step = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
        const [result, cost] = await measure(fn);
        const sum = steps.get(name) ?? { wallMs: 0, nodeMs: 0, pgMs: 0 };
        steps.set(name, {
          wallMs: sum.wallMs + cost.wallMs,
          nodeMs: sum.nodeMs + cost.nodeMs,
          pgMs: sum.pgMs + cost.pgMs,
        });
        return result;
      };
      const [id, collected] = await measure(() => start(trx));
      collect = collected;
      timer.take();
      for (let b = 0; b < batches; b++) {
        const batch = await step('takeRecomputationBatch', () => takeRecomputationBatch(trx, id));
        if (!batch) break;
        cases += batch.cases.length;
        const jurisdiction = await step('currentJurisdiction', () => currentJurisdiction(source, trx));
        await step('refreshDeadlines', () =>
          refreshDeadlines(trx, jurisdiction, batch.cases, today, { casesLocked: true }),
        );
        await step('finishRecomputationBatch', () => finishRecomputationBatch(trx, id, batch.batchNo));
      }
      statements = profileOf(timer.take());
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return { cases, collect, steps, statements: statements! };
}
