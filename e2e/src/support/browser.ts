import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type {} from '../../../server/test/harness/provided';

/** Screenshots and downloaded PDFs of every journey, for a person to look at; outside the repository. */
export const SHOTS_DIR = '/tmp/e2e-shots';

/** The laptop screen the issue says Refugio must be usable on. */
const VIEWPORT = { width: 1366, height: 768 };

/** Debian's Chromium (never a downloaded browser), or null when the browser tier is skipped. */
export function chromiumPath(): string | null {
  return inject('refugioChromium');
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath() ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface Journey {
  page: Page;
  context: BrowserContext;
  /** A 1366×768 screenshot (or the whole page) named after the journey and the step, numbered in order. */
  shot(step: string, options?: { fullPage?: boolean }): Promise<void>;
  /** Where a file this journey keeps (a downloaded PDF) goes. */
  keep(file: string): string;
  /** Uncaught errors, console errors and server errors (5xx) seen so far; a journey expects none. */
  problems: string[];
  close(): Promise<void>;
}

/** A fresh browser context (no cookies, no stored language) for one person's journey. */
export async function startJourney(
  browser: Browser,
  baseUrl: string,
  name: string,
  options: { locale: string },
): Promise<Journey> {
  await mkdir(SHOTS_DIR, { recursive: true });
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: VIEWPORT,
    acceptDownloads: true,
    locale: options.locale,
    timezoneId: 'America/Mexico_City',
  });
  // Fail within seconds when something does not appear, instead of playwright's 30 s default.
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // Console errors too (a CSP violation, a React warning), except the browser's own line for the
  // expected 401 of the signed-out session check.
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (/status of 401/.test(message.text())) return;
    problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`${response.status()} from ${response.url()}`);
  });
  let step = 0;
  return {
    page,
    context,
    problems,
    keep: (file) => join(SHOTS_DIR, `${name}-${file}`),
    async shot(label, options) {
      step++;
      await page.screenshot({
        path: join(SHOTS_DIR, `${name}-${String(step).padStart(2, '0')}-${label}.png`),
        fullPage: options?.fullPage ?? false,
      });
    },
    close: () => context.close(),
  };
}
