import { expect, type BrowserContext, type Page } from '@playwright/test';
import { criteriaOf, exerciseWhere } from './exercises.ts';

/**
 * The offline scenario, shared by the offline spec (plain static server) and
 * the hosting spec (the shipped nginx and Apache configurations): after one
 * online visit, every lesson, search and an exercise with its feedback work
 * offline, a lesson address without its trailing slash opens the stored page,
 * and a page that was never stored gives the offline page.
 * The context must allow service workers; `baseURL` is the course's address.
 */

/** Waits until the service worker has precached everything and controls the page. */
export async function waitForOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
  });
}

/** An exercise whose salutation the offline judge must recognise. */
const exercise = exerciseWhere('an exercise with the salutation criterion', (e) => criteriaOf(e).includes('salutation'));

export async function checkWorksOffline(page: Page, context: BrowserContext, baseURL: string): Promise<void> {
  const base = new URL(baseURL);
  await page.goto(base.href);
  await waitForOfflineReady(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(base.href);

  const lessons = [
    ...new Set(
      await page
        .getByRole('main')
        .locator('a[href*="lessen/"]')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname)),
    ),
  ];
  expect(lessons.length).toBeGreaterThan(1);

  const exercisePath = `${base.pathname}oefeningen/${exercise.id}/`;
  await page.goto(new URL('oefeningen/', base).href);
  await expect(page.getByRole('main').locator(`a[href="${exercisePath}"]`).first()).toBeVisible();

  await context.setOffline(true);

  for (const lesson of lessons) {
    expect(lesson.startsWith(base.pathname), `${lesson} is under the base path`).toBe(true);
    const response = await page.goto(new URL(lesson, base).href);
    expect(response?.ok(), `${lesson} offline`).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Je bent offline' })).toHaveCount(0);
  }

  // A lesson's address without its trailing slash (typed, or an old bookmark)
  // is redirected to the stored page, as the host would do online.
  const withoutSlash = lessons[0]!.replace(/\/$/, '');
  const redirected = await page.goto(new URL(withoutSlash, base).href);
  expect(redirected?.ok(), `${withoutSlash} offline`).toBe(true);
  expect(new URL(page.url()).pathname).toBe(lessons[0]);
  await expect(page.getByRole('heading', { level: 1, name: 'Je bent offline' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Search, with the index from the precache.
  await page.goto(new URL('zoeken/?q=welkom', base).href);
  const status = page.locator('[data-search-status]');
  await expect(status).toHaveText(/^\d+ resultaten voor ‘welkom’$/);
  // Lessons and the glossary before exercises and trajectories, offline too (the filter chunk is precached).
  const resultList = page.getByRole('list', { name: 'Zoekresultaten' });
  const more = page.getByRole('button', { name: /^Meer resultaten/ });
  while (await more.isVisible()) {
    const shown = await resultList.getByRole('listitem').count();
    await more.click();
    await expect(resultList.getByRole('listitem')).not.toHaveCount(shown);
  }
  const kinds = (await resultList.locator('.search-kind').allTextContents()).map((kind) => kind.trim());
  const practice = (kind: string) => kind === 'Oefening' || kind === 'Traject';
  expect(kinds.some(practice), kinds.join(', ')).toBe(true);
  expect(kinds.slice(kinds.findIndex(practice)).every(practice), kinds.join(', ')).toBe(true);
  const firstResult = page.getByRole('list', { name: 'Zoekresultaten' }).getByRole('link').first();
  expect(await firstResult.evaluate((a) => (a as HTMLAnchorElement).pathname)).toMatch(new RegExp(`^${base.pathname}(lessen|oefeningen|begrippen)/`));
  await firstResult.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(new URL(page.url()).pathname.startsWith(base.pathname)).toBe(true);

  // The header's search on a lesson: pagefind starts at the focus, from the precache, and the
  // first results the lesson found show on /zoeken/; "Meer resultaten" starts pagefind there.
  await page.goto(new URL(lessons[1] ?? lessons[0]!, base).href);
  const header = page.getByRole('banner').getByRole('searchbox', { name: 'Zoek in de cursus' });
  await header.click();
  await header.pressSequentially('welkom', { delay: 50 });
  await header.press('Enter');
  await expect(status).toHaveText(/^\d+ resultaten voor ‘welkom’$/);
  await expect(resultList.getByRole('listitem')).toHaveCount(5);
  await more.click();
  await expect(resultList.getByRole('listitem')).not.toHaveCount(5);

  // An exercise, with its feedback: the judge and its criteria come from the precache too.
  await page.goto(new URL(exercisePath, base).href);
  const reply = page.locator('textarea[name="reply"]');
  await reply.fill(`Beste ${exercise.client.name},\n\nDank je wel voor je bericht. Hoe gaat het nu met je?`);
  await expect(page.locator('[data-criterion="salutation"][data-status="met"]')).toHaveCount(1);

  // A page that was never stored: the offline page.
  const response = await page.goto(new URL('lessen/bestaat-niet/', base).href);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Je bent offline' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: /cursusoverzicht/ })).toHaveAttribute('href', base.pathname);

  await context.setOffline(false);
}
