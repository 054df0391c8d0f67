import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Config } from '../config/config';
import type { DB } from '../db/schema';
import {
  KeyringError,
  keyringIds,
  masterKeyOf,
  parseKeyFile,
  parseMasterKey,
  type Keyring,
} from './master-key';

type KeySettings = Pick<Config, 'masterKey' | 'masterKeyFile' | 'dataDir' | 'databaseUrl'>;

/** The embedded database's own key file, made on the first start of a new data directory. */
export const defaultKeyFile = (dataDir: string): string => join(dataDir, 'master.key');

const HOW =
  'set REFUGIO_MASTER_KEY (base64 of 32 bytes) or REFUGIO_MASTER_KEY_FILE (one base64 key a line, the current first)';

function readKeyFile(path: string, variable: string): Keyring {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new KeyringError(`${variable} names ${path}, which cannot be read (${code})`);
  }
  return parseKeyFile(text, `${variable} (${path})`);
}

/**
 * The master keys the configuration names, before the database is opened: REFUGIO_MASTER_KEY, else
 * REFUGIO_MASTER_KEY_FILE, else (embedded database only) `<data dir>/master.key` if it exists.
 * `null` when none is configured. A key of the wrong length or format stops here, naming the variable.
 */
export function configuredKeyring(config: KeySettings): Keyring | null {
  if (config.masterKey && config.masterKeyFile)
    throw new KeyringError('Both REFUGIO_MASTER_KEY and REFUGIO_MASTER_KEY_FILE are set: set only one');
  if (config.masterKey)
    return {
      current: parseMasterKey(config.masterKey, 'REFUGIO_MASTER_KEY'),
      previous: [],
      source: 'REFUGIO_MASTER_KEY',
    };
  if (config.masterKeyFile) return readKeyFile(config.masterKeyFile, 'REFUGIO_MASTER_KEY_FILE');
  if (config.databaseUrl)
    throw new KeyringError(`A PostgreSQL server (DATABASE_URL) needs a master key: ${HOW}`);
  const own = defaultKeyFile(config.dataDir);
  return existsSync(own) ? readKeyFile(own, `the embedded database's key file`) : null;
}

/** Whether the embedded data directory holds a database already. */
export const embeddedDatabaseExists = (dataDir: string): boolean => existsSync(join(dataDir, 'PG_VERSION'));

/**
 * The zero-setup default: a new master key in `<data dir>/master.key` (mode 0600), said once on stderr.
 * Only for an embedded database that holds no encrypted data yet.
 */
export function generateDefaultKey(dataDir: string): Keyring {
  const path = defaultKeyFile(dataDir);
  const key = randomBytes(32);
  writeFileSync(path, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  const keyring: Keyring = { current: masterKeyOf(key), previous: [], source: path };
  console.warn(
    `Generated a master key (${keyring.current.id}) in ${path} (mode 0600). Keep a copy apart from the data: ` +
      'without it the encrypted fields and documents cannot be read. In production, set REFUGIO_MASTER_KEY_FILE.',
  );
  return keyring;
}

/**
 * How many data keys (and sealed TOTP secrets) each master key wraps; nothing when the table does not
 * exist yet.
 */
export async function dataKeysByMasterKey(db: Kysely<DB>): Promise<Map<string, number>> {
  const exists = await sql<{
    present: boolean;
  }>`select to_regclass('data_keys') is not null as present`.execute(db);
  if (!exists.rows[0]?.present) return new Map();
  // TOTP secrets are sealed under a master key directly (crypto/user-secret.ts): they count as keys.
  const secrets = await sql<{ present: boolean }>`
    select exists (select 1 from information_schema.columns
      where table_name = 'user_mfa' and column_name = 'totp_key_id' and table_schema = current_schema()) as present`.execute(
    db,
  );
  const rows = secrets.rows[0]?.present
    ? await sql<{ master_key_id: string; count: string }>`
        select master_key_id, count(*) as count from (
          select master_key_id from data_keys
          union all
          select totp_key_id from user_mfa where totp_key_id is not null
        ) k group by master_key_id order by master_key_id`.execute(db)
    : await sql<{ master_key_id: string; count: string }>`
        select master_key_id, count(*) as count from data_keys group by master_key_id order by master_key_id`.execute(
        db,
      );
  return new Map(rows.rows.map((r) => [r.master_key_id, Number(r.count)]));
}

/**
 * Checks the keys against the database: every data key must be wrapped under a key the keyring holds.
 * Stops with a message naming the variables and the fingerprints (never a key).
 */
export async function checkKeyring(db: Kysely<DB>, keyring: Keyring | null): Promise<void> {
  const used = await dataKeysByMasterKey(db);
  if (!keyring) {
    if (used.size === 0) return;
    throw new KeyringError(
      `This database holds encrypted data (data keys wrapped under master key ${[...used.keys()].join(', ')}) ` +
        `but no master key is configured: ${HOW}.`,
    );
  }
  const held = new Set(keyringIds(keyring));
  const missing = [...used.entries()].filter(([id]) => !held.has(id));
  if (missing.length === 0) return;
  throw new KeyringError(
    `The master key loaded from ${keyring.source} (${keyringIds(keyring).join(', ')}) cannot open this database: ` +
      missing
        .map(([id, n]) => `${n} data key(s) or secret(s) are wrapped under master key ${id}`)
        .join('; ') +
      `. Put that key in REFUGIO_MASTER_KEY_FILE (after the current one during a rotation).`,
  );
}

/**
 * The keyring to run with, checked against the opened database: the configured one, or for a new or
 * never-encrypted embedded database a generated `<data dir>/master.key`.
 */
export async function resolveKeyring(
  db: Kysely<DB>,
  config: KeySettings,
  configured: Keyring | null,
): Promise<Keyring> {
  await checkKeyring(db, configured);
  if (configured) return configured;
  return generateDefaultKey(config.dataDir);
}
