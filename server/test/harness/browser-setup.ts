import type { TestProject } from 'vitest/node';
import { browserAvailable, BROWSER_SKIP_LINE, CHROMIUM_PATH } from './browser';
import type {} from './provided';
import { requireAll } from './require-all';

/** Vitest global setup for the e2e project: one line when Chromium is missing, an error under REFUGIO_REQUIRE_ALL=1. */
export default function setup(project: TestProject): void {
  const available = browserAvailable();
  if (!available) {
    if (requireAll())
      throw new Error(`${BROWSER_SKIP_LINE}, and REFUGIO_REQUIRE_ALL=1 forbids skipping a tier.`);
    console.warn(BROWSER_SKIP_LINE);
  }
  project.provide('refugioChromium', available ? CHROMIUM_PATH : null);
}
