import { accessSync, constants } from 'node:fs';

/** Debian's Chromium: the e2e tier never downloads a browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const BROWSER_SKIP_LINE = `Browser tier skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`;

/** True when the e2e tier can launch Chromium; test files use it with describe.skipIf. */
export function browserAvailable(): boolean {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
