import { defineConfig } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './scripts/lib/find-chromium.mjs';

/**
 * End-to-end tests run against the built site, served by a plain static server:
 * `root` serves `dist/` at `/`, `cursus` serves `dist-cursus/` (built with
 * BASE_PATH=/cursus/) under `/cursus/`. Tests use relative URLs
 * (`page.goto('lessen/x/')`) so they work in both.
 */
let executablePath: string | undefined;
try {
  executablePath = findChromium();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const ROOT_PORT = 4321;
const CURSUS_PORT = 4322;
/** Specs that must also hold on a sub-path build. */
const SUBPATH_SPECS = /(walk|offline)\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: true,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    serviceWorkers: 'block',
    trace: 'off',
  },
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` }, metadata: { dist: 'dist', base: '/' } },
    {
      name: 'cursus',
      testMatch: SUBPATH_SPECS,
      use: { baseURL: `http://127.0.0.1:${CURSUS_PORT}/cursus/` },
      metadata: { dist: 'dist-cursus', base: '/cursus/' },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs --dir dist --port ${ROOT_PORT} --base /`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve.mjs --dir dist-cursus --port ${CURSUS_PORT} --base /cursus/`,
      url: `http://127.0.0.1:${CURSUS_PORT}/cursus/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
