import cliProgress from 'cli-progress';
import { sql } from 'kysely';
import type { Engine } from '../../server/src/db/database';
import { migrateToLatest } from '../../server/src/db/migrator';
import { jurisdictionOf } from '../../server/src/countries/jurisdiction';
import { registerApplication } from '../../server/src/cases/case.service';
import { insertOffice } from '../../server/src/offices/office.repository';
import { insertUser } from '../../server/src/users/user.repository';
import { seededRandom } from '../../server/src/demo/random';
import { syntheticApplication } from '../../server/src/demo/synthetic-application';
import type { Actor } from '../../server/src/access/actor';
import { machine, openBenchDatabase, percentile } from './bench-database';

interface Options {
  families: number;
  size: number;
  concurrency: number;
  offices: number;
  engines: Engine[];
}

async function runOn(engine: Engine, options: Options): Promise<void> {
  const { database, describe, cleanup } = await openBenchDatabase(engine);
  const { db } = database;
  try {
    await migrateToLatest(db);
    const jurisdiction = jurisdictionOf('MEX');
    const actors: Actor[] = [];
    for (let i = 0; i < options.offices; i++) {
      const code = `B${String(i).padStart(2, '0')}${Math.floor(Math.random() * 1000)}`.slice(0, 10);
      const officeId = await insertOffice(db, { code, name: `Bench ${i}`, city: 'Bench' });
      const email = `bench.${code.toLowerCase()}@bench.refugio`;
      const id = await insertUser(db, {
        email,
        name: 'Bench',
        role: 'registration_officer',
        officeId,
        passwordHash: 'x',
      });
      actors.push({
        id,
        name: 'Bench',
        email,
        role: 'registration_officer',
        officeId,
        clientAddress: '127.0.0.1',
      });
    }
    const random = seededRandom(7);
    const applications = Array.from({ length: options.families }, () => {
      const a = syntheticApplication(random, { from: '2026-10-01', days: 30 }, options.size);
      return { ...a, lateFilingJustification: 'Bench' };
    });
    const concurrency = engine === 'pglite' ? 1 : options.concurrency;
    const latencies: number[] = [];
    const bar = new cliProgress.SingleBar(
      { format: `${engine.padEnd(10)} [{bar}] {value}/{total} | {rate}/s | ETA {eta}s`, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(options.families, 0, { rate: '0' });
    const started = performance.now();
    let next = 0;
    const worker = async () => {
      while (next < applications.length) {
        const i = next++;
        const t0 = performance.now();
        await registerApplication(db, actors[i % actors.length]!, applications[i]!, jurisdiction);
        latencies.push(performance.now() - t0);
        bar.increment(1, { rate: ((latencies.length * 1000) / (performance.now() - started)).toFixed(0) });
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    bar.stop();
    const counts = await sql<{ cases: number; people: number; events: number; audit: number }>`
      select (select count(*)::int from cases) as cases, (select count(*)::int from people) as people,
             (select count(*)::int from case_events) as events, (select count(*)::int from audit_log) as audit`.execute(
      db,
    );
    latencies.sort((a, b) => a - b);
    console.warn(
      [
        `${engine}: ${describe}`,
        `  ${options.families} families of ${options.size}, concurrency ${concurrency}, ${options.offices} offices`,
        `  ${(options.families / seconds).toFixed(0)} registrations/s (${((options.families * options.size) / seconds).toFixed(0)} people/s)`,
        `  latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`,
        `  rows written: ${JSON.stringify(counts.rows[0])}`,
      ].join('\n'),
    );
  } finally {
    await database.close();
    await cleanup();
  }
}

export async function registrationBenchmark(options: Options): Promise<void> {
  for (const [name, value] of Object.entries(options)) {
    if (typeof value === 'number' && (!Number.isInteger(value) || value < 1))
      throw new Error(`--${name} must be a positive whole number`);
  }
  console.warn(machine());
  for (const engine of options.engines) await runOn(engine, options);
}
