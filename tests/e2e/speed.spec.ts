import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pageJs } from '../../scripts/lib/page-js.ts';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { storedProgress } from './lib/progress-state.ts';
import { layoutShiftOf } from './lib/layout-shift.ts';

/**
 * What a page costs a mid-range phone (issue 17): how many scripts a lesson
 * page loads and how deep their chain of imports is. Figures over time are
 * `npm run bench`'s; these tests hold the behaviour.
 */

const LESSON = 'het-welkomstritueel';

interface Script {
  url: string;
  /** 1: asked for by the page itself; 2: by a script the page asked for; … */
  depth: number;
}

/** Every script the page requests until it is loaded and idle, with its depth in the chain. */
async function scriptsOf(page: Page, path: string): Promise<Script[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const parents = new Map<string, string | null>();
  const scripts: string[] = [];
  cdp.on('Network.requestWillBeSent', (event) => {
    let stack = event.initiator.stack;
    while (stack && stack.callFrames.length === 0) stack = stack.parent;
    parents.set(event.request.url, event.initiator.url ?? stack?.callFrames[0]?.url ?? null);
    if (event.type === 'Script') scripts.push(event.request.url);
  });
  await page.goto(path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const depth = (url: string, hops = 0): number => {
    const parent = parents.get(url);
    return parent && parents.has(parent) && scripts.includes(parent) && hops < 10 ? 1 + depth(parent, hops + 1) : 1;
  };
  return scripts.map((url) => ({ url, depth: depth(url) }));
}

test('a first-time reader’s lesson page loads at most 4 scripts, two deep, and no engine code', async ({ page }) => {
  const scripts = await scriptsOf(page, `lessen/${LESSON}/`);
  expect(scripts.length, scripts.map((s) => s.url).join('\n')).toBeLessThanOrEqual(4);
  expect(Math.max(...scripts.map((s) => s.depth))).toBeLessThanOrEqual(2);
  expect(scripts.filter((s) => /feedback|svelte|client\./.test(s.url))).toEqual([]);
  // And the page still does all its work: the button, the statuses, the last page visited.
  await expect(page.locator('[data-mark-as-read] button')).toHaveText('Markeer als gelezen');
  const statuses = page.locator('[data-exercise-id] [data-exercise-status-text]');
  for (const status of await statuses.all()) await expect(status).toHaveText(/Niet begonnen/);
  expect((await storedProgress(page)).lastVisited?.path).toBe(`lessen/${LESSON}/`);
  expect((await storedProgress(page)).lessons).toEqual({});
});

test('the first click on “Markeer als gelezen” marks the lesson read, in the table of contents too', async ({ page }) => {
  await page.goto(`lessen/${LESSON}/`);
  await page.locator('[data-mark-as-read] button').click();
  await expect(page.locator('[data-mark-as-read]')).toContainText('Gelezen op');
  await expect(page.locator(`[data-lesson-link="${LESSON}"] .toc-read`)).toHaveText(' (gelezen)');
  await expect(page.locator('[data-mark-as-read] button')).toHaveText('Markeer als ongelezen');
  await page.locator('[data-mark-as-read] button').click();
  await expect(page.locator('[data-mark-as-read] button')).toHaveText('Markeer als gelezen');
  expect((await storedProgress(page)).lessons).toEqual({});
});

test('a returning reader sees what was read: the page reads it through the store', async ({ page }) => {
  await page.goto(`lessen/${LESSON}/`);
  await page.evaluate((slug) => localStorage.setItem(`klik:p:lesson:${slug}`, JSON.stringify({ readAt: '2025-03-01T09:00:00.000Z' })), LESSON);
  await page.reload();
  await expect(page.locator('[data-mark-as-read]')).toContainText('Gelezen op 1 maart 2025');
  await expect(page.locator(`[data-lesson-link="${LESSON}"]`)).toHaveAttribute('data-read', 'true');
});

/** Pages whose island keeps its own progress (`BaseLayout`'s `ownProgress`). */
const ISLAND_PAGES = ['oefeningen/onzekerheid-wisseldiensten-joyce/', 'trajecten/harm-na-zijn-pensioen/'];

test('the exercise and trajectory pages can load none of the progress code they do not use', async ({}, testInfo) => {
  const { dist, base } = testInfo.project.metadata as { dist: string; base: string };
  const found: string[] = [];
  for (const path of ISLAND_PAGES) {
    for (const { file } of pageJs(dist, base, path, []).files) {
      const code = readFileSync(join(dist, file), 'utf8');
      // "Markeer als gelezen" of a lesson, the page-level storage notice and its backup download, the progress page's counts.
      for (const text of ['Markeer als gelezen', 'Je voortgang is hersteld', 'Reservekopie downloaden', 'exercisesStarted']) {
        if (code.includes(text)) found.push(`${path}: ${file}: ${text}`);
      }
    }
  }
  expect(found).toEqual([]);
});

for (const path of ISLAND_PAGES) {
  test(`the table of contents of /${path} marks the lessons read here or in another tab`, async ({ page, context }) => {
    const marked = async (target: Page) => {
      const links = target.locator(`[data-lesson-link="${LESSON}"]`);
      expect(await links.count()).toBeGreaterThan(0);
      for (const link of await links.all()) {
        await expect(link).toHaveAttribute('data-read', 'true');
        await expect(link.locator('.toc-read')).toHaveText(' (gelezen)');
      }
    };
    await page.goto(path);
    await expect(page.locator('textarea[name="reply"]')).toBeVisible();
    await expect(page.locator(`[data-lesson-link="${LESSON}"][data-read]`)).toHaveCount(0);
    const lesson = await context.newPage();
    await lesson.goto(`lessen/${LESSON}/`);
    await lesson.locator('[data-mark-as-read] button').click();
    await expect(lesson.locator('[data-mark-as-read]')).toContainText('Gelezen op');
    await marked(page);
    await page.reload();
    await marked(page);
    await lesson.locator('[data-mark-as-read] button').click();
    await expect(page.locator(`[data-lesson-link="${LESSON}"][data-read]`)).toHaveCount(0);
    await expect(page.locator(`[data-lesson-link="${LESSON}"] .toc-read`)).toHaveCount(0);
  });
}

/** /voortgang/ is alive once its export button shows. */
const progressPageReady = (page: Page) => expect(page.getByRole('button', { name: 'Voortgang exporteren' })).toBeVisible();

for (const viewport of [
  { width: 412, height: 823 },
  { width: 1280, height: 800 },
]) {
  test(`/voortgang/ does not shift, with or without progress (${viewport.width}px)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    expect(await layoutShiftOf(page, 'voortgang/', progressPageReady, 300)).toBe(0);
    await page.evaluate(() => {
      for (const slug of ['het-welkomstritueel', 'ethische-normen', 'je-of-u']) localStorage.setItem(`klik:p:lesson:${slug}`, JSON.stringify({ readAt: '2025-03-01T09:00:00.000Z' }));
    });
    expect(await layoutShiftOf(page, 'voortgang/', progressPageReady, 300)).toBe(0);
    await expect(page.getByText(/Je hebt 3 van de \d+ lessen gelezen/)).toBeVisible();
  });
}

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a first visit downloads every file once: the worker reuses what the page already fetched', async ({ page }) => {
    test.setTimeout(90_000);
    const server = await serveStatic({ dir: 'dist', base: '/', port: 0 });
    /** Requests the server answered, by file (`lessen/x/` and `lessen/x/index.html` are one file). */
    const served = new Map<string, number>();
    const order: string[] = [];
    server.on('request', (request: { url?: string }) => {
      const file = (request.url ?? '').split('?')[0]!.replace(/index\.html$/, '');
      served.set(file, (served.get(file) ?? 0) + 1);
      order.push(file);
    });
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      await page.goto(`${origin}/lessen/${LESSON}/`);
      const pageFiles = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      // Nothing of the precache competes with the page: the worker comes after everything the page loaded.
      for (const file of pageFiles) expect(order.indexOf(file), file).toBeLessThan(order.indexOf('/sw.js'));
      const cached = await page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).length))).reduce((a, b) => a + b, 0));
      expect(cached).toBeGreaterThan(100);
      expect([...served].filter(([, count]) => count > 1)).toEqual([]);
      // The whole course is there: another lesson opens offline.
      await page.context().setOffline(true);
      await page.goto(`${origin}/lessen/ethische-normen/`);
      await expect(page.locator('h1')).toContainText('Ethische normen');
      await page.context().setOffline(false);
    } finally {
      server.close();
    }
  });
});
