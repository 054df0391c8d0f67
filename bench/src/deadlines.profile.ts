import { readFileSync } from 'node:fs';
import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB } from '../../server/src/db/schema';
import type { Jurisdiction } from '../../server/src/countries/jurisdiction';
import { buildCalendar } from '../../server/src/calendars/calendar';
import { findRunningCasesAfter } from '../../server/src/deadlines/recomputation.repository';
import { findClockEvents, findSuspensionsCovering } from '../../server/src/deadlines/clock-inputs.repository';
import { findProjectedDeadlines } from '../../server/src/deadlines/deadline-projection.repository';
import { clockInputsOf } from '../../server/src/deadlines/case-clock';
import { procedureDatesOf } from '../../server/src/cases/procedure-dates';
import { computeDeadlines } from '../../server/src/procedure/deadlines';
import type { CaseClockTable, CaseDeadlineTable } from '../../server/src/deadlines/clock.table';

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

export interface StepCost {
  wallMs: number;
  nodeMs: number;
  pgMs: number;
}

class Rollback extends Error {}

/**
 * One batch of the recomputation taken apart, step by step, with wall time, Node CPU and the CPU of the
 * PostgreSQL backend running it: the steps of `runRecomputation` / `refreshDeadlines` / `replaceProjection`
 * / `recordChanges`, built the same way, over `batches` batches with the calendar plus `declared`
 * (so due dates move as in the real change). Rolled back: nothing is left behind. Kysely's compile
 * (building the statement and its parameters) is timed apart from sending and executing it.
 */
export async function profileBatches(
  db: Kysely<DB>,
  jurisdiction: Jurisdiction,
  declared: string,
  today: string,
  batches: number,
  batchSize: number,
): Promise<{ cases: number; steps: Map<string, StepCost> }> {
  const calendar = buildCalendar(jurisdiction.profile.code, {
    declared: [{ date: declared, reason: 'Benchmark', legalBasis: 'Bench acuerdo' }],
  });
  const { profile } = jurisdiction;
  const steps = new Map<string, StepCost>();
  let cases = 0;
  await db
    .transaction()
    .execute(async (trx) => {
      const pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx)).rows[0]!.pid;
      const step = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
        const w0 = performance.now();
        const c0 = process.cpuUsage();
        const p0 = processCpuMs(pid) ?? 0;
        const result = await fn();
        const c1 = process.cpuUsage(c0);
        const cost = steps.get(name) ?? { wallMs: 0, nodeMs: 0, pgMs: 0 };
        cost.wallMs += performance.now() - w0;
        cost.nodeMs += (c1.user + c1.system) / 1000;
        cost.pgMs += (processCpuMs(pid) ?? 0) - p0;
        steps.set(name, cost);
        return result;
      };
      let after: string | null = null;
      for (let b = 0; b < batches; b++) {
        const batch = await step('select the batch of cases', () =>
          findRunningCasesAfter(trx, { officeId: null, afterCaseId: after }, batchSize),
        );
        if (batch.length === 0) break;
        after = batch.at(-1)!.id;
        cases += batch.length;
        const ids = batch.map((c) => c.id);
        const events = await step('select clock events', () => findClockEvents(trx, ids));
        const covering = await step('select suspensions', () =>
          findSuspensionsCovering(
            trx,
            ids,
            batch.map((c) => c.office_id),
          ),
        );
        const previous = await step('select previous deadlines', () => findProjectedDeadlines(trx, ids));

        const { rows, clocks, changes } = await step('compute (JavaScript)', () => {
          const eventsByCase = new Map<string, typeof events>();
          for (const e of events) {
            const list = eventsByCase.get(e.case_id);
            if (list) list.push(e);
            else eventsByCase.set(e.case_id, [e]);
          }
          const previousByCase = new Map<string, typeof previous>();
          for (const p of previous) {
            const list = previousByCase.get(p.case_id);
            if (list) list.push(p);
            else previousByCase.set(p.case_id, [p]);
          }
          const rows: Insertable<CaseDeadlineTable>[] = [];
          const clocks: Insertable<CaseClockTable>[] = [];
          const changes = new Map<string, { limit: string; from: string | null; to: string | null }[]>();
          for (const kase of batch) {
            const caseEvents = eventsByCase.get(kase.id) ?? [];
            const deadlines = computeDeadlines(
              profile.procedure,
              calendar,
              procedureDatesOf(kase, caseEvents),
              today,
              clockInputsOf(profile, kase, covering, caseEvents),
            );
            for (const d of deadlines) {
              if (d.status === 'closed') continue;
              rows.push({
                case_id: kase.id,
                limit_id: d.limit,
                starts_on: d.startDate,
                due_on: d.dueDate,
                status: d.status === 'overdue' ? 'open' : d.status,
                met_on: d.metOn,
              });
            }
            const next = deadlines
              .filter((d) => d.status === 'open' || d.status === 'overdue')
              .sort((a, b) => String(a.dueDate).localeCompare(String(b.dueDate)))[0];
            const stopped = next ? undefined : deadlines.find((d) => d.status === 'suspended');
            clocks.push({
              case_id: kase.id,
              next_limit: next?.limit ?? stopped?.limit ?? null,
              next_due_on: next?.dueDate ?? null,
              next_status: next ? 'open' : stopped ? 'suspended' : null,
            });
            const before = previousByCase.get(kase.id) ?? [];
            const moved = deadlines.flatMap((d) => {
              const old = before.find((p) => p.limit_id === d.limit);
              const running = d.status === 'open' || d.status === 'overdue' || d.status === 'suspended';
              return running && old && old.due_on !== d.dueDate
                ? [{ limit: d.limit, from: old.due_on, to: d.dueDate }]
                : [];
            });
            if (moved.length > 0) changes.set(kase.id, moved);
          }
          return { rows, clocks, changes };
        });

        await step('delete deadlines', () =>
          trx.deleteFrom('case_deadlines').where('case_id', 'in', ids).execute(),
        );
        const insertDeadlines = await step('insert deadlines: build', () =>
          trx.insertInto('case_deadlines').values(rows).compile(),
        );
        await step('insert deadlines: send and execute', () => trx.executeQuery(insertDeadlines));
        const upsertClocks = await step('upsert clocks: build', () =>
          trx
            .insertInto('case_clocks')
            .values(clocks)
            .onConflict((oc) =>
              oc.column('case_id').doUpdateSet({
                next_limit: (eb) => eb.ref('excluded.next_limit'),
                next_due_on: (eb) => eb.ref('excluded.next_due_on'),
                next_status: (eb) => eb.ref('excluded.next_status'),
                computed_at: sql`now()`,
              }),
            )
            .compile(),
        );
        await step('upsert clocks: send and execute', () => trx.executeQuery(upsertClocks));
        if (changes.size > 0) {
          const insertEvents = await step('insert timeline events: build', () =>
            trx
              .insertInto('case_events')
              .values(
                [...changes].map(([caseId, moved]) => ({
                  case_id: caseId,
                  type: 'deadlines_recomputed',
                  actor_id: null,
                  occurred_at: new Date(),
                  data: JSON.stringify({
                    recomputationId: '00000000-0000-4000-8000-000000000000',
                    cause: {
                      kind: 'declared_day',
                      change: 'declared',
                      id: null,
                      legalBasis: 'Bench acuerdo',
                    },
                    changes: moved,
                  }),
                })),
              )
              .compile(),
          );
          await step('insert timeline events: send and execute', () => trx.executeQuery(insertEvents));
        }
      }
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return { cases, steps };
}
