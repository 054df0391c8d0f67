import { afterAll, beforeAll, describe, inject } from 'vitest';
import type { Engine } from '../../src/db/database';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema';
import { openClone, type TestDatabase } from './clone';
import { openSeededClone } from './seeded-template';
import type {} from './provided';
import type { TestEnvironment } from './test-environment';

export type { TestDatabase } from './clone';
export type { Engine } from '../../src/db/database';
export { browserAvailable, CHROMIUM_PATH } from './browser';

export const ENGINES: readonly Engine[] = ['pglite', 'postgresql'];

function environment(): TestEnvironment {
  const env = inject('refugioTestEnvironment');
  if (!env) {
    throw new Error(
      'No test databases: run this file in a vitest project whose globalSetup is ' +
        'server/test/harness/global-setup.ts (db, http or e2e in vitest.config.ts).',
    );
  }
  return env;
}

/** Engines this run can test on: PGlite always, PostgreSQL when the harness found its binaries. */
export function availableEngines(): Engine[] {
  return environment().postgres ? [...ENGINES] : ['pglite'];
}

/** A fresh, migrated database of its own (cloned from the run's template); close() it when done. */
export function openTestDatabase(engine: Engine): Promise<TestDatabase> {
  return openClone(environment(), engine);
}

/**
 * A fresh PostgreSQL database holding what `seed` writes: the first call of the run with this template
 * name seeds a template database, every call gets a copy (harness/seeded-template.ts).
 */
export function openSeededDatabase(
  template: string,
  seed: (db: Kysely<DB>) => Promise<void>,
): Promise<TestDatabase> {
  return openSeededClone(environment(), template, seed);
}

/**
 * A new embedded data directory (REFUGIO_DATA_DIR) that is already migrated: the run's PGlite template
 * unpacked, so a command started on it skips initdb and every migration. The caller removes it.
 */
export function migratedDataDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  // GNU tar notes on stderr that it strips the dump's leading '/'.
  execFileSync('tar', ['-xf', environment().pgliteTemplate, '-C', dir], { stdio: 'ignore' });
  return dir;
}

/** The run's master key (base64), under which every test process seals fields (keyring-setup.ts). */
export function testMasterKey(): string {
  return environment().masterKey;
}

/**
 * Declares the suite once per engine, each on a fresh migrated database opened before its tests and
 * closed after them. Tests in the suite share that database. The PostgreSQL copy is skipped (never
 * silently passed) when the run has no PostgreSQL.
 */
export function describeEachEngine(name: string, fn: (database: () => TestDatabase) => void): void {
  for (const engine of ENGINES) {
    const skip = !availableEngines().includes(engine);
    describe.skipIf(skip)(`${name} [${engine}]`, () => {
      let database: TestDatabase | undefined;
      beforeAll(async () => {
        database = await openTestDatabase(engine);
      });
      afterAll(async () => {
        await database?.close();
      });
      fn(() => {
        if (!database) throw new Error('The test database is only open inside tests and hooks.');
        return database;
      });
    });
  }
}
