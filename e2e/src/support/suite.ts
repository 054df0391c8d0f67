import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, startJourney, type Journey } from './browser';
import { startRefugio, type RunningRefugio } from './refugio-server';
import { signInAs, type DemoUser } from './sign-in';
import type { UiText } from './ui-text';

export interface RefugioInChromium {
  /** The server of this file, started in beforeAll. */
  server(): RunningRefugio;
  browser(): Browser;
  /** A fresh browser context for one person's journey (Spanish, the default, unless told). */
  journey(name: string, options?: { locale: string }): Promise<Journey>;
  /** A fresh journey already signed in as `user` from the sign-in page. */
  signedIn(name: string, t: UiText, user: DemoUser): Promise<Journey>;
}

/**
 * One `refugio serve` on its own database and one Chromium for the test file that calls this
 * (at its top level): started before its tests, stopped after them.
 */
export function refugioInChromium(): RefugioInChromium {
  let server: RunningRefugio | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startRefugio();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (!value)
      throw new Error(`The ${what} has not started: call refugioInChromium() at the top of the file`);
    return value;
  };
  const journey = (name: string, options = { locale: 'es-MX' }) =>
    startJourney(started(browser, 'browser'), started(server, 'server').baseUrl, name, options);
  return {
    server: () => started(server, 'server'),
    browser: () => started(browser, 'browser'),
    journey,
    async signedIn(name, t, user) {
      const j = await journey(name);
      try {
        await j.page.goto('/');
        await signInAs(j.page, t, user);
      } catch (error) {
        await j.close();
        throw error;
      }
      return j;
    },
  };
}
