import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { openDatabase, pgliteExtensions, type Database, type Engine } from '../../src/db/database';
import { adminQuery, postgresUrl, withAdminClient } from './templates';
import type { TestEnvironment } from './test-environment';

export interface TestDatabase extends Database {
  /** The clone's URL, for a child process (CLI, server) to use; null on PGlite, which is in-process only. */
  url: string | null;
}

async function openPgliteClone(env: TestEnvironment): Promise<TestDatabase> {
  // Loading the dumped data directory skips initdb and every migration.
  const loadDataDir = new Blob([await readFile(env.pgliteTemplate)]);
  const pglite = await PGlite.create({ loadDataDir, extensions: pgliteExtensions });
  return { ...(await openDatabase({ pglite })), url: null };
}

let clones = 0;

/** A new database copied from `template` (default: the run's migrated template). */
export async function openPostgresClone(env: TestEnvironment, template?: string): Promise<TestDatabase> {
  const pg = env.postgres;
  if (!pg) throw new Error(env.postgresSkipReason ?? 'PostgreSQL tier is not available');
  // pid + counter + random: unique across workers and across concurrent runs' files.
  const name = `refugio_test_${process.pid}_${++clones}_${randomBytes(4).toString('hex')}`;
  await adminQuery(pg, `create database ${name} template ${template ?? pg.template}`);
  const url = postgresUrl(pg, name);
  const database = await openDatabase({ url });
  return {
    ...database,
    url,
    close: async () => {
      await database.close();
      await dropWhenIdle(pg, name);
    },
  };
}

/**
 * Dropping keeps the throwaway cluster small when hundreds of files run. pg's Pool.end() resolves
 * before its backends have gone, and DROP … WITH (FORCE) would kill them mid-goodbye, which the
 * closing clients report as an uncaught 57P01 error: wait for them to leave instead.
 */
async function dropWhenIdle(pg: NonNullable<TestEnvironment['postgres']>, name: string): Promise<void> {
  await withAdminClient(pg, async (client) => {
    await waitUntilIdle(client, name);
    // Still in use means the test leaked a connection; the cluster is discarded after the run anyway.
    await client.query(`drop database if exists ${name}`).catch(() => {});
  });
}

/** Waits (up to 5 s) until no backend is connected to database `name`. */
export async function waitUntilIdle(client: pg.Client, name: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const { rows } = await client.query<{ n: number }>(
      'select count(*)::int as n from pg_stat_activity where datname = $1',
      [name],
    );
    if (rows[0]?.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A fresh, migrated database on the given engine, cloned from the run's template. */
export function openClone(env: TestEnvironment, engine: Engine): Promise<TestDatabase> {
  return engine === 'pglite' ? openPgliteClone(env) : openPostgresClone(env);
}
