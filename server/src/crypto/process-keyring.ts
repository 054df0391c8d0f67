import type { Keyring } from './master-key';

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
 * The installed keyring. A process that reaches encrypted data without one stops (never silent
 * plaintext). Tests install the run's test key (server/test/harness/keyring-setup.ts).
 */
export function processKeyring(): Keyring {
  if (installed) return installed;
  throw new Error(
    'No master key loaded: encrypted data is reached only after the database was opened with its keys',
  );
}
