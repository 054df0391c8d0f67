import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, pgliteExtensions } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrator';
import type { PostgresCluster } from './postgres-cluster';

export const TEMPLATE_DATABASE = 'refugio_template';

type ClusterAddress = Pick<PostgresCluster, 'host' | 'port' | 'user'>;

export function postgresUrl(cluster: ClusterAddress, database: string): string {
  return `postgres://${cluster.user}@${cluster.host}:${cluster.port}/${database}`;
}

/** A client on the maintenance database `postgres`, where CREATE/DROP DATABASE must run. */
export async function withAdminClient<T>(cluster: ClusterAddress, fn: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: postgresUrl(cluster, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function adminQuery(cluster: ClusterAddress, text: string): Promise<void> {
  await withAdminClient(cluster, (client) => client.query(text));
}

/**
 * Migrates `refugio_template` once. Afterwards nobody may connect to it: CREATE DATABASE … TEMPLATE
 * refuses a template with open connections, so connections are disallowed outright.
 */
export async function preparePostgresTemplate(cluster: PostgresCluster): Promise<void> {
  await adminQuery(cluster, `create database ${TEMPLATE_DATABASE}`);
  const database = await openDatabase({ url: postgresUrl(cluster, TEMPLATE_DATABASE) });
  try {
    await migrateToLatest(database.db);
  } finally {
    await database.close();
  }
  await adminQuery(
    cluster,
    `alter database ${TEMPLATE_DATABASE} with is_template true allow_connections false`,
  );
}

/** Migrates an in-memory PGlite once and writes its data directory as a tar file to load per test file. */
export async function preparePgliteTemplate(dir: string): Promise<string> {
  const pglite = await PGlite.create({ extensions: pgliteExtensions });
  const database = await openDatabase({ pglite });
  try {
    await migrateToLatest(database.db);
    const dump = await pglite.dumpDataDir('none');
    const file = join(dir, 'pglite-template.tar');
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
    return file;
  } finally {
    await database.close();
  }
}
