import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema';
import { openDatabase } from '../../src/db/database';
import { openPostgresClone, waitUntilIdle, type TestDatabase } from './clone';
import { postgresUrl, withAdminClient } from './templates';
import type { TestEnvironment } from './test-environment';

/**
 * A fresh PostgreSQL database holding what `seed` writes, copied from a template database of that name
 * which the first caller of the run seeds (later callers, in any worker, only copy it). For data that
 * is slow to write and the same for every file, such as the demo data every e2e journey starts from.
 * An advisory lock on the maintenance database makes concurrent first calls wait for one seeding.
 */
export async function openSeededClone(
  env: TestEnvironment,
  template: string,
  seed: (db: Kysely<DB>) => Promise<void>,
): Promise<TestDatabase> {
  const pg = env.postgres;
  if (!pg) throw new Error(env.postgresSkipReason ?? 'PostgreSQL tier is not available');
  if (!/^[a-z_][a-z0-9_]*$/.test(template)) throw new Error(`Not a plain database name: ${template}`);
  await withAdminClient(pg, async (client) => {
    await client.query('select pg_advisory_lock(hashtext($1))', [template]);
    try {
      const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [template]);
      if (rowCount) return;
      await client.query(`create database ${template} template ${pg.template}`);
      const database = await openDatabase({ url: postgresUrl(pg, template) });
      try {
        await seed(database.db);
      } finally {
        await database.close();
      }
      await waitUntilIdle(client, template);
      await client.query(`alter database ${template} with is_template true allow_connections false`);
    } catch (error) {
      await client.query(`drop database if exists ${template}`).catch(() => {});
      throw error;
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
  return openPostgresClone(env, template);
}
