import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql, type Kysely } from 'kysely';
import { CaseListQuery, todayIn, type RecomputationView } from '@refugio/contract';
import type { DB } from '../../server/src/db/schema';
import { migrateToLatest } from '../../server/src/db/migrator';
import {
  currentJurisdiction,
  jurisdictionSourceOf,
  type Jurisdiction,
  type JurisdictionSource,
} from '../../server/src/countries/jurisdiction';
import { getCaseFile, listCases } from '../../server/src/cases/case.service';
import { stepCase } from '../../server/src/demo/direct-step';
import { declareNonWorkingDay, withdrawDeclaredDay } from '../../server/src/calendars/declared-day.service';
import { reasonsOn } from '../../server/src/calendars/calendar';
import { toDayNumber, fromDayNumber } from '../../server/src/calendars/iso-date';
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_WORKERS,
  getRecomputationView,
  runRecomputation,
  startRecomputation,
  type RecomputationCause,
} from '../../server/src/deadlines/recomputation.service';
import { recordAudit } from '../../server/src/audit/audit.repository';
import type { Actor } from '../../server/src/access/actor';
import { machine, openBenchDatabase, percentile } from './bench-database';
import { generateDataset, progressBar, type Dataset } from './deadlines.dataset';
import {
  cpuSince,
  cpuSnapshot,
  profileBatches,
  profileOf,
  StatementTimer,
  type Profile,
} from './deadlines.profile';

export interface DeadlinesOptions {
  cases: number;
  offices: number;
  months: number;
  batchSizes: number[];
  /** Workers of the runs with a given batch size (the service's runs use the service's default). */
  workers: number;
  /** The day to declare non-working; by default the working day in the most running counts. */
  date?: string;
  /** The dataset's today; by default today in Mexico City. */
  today?: string;
  /** Pause between two requests of each probe, in ms. */
  probeInterval: number;
  /**
   * Which registered cases the writing probe schedules interviews on: random ones (as officers do), ones
   * in the recomputation's batches in flight (the worst case), or none (no writing probe).
   */
  writes: 'random' | 'targeted' | 'none';
}

const COUNTRY = 'MEX';
const TARGET_SECONDS = 10;
const TARGET_BLOCK_MS = 1000;
/**
 * A recomputation whose batches keep failing is given up: after this many failures, or after this many
 * in a row at the same case (a batch that cannot succeed, or writes that starve it).
 */
const MAX_FAILURES = 25;
const MAX_STUCK = 3;

// ---------------------------------------------------------------------------------------------
// Other requests while the recomputation runs: each probe sends one request, waits for it, pauses,
// and records how long each took. They share the process (and its event loop) with the recomputation,
// as requests do in the server, and the pool (10 connections).

interface Probe {
  name: string;
  latencies: number[];
  /** Failed requests by message. */
  errors: Map<string, number>;
}

/** The cases, sorted by id (as PostgreSQL sorts uuids), with what the probes need to know of them. */
interface Population {
  ids: string[];
  officeIndex: number[];
  /** Still registered: the writer probe schedules an interview on one, once. */
  registered: boolean[];
}

async function loadPopulation(db: Kysely<DB>, officeIds: readonly string[]): Promise<Population> {
  const rows = await db.selectFrom('cases').select(['id', 'office_id', 'stage']).orderBy('id').execute();
  return {
    ids: rows.map((r) => r.id),
    officeIndex: rows.map((r) => officeIds.indexOf(r.office_id)),
    registered: rows.map((r) => r.stage === 'registered'),
  };
}

/** Index of `id` in the sorted ids (PostgreSQL sorts uuids as lowercase hex), -1 if absent. */
function indexOf(ids: readonly string[], id: string): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return ids[lo] === id ? lo : -1;
}

/**
 * The registered cases among those the running recomputation's batches hold or take next: the first
 * `inFlight` cases of its work list (each worker takes the head of what the others have not locked).
 */
async function casesInFlight(db: Kysely<DB>, inFlight: number): Promise<string[]> {
  const rows = await sql<{ case_id: string }>`
    select w.case_id from (
      select unnest(case_ids) as case_id from (
        select case_ids from clock_recomputation_batches
        where recomputation_id = (
          select id from clock_recomputations where status = 'running' order by started_at desc limit 1)
        order by batch_no) listed
      limit ${inFlight}) w
    join cases c on c.id = w.case_id and c.stage = 'registered'
    order by w.case_id`.execute(db);
  return rows.rows.map((r) => r.case_id);
}

/**
 * Three kinds of request, each in its own loop (send, wait for the answer, pause): an administrator
 * opening a random case file, a supervisor's case list sorted by next deadline, and an eligibility
 * officer scheduling an interview on a registered case, which rewrites that case's deadlines too:
 * a random case, or (`--writes targeted`) one of the `inFlight` cases at the head of the running
 * recomputation's work list (the batches its workers hold); a random one when none is running.
 */
function startProbes(ctx: RunContext, inFlight: number) {
  const { db, source, dataset, population } = ctx;
  const pauseMs = ctx.options.probeInterval;
  let running = true;
  const random = mulberry(99);
  const loop = async (probe: Probe, request: () => Promise<unknown>, pause = pauseMs) => {
    while (running) {
      const t0 = performance.now();
      try {
        await request();
        probe.latencies.push(performance.now() - t0);
      } catch (error) {
        const message = (error as Error).message;
        probe.errors.set(message, (probe.errors.get(message) ?? 0) + 1);
      }
      await sleep(pause);
    }
  };
  const caseFile: Probe = { name: 'open a case file', latencies: [], errors: new Map() };
  const caseList: Probe = { name: 'case list by next deadline', latencies: [], errors: new Map() };
  const action: Probe = { name: 'schedule an interview', latencies: [], errors: new Map() };
  const listQuery = CaseListQuery.parse({ sort: 'nextDeadline', order: 'asc', deadline: 'due_soon' });
  const interviewDate = fromDayNumber(toDayNumber(todayIn(source.profile.timeZone)) + 14);
  const nextTarget = async (): Promise<number> => {
    const { ids, registered } = population;
    if (ctx.options.writes === 'targeted') {
      const held = await casesInFlight(db, inFlight);
      const i = held.length > 0 ? indexOf(ids, held[Math.floor(random() * held.length)]!) : -1;
      if (i >= 0 && registered[i]) return i;
    }
    let i = Math.floor(random() * ids.length);
    while (i < ids.length && !registered[i]) i++;
    return i < ids.length ? i : ids.findIndex((_, j) => registered[j]);
  };
  const eventLoop = monitorEventLoopDelay({ resolution: 10 });
  eventLoop.enable();
  const loops = [
    loop(caseFile, async () =>
      getCaseFile(
        db,
        dataset.administrator,
        population.ids[Math.floor(random() * population.ids.length)]!,
        await currentJurisdiction(source, db),
      ),
    ),
    // A heavy query (it counts the office's matching cases): a supervisor refreshing it every second.
    loop(
      caseList,
      async () =>
        listCases(
          db,
          dataset.supervisors[Math.floor(random() * dataset.supervisors.length)]!,
          listQuery,
          await currentJurisdiction(source, db),
        ),
      Math.max(pauseMs, 1000),
    ),
    ctx.options.writes !== 'none' &&
      loop(action, async () => {
        const i = await nextTarget();
        population.registered[i] = false;
        await stepCase(
          db,
          dataset.officers[population.officeIndex[i]!]!,
          population.ids[i]!,
          'schedule_interview',
          { version: 1, data: { interviewDate } },
          await currentJurisdiction(source, db),
        );
      }),
  ];
  return async () => {
    running = false;
    await Promise.all(loops);
    eventLoop.disable();
    return {
      probes: [caseFile, caseList, action],
      eventLoopMaxMs: eventLoop.max / 1e6,
      eventLoopP99Ms: eventLoop.percentile(99) / 1e6,
    };
  };
}

type ProbeResults = Awaited<ReturnType<ReturnType<typeof startProbes>>>;

function mulberry(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ms = (x: number) =>
  Number.isNaN(x) ? '–' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`;

function latencySummary(latencies: readonly number[]): { p50: number; p95: number; max: number; n: number } {
  const sorted = [...latencies].sort((a, b) => a - b);
  if (sorted.length === 0) return { p50: NaN, p95: NaN, max: NaN, n: 0 };
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1)!, n: sorted.length };
}

function describeProbes(results: ProbeResults): string[] {
  return [
    ...results.probes.map((p) => {
      const s = latencySummary(p.latencies);
      const errors = [...p.errors].map(([message, n]) => `\n    ${n} failed: ${message}`).join('');
      return `  ${p.name.padEnd(27)} n=${String(s.n).padStart(4)}  p50 ${ms(s.p50)}, p95 ${ms(s.p95)}, max ${ms(s.max)}${errors}`;
    }),
    `  event loop delay            p99 ${ms(results.eventLoopP99Ms)}, max ${ms(results.eventLoopMaxMs)}`,
  ];
}

// ---------------------------------------------------------------------------------------------
// One calendar change, measured from the request until the recomputation is done.

interface Run {
  label: string;
  batchSize: number;
  workers: number;
  seconds: number;
  /** How long the request took to answer (the service answers after at most 1.5 s). */
  answerMs: number | null;
  view: RecomputationView;
  events: number;
  profile: Profile;
  probes: ProbeResults;
  cpu: { nodeMs: number; pgMs: number | null };
  /** Load average over the last minute when the run ended (other work on the machine). */
  load: number;
  /** Batches that failed (the recomputation was then resumed, as a restart would). */
  failures: string[];
  /** Why this batch size was given up, if it was. */
  gaveUp: string | null;
}

function describeRun(run: Run): string {
  const { view, profile } = run;
  const statements = [...profile.byStatement]
    .sort(([, a], [, b]) => b.ms - a.ms)
    .map(
      ([label, s]) =>
        `    ${label.padEnd(36)} ${String(s.count).padStart(5)}×  ${(s.ms / 1000).toFixed(2)} s`,
    );
  const batches = latencySummary(profile.batchMs);
  const wallMs = run.seconds * 1000;
  return [
    `${run.label}, batches of ${run.batchSize}, ${run.workers} worker${run.workers === 1 ? '' : 's'}` +
      (run.gaveUp ? `\n  FAILED after ${run.view.done} cases: ${run.gaveUp}` : ''),
    `  ${run.seconds.toFixed(1)} s for ${view.total} cases (${(view.total / run.seconds).toFixed(0)} cases/s): ${view.changed} changed, ${run.events} timeline events written` +
      (run.answerMs === null ? '' : `; the request answered in ${ms(run.answerMs)}`),
    `  CPU: Node ${(run.cpu.nodeMs / 1000).toFixed(1)} s, PostgreSQL ${run.cpu.pgMs === null ? 'unknown' : `${(run.cpu.pgMs / 1000).toFixed(1)} s`} (probes included); load average ${run.load.toFixed(1)}`,
    `  batch holding its cases p50 ${ms(batches.p50)}, p95 ${ms(batches.p95)}, max ${ms(batches.max)} (${batches.n} batches)`,
    `  a statement in flight ${(profile.sqlMs / 1000).toFixed(1)} s (${((100 * profile.sqlMs) / wallMs).toFixed(0)} %), none (every worker in Node: compute, building statements, begin/commit) ${((wallMs - profile.sqlMs) / 1000).toFixed(1)} s`,
    ...statements,
    ...run.failures.map((f) => `  a batch failed and the recomputation was resumed: ${f}`),
    ...describeProbes(run.probes),
  ].join('\n');
}

async function countRecomputedEvents(db: Kysely<DB>, recomputationId: string): Promise<number> {
  const row = await sql<{ n: number }>`
    select count(*)::int as n from case_events
    where type = 'deadlines_recomputed' and data->>'recomputationId' = ${recomputationId}`.execute(db);
  return row.rows[0]!.n;
}

/**
 * Runs the recomputation to its end in this process, as a restart would resume it (`resumeRecomputations`)
 * when a batch failed; each failure is recorded.
 */
async function runToEnd(ctx: RunContext, id: string, { workers }: { workers: number }, failures: string[]) {
  let stuck = 0;
  let done = -1;
  for (;;) {
    try {
      return await runRecomputation(ctx.timedDb, ctx.source, id, { workers });
    } catch (error) {
      failures.push((error as Error).message);
      const now = (await getRecomputationView(ctx.db, id))!.done;
      stuck = now === done ? stuck + 1 : 0;
      done = now;
      if (stuck >= MAX_STUCK || failures.length >= MAX_FAILURES)
        throw new GaveUp(`gave up after ${failures.length} failed batches: ${failures.at(-1)}`, {
          cause: error,
        });
    }
  }
}

class GaveUp extends Error {}

/** Polls the recomputation the service started until it is done; if it failed, resumes it. */
async function waitUntilDone(ctx: RunContext, id: string, failures: string[]): Promise<RecomputationView> {
  for (;;) {
    const view = await getRecomputationView(ctx.db, id);
    if (view?.status === 'done') return view;
    if (ctx.errors.length > 0) {
      failures.push(...ctx.errors.splice(0).map((e) => (e as Error).message));
      return runToEnd(ctx, id, SERVICE, failures);
    }
    await sleep(25);
  }
}

/** How the service runs a recomputation: it passes no options. */
const SERVICE = { batchSize: DEFAULT_BATCH_SIZE, workers: DEFAULT_WORKERS };

/** Through the service, as the administrator's request does it: batches of the default size, default workers. */
async function serviceRun(
  label: string,
  change: () => Promise<{ recomputation: RecomputationView }>,
  ctx: RunContext,
): Promise<Run> {
  ctx.timer.take();
  const cpu0 = await cpuSnapshot(ctx.db);
  const stop = startProbes(ctx, SERVICE.batchSize * SERVICE.workers);
  const t0 = performance.now();
  const answer = await change();
  const answerMs = performance.now() - t0;
  const failures: string[] = [];
  const view = await waitUntilDone(ctx, answer.recomputation.id, failures);
  const seconds = (performance.now() - t0) / 1000;
  const probes = await stop();
  const cpu = cpuSince(cpu0, await cpuSnapshot(ctx.db));
  return {
    failures,
    gaveUp: null,
    label,
    ...SERVICE,
    seconds,
    answerMs,
    view,
    events: await countRecomputedEvents(ctx.db, view.id),
    profile: profileOf(ctx.timer.take()),
    probes,
    cpu,
    load: loadavg()[0]!,
  };
}

/**
 * The same change as the service makes it, in the caller's transaction: declared day (or its
 * withdrawal), audit entry and the recomputation started. Answers the recomputation's id.
 */
async function recordChange(
  trx: Kysely<DB>,
  kind: 'declare' | 'withdraw',
  date: string,
  admin: Actor,
  batchSize = DEFAULT_BATCH_SIZE,
) {
  let dayId: string;
  if (kind === 'declare') {
    dayId = crypto.randomUUID();
    await trx
      .insertInto('declared_non_working_days')
      .values({
        id: dayId,
        country: COUNTRY,
        date,
        reason: 'Benchmark',
        legal_basis: 'Bench acuerdo',
        source: '',
        created_by: admin.id,
      })
      .execute();
  } else {
    const row = await trx
      .updateTable('declared_non_working_days')
      .set({ withdrawn_at: new Date(), withdrawn_by: admin.id, withdrawal_reason: 'Benchmark' })
      .where('country', '=', COUNTRY)
      .where('date', '=', date)
      .where('withdrawn_at', 'is', null)
      .returning('id')
      .executeTakeFirstOrThrow();
    dayId = row.id;
  }
  await recordAudit(trx, admin, {
    action: kind === 'declare' ? 'calendar.declare_day' : 'calendar.withdraw_day',
    details: { declaredDayId: dayId, date },
  });
  const cause: RecomputationCause = {
    kind: 'declared_day',
    change: kind === 'declare' ? 'declared' : 'withdrawn',
    id: dayId,
    legalBasis: 'Bench acuerdo',
    actorId: admin.id,
    day: date,
  };
  return startRecomputation(trx, cause, null, { batchSize });
}

/** `recordChange` in a transaction of its own, as the service's request makes it. */
function applyChange(
  db: Kysely<DB>,
  kind: 'declare' | 'withdraw',
  date: string,
  admin: Actor,
  batchSize = DEFAULT_BATCH_SIZE,
) {
  return db.transaction().execute((trx) => recordChange(trx, kind, date, admin, batchSize));
}

/**
 * The change as the service makes it (`applyChange`), then the recomputation run with another batch
 * size and `--workers`: the service has no way to pass them. A batch size whose batches keep failing at
 * the same place is given up; the recomputation is then finished as the service runs it, unmeasured.
 */
async function batchRun(
  kind: 'declare' | 'withdraw',
  date: string,
  batchSize: number,
  ctx: RunContext,
): Promise<Run> {
  const { db, timer, dataset } = ctx;
  const { workers } = ctx.options;
  timer.take();
  const cpu0 = await cpuSnapshot(db);
  const stop = startProbes(ctx, batchSize * workers);
  const t0 = performance.now();
  const id = await applyChange(ctx.timedDb, kind, date, dataset.administrator, batchSize);
  const failures: string[] = [];
  let gaveUp: string | null = null;
  let view: RecomputationView;
  try {
    view = await runToEnd(ctx, id, { workers }, failures);
  } catch (error) {
    if (!(error instanceof GaveUp)) throw error;
    gaveUp = error.message;
    view = (await getRecomputationView(db, id))!;
  }
  const seconds = (performance.now() - t0) / 1000;
  const probes = await stop();
  const cpu = cpuSince(cpu0, await cpuSnapshot(db));
  if (gaveUp) await runRecomputation(db, ctx.source, id);
  return {
    failures,
    gaveUp,
    label: `${kind} ${date} (runRecomputation)`,
    batchSize,
    workers,
    seconds,
    answerMs: null,
    view,
    events: await countRecomputedEvents(db, view.id),
    profile: profileOf(timer.take()),
    probes,
    cpu,
    load: loadavg()[0]!,
  };
}

interface RunContext {
  db: Kysely<DB>;
  timedDb: Kysely<DB>;
  timer: StatementTimer;
  source: JurisdictionSource;
  dataset: Dataset;
  population: Population;
  options: DeadlinesOptions;
  errors: unknown[];
}

// ---------------------------------------------------------------------------------------------

/** The working day after today that lies inside the most counts (start < day ≤ due). */
async function busiestWorkingDay(
  db: Kysely<DB>,
  jurisdiction: Jurisdiction,
  today: string,
): Promise<{ date: string; cases: number }> {
  const first = toDayNumber(today) + 1;
  const candidates = Array.from({ length: 30 }, (_, i) => first + i)
    .filter((day) => reasonsOn(jurisdiction.calendar, day).length === 0)
    .map(fromDayNumber);
  const rows = await sql<{ date: string; cases: number }>`
    select d::date::text as date, count(distinct cd.case_id)::int as cases
    from unnest(${candidates}::date[]) d
    join case_deadlines cd on cd.starts_on < d and cd.due_on >= d
    group by d order by cases desc, d limit 1`.execute(db);
  return rows.rows[0]!;
}

async function buildProjection(ctx: RunContext): Promise<number> {
  const id = await ctx.db
    .transaction()
    .execute((trx) =>
      startRecomputation(
        trx,
        { kind: 'projection', change: 'built', id: null, legalBasis: '', actorId: null },
        null,
      ),
    );
  const total = (await getRecomputationView(ctx.db, id))!.total;
  const bar = progressBar('initial projection', total, 'cases');
  await runRecomputation(ctx.db, ctx.source, id, { onBatch: (view) => bar.update(view.done) });
  return bar.stop();
}

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await fn();
  console.warn(`  ${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return result;
}

function cpuModel(): string {
  try {
    return /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown CPU';
  } catch {
    return 'unknown CPU';
  }
}

export async function deadlinesBenchmark(options: DeadlinesOptions): Promise<void> {
  for (const [name, value] of Object.entries(options)) {
    if (typeof value === 'number' && (!Number.isInteger(value) || value < 0))
      throw new Error(`--${name} must be a whole number`);
  }
  if (!['random', 'targeted', 'none'].includes(options.writes))
    throw new Error('--writes must be random, targeted or none');
  if (options.workers < 1) throw new Error('--workers must be at least 1');
  if (options.batchSizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error('--batch-sizes must be positive whole numbers, comma-separated');
  console.warn(`${machine()}, ${cpuModel()}`);
  // A production server vacuums: the recomputation rewrites every projection row, again and again.
  const { database, describe, cleanup } = await openBenchDatabase('postgresql', {
    autovacuum: 'on',
    full_page_writes: 'on',
  });
  const { db } = database;
  const timer = new StatementTimer();
  const errors: unknown[] = [];
  try {
    const version = await sql<{ v: string }>`select version() as v`.execute(db);
    console.warn(`${describe}\n${version.rows[0]!.v}`);
    await migrateToLatest(db);
    const source = jurisdictionSourceOf(COUNTRY);
    const realToday = todayIn(source.profile.timeZone);
    const today = options.today ?? realToday;
    const spreadDays = Math.round(options.months * 30.44);
    console.warn(
      `Dataset: ${options.cases} open cases in ${options.offices} offices, applications over the ${spreadDays} days before ${today}`,
    );
    const t0 = performance.now();
    const dataset = await generateDataset(db, {
      cases: options.cases,
      offices: options.offices,
      spreadDays,
      today,
    });
    await timed('vacuum analyze', () => sql`vacuum analyze`.execute(db));
    const generationSeconds = (performance.now() - t0) / 1000;
    const ctx: RunContext = {
      db,
      timedDb: db.withPlugin(timer),
      timer,
      source,
      dataset,
      population: { ids: [], officeIndex: [], registered: [] },
      options,
      errors,
    };
    const projectionSeconds = await buildProjection(ctx);
    console.warn(
      `  initial projection: ${projectionSeconds.toFixed(1)} s (${(options.cases / projectionSeconds).toFixed(0)} cases/s)`,
    );
    await timed('vacuum analyze', () => sql`vacuum analyze`.execute(db));
    const shape = await sql<Record<string, number>>`
      select (select count(*)::int from cases) as cases,
             (select count(*)::int from people) as people,
             (select count(*)::int from case_events) as events,
             (select count(*)::int from case_events where data ? 'marks') as transition_events,
             (select count(*)::int from case_events where type = 'deadline_extended') as extensions,
             (select count(*)::int from cases where stage = 'notified') as notified,
             (select count(*)::int from case_deadlines) as deadlines,
             (select count(*)::int from case_deadlines where status = 'open' and due_on >= ${realToday}::date) as open_not_overdue,
             (select count(*)::int from case_clocks where next_status = 'suspended') as suspended_clocks,
             (select count(*)::int from clock_suspensions) as suspensions,
             pg_size_pretty(pg_database_size(current_database())) as size`.execute(db);
    console.warn(`  rows: ${JSON.stringify(shape.rows[0])}`);

    const jurisdiction = await currentJurisdiction(source, db);
    const busiest = await busiestWorkingDay(db, jurisdiction, realToday);
    const date = options.date ?? busiest.date;
    console.warn(
      `Declaring ${date} non-working` +
        (options.date
          ? ''
          : ` (the working day inside the most counts: ${busiest.cases} cases' limits run over it)`),
    );
    ctx.population = await loadPopulation(db, dataset.officeIds);

    const idleCpu = await cpuSnapshot(db);
    const idle = startProbes(ctx, 0);
    await sleep(5000);
    const idleProbes = await idle();
    const probesCpu = cpuSince(idleCpu, await cpuSnapshot(db));
    console.warn(
      [
        'Other requests with nothing else running (5 s):',
        ...describeProbes(idleProbes),
        // The runs' CPU figures include the probes': this is how much they take by themselves.
        `  CPU of the probes alone: Node ${ms(probesCpu.nodeMs)}, PostgreSQL ${probesCpu.pgMs === null ? 'unknown' : ms(probesCpu.pgMs)} (5 s)`,
      ].join('\n'),
    );

    const deps = { source, onError: (error: unknown) => errors.push(error) };
    const runs: Run[] = [];
    const report = (run: Run) => {
      runs.push(run);
      console.warn(describeRun(run));
    };
    report(
      await serviceRun(
        `declareNonWorkingDay ${date} (service)`,
        () =>
          declareNonWorkingDay(
            ctx.timedDb,
            dataset.administrator,
            { date, reason: 'Benchmark', legalBasis: 'Bench acuerdo' },
            deps,
          ),
        ctx,
      ),
    );
    const declared = await db
      .selectFrom('declared_non_working_days')
      .select('id')
      .where('date', '=', date)
      .where('withdrawn_at', 'is', null)
      .executeTakeFirstOrThrow();
    report(
      await serviceRun(
        `withdrawDeclaredDay ${date} (service)`,
        () =>
          withdrawDeclaredDay(ctx.timedDb, dataset.administrator, declared.id, { reason: 'Benchmark' }, deps),
        ctx,
      ),
    );
    for (const batchSize of options.batchSizes) {
      const declaredRun = await batchRun('declare', date, batchSize, ctx);
      report(declaredRun);
      if (declaredRun.gaveUp) {
        // Put the calendar back as it was for the next batch size, without measuring.
        await runRecomputation(db, source, await applyChange(db, 'withdraw', date, dataset.administrator));
      } else {
        report(await batchRun('withdraw', date, batchSize, ctx));
      }
    }

    const profiled = await profileBatches(
      ctx.timedDb,
      timer,
      source,
      (trx) => recordChange(trx, 'declare', date, dataset.administrator),
      realToday,
      20,
    );
    const per = (x: number) => ((x / profiled.cases) * 1000).toFixed(1).padStart(7);
    const sum = { wallMs: 0, nodeMs: 0, pgMs: 0 };
    for (const s of profiled.steps.values()) {
      sum.wallMs += s.wallMs;
      sum.nodeMs += s.nodeMs;
      sum.pgMs += s.pgMs;
    }
    const { collect, statements } = profiled;
    console.warn(
      [
        `Batches taken apart (declaring ${date}, ${profiled.cases} cases in batches of ${DEFAULT_BATCH_SIZE}, one connection, no probes, rolled back; the timeline entries are not written)`,
        `  the change and its work list (recordChange, startRecomputation): ${ms(collect.wallMs)} wall, Node CPU ${ms(collect.nodeMs)}, PostgreSQL CPU ${ms(collect.pgMs)}`,
        `  ms per 1000 cases:`,
        `  ${'step'.padEnd(40)}    wall  Node CPU  PostgreSQL CPU`,
        ...[...profiled.steps, ['total', sum] as const].map(
          ([name, s]) => `  ${name.padEnd(40)} ${per(s.wallMs)} ${per(s.nodeMs)} ${per(s.pgMs)}`,
        ),
        `  statements, ms per 1000 cases:`,
        ...[...statements.byStatement]
          .sort(([, a], [, b]) => b.ms - a.ms)
          .map(([label, s]) => `  ${label.padEnd(40)} ${per(s.ms)}  (${s.count}×)`),
        `  ${'in Node (the rest of the wall time)'.padEnd(40)} ${per(sum.wallMs - statements.sqlMs)}`,
      ].join('\n'),
    );

    console.warn(
      [
        '',
        `Summary (${options.cases} open cases, PostgreSQL; targets: < ${TARGET_SECONDS} s, no request held > ${ms(TARGET_BLOCK_MS)})`,
        `  generation ${generationSeconds.toFixed(1)} s, initial projection ${projectionSeconds.toFixed(1)} s`,
        `  load average (1, 5, 15 min) at the end: ${loadavg()
          .map((x) => x.toFixed(1))
          .join(', ')}`,
        '| change | batch | workers | wall | cases/s | changed | CPU Node / PG | longest batch | case file p50 / p95 / max | case list p50 / p95 / max | schedule interview p50 / p95 / max (failed) | event loop max | batches failed | load |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        ...runs.map((r) => {
          const cells = r.probes.probes.map((p) => {
            const l = latencySummary(p.latencies);
            const failed = [...p.errors.values()].reduce((a, b) => a + b, 0);
            return `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.max)}${failed ? ` (${failed})` : ''}`;
          });
          const cpu = `${(r.cpu.nodeMs / 1000).toFixed(0)} s / ${r.cpu.pgMs === null ? '?' : `${(r.cpu.pgMs / 1000).toFixed(0)} s`}`;
          if (r.gaveUp)
            return `| ${r.label} | ${r.batchSize} | ${r.workers} | failed after ${r.view.done} cases: ${r.gaveUp} |`;
          return `| ${r.label} | ${r.batchSize} | ${r.workers} | ${r.seconds.toFixed(1)} s | ${(r.view.total / r.seconds).toFixed(0)} | ${r.view.changed} | ${cpu} | ${ms(latencySummary(r.profile.batchMs).max)} | ${cells.join(' | ')} | ${ms(r.probes.eventLoopMaxMs)} | ${r.failures.length} | ${r.load.toFixed(1)} |`;
        }),
      ].join('\n'),
    );
  } finally {
    await database.close();
    await cleanup();
  }
}
