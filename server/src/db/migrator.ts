import { Migrator, type Kysely, type MigrationProvider } from 'kysely';
import { migrations } from './migrations';
import type { DB } from './schema';

const provider: MigrationProvider = { getMigrations: async () => migrations };

function migrator(db: Kysely<DB>): Migrator {
  return new Migrator({ db, provider });
}

/** Brings the schema to the latest migration; returns the names applied now. */
export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  const { error, results } = await migrator(db).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Names of the migrations the database has not run yet. */
export async function pendingMigrations(db: Kysely<DB>): Promise<string[]> {
  const all = await migrator(db).getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}

export class OutdatedSchemaError extends Error {
  constructor(pending: string[]) {
    super(
      `The database schema is not up to date (${pending.length} pending migration(s): ${pending.join(', ')}). ` +
        'Run `npx refugio migrate` first.',
    );
  }
}
