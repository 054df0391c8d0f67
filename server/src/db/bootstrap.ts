import type { Config } from '../config/config';
import { openDatabase, type Database } from './database';
import { migrateToLatest, OutdatedSchemaError, pendingMigrations } from './migrator';

/**
 * Opens the configured database ready for work. The embedded database is migrated on open, so any
 * command works on a fresh data directory; a PostgreSQL server is never migrated implicitly (several
 * processes share it and an operator decides when), so an outdated schema is refused.
 */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  const database = config.databaseUrl
    ? await openDatabase({ url: config.databaseUrl })
    : await openDatabase({ dataDir: config.dataDir });
  try {
    if (database.engine === 'pglite') {
      await migrateToLatest(database.db);
    } else {
      const pending = await pendingMigrations(database.db);
      if (pending.length > 0) throw new OutdatedSchemaError(pending);
    }
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}
