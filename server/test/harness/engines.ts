import { afterAll, beforeAll, describe, inject } from 'vitest';
import type { Engine } from '../../src/db/database';
import { openClone, type TestDatabase } from './clone';
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
