import { existsSync } from 'node:fs';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const harness = (file: string) => `${import.meta.dirname}/server/test/harness/${file}`;
// Starts PostgreSQL and the PGlite template once per run, shared by every project that lists it.
const databases = harness('global-setup.ts');
// Test files share a worker's module cache instead of importing the server afresh each time (the run is
// minutes shorter); a file must therefore leave no global state behind. The keyring every test process
// seals fields with is installed by keyring-setup.ts from the run's test key.
const shared = { isolate: false, setupFiles: [harness('keyring-setup.ts')] };

// The web engineer owns web/vitest.config.ts (jsdom, React plugin); this fallback only keeps
// `npm test` working while it does not exist.
const web: string | TestProjectInlineConfiguration = existsSync(`${import.meta.dirname}/web/vitest.config.ts`)
  ? './web/vitest.config.ts'
  : {
      test: { name: 'web', environment: 'jsdom', include: ['web/src/**/*.test.tsx', 'web/src/**/*.test.ts'] },
    };

export default defineConfig({
  test: {
    // 2 cores; each PGlite instance holds a few hundred MB, so more workers only add memory pressure.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          ...shared,
          include: ['server/src/**/*.test.ts', 'contract/src/**/*.test.ts', 'bench/src/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/*.db.test.ts'],
          // Property tests run a hundred cases each: seconds, not milliseconds, on a loaded 2-core machine.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'db',
          ...shared,
          include: ['server/src/**/*.db.test.ts'],
          globalSetup: [databases],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'http',
          ...shared,
          include: ['server/test/**/*.test.ts'],
          globalSetup: [databases],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      web,
      {
        test: {
          name: 'e2e',
          include: ['e2e/src/**/*.test.ts'],
          globalSetup: [harness('browser-setup.ts'), databases],
          setupFiles: [harness('keyring-setup.ts')],
          // Journeys run beside the other tiers' files (two at a time at most, like every file): a journey
          // mostly waits on its server and browser, and a journey-only tail would leave a core idle.
          // Every journey starts its own server and browser; nothing to gain from sharing modules.
          isolate: true,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
