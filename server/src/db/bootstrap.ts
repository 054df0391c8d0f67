import type { Config } from '../config/config';
import { configuredKeyring, resolveKeyring } from '../crypto/keyring-source';
import { installKeyring } from '../crypto/process-keyring';
import { sealLegacyFields } from '../crypto/legacy-sealing';
import type { Keyring } from '../crypto/master-key';
import { openDatabase, type Database } from './database';
import { migrateToLatest, OutdatedSchemaError, pendingMigrations } from './migrator';

/** An opened database and the master keys checked against it. */
export interface KeyedDatabase extends Database {
  keyring: Keyring;
}

/**
 * Opens the configured database ready for work. The embedded database is migrated on open, so any
 * command works on a fresh data directory; a PostgreSQL server is never migrated implicitly (several
 * processes share it and an operator decides when), so an outdated schema is refused.
 *
 * The master keys are read before the database is touched (a malformed key stops at once) and checked
 * against it after: data keys wrapped under a key the process lacks, or encrypted data without any key,
 * stop the command with the variable and the fingerprints named. Text a migration carried over as
 * plaintext is then sealed (crypto/legacy-sealing.ts), and the checked keyring is installed for the
 * repositories that seal fields.
 */
export async function openConfiguredDatabase(config: Config): Promise<KeyedDatabase> {
  const configured = configuredKeyring(config);
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
    const keyring = await resolveKeyring(database.db, config, configured);
    const sealed = await sealLegacyFields(database.db, keyring);
    if (sealed > 0)
      console.warn(
        `Encrypted ${sealed} value(s) written before encryption (interview and assessment text, contact details, case files, TOTP secrets).`,
      );
    installKeyring(keyring);
    return { ...database, keyring };
  } catch (error) {
    await database.close();
    throw error;
  }
}
