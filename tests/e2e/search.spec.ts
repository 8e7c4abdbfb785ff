import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveStatic } from '../../scripts/lib/static-server.mjs';

/**
 * Search on /zoeken/ (pagefind, Dutch UI). The lesson and the words are from the
 * course text: "Aansluiten bij je cliënt" is about mirroring ("spiegelen").
 */
const LESSON = 'lessen/aansluiten-bij-je-client/';

const searchStatus = (page: Page) => page.locator('[data-search-status]');
const results = (page: Page) => page.getByRole('list', { name: 'Zoekresultaten' });
const searchField = (page: Page) => page.getByRole('main').getByLabel('Zoek in de cursus');

test.describe('zoeken', () => {
  test('finds a lesson by a word in its text, marks the word, and the result opens the lesson', async ({ page, baseURL }) => {
    await page.goto('zoeken/?q=spiegelen');
    await expect(searchField(page)).toHaveValue('spiegelen');
    await expect(searchStatus(page)).toHaveText(/^\d+ resultaten? voor ‘spiegelen’$/);
    const lessonLink = `a[href="${new URL(LESSON, baseURL).pathname}"]`;
    const link = results(page).locator(lessonLink);
    await expect(link).toBeVisible();
    const item = results(page).getByRole('listitem').filter({ has: page.locator(lessonLink) });
    await expect(item.locator('mark').first()).toHaveText(/spiegel/i);
    await expect(item).toContainText('Les');
    await link.click();
    await expect(page).toHaveURL(new URL(LESSON, baseURL).href);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('finds the lesson by another form of the word (Dutch stemming)', async ({ page, request, baseURL }) => {
    // "gespiegeld" is not in the lesson and is no prefix of "spiegelen": only the stemmer links them.
    const lesson = await (await request.get(LESSON)).text();
    expect(lesson.toLowerCase()).toContain('spiegelen');
    expect(lesson.toLowerCase()).not.toContain('gespiegeld');
    await page.goto('zoeken/?q=gespiegeld');
    await expect(searchStatus(page)).toHaveText(/resultaten? voor ‘gespiegeld’/);
    await expect(results(page).locator(`a[href="${new URL(LESSON, baseURL).pathname}"]`)).toBeVisible();
  });

  test('the search field in the header lands on a filled-in search', async ({ page }) => {
    await page.goto('');
    const header = page.getByRole('banner');
    await header.getByRole('searchbox', { name: 'Zoek in de cursus' }).fill('welkom');
    await header.getByRole('searchbox', { name: 'Zoek in de cursus' }).press('Enter');
    await expect(page).toHaveURL(/zoeken\/\?q=welkom$/);
    await expect(searchField(page)).toHaveValue('welkom');
    await expect(searchStatus(page)).toHaveText(/^\d+ resultaten voor ‘welkom’$/);
    await expect(results(page).getByRole('link').first()).toBeVisible();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the results have no accessibility violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('zoeken/?q=welkom');
      await expect(results(page).locator('mark').first()).toBeVisible();
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  test('says so when nothing is found', async ({ page }) => {
    await page.goto('zoeken/');
    await searchField(page).fill('qwxzvbnmkj');
    await expect(searchStatus(page)).toHaveText(/^Geen resultaten voor ‘qwxzvbnmkj’/);
    await expect(results(page)).toBeHidden();
    await expect(page).toHaveURL(/\?q=qwxzvbnmkj$/);
  });

  test('typing searches as you go, and the keyboard moves between the field and the results', async ({ page }) => {
    await page.goto('zoeken/');
    const field = searchField(page);
    await field.click();
    await page.keyboard.type('welkom');
    await expect(searchStatus(page)).toHaveText(/resultaten voor ‘welkom’/);
    const links = results(page).getByRole('link');
    expect(await links.count()).toBeGreaterThan(2);
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(field).toBeFocused();
    // Enter on a result opens it.
    await page.keyboard.press('ArrowDown');
    const target = await links.nth(0).getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target}$`));
  });

  test('the query is shown as text, never run as HTML', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const query = '<img src=x onerror=alert(1)>';
    await page.goto(`zoeken/?q=${encodeURIComponent(query)}`);
    await expect(searchField(page)).toHaveValue(query);
    await expect(searchStatus(page)).toContainText(`‘${query}’`);
    await searchField(page).fill('<b>welkom</b><script>alert(2)</script>');
    await expect(searchStatus(page)).toContainText('‘<b>welkom</b><script>alert(2)</script>’');
    await expect(page.locator('main img, main b, main script:not([type]), main [onerror]')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  for (const query of ['zzzqqq', 'aardappel', 'blablabla', 'welkom zzzqqq']) {
    test(`an unrelated query finds nothing: ${query}`, async ({ page }) => {
      await page.goto(`zoeken/?q=${encodeURIComponent(query)}`);
      await expect(searchStatus(page)).toHaveText(new RegExp(`^Geen resultaten voor ‘${query}’`));
      await expect(results(page)).toBeHidden();
    });
  }

  test('excerpts keep words apart and show content, not the reading time', async ({ page }) => {
    // The words of the issue: "vertrouwensrelatie.Grenzen", "benoemenVertrouwen", "HerschrijvenNiveau".
    for (const query of ['grenzen', 'welkom', 'vertrouwen']) {
      await page.goto(`zoeken/?q=${query}`);
      await expect(searchStatus(page)).toHaveText(new RegExp(`resultaten? voor ‘${query}’`));
      const excerpts = await results(page).locator('li p').allTextContents();
      expect(excerpts.length).toBeGreaterThan(0);
      for (const excerpt of excerpts) {
        expect(excerpt, `a glued word in "${excerpt}"`).not.toMatch(/\p{Ll}\p{Lu}|[.?!:;]\p{Lu}/u);
        expect(excerpt).not.toMatch(/minuten lezen/);
      }
    }
  });

  for (const query of ['spiegelen', 'welkomstritueel']) {
    test(`a concept word finds lessons and the glossary before exercises and trajectories: ${query}`, async ({ page }) => {
      await page.goto(`zoeken/?q=${query}`);
      await expect(searchStatus(page)).toHaveText(new RegExp(`resultaten? voor ‘${query}’`));
      const kinds = (await results(page).locator('.search-kind').allTextContents()).map((k) => k.trim());
      expect(kinds[0]).toBe('Les');
      // Practice (exercises, trajectories) comes after every lesson and the glossary.
      const practice = (kind: string) => kind === 'Oefening' || kind === 'Traject';
      const firstPractice = kinds.findIndex(practice);
      if (firstPractice >= 0) expect(kinds.slice(firstPractice).every(practice), kinds.join(', ')).toBe(true);
    });
  }

  test('text that every exercise repeats is not searchable', async ({ page }) => {
    // Every exercise page explains its criteria under "Waarom let de feedback hierop?".
    await page.goto('zoeken/?q=' + encodeURIComponent('Waarom let de feedback hierop'));
    await expect(searchStatus(page)).toHaveText(/voor ‘Waarom let de feedback hierop’/);
    expect(await results(page).locator('.search-kind').allTextContents()).not.toContain('Oefening');
  });

  test('shows five results with their excerpts and loads the next ten only when asked ("Meer resultaten")', async ({ page }) => {
    const fragments: string[] = [];
    page.on('request', (req) => {
      if (req.url().includes('/pagefind/fragment/')) fragments.push(req.url());
    });
    await page.goto('zoeken/?q=de');
    await expect(searchStatus(page)).toHaveText(/^\d+ resultaten voor ‘de’$/);
    const total = Number((await searchStatus(page).textContent())!.match(/^\d+/)![0]);
    expect(total).toBeGreaterThan(20);
    const links = results(page).getByRole('link');
    await expect(links).toHaveCount(5);
    expect(fragments.length).toBeLessThanOrEqual(5);
    const more = page.getByRole('button', { name: /^Meer resultaten/ });
    await expect(more).toHaveText(`Meer resultaten (nog ${total - 5})`);
    await more.click();
    await expect(links).toHaveCount(15);
    await expect(links.nth(5)).toBeFocused();
    await expect(more).toHaveText(`Meer resultaten (nog ${total - 15})`);
    expect(fragments.length).toBeLessThanOrEqual(15);
  });

  test('after a lesson, the header search shows the first five results with excerpts, and the keyboard reaches the next ones', async ({ page, baseURL }) => {
    await page.goto(LESSON);
    await page.waitForLoadState('networkidle');
    const header = page.getByRole('banner').getByRole('searchbox', { name: 'Zoek in de cursus' });
    await header.fill('welkom');
    await header.press('Enter');
    await expect(searchStatus(page)).toHaveText(/^\d+ resultaten voor ‘welkom’$/);
    const total = Number((await searchStatus(page).textContent())!.match(/^\d+/)![0]);
    expect(total).toBeGreaterThan(5);
    const items = results(page).getByRole('listitem');
    await expect(items).toHaveCount(5);
    for (const item of await items.all()) {
      await expect(item.getByRole('link')).toHaveAttribute('href', new RegExp(`^${new URL(baseURL!).pathname}`));
      await expect(item.locator('p mark').first()).toHaveText(/welkom/i);
    }
    // From the field, the arrow keys walk the five results; Tab then reaches "Meer resultaten".
    await searchField(page).focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    await expect(items.nth(4).getByRole('link')).toBeFocused();
    await page.keyboard.press('Tab');
    const more = page.getByRole('button', { name: `Meer resultaten (nog ${total - 5})` });
    await expect(more).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(items).toHaveCount(Math.min(total, 15));
    // Focus lands on the first new result, with its excerpt; the arrows go on from there.
    await expect(items.nth(5).getByRole('link')).toBeFocused();
    await expect(items.nth(5).locator('p')).not.toBeEmpty();
    await page.keyboard.press('ArrowUp');
    await expect(items.nth(4).getByRole('link')).toBeFocused();
  });

  test('a search after a lesson downloads each of pagefind’s files once and the details of five results, no more', async ({ page }) => {
    // Counted on a server of its own: what the lesson page loaded at the trainee's intent,
    // /zoeken/ only revalidates (304, no body), and that is no second download.
    const server = await serveStatic({ dir: 'dist', base: '/', port: 0 });
    const served: Array<{ path: string; status: number }> = [];
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      response.on('finish', () => served.push({ path: (request.url ?? '').split('?')[0]!, status: response.statusCode }));
    });
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      await page.goto(`${origin}/${LESSON}`);
      await page.waitForLoadState('networkidle');
      served.length = 0;
      const header = page.getByRole('banner').getByRole('searchbox', { name: 'Zoek in de cursus' });
      await header.click();
      await header.pressSequentially('welkom', { delay: 50 });
      await header.press('Enter');
      await expect(results(page).locator('mark').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      const downloads = served.filter(({ path, status }) => status === 200 && path.includes('/pagefind/')).map(({ path }) => path);
      const fragments = downloads.filter((path) => path.includes('/fragment/'));
      expect(fragments.length).toBeLessThanOrEqual(5);
      // pagefind asks for its entry file with a fresh ?ts= every time it starts (on the lesson, then on
      // /zoeken/): the one small file that says which index is current. Every other file comes once.
      const files = downloads.filter((path) => !path.endsWith('/pagefind-entry.json'));
      // pagefind itself: the script, its worker, the metadata, the wasm, an index chunk, the filter chunk.
      expect(files.length - fragments.length).toBeLessThanOrEqual(6);
      expect(files.filter((path, i) => files.indexOf(path) !== i), 'a file downloaded twice').toEqual([]);
    } finally {
      server.close();
    }
  });

  test('a search after a lesson costs at most 15 requests and 60 KB from Enter on (pagefind started at the intent)', async ({ page }) => {
    // Issue 17: 15 requests and 130 KB from Enter on, when pagefind only started on /zoeken/.
    const server = await serveStatic({ dir: 'dist', base: '/', port: 0 });
    const served: Array<{ path: string; status: number }> = [];
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      response.on('finish', () => served.push({ path: request.url ?? '', status: response.statusCode }));
    });
    /** What the server sent: gzip size of each file answered 200 (pagefind's files are gzip already); a 304 has no body. */
    const sentBytes = (path: string) => {
      let file = join('dist', decodeURIComponent(new URL(path, 'http://x').pathname));
      if (file.endsWith('/')) file = join(file, 'index.html');
      const data = readFileSync(file);
      return Math.min(data.length, gzipSync(data, { level: 9 }).length);
    };
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      await page.goto(`${origin}/${LESSON}`);
      await page.waitForLoadState('networkidle');
      const header = page.getByRole('banner').getByRole('searchbox', { name: 'Zoek in de cursus' });
      await header.click();
      await header.pressSequentially('welkom', { delay: 80 });
      await page.waitForLoadState('networkidle');
      served.length = 0;
      await header.press('Enter');
      await expect(results(page).locator('mark').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      const bytes = served.reduce((sum, { path, status }) => sum + (status === 200 ? sentBytes(path) : 0), 0);
      const list = served.map(({ path, status }) => `${status} ${path}`).join('\n');
      expect(served.length, list).toBeLessThanOrEqual(15);
      expect(bytes, list).toBeLessThanOrEqual(60 * 1024);
    } finally {
      server.close();
    }
  });

  test('on a lesson, focus on the header’s search field starts pagefind, typing loads the index, and the first search shows results', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (req) => {
      if (req.url().includes('/pagefind/')) loaded.push(new URL(req.url()).pathname);
    });
    await page.goto(LESSON);
    await page.waitForLoadState('networkidle');
    expect(loaded, 'nothing of the search before the trainee shows the intent').toEqual([]);
    const header = page.getByRole('banner').getByRole('searchbox', { name: 'Zoek in de cursus' });
    await header.focus();
    // The engine and its index metadata, before a single key is pressed.
    await expect.poll(() => loaded.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await expect.poll(() => loaded.some((path) => path.endsWith('.pf_meta'))).toBe(true);
    await page.keyboard.type('welkom', { delay: 50 });
    // The index chunk of the typed word, still before Enter.
    await expect.poll(() => loaded.some((path) => path.includes('/pagefind/index/'))).toBe(true);
    await expect(page).toHaveURL(new RegExp(`${LESSON}$`));
    await page.keyboard.press('Enter');
    await expect(searchStatus(page)).toHaveText(/^\d+ resultaten voor ‘welkom’$/);
    await expect(results(page).getByRole('listitem').first().locator('p mark').first()).toHaveText(/welkom/i);
  });

  test('focus on the search field loads pagefind and its index before the first keystroke', async ({ page }) => {
    const loaded: string[] = [];
    page.on('requestfinished', (req) => {
      if (req.url().includes('/pagefind/')) loaded.push(new URL(req.url()).pathname);
    });
    await page.goto('zoeken/');
    await page.waitForLoadState('networkidle');
    expect(loaded).toEqual([]);
    await searchField(page).focus();
    await expect.poll(() => loaded.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await expect.poll(() => loaded.some((path) => /\.pagefind$/.test(path))).toBe(true); // the wasm and the index metadata
    await expect.poll(() => loaded.some((path) => path.includes('/pagefind/index/') || path.endsWith('.pf_meta'))).toBe(true);
  });

  test('pagefind loads only when the trainee searches', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (req) => {
      if (req.url().includes('/pagefind/')) loaded.push(req.url());
    });
    await page.goto(LESSON);
    await page.waitForLoadState('networkidle');
    await page.goto('zoeken/');
    await page.waitForLoadState('networkidle');
    expect(loaded).toEqual([]);
    await searchField(page).fill('klik');
    await expect(searchStatus(page)).toHaveText(/voor ‘klik’/);
    expect(loaded.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  test('says search is unavailable when the index cannot be loaded, and tries again later', async ({ page }) => {
    let blocked = true;
    await page.route('**/pagefind/**', (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
    await page.goto('zoeken/?q=welkom');
    await expect(searchStatus(page)).toContainText('Zoeken is nu niet beschikbaar');
    await expect(searchStatus(page)).toHaveAttribute('data-state', 'error');
    blocked = false;
    await searchField(page).fill('welkomstritueel');
    await expect(searchStatus(page)).toHaveText(/resultaten? voor ‘welkomstritueel’/);
  });
});
