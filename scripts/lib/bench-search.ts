// Figures for `npm run bench`: what a search costs a trainee who has just read a
// lesson. The trainee opens a lesson, clicks the header's search field, types
// "welkom" at a person's pace and presses Enter, as on a phone. Every request
// that reaches the server is counted, with each file's gzip size (pagefind's
// files are gzip already: their own size); a 304 (the browser revalidated a file
// it has) counts as a request without a body. Counted on the server, so what the
// browser takes from its HTTP cache or the service worker's precache costs nothing.
//
// Pagefind starts at the trainee's intent (focus, first keystroke: see
// src/components/search/engine.ts), so the figures are given twice: from Enter
// on (what the trainee waits for), and for the whole query from the first focus
// on (everything the search cost).
//
// Twice: without a service worker (its precache not there yet, or a browser
// without one), and after the lesson's first visit installed it (the usual case:
// the precache fills at idle after the first page). Also the time from Enter to
// the first results, against a later search typed the same way on /zoeken/.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { chromium, type Browser, type Page } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './find-chromium.mjs';
import { serveStatic } from './static-server.mjs';

/** The lesson read before searching, and the searches: the issue's query, then a later one. */
const LESSON = '/lessen/aansluiten-bij-je-client/';
const QUERY = 'welkom';
const LATER_QUERY = 'vertrouwen';
/** Milliseconds between keystrokes: a person typing on a phone. */
const KEY_DELAY_MS = 120;
/** Targets of issue 17 for a search after a lesson. */
export const SEARCH_TARGET = { requests: 15, bytes: 60 * 1024 };

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A request that reached the server, and its answer's status. */
export interface Served {
  path: string;
  status: number;
}

export interface SearchCost {
  /** Requests that reached the server, from Enter until the results are shown and the network is idle. */
  requests: Served[];
  /** Their size as a gzip server sends them (a 304 has no body). */
  bytes: number;
  /** Of which pagefind's own files (not counting fragments), and fragments. */
  pagefind: number;
  fragments: number;
  /** The whole query, from the first focus on the search field: requests and bytes. */
  wholeRequests: number;
  wholeBytes: number;
  /** Milliseconds from Enter to the first result with its excerpt, and for a later search on the same page. */
  firstMs: number;
  laterMs: number;
}

/** The gzip size of the file a request path names (its own size when that is smaller: pagefind's files). */
function sentBytes(dist: string, path: string): number {
  let file = decodeURIComponent(new URL(path, 'http://x').pathname);
  if (file.endsWith('/')) file += 'index.html';
  const full = join(dist, file);
  if (!existsSync(full) || !statSync(full).isFile()) return 0;
  const data = readFileSync(full);
  return Math.min(data.length, gzipSync(data, { level: 9 }).length);
}

/** Resolves with the milliseconds until the first result shows a marked word. */
async function timeToResults(page: Page, start: () => Promise<void>, query: string): Promise<number> {
  const started = performance.now();
  await start();
  await page.locator('[data-search-status]').filter({ hasText: `voor ‘${query}’` }).waitFor();
  await page.locator('[data-search-results] li mark').first().waitFor();
  return performance.now() - started;
}

async function searchAfterLesson(browser: Browser, origin: string, dist: string, seen: Served[], withWorker: boolean): Promise<SearchCost> {
  const context = await browser.newContext({ serviceWorkers: withWorker ? 'allow' : 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}${LESSON}`);
    await page.waitForLoadState('networkidle');
    if (withWorker) {
      // The worker registers at idle after load and installs its whole precache; wait until it is active.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      });
      await page.waitForLoadState('networkidle');
    }
    seen.length = 0;
    const field = page.getByRole('banner').getByRole('searchbox', { name: 'Zoek in de cursus' });
    await field.click();
    await field.pressSequentially(QUERY, { delay: KEY_DELAY_MS });
    const atEnter = seen.length;
    const firstMs = await timeToResults(page, () => field.press('Enter'), QUERY);
    await page.waitForLoadState('networkidle');
    const whole = [...seen];
    const requests = whole.slice(atEnter);
    const own = page.getByRole('main').getByLabel('Zoek in de cursus');
    await own.click();
    await own.clear();
    await own.pressSequentially(LATER_QUERY, { delay: KEY_DELAY_MS });
    const laterMs = await timeToResults(page, () => own.press('Enter'), LATER_QUERY);
    const size = (served: Served[]) => served.reduce((sum, { path, status }) => sum + (status === 200 ? sentBytes(dist, path) : 0), 0);
    const isFragment = (path: string) => path.includes('/pagefind/fragment/');
    return {
      requests,
      bytes: size(requests),
      pagefind: size(requests.filter(({ path }) => path.includes('/pagefind/') && !isFragment(path))),
      fragments: requests.filter(({ path }) => isFragment(path)).length,
      wholeRequests: whole.length,
      wholeBytes: size(whole),
      firstMs,
      laterMs,
    };
  } finally {
    await context.close();
  }
}

/**
 * A search typed on /zoeken/ itself: pagefind starts at the focus on its field and
 * preloads as the trainee types, so by Enter it is there. Milliseconds from Enter to
 * the first results, and for a later search on the same page.
 */
async function searchOnSearchPage(browser: Browser, origin: string): Promise<{ firstMs: number; laterMs: number }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/zoeken/`);
    await page.waitForLoadState('networkidle');
    const own = page.getByRole('main').getByLabel('Zoek in de cursus');
    await own.click();
    await own.pressSequentially(QUERY, { delay: KEY_DELAY_MS });
    const firstMs = await timeToResults(page, () => own.press('Enter'), QUERY);
    await own.click();
    await own.clear();
    await own.pressSequentially(LATER_QUERY, { delay: KEY_DELAY_MS });
    const laterMs = await timeToResults(page, () => own.press('Enter'), LATER_QUERY);
    return { firstMs, laterMs };
  } finally {
    await context.close();
  }
}

/** Both measurements (median time of three runs each), as rows for `npm run bench`. */
export async function benchSearch(dist: string): Promise<Array<{ label: string; value: string }>> {
  const server = await serveStatic({ dir: dist, base: '/', port: 0 });
  const seen: Served[] = [];
  server.prependListener('request', (request: IncomingMessage, response: ServerResponse) => {
    response.on('finish', () => seen.push({ path: request.url ?? '', status: response.statusCode }));
  });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const rows: Array<{ label: string; value: string }> = [];
    for (const withWorker of [false, true]) {
      const runs: SearchCost[] = [];
      for (let i = 0; i < 3; i++) runs.push(await searchAfterLesson(browser, origin, dist, seen, withWorker));
      const cost = runs[0]!;
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
      const within = cost.requests.length <= SEARCH_TARGET.requests && cost.bytes <= SEARCH_TARGET.bytes;
      const name = withWorker ? 'with the service worker installed' : 'without a service worker';
      const revalidated = cost.requests.filter(({ status }) => status === 304).length;
      rows.push(
        {
          label: `search "${QUERY}" after a lesson, ${name}, from Enter on (target ≤ ${SEARCH_TARGET.requests} requests, ≤ ${kb(SEARCH_TARGET.bytes)})`,
          value: `${cost.requests.length} requests${revalidated ? ` (${revalidated} of them 304)` : ''}, ${kb(cost.bytes)}${within ? '' : ' — over the target'}`,
        },
        {
          label: `  of which pagefind's own files / result fragments`,
          value: `${kb(cost.pagefind)} / ${cost.fragments} fragments`,
        },
        {
          label: `  the whole query, from the first focus on the field`,
          value: `${cost.wholeRequests} requests, ${kb(cost.wholeBytes)}`,
        },
        {
          label: `  first results after Enter / a later search (median of 3)`,
          value: `${median(runs.map((r) => r.firstMs)).toFixed(0)} ms / ${median(runs.map((r) => r.laterMs)).toFixed(0)} ms`,
        },
      );
    }
    const typed: Array<{ firstMs: number; laterMs: number }> = [];
    for (let i = 0; i < 3; i++) typed.push(await searchOnSearchPage(browser, origin));
    const middle = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
    rows.push({
      label: `search "${QUERY}" typed on /zoeken/ itself: first results after Enter / a later search (median of 3)`,
      value: `${middle(typed.map((r) => r.firstMs)).toFixed(0)} ms / ${middle(typed.map((r) => r.laterMs)).toFixed(0)} ms`,
    });
    return rows;
  } finally {
    await browser.close();
    server.close();
  }
}
