import { existsSync } from 'node:fs';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const harness = (file: string) => `${import.meta.dirname}/server/test/harness/${file}`;
// Starts PostgreSQL and the PGlite template once per run, shared by every project that lists it.
const databases = harness('global-setup.ts');

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
          include: ['server/src/**/*.test.ts', 'contract/src/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/*.db.test.ts'],
        },
      },
      {
        test: {
          name: 'db',
          include: ['server/src/**/*.db.test.ts'],
          globalSetup: [databases],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'http',
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
          // One browser at a time, after the other tiers: Chromium competes for the same 2 cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
