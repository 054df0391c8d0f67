import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import type { DB } from './schema';

export type Engine = 'pglite' | 'postgresql';

export interface Database {
  db: Kysely<DB>;
  engine: Engine;
  close(): Promise<void>;
}

// Dates stay YYYY-MM-DD strings (a date of birth has no time zone); bigint counts and ids stay
// strings except where SQL casts them.
const DATE_OID = 1082;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === DATE_OID
      ? (value: string) => value
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * The extensions the migrations create, for every embedded database opened (server and test harness
 * alike): a data directory that used one and is opened without it fails on the first write that needs it.
 */
export const pgliteExtensions = { pg_trgm, btree_gist };

export type DatabaseTarget = { url: string } | { dataDir: string } | { pglite: PGlite };

/** Opens the embedded database (a directory) or a PostgreSQL server (a URL) behind one Kysely API. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if ('url' in target) {
    const pool = new pg.Pool({ connectionString: target.url, types, max: 10, application_name: 'refugio' });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgresql', close: () => db.destroy() };
  }
  let pglite: PGlite;
  if ('pglite' in target) {
    pglite = target.pglite;
  } else {
    mkdirSync(target.dataDir, { recursive: true });
    pglite = await PGlite.create(target.dataDir, { extensions: pgliteExtensions });
  }
  const pool = new pg.Pool({ ...createPgConfig(pglite), types } as pg.PoolConfig);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    engine: 'pglite',
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}
