import type { Config } from '../config/config';
import { openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrator';

export async function migrateCommand(config: Config): Promise<void> {
  const database = config.databaseUrl
    ? await openDatabase({ url: config.databaseUrl })
    : await openDatabase({ dataDir: config.dataDir });
  try {
    const applied = await migrateToLatest(database.db);
    console.warn(
      applied.length
        ? `Applied ${applied.length} migration(s): ${applied.join(', ')}`
        : 'The schema is up to date.',
    );
  } finally {
    await database.close();
  }
}
