import type { TestProject } from 'vitest/node';
import type {} from './provided';
import { requireAll } from './require-all';
import { startTestEnvironment, type StartedTestEnvironment } from './test-environment';

// Each vitest project (db, http, e2e) runs its own global setup, but they share one process: a
// reference-counted singleton on globalThis starts PostgreSQL and the PGlite template only once.
const KEY = Symbol.for('refugio.testEnvironment');
interface Shared {
  users: number;
  started: Promise<StartedTestEnvironment>;
}
const registry = globalThis as { [KEY]?: Shared };

/** Vitest global setup for projects whose tests open databases (see harness/engines.ts). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let shared = registry[KEY];
  if (!shared) {
    const started = startTestEnvironment({ requireAll: requireAll() }).then((result) => {
      if (result.environment.postgresSkipReason) console.warn(result.environment.postgresSkipReason);
      return result;
    });
    shared = registry[KEY] = { users: 0, started };
  }
  const { environment } = await shared.started;
  shared.users++;
  project.provide('refugioTestEnvironment', environment);

  const current = shared;
  return async () => {
    if (--current.users > 0) return;
    delete registry[KEY];
    await (await current.started).stop();
  };
}
