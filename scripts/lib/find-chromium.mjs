// Finds a Chromium for Playwright: CHROMIUM_PATH, then Debian's /usr/bin/chromium,
// then Playwright's own downloaded browser. Returns undefined for "use Playwright's
// own", throws one readable line when there is none at all.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const NO_BROWSER_MESSAGE =
  'No Chromium found: set CHROMIUM_PATH, install Debian\'s "chromium" package (apt-get install -y chromium), or run "npx playwright install chromium".';

/** @returns {string | undefined} an executable path, or undefined to use Playwright's own browser */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but no file is there.`);
    return fromEnv;
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  let own = '';
  try {
    own = chromium.executablePath();
  } catch {
    own = '';
  }
  if (own && existsSync(own)) return undefined;
  throw new Error(NO_BROWSER_MESSAGE);
}

/** Flags that keep Chromium quiet on a machine without outside network. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-gpu',
];
