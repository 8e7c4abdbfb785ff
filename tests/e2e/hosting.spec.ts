import { test, expect, type Browser } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HOSTED_BASE, HOSTED_BUILD, startApache, startNginx, type RunningHost } from './lib/hosts.ts';
import { checkWorksOffline } from './lib/offline-check.ts';
import { violations, watchPolicy } from './lib/csp.ts';

/**
 * The hosting examples we ship, run with the real servers (Debian's nginx and
 * apache2) on a loopback port, serving the /cursus/ build: content types,
 * cache and security headers, redirects and the 404 page, a walk through the
 * course in Chromium, and the offline test. Runs once (root project); it reads
 * the /cursus/ build itself.
 */

const YEAR = /max-age=31536000/;
const firstIn = (dir: string, pattern: RegExp) => {
  const name = readdirSync(join(HOSTED_BUILD, dir)).sort().find((f) => pattern.test(f));
  if (!name) throw new Error(`No file like ${pattern} in ${HOSTED_BUILD}/${dir}`);
  return `${dir}/${name}`;
};
const JS = /^(text|application)\/javascript/;

/** What each kind of file must be served as: path under the base, type, whether it is cached for a year. */
function expectedFiles(): Array<{ path: string; type: RegExp; year: boolean }> {
  const lesson = readdirSync(join(HOSTED_BUILD, 'lessen')).sort()[0];
  return [
    { path: '', type: /^text\/html/, year: false },
    { path: `lessen/${lesson}/`, type: /^text\/html/, year: false },
    { path: '404.html', type: /^text\/html/, year: false },
    { path: 'sw.js', type: JS, year: false },
    { path: 'manifest.webmanifest', type: /^application\/manifest\+json/, year: false },
    { path: firstIn('_astro', /\.js$/), type: JS, year: true },
    { path: firstIn('_astro', /\.css$/), type: /^text\/css/, year: true },
    { path: 'pagefind/pagefind.js', type: JS, year: false },
    { path: 'pagefind/pagefind-worker.js', type: JS, year: false },
    { path: 'favicon.svg', type: /^image\/svg\+xml/, year: false },
    { path: firstIn('icons', /\.png$/), type: /^image\/png/, year: false },
  ];
}

function securityProblems(url: string, headers: Headers): string[] {
  const problems: string[] = [];
  const csp = headers.get('content-security-policy') ?? '';
  if (!/(^|;)\s*frame-ancestors 'none'\s*(;|$)/.test(csp)) problems.push(`${url}: Content-Security-Policy "${csp}" lacks frame-ancestors 'none'`);
  if (headers.get('x-content-type-options') !== 'nosniff') problems.push(`${url}: X-Content-Type-Options is "${headers.get('x-content-type-options')}"`);
  if (headers.get('referrer-policy') !== 'no-referrer') problems.push(`${url}: Referrer-Policy is "${headers.get('referrer-policy')}"`);
  return problems;
}

/** Opens a few pages as a trainee would, under the content security policy. */
async function walk(browser: Browser, baseURL: string): Promise<void> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
  });
  await watchPolicy(page);
  try {
    await page.goto('');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const lesson = await page.getByRole('main').locator('a[href*="lessen/"]').first().getAttribute('href');
    await page.goto(lesson!);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[data-mark-as-read] button')).toBeVisible();
    problems.push(...(await violations(page)));

    await page.goto('oefeningen/');
    // A writing exercise (a "choose the best reply" exercise has no editor).
    const exercise = await page
      .getByRole('main')
      .locator('[data-kind]:not([data-kind="best-reply"]) a[href*="oefeningen/"]')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname).find((p) => /\/oefeningen\/[^/]+\/$/.test(p)));
    await page.goto(exercise!);
    const editor = page.locator('textarea[name="reply"]');
    await editor.fill('');
    await editor.pressSequentially('Hallo,\n\nWat fijn dat je schrijft. Hoe gaat het nu?', { delay: 2 });
    await expect(page.locator('[data-criterion][data-status]').first()).toBeVisible();
    problems.push(...(await violations(page)));

    await page.goto('zoeken/?q=welkom');
    await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ resultaten voor ‘welkom’$/);
    problems.push(...(await violations(page)));

    await page.goto('voortgang/');
    await expect(page.locator('[data-export]')).toBeVisible();
    problems.push(...(await violations(page)));
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
}

const HOSTS: Array<{ name: string; config: string; start: () => Promise<RunningHost> }> = [
  { name: 'nginx', config: 'deploy/nginx.conf', start: startNginx },
  { name: 'Apache', config: 'deploy/apache.htaccess', start: startApache },
];

for (const { name, config, start } of HOSTS) {
  test.describe(`${name} with ${config}`, () => {
    test.describe.configure({ mode: 'default' });
    let host: RunningHost | undefined;
    const url = (path: string) => `${host!.origin}${HOSTED_BASE}${path}`;

    test.beforeAll(async () => {
      host = await start();
    });
    test.afterAll(async () => {
      await host?.stop();
    });

    test('serves every kind of file with its type, cache and security headers', async () => {
      const problems: string[] = [];
      for (const { path, type, year } of expectedFiles()) {
        const response = await fetch(url(path), { redirect: 'manual' });
        await response.arrayBuffer();
        const contentType = response.headers.get('content-type') ?? '(none)';
        const cache = response.headers.get('cache-control') ?? '(none)';
        if (response.status !== 200) problems.push(`${path}: status ${response.status}`);
        if (!type.test(contentType)) problems.push(`${path}: Content-Type "${contentType}", expected ${type}`);
        if (year && !(YEAR.test(cache) && /immutable/.test(cache))) problems.push(`${path}: Cache-Control "${cache}", expected a year, immutable`);
        if (!year && cache !== 'no-cache') problems.push(`${path}: Cache-Control "${cache}", expected no-cache`);
        problems.push(...securityProblems(path, response.headers));
      }
      expect(problems, host!.log()).toEqual([]);
    });

    test('redirects to the trailing slash and answers a missing page with the course 404 page', async () => {
      const base = await fetch(`${host!.origin}${HOSTED_BASE.slice(0, -1)}`, { redirect: 'manual' });
      expect(base.status).toBe(301);
      expect(new URL(base.headers.get('location')!, host!.origin).pathname).toBe(HOSTED_BASE);

      const lesson = readdirSync(join(HOSTED_BUILD, 'lessen')).sort()[0];
      const withoutSlash = await fetch(url(`lessen/${lesson}`), { redirect: 'manual' });
      expect(withoutSlash.status).toBe(301);
      expect(new URL(withoutSlash.headers.get('location')!, host!.origin).pathname).toBe(`${HOSTED_BASE}lessen/${lesson}/`);

      const missing = await fetch(url('lessen/bestaat-niet/'), { redirect: 'manual' });
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await missing.text()).toContain('Deze pagina bestaat niet');
      expect(securityProblems('404', missing.headers)).toEqual([]);
    });

    test('a trainee walks the course under the content security policy', async ({ browser }) => {
      await walk(browser, url(''));
    });

    test('after one visit the course works offline', async ({ browser }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ serviceWorkers: 'allow' });
      try {
        await checkWorksOffline(await context.newPage(), context, url(''));
      } finally {
        await context.close();
      }
    });
  });
}
