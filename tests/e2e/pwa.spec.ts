import { test, expect, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { serveStatic } from '../../scripts/lib/static-server.mjs';

/** Installable app: manifest, icons, installability, and the update prompt. */

interface Manifest {
  name: string;
  short_name: string;
  description: string;
  lang: string;
  start_url: string;
  scope: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: Array<{ src: string; sizes: string; type: string; purpose?: string }>;
}

async function waitForController(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
  });
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(data: Buffer): { width: number; height: number } {
  expect(data.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

test('the manifest is Dutch, follows the base path and has 192 and 512 icons, also maskable', async ({ page, request, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  await page.goto('');
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestHref).toBe(`${base}manifest.webmanifest`);
  await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveCount(1);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
  await expect(page.locator('meta[name="theme-color"][media*="light"]')).toHaveCount(1);
  await expect(page.locator('meta[name="theme-color"][media*="dark"]')).toHaveCount(1);

  const response = await request.get('manifest.webmanifest');
  expect(response.ok()).toBe(true);
  const manifest = (await response.json()) as Manifest;
  expect(manifest.lang).toBe('nl');
  expect(manifest.name).toContain('Klik');
  expect(manifest.name).toMatch(/relatie|begeleiding/); // Dutch, from course.config.ts
  expect(manifest.description).toMatch(/cursus/);
  expect(manifest.start_url).toBe(base);
  expect(manifest.scope).toBe(base);
  expect(manifest.display).toBe('standalone');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toBe('#fbfaf7');

  for (const size of [192, 512]) {
    for (const purpose of ['any', 'maskable']) {
      const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}` && (i.purpose ?? 'any').split(' ').includes(purpose));
      expect(icon, `a ${size} icon for "${purpose}"`).toBeDefined();
      expect(icon!.type).toBe('image/png');
      expect(icon!.src.startsWith(base)).toBe(true);
      const png = await request.get(new URL(icon!.src, baseURL).href);
      expect(png.ok()).toBe(true);
      expect(pngSize(await png.body())).toEqual({ width: size, height: size });
    }
  }
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('Chromium reports no installability errors', async ({ playwright, launchOptions, baseURL }) => {
    // A normal (persistent) profile: Playwright's usual contexts count as incognito, where nothing installs.
    const userDataDir = mkdtempSync(join(tmpdir(), 'klik-install-'));
    const context = await playwright.chromium.launchPersistentContext(userDataDir, { ...launchOptions, baseURL, serviceWorkers: 'allow' });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto('');
      await waitForController(page);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: Array<{ errorId: string }>;
      };
      expect(installabilityErrors).toEqual([]);
    } finally {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });

  test('a new version is offered, and taken only when the trainee chooses to refresh', async ({ page }) => {
    test.setTimeout(90_000);
    const { dist, base } = test.info().project.metadata as { dist: string; base: string };
    const dir = mkdtempSync(join(tmpdir(), 'klik-update-'));
    cpSync(dist, dir, { recursive: true });
    const server = await serveStatic({ dir, base, port: 0 });
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      await page.goto(`${origin}${base}`);
      await waitForController(page);
      const banner = page.getByText('Er is een nieuwe versie');
      await expect(banner).toBeHidden(); // the first install asks nothing
      await page.evaluate(() => localStorage.setItem('klik:pwa-test', 'bewaard'));

      // Deploy a new version: a changed overview page, with its new revision in sw.js.
      const indexFile = join(dir, 'index.html');
      writeFileSync(indexFile, readFileSync(indexFile, 'utf8').replace('<head>', '<head><meta name="klik-test-version" content="2">'));
      const swFile = join(dir, 'sw.js');
      const sw = readFileSync(swFile, 'utf8');
      const entry = new RegExp(`(\\{url:"${base}index\\.html",revision:")[0-9a-f]+(")`);
      expect(sw).toMatch(entry);
      writeFileSync(swFile, `${sw.replace(entry, '$1test-version-2$2')}\n// test: version 2\n`);

      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration!.update();
      });
      await expect(banner).toBeVisible({ timeout: 30_000 });
      // Until the trainee chooses, the page stays on the old version.
      await expect(page.locator('meta[name="klik-test-version"]')).toHaveCount(0);
      const button = page.getByRole('button', { name: 'Vernieuwen' });
      await expect(button).toBeVisible();
      const axe = await new AxeBuilder({ page }).include('[data-pwa-update]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);

      const reloaded = page.waitForEvent('framenavigated');
      await button.click();
      await reloaded;
      await page.waitForLoadState('load');
      await expect(page.locator('meta[name="klik-test-version"]')).toHaveCount(1);
      await expect(banner).toBeHidden();
      const state = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return {
          controlled: navigator.serviceWorker.controller !== null,
          waiting: registration?.waiting !== null,
          stored: localStorage.getItem('klik:pwa-test'),
        };
      });
      expect(state).toEqual({ controlled: true, waiting: false, stored: 'bewaard' });
      // One cache for the course, under its own name, updated in place.
      expect(await page.evaluate(() => caches.keys())).toEqual([`klik-precache-v2-${origin}${base}`]);
    } finally {
      await page.context().close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
