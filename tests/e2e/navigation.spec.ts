import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS } from './lib/page-check.ts';

/**
 * Navigation and look (issue 14, items 6–10): the main sections in the header,
 * the phone menu, the on-page table of contents of long lessons, "Ga verder"
 * only when there is somewhere to continue, the theme choice without a flash,
 * the footer, the glossary's letter tiles, one search box on /zoeken/, the
 * /over/ tables on a phone and the reading typography.
 */
const LESSON = 'lessen/het-welkomstritueel/';
const SECTIONS = ['Lessen', 'Oefeningen', 'Trajecten', 'Begrippen', 'Bronnen', 'Voortgang', 'Zoeken'];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const siteNav = (page: Page) => page.locator('nav[data-site-nav]');

async function axeViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test.describe('the main sections', () => {
  test('are in the header at 1280×800, all in view, and each opens its page', async ({ page, request, baseURL }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto(LESSON);
    const nav = siteNav(page);
    await expect(nav).toBeVisible();
    await expect(nav.getByRole('link')).toHaveText(SECTIONS);
    for (const link of await nav.getByRole('link').all()) {
      await expect(link).toBeInViewport();
      const href = await link.getAttribute('href');
      const response = await request.get(new URL(href!, baseURL).href);
      expect(response.status(), `${href} answers`).toBe(200);
    }
    // The lesson belongs to "Lessen"; scrolled down, the header stays in view.
    await expect(nav.getByRole('link', { name: 'Lessen' })).toHaveAttribute('aria-current', 'true');
    await page.mouse.wheel(0, 3000);
    await expect(nav.getByRole('link', { name: 'Oefeningen' })).toBeInViewport();
  });

  test('mark the page shown as current', async ({ page }) => {
    await page.goto('begrippen/');
    await expect(siteNav(page).getByRole('link', { name: 'Begrippen' })).toHaveAttribute('aria-current', 'page');
    await expect(siteNav(page).locator('[aria-current]')).toHaveCount(1);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`on a phone sit behind one "Menu" button, closed by Escape and by a tap elsewhere (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(PHONE);
      await page.goto(LESSON);
      const menu = page.getByRole('button', { name: 'Menu' });
      await expect(siteNav(page)).toBeHidden();
      await menu.click();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      await expect(siteNav(page).getByRole('link')).toHaveText(SECTIONS);
      await expect(siteNav(page).getByRole('link', { name: 'Lessen' })).toBeFocused();
      await expect(page.getByRole('group', { name: 'Thema' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.locator('article h1').click();
      await expect(siteNav(page)).toBeHidden();
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
    });
  }
});

test.describe('the on-page table of contents', () => {
  test('lists a long lesson’s sections beside it on a wide screen and marks the section in view', async ({ page, baseURL }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto(LESSON);
    const toc = page.getByRole('navigation', { name: 'Op deze pagina' });
    await expect(toc).toBeVisible();
    const headings = await page.locator('article.lesson .lesson-header ~ h2').allTextContents();
    expect(headings.length).toBeGreaterThanOrEqual(3);
    const links = toc.getByRole('link');
    const texts = await links.allTextContents();
    for (const heading of headings) expect(texts).toContain(heading.trim());
    // In the right-hand column: beside the lesson text, not under it.
    const article = (await page.locator('article.lesson').boundingBox())!;
    const box = (await toc.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(article.x + article.width);
    expect(box.y).toBeLessThan(article.y + 200);
    // Going to a later section keeps the table in view and marks that section's link.
    const last = toc.locator(':scope > ol > li > a').last();
    const target = (await last.getAttribute('href'))!;
    await last.click();
    await expect(page).toHaveURL(new URL(`${LESSON}${target}`, baseURL).href);
    await expect(toc).toBeInViewport();
    await expect.poll(() => last.evaluate((a) => a.matches(':target-current'))).toBe(true);
    expect(await toc.locator('a').evaluateAll((all) => all.filter((a) => a.matches(':target-current')).length)).toBe(1);
  });

  test('is left out on a phone, where the lesson takes the width', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(LESSON);
    await expect(page.getByRole('navigation', { name: 'Op deze pagina' })).toBeHidden();
  });
});

test.describe('"Ga verder waar je was"', () => {
  test('is not offered to someone who has not started, and leads back once there is somewhere to continue', async ({ page, baseURL }) => {
    await page.goto('');
    await expect(page.getByRole('link', { name: 'Begin bij les 1' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Ga verder waar je was' })).toBeHidden();
    await page.goto(LESSON);
    await expect(page.locator('[data-mark-as-read] button')).toBeVisible();
    await page.goto('');
    const link = page.getByRole('link', { name: 'Ga verder waar je was' });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(new URL(LESSON, baseURL).href);
  });
});

test.describe('the theme', () => {
  test('a dark choice shows from the first paint, before any module script runs', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript(() => localStorage.setItem('klik:theme', 'dark'));
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto('');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(21, 23, 26)');
  });

  test('a lesson has no accessibility violations with the dark choice made', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize(DESKTOP);
    await page.goto(LESSON);
    await page.getByRole('group', { name: 'Thema' }).getByRole('radio', { name: 'Donker' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('look', () => {
  test('the footer does not repeat the course name ("Klik · Klik")', async ({ page }) => {
    await page.goto('');
    const footer = page.getByRole('contentinfo');
    await expect(footer).toBeVisible();
    expect(await footer.textContent()).not.toMatch(/Klik\s*·\s*Klik/);
  });

  test('the glossary’s letter tiles sit on one line, A with B to Z', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto('begrippen/');
    const tiles = page.getByRole('navigation', { name: 'Begrippen per letter' }).getByRole('link');
    const tops = await tiles.evaluateAll((all) => all.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(tops.length).toBeGreaterThan(3);
    const firstRow = tops.filter((t) => t < tops[0]! + 20);
    expect(new Set(firstRow)).toEqual(new Set([tops[0]]));
  });

  test('/zoeken/ on a phone shows one search box', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('zoeken/');
    const boxes = page.getByRole('searchbox');
    const visible = await boxes.evaluateAll((all) => all.filter((el) => (el as HTMLElement).offsetParent !== null).length);
    expect(visible).toBe(1);
    await expect(page.getByRole('main').getByRole('searchbox', { name: 'Zoek in de cursus' })).toBeVisible();
  });

  test('/over/ on a phone needs no sideways scrolling, its field table included', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('over/');
    const table = page.getByRole('region', { name: 'De velden van een oefenbestand' });
    await table.scrollIntoViewIfNeeded();
    await expect(table).toBeVisible();
    expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // Each cell still says which column it is.
    await expect(table.locator('td').first()).toHaveAttribute('data-label', 'Veld');
  });

  test('a lesson reads at a calm measure, and the course overview’s lesson links are quiet', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto(LESSON);
    const perLine = await page.locator('article.lesson > p').first().evaluate((p) => {
      const probe = document.createElement('span');
      probe.textContent = 'de cliënt voelt zich welkom en gezien, ook op afstand. '.repeat(4);
      probe.style.whiteSpace = 'nowrap';
      p.append(probe);
      const perChar = probe.getBoundingClientRect().width / probe.textContent.length;
      probe.remove();
      return p.getBoundingClientRect().width / perChar;
    });
    expect(perLine).toBeGreaterThanOrEqual(60);
    expect(perLine).toBeLessThanOrEqual(80);
    await page.goto('');
    const link = page.locator('.lesson-list a').first();
    const style = await link.evaluate((a) => {
      const s = getComputedStyle(a);
      return { weight: Number(s.fontWeight), line: s.textDecorationLine };
    });
    expect(style.weight).toBeLessThan(600);
    expect(style.line).toBe('none');
  });
});
