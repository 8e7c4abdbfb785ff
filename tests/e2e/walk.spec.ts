import { test, expect, type Page } from '@playwright/test';
import { checkPage } from './lib/page-check.ts';
import { builtPagePolicyProblems, pagePolicy, policyProblems, violations, watchPolicy } from './lib/csp.ts';
import { builtPages, readBuiltPage } from '../../scripts/lib/built-pages.ts';

/**
 * Checks that hold for every built page, found by walking the build output (not
 * a hand-kept list). Runs in the `root` and the `cursus` (sub-path) projects.
 */
const pages = builtPages();

test('the build has the course pages', () => {
  for (const required of ['', 'oefeningen/', 'voortgang/', 'zoeken/', 'begrippen/', 'bronnen/', 'over/', '404.html']) {
    expect(pages, `page "/${required}" is missing from the build`).toContain(required);
  }
  expect(pages.filter((p) => p.startsWith('lessen/')).length).toBeGreaterThan(1);
});

test('every page has a unique title', () => {
  const seen = new Map<string, string>();
  for (const path of pages) {
    const title = /<title>([^<]*)<\/title>/.exec(readBuiltPage(path))?.[1]?.trim() ?? '';
    expect(title, `/${path} has no <title>`).not.toBe('');
    expect(seen.get(title), `/${path} has the same title as /${seen.get(title)}: "${title}"`).toBeUndefined();
    seen.set(title, path);
  }
});

test('every built page carries the policy first, with the hash of each inline script and style and no other', () => {
  const dist = String(test.info().project.metadata.dist);
  const problems = builtPages(dist).flatMap((path) => builtPagePolicyProblems(readBuiltPage(path, dist), path));
  expect(problems).toEqual([]);
});

for (const path of pages) {
  test(`page /${path} is Dutch, accessible and self-contained`, async ({ page, baseURL }) => {
    await checkPage(page, path, baseURL!, 'light');
  });
}

test('every internal link, fragment and asset resolves', async ({ request, baseURL }) => {
  const base = new URL(baseURL!);
  const checked = new Map<string, Promise<{ status: number; body: string }>>();
  const fetchOnce = (url: string) => {
    if (!checked.has(url)) {
      checked.set(
        url,
        request.get(url).then(async (res) => ({
          status: res.status(),
          body: (res.headers()['content-type'] ?? '').includes('text/html') ? await res.text() : '',
        })),
      );
    }
    return checked.get(url)!;
  };
  const problems: string[] = [];
  const dist = String(test.info().project.metadata.dist);
  for (const path of pages) {
    const pageUrl = new URL(path, base);
    const html = readBuiltPage(path, dist);
    const refs = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
    for (const ref of refs) {
      if (/^(mailto:|tel:|data:|javascript:)/.test(ref)) continue;
      const target = new URL(ref, pageUrl);
      if (target.origin !== base.origin) {
        problems.push(`/${path} links to another origin: ${ref}`);
        continue;
      }
      if (!target.pathname.startsWith(base.pathname)) {
        problems.push(`/${path} links outside the base path ${base.pathname}: ${ref}`);
        continue;
      }
      const { status, body } = await fetchOnce(target.origin + target.pathname + target.search);
      if (status !== 200) problems.push(`/${path} → ${ref} answers ${status}`);
      else if (target.hash.length > 1 && body) {
        const id = decodeURIComponent(target.hash.slice(1));
        if (!body.includes(`id="${id}"`)) problems.push(`/${path} → ${ref}: no element with id "${id}"`);
      }
    }
  }
  expect(problems).toEqual([]);
});

/**
 * The interactive parts, used as a trainee would, under the content security
 * policy: no `securitypolicyviolation` may occur on the way.
 */
test.describe('under the content security policy', () => {
  /** Opens a page with the policy watched; returns the list its uncaught errors go to. */
  async function open(page: Page, path: string): Promise<string[]> {
    await watchPolicy(page);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(path);
    expect(policyProblems(await pagePolicy(page), path)).toEqual([]);
    return errors;
  }

  test('an exercise gives feedback while the trainee types', async ({ page }) => {
    const errors = await open(page, 'oefeningen/');
    // A writing exercise (a "choose the best reply" exercise has no editor).
    const exercise = await page
      .getByRole('main')
      .locator('[data-kind]:not([data-kind="best-reply"]) a[href*="oefeningen/"]')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname).find((p) => /\/oefeningen\/[^/]+\/$/.test(p)));
    expect(exercise, 'an exercise link on the exercises page').toBeTruthy();
    await page.goto(exercise!);
    const editor = page.locator('textarea[name="reply"]');
    await expect(editor).toBeVisible();
    const label = await editor.evaluate((el) => (el as HTMLTextAreaElement).labels?.[0]?.textContent ?? '');
    const client = /Jouw bericht aan (.+)/.exec(label)?.[1]?.trim();
    expect(client, 'the client name in the editor label').toBeTruthy();
    await editor.fill('');
    await editor.pressSequentially(`Beste ${client},\n\nWat fijn dat je schrijft. Hoe gaat het nu met je?\n\nHartelijke groet,\nTamara`, { delay: 2 });
    await expect(page.locator('[data-criterion="salutation"][data-status="met"]')).toHaveCount(1);
    await expect(page.locator('.text[aria-label="Je tekst met markeringen"] mark').first()).toBeVisible();
    await page.getByRole('button', { name: 'Poging bewaren' }).click();
    await expect(page.getByRole('button', { name: /voorbeeldantwoord/ })).toBeEnabled();
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a search finds and shows results', async ({ page }) => {
    const errors = await open(page, 'zoeken/');
    await page.getByRole('main').getByLabel('Zoek in de cursus').pressSequentially('welkom', { delay: 20 });
    await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ resultaten voor ‘welkom’$/);
    await expect(page.getByRole('list', { name: 'Zoekresultaten' }).locator('mark').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the progress page shows progress, exports and reads an import', async ({ page }) => {
    const errors = await open(page, 'voortgang/');
    const state = { version: 2, lessons: { 'het-welkomstritueel': { readAt: '2025-03-01T09:00:00.000Z' } }, exercises: {} };
    await page.evaluate((value) => localStorage.setItem('klik:progress', value), JSON.stringify(state));
    await page.reload();
    await expect(page.locator('[data-lesson-status="het-welkomstritueel"]')).toHaveAttribute('data-read', 'true');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export]').click()]);
    await page.locator('[data-import-input]').setInputFiles(await download.path());
    await expect(page.locator('[data-import-preview]')).toContainText('1 les gelezen');
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
