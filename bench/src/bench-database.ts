import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database, type Engine } from '../../server/src/db/database';
import { findPostgresBinaries } from '../../server/test/harness/postgres-binaries';
import { startPostgresCluster, type PostgresCluster } from '../../server/test/harness/postgres-cluster';
import { postgresUrl, adminQuery } from '../../server/test/harness/templates';

export const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

export function machine(): string {
  return `Machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export interface BenchDatabase {
  database: Database;
  describe: string;
  cleanup: () => Promise<void>;
}

/**
 * A database to measure: DATABASE_URL if set, else a throwaway cluster (or a temp PGlite directory).
 * The throwaway cluster is set up for tests (no durability, no autovacuum); a benchmark measures the
 * real thing, so durability is turned back on, and `settings` turns on whatever else it needs.
 */
export async function openBenchDatabase(
  engine: Engine,
  settings: Readonly<Record<string, string>> = {},
): Promise<BenchDatabase> {
  if (engine === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'refugio-bench-'));
    const database = await openDatabase({ dataDir: dir });
    return {
      database,
      describe: `PGlite in ${dir} (on disk)`,
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (process.env.DATABASE_URL) {
    const database = await openDatabase({ url: process.env.DATABASE_URL });
    return { database, describe: 'PostgreSQL at DATABASE_URL', cleanup: async () => {} };
  }
  const bin = findPostgresBinaries();
  if (!bin) throw new Error('No PostgreSQL binaries found: set DATABASE_URL or install postgresql-15');
  const cluster: PostgresCluster = await startPostgresCluster(bin);
  await adminQuery(cluster, 'create database refugio_bench');
  const all: Record<string, string> = { ...settings };
  if (process.env.BENCH_FSYNC !== 'off') Object.assign(all, { fsync: 'on', synchronous_commit: 'on' });
  for (const [name, value] of Object.entries(all)) {
    await adminQuery(cluster, `alter system set ${name} = ${value}`);
  }
  await adminQuery(cluster, 'select pg_reload_conf()');
  const database = await openDatabase({ url: postgresUrl(cluster, 'refugio_bench') });
  return {
    database,
    describe: `PostgreSQL throwaway cluster (${bin.initdb}), ${Object.entries(all)
      .map(([name, value]) => `${name}=${value}`)
      .join(', ')}`,
    cleanup: () => cluster.stop(),
  };
}
