import { randomBytes } from 'node:crypto';
import { masterKeyOf, type Keyring } from './master-key';

let installed: Keyring | undefined;

/**
 * The master keys of this process, installed once the database has been checked against them
 * (db/bootstrap.ts). Repositories that seal fields read it here rather than through every service's
 * arguments: a process has exactly one keyring, like it has one database.
 */
export function installKeyring(keyring: Keyring): void {
  installed = keyring;
}

/**
 * The installed keyring. Outside tests a process that reaches encrypted data without one stops (never
 * silent plaintext); under vitest, services tested directly on a fresh database get an ephemeral key.
 */
export function processKeyring(): Keyring {
  if (installed) return installed;
  if (process.env.VITEST) {
    installed = { current: masterKeyOf(randomBytes(32)), previous: [], source: 'an ephemeral test key' };
    return installed;
  }
  throw new Error(
    'No master key loaded: encrypted data is reached only after the database was opened with its keys',
  );
}
