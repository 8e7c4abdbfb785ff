import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS } from './lib/page-check.ts';
import { klikEntries, storedProgress } from './lib/progress-state.ts';
import { CURRENT_VERSION } from '../../src/lib/progress/version.ts';

/**
 * Progress that lasts: storage, notices, the progress page, export/import,
 * the portfolio and the trainer view. Relative URLs (no leading slash) so the
 * same test works under a sub-path.
 */

/** Where earlier versions kept the whole state: seeding it also tests the migration to items. */
const KEY = 'klik:progress';
const LESSON = 'het-welkomstritueel';
const OTHER_LESSON = 'ethische-normen';

const at = (day: number) => `2025-03-${String(day).padStart(2, '0')}T09:00:00.000Z`;
const SCRIPT_TEXT = 'Beste Sanne, <script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">';

/** A state with something of everything, including markup in trainee text. */
const seeded = {
  version: 2,
  lessons: { [LESSON]: { readAt: at(1) }, [OTHER_LESSON]: { readAt: at(2) } },
  exercises: {
    'oefening-uit-het-bestand': {
      attempts: [
        { at: at(3), text: 'Hoi', statuses: { salutation: 'missing', tone: 'met' } },
        { at: at(4), text: SCRIPT_TEXT, statuses: { salutation: 'met', tone: 'met' } },
      ],
      reflection: { text: 'Ik merk dat een persoonlijke aanhef veel doet.', at: at(5) },
    },
  },
  lastVisited: { path: `lessen/${OTHER_LESSON}/`, title: 'Ethische normen', at: at(5) },
};

/** A state as this version stores it: migrated to the current version, nothing else changed. */
const current = <T extends object>(state: T) => ({ ...state, version: CURRENT_VERSION });

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

async function stored(page: Page): Promise<unknown> {
  return storedProgress(page);
}

async function seed(page: Page, state: unknown): Promise<void> {
  await page.goto('voortgang/');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, JSON.stringify(state)]);
  await page.reload();
}

const markButton = (page: Page) => page.locator('[data-mark-as-read] button');

test('a lesson marked read survives a reload and a new browser context', async ({ page, browser }) => {
  const errors = collectErrors(page);
  await page.goto(`lessen/${LESSON}/`);
  await expect(markButton(page)).toHaveText('Markeer als gelezen');
  await markButton(page).click();
  await expect(page.locator('[data-mark-as-read]')).toContainText('Gelezen op');
  await expect(markButton(page)).toHaveText('Markeer als ongelezen');
  await expect(markButton(page)).toBeFocused();
  await expect(page.locator(`[data-lesson-link="${LESSON}"]`)).toHaveAttribute('data-read', 'true');

  await page.reload();
  await expect(page.locator('[data-mark-as-read]')).toContainText('Gelezen op');
  await expect(page.locator(`[data-lesson-link="${LESSON}"]`)).toHaveAttribute('data-read', 'true');
  await expect(page.locator(`[data-lesson-link="${LESSON}"] .toc-read`)).toHaveText(' (gelezen)');

  const state = await page.context().storageState();
  const context = await browser.newContext({ storageState: state });
  const again = await context.newPage();
  await again.goto('voortgang/');
  await expect(again.locator(`[data-lesson-status="${LESSON}"]`)).toHaveAttribute('data-read', 'true');
  await expect(again.locator('[data-continue-link]')).toHaveText('Het welkomstritueel');
  await expect(again.locator('[data-continue-link]')).toHaveAttribute('href', new RegExp(`lessen/${LESSON}/$`));
  await context.close();

  // Undo.
  await markButton(page).click();
  await expect(markButton(page)).toHaveText('Markeer als gelezen');
  expect((await stored(page)) as { lessons: object }).toMatchObject({ lessons: {} });
  expect(errors).toEqual([]);
});

test('reaching the end of a lesson marks it read', async ({ page }) => {
  await page.goto(`lessen/${LESSON}/`);
  await expect(markButton(page)).toHaveText('Markeer als gelezen');
  await page.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-mark-as-read]')).toContainText('Gelezen op');
  expect(await stored(page)).toMatchObject({ lessons: { [LESSON]: { readAt: expect.any(String) } } });
});

test('corrupt storage shows the notice, keeps the backup and recovers', async ({ page }) => {
  const errors = collectErrors(page);
  await page.addInitScript((key) => {
    if (sessionStorage.getItem('test:corrupted')) return;
    sessionStorage.setItem('test:corrupted', '1');
    localStorage.setItem(key, '{not json');
  }, KEY);
  await page.goto(`lessen/${LESSON}/`);
  const notice = page.locator('[data-storage-notice="recovered"]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Je voortgang is hersteld');

  const backups = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('klik:progress:backup:'))
      .map((k) => [k, localStorage.getItem(k)]),
  );
  expect(backups).toHaveLength(1);
  expect(backups[0]?.[1]).toBe('{not json');
  expect(backups[0]?.[0]).toMatch(/^klik:progress:backup:\d{4}-\d{2}-\d{2}T/);
  expect(await stored(page)).toEqual({ version: CURRENT_VERSION, lessons: expect.any(Object), exercises: {}, lastVisited: expect.any(Object) });
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();

  // The trainee can keep working.
  await markButton(page).click();
  await expect(page.locator('[data-mark-as-read]')).toContainText('Gelezen op');

  // The raw backup can be downloaded.
  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Reservekopie downloaden' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^klik-voortgang-reservekopie-.*\.txt$/);
  expect(await readFile(await download.path(), 'utf8')).toBe('{not json');

  // The notice stays until dismissed, then stays away; the backup stays.
  await page.reload();
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Melding sluiten' }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(markButton(page)).toBeVisible();
  await expect(notice).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('klik:progress:backup:')).length)).toBe(1);
  expect(errors).toEqual([]);
});

test('with storage disabled a trainee can still mark a lesson read and is told', async ({ page }) => {
  const errors = collectErrors(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Opslag is geblokkeerd.', 'SecurityError');
      },
    });
  });
  await page.goto(`lessen/${LESSON}/`);
  const notice = page.locator('[data-storage-notice="unavailable"]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Je voortgang wordt in deze browser niet bewaard');
  await markButton(page).click();
  await expect(page.locator('[data-mark-as-read]')).toContainText('Gelezen op');
  await notice.getByRole('button', { name: 'Melding sluiten' }).click();
  await expect(notice).toHaveCount(0);

  await page.goto('voortgang/');
  await expect(page.locator('[data-storage-warning]')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Per module' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('export, then import into a fresh browser restores everything', async ({ page, browser }) => {
  await seed(page, seeded);
  await expect(page.locator(`[data-lesson-status="${LESSON}"]`)).toHaveAttribute('data-read', 'true');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export]').click()]);
  expect(download.suggestedFilename()).toMatch(/^klik-voortgang-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(file).toMatchObject({ format: 'klik-progress', version: CURRENT_VERSION, courseVersion: expect.any(String), exportedAt: expect.any(String), course: { id: 'klik', title: 'Klik' } });
  expect(file.progress).toEqual(current(seeded));

  const context = await browser.newContext();
  const fresh = await context.newPage();
  const errors = collectErrors(fresh);
  await fresh.goto('voortgang/');
  await fresh.locator('[data-import-input]').setInputFiles(await download.path());
  const preview = fresh.locator('[data-import-preview]');
  await expect(preview).toContainText('2 lessen gelezen');
  await expect(preview).toContainText('1 oefening gedaan, met 2 pogingen');
  await expect(preview.getByRole('heading', { name: 'Dit staat in het bestand' })).toBeFocused();
  await preview.getByLabel(/Vervangen/).check();
  await fresh.locator('[data-import-start]').click();
  const dialog = fresh.getByRole('dialog', { name: 'Voortgang vervangen?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Ja, vervangen' }).click();
  await expect(fresh.locator('[data-transfer-message]')).toContainText('vervangen');
  await expect(fresh.locator('[data-transfer-message]')).toBeFocused();
  expect(await stored(fresh)).toEqual(current(seeded));

  // The portfolio shows the text as text.
  await fresh.goto('voortgang/portfolio/');
  const item = fresh.locator('[data-portfolio-exercise="oefening-uit-het-bestand"]');
  await expect(item.locator('[data-latest-text]')).toHaveText(SCRIPT_TEXT);
  await expect(item.locator('[data-reflection]')).toHaveText('Ik merk dat een persoonlijke aanhef veel doet.');
  await expect(item.locator('li[data-status="met"]')).toHaveCount(2);
  await expect(fresh.getByRole('button', { name: 'Afdrukken / opslaan als pdf' })).toBeVisible();
  expect(await fresh.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  expect(errors).toEqual([]);
  await context.close();
});

test('import merges, keeping the newest of each item', async ({ page }) => {
  const mine = { version: 2, lessons: { [LESSON]: { readAt: at(9) } }, exercises: {} };
  await seed(page, mine);
  const file = { format: 'klik-progress', version: 2, exportedAt: at(6), courseVersion: '1.0.0', progress: seeded };
  await page.locator('[data-import-input]').setInputFiles({ name: 'ander-apparaat.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByLabel(/Samenvoegen/)).toBeChecked();
  await page.locator('[data-import-start]').click();
  await page.getByRole('dialog', { name: 'Voortgang samenvoegen?' }).getByRole('button', { name: 'Ja, samenvoegen' }).click();
  await expect(page.locator('[data-transfer-message]')).toContainText('samengevoegd');
  const state = (await stored(page)) as typeof seeded;
  expect(state.lessons).toEqual({ [LESSON]: { readAt: at(9) }, [OTHER_LESSON]: { readAt: at(2) } });
  expect(state.exercises).toEqual(seeded.exercises);
});

test('a malformed or hostile import is refused with a reason and changes nothing', async ({ page }) => {
  await seed(page, seeded);
  const before = await stored(page);
  const input = page.locator('[data-import-input]');
  const error = page.locator('[data-transfer-error]');
  const cases: [string, Buffer, string][] = [
    ['kapot.json', Buffer.from('{not json'), 'Dit bestand is geen Klik-voortgangsbestand'],
    ['ander.json', Buffer.from('{"format":"iets-anders","version":2,"progress":{}}'), 'Dit bestand is geen Klik-voortgangsbestand.'],
    ['groot.json', Buffer.alloc(2 * 1024 * 1024 + 1, 32), 'Het bestand is te groot (max. 2 MB).'],
    ['diep.json', Buffer.from('['.repeat(5000) + ']'.repeat(5000)), 'te diep genest'],
    ['toekomst.json', Buffer.from(JSON.stringify({ format: 'klik-progress', version: 99, exportedAt: at(1), courseVersion: '9.0.0', progress: seeded })), 'nieuwere versie van Klik'],
    ['fout.json', Buffer.from(JSON.stringify({ format: 'klik-progress', version: 2, progress: { ...seeded, lessons: { [LESSON]: { readAt: 'gisteren' } } } })), 'Dit bestand is beschadigd'],
    // Version 1 on the outside, version-2 data inside: once imported as empty, now refused.
    ['v1-met-v2.json', Buffer.from(JSON.stringify({ format: 'klik-progress', version: 1, progress: { lessons: seeded.lessons, exercises: seeded.exercises } })), 'het zegt versie 1 te zijn'],
    ['toekomst-datum.json', Buffer.from(JSON.stringify({ format: 'klik-progress', version: 2, progress: { ...seeded, lessons: { [LESSON]: { readAt: '9999-12-31T00:00:00.000Z' } } } })), 'meer dan een dag in de toekomst'],
    ['leeg.json', Buffer.from(JSON.stringify({ format: 'klik-progress', version: 2, progress: { version: 2, lessons: {}, exercises: {} } })), 'Dit bestand bevat geen voortgang'],
  ];
  for (const [name, buffer, reason] of cases) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer });
    await expect(error, name).toContainText(reason);
    await expect(error).toContainText('Je voortgang is niet veranderd.');
    await expect(page.locator('[data-import-preview]')).toHaveCount(0);
  }
  expect(await stored(page)).toEqual(before);
});

test('two pages in one browser stay in sync', async ({ context }) => {
  const one = await context.newPage();
  const two = await context.newPage();
  await one.goto(`lessen/${LESSON}/`);
  await two.goto(`lessen/${LESSON}/`);
  await expect(markButton(two)).toHaveText('Markeer als gelezen');
  await markButton(one).click();
  await expect(two.locator('[data-mark-as-read]')).toContainText('Gelezen op');
  await expect(two.locator(`[data-lesson-link="${LESSON}"]`)).toHaveAttribute('data-read', 'true');

  await two.goto('voortgang/');
  await expect(two.locator(`[data-lesson-status="${LESSON}"]`)).toHaveAttribute('data-read', 'true');
  await markButton(one).click();
  await expect(two.locator(`[data-lesson-status="${LESSON}"]`)).toHaveAttribute('data-read', 'false');
});

test('clearing everything asks first, in an accessible dialog', async ({ page }) => {
  await seed(page, seeded);
  const clear = page.locator('[data-clear]');
  await clear.click();
  const dialog = page.getByRole('dialog', { name: 'Al je voortgang wissen?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(clear).toBeFocused();
  expect(await stored(page)).toEqual(current(seeded));

  await clear.click();
  await dialog.getByRole('button', { name: 'Ja, alles wissen' }).click();
  await expect(page.locator('[data-transfer-message]')).toContainText('gewist');
  expect(await stored(page)).toEqual({ version: CURRENT_VERSION, lessons: {}, exercises: {} });
  await expect(page.locator(`[data-lesson-status="${LESSON}"]`)).toHaveAttribute('data-read', 'false');
});

test('a trainer reads a trainee file without touching their own progress', async ({ page }) => {
  const own = { version: 2, lessons: { 'jouw-eigen-stijl': { readAt: at(7) } }, exercises: {} };
  await seed(page, own);
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  await page.goto('voortgang/bekijken/');
  const file = { format: 'klik-progress', version: 2, exportedAt: at(6), courseVersion: '1.0.0', progress: seeded };
  await page.locator('[data-view-input]').setInputFiles({ name: 'cursist.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const view = page.locator('[data-view-file]');
  await expect(view.getByRole('heading', { name: 'Portfolio uit cursist.json' })).toBeFocused();
  await expect(view.locator('[data-latest-text]')).toHaveText(SCRIPT_TEXT);
  await expect(view).toContainText('2 lessen gelezen');
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();

  await page.locator('[data-view-input]').setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('nee') });
  await expect(page.locator('[data-view-error]')).toContainText('Dit bestand is geen Klik-voortgangsbestand');
  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(before);
});

test('the progress pages with data have no axe violations', async ({ page }) => {
  await seed(page, seeded);
  await expect(page.getByRole('heading', { name: 'Je oefeningen' })).toBeVisible();
  for (const path of ['voortgang/', 'voortgang/portfolio/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
  }
  // With the import preview and the confirm dialog open.
  await page.goto('voortgang/');
  const file = { format: 'klik-progress', version: 2, exportedAt: at(6), courseVersion: '1.0.0', progress: seeded };
  await page.locator('[data-import-input]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.locator('[data-import-start]').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('an import from another course asks first, and goes ahead only when the trainee chooses so', async ({ page }) => {
  await seed(page, { version: 2, lessons: { [LESSON]: { readAt: at(9) } }, exercises: {} });
  const file = { format: 'klik-progress', version: 2, exportedAt: at(6), courseVersion: '1.0.0', course: { id: 'schrijven-met-zorg', title: 'Schrijven met Zorg' }, progress: seeded };
  await page.locator('[data-import-input]').setInputFiles({ name: 'andere-cursus.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const warning = page.locator('[data-import-other-course]');
  await expect(warning).toContainText('dit bestand komt uit een andere cursus');
  await expect(warning).toContainText('Schrijven met Zorg');
  await page.locator('[data-import-start]').click();
  await expect(page.locator('[data-transfer-error]')).toContainText('Kies eerst of je het toch wilt gebruiken');
  await expect(page.getByRole('dialog')).toBeHidden();
  expect(Object.keys(((await stored(page)) as typeof seeded).lessons)).toEqual([LESSON]);

  await warning.getByLabel(/gebruik dit bestand toch/).check();
  await page.locator('[data-import-start]').click();
  await page.getByRole('dialog', { name: 'Voortgang samenvoegen?' }).getByRole('button', { name: 'Ja, samenvoegen' }).click();
  await expect(page.locator('[data-transfer-message]')).toContainText('samengevoegd');
  expect(Object.keys(((await stored(page)) as typeof seeded).lessons).sort()).toEqual([OTHER_LESSON, LESSON].sort());

  // A file of this course (or an older file that does not say) asks nothing.
  const own = { ...file, course: { id: 'klik', title: 'Klik' } };
  await page.locator('[data-import-input]').setInputFiles({ name: 'eigen.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(own)) });
  await expect(page.locator('[data-import-preview]')).toContainText('Uit de cursus Klik');
  await expect(warning).toHaveCount(0);
});

test('with the browser storage full an import says so and changes nothing', async ({ page }) => {
  await seed(page, { version: 2, lessons: { [LESSON]: { readAt: at(9) } }, exercises: {} });
  const before = await klikEntries(page);
  // Fill the storage (keys of another site part, so nothing of Klik's is touched).
  await page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 64; size >>= 1) {
      const chunk = 'x'.repeat(size);
      try {
        for (;;) localStorage.setItem(`test:vol:${n++}`, chunk);
      } catch {
        /* full at this size: try smaller */
      }
    }
  });
  try {
    const big = {
      ...seeded,
      exercises: Object.fromEntries(
        Array.from({ length: 20 }, (_, i) => [`grote-oefening-${i}`, { attempts: [{ at: at(3), text: 'tekst '.repeat(4000), statuses: { tone: 'met' } }] }]),
      ),
    };
    const file = { format: 'klik-progress', version: 2, exportedAt: at(6), courseVersion: '1.0.0', course: { id: 'klik', title: 'Klik' }, progress: big };
    for (const mode of ['Samenvoegen', 'Vervangen'] as const) {
      await page.locator('[data-import-input]').setInputFiles({ name: 'groot.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
      await page.getByLabel(new RegExp(mode)).check();
      await page.locator('[data-import-start]').click();
      await page.getByRole('dialog').getByRole('button', { name: mode === 'Samenvoegen' ? 'Ja, samenvoegen' : 'Ja, vervangen' }).click();
      const error = page.locator('[data-transfer-error]');
      await expect(error).toContainText('De opslagruimte van je browser is vol');
      await expect(error).toContainText('Je voortgang is niet veranderd.');
      await expect(page.locator('[data-transfer-message]')).not.toContainText('Klaar');
      expect(await klikEntries(page)).toEqual(before);
    }
  } finally {
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('test:vol:')).forEach((k) => localStorage.removeItem(k)));
  }
});

test('progress of an earlier version shows in the table of contents on a page without progress islands, and is moved to items', async ({ page }) => {
  await page.goto('begrippen/');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, JSON.stringify(seeded)]);
  await page.reload();
  await expect(page.locator(`[data-lesson-link="${LESSON}"]`).first()).toHaveAttribute('data-read', 'true');
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
  expect(await stored(page)).toEqual(current(seeded));
  // From then on the marks come from the lesson items.
  await page.reload();
  await expect(page.locator(`[data-lesson-link="${OTHER_LESSON}"]`).first()).toHaveAttribute('data-read', 'true');
});

test('with 4 MB of progress stored, saving a draft writes only that draft', async ({ page }) => {
  const exercises = Object.fromEntries(
    Array.from({ length: 30 }, (_, e) => [
      `oefening-${e}`,
      { attempts: Array.from({ length: 3 }, (_, i) => ({ at: `2025-03-${String(e % 28 + 1).padStart(2, '0')}T09:00:0${i}.000Z`, text: `poging ${i} `.repeat(4600), statuses: { tone: 'met' } })) },
    ]),
  );
  await seed(page, { version: 2, lessons: {}, exercises });
  const total = await page.evaluate(() => Object.entries(localStorage).reduce((n, [k, v]) => n + k.length + v.length, 0));
  expect(total).toBeGreaterThan(3_500_000);
  await page.addInitScript(() => {
    const writes: Array<[string, number]> = [];
    (window as unknown as { __writes: typeof writes }).__writes = writes;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      writes.push([key, String(value).length]);
      return setItem.call(this, key, value);
    };
  });
  await page.goto('oefeningen/');
  // A writing exercise (a "choose the best reply" exercise has no editor).
  const id = await page.locator('[data-exercise-id]:not([data-kind="best-reply"])').first().getAttribute('data-exercise-id');
  await page.goto(`oefeningen/${id}/`);
  const editor = page.locator('textarea[name="reply"]');
  await expect(editor).toBeVisible();
  // The editor is in the build-time HTML: wait until the island is hydrated (it notes the last visited page then).
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.evaluate(() => ((window as unknown as { __writes: unknown[] }).__writes.length = 0));
  await editor.fill('Beste Sanne, een nieuw concept.');
  await expect.poll(() => page.evaluate(() => (window as unknown as { __writes: Array<[string, number]> }).__writes)).toEqual([[`klik:p:ex:${id}:draft`, expect.any(Number)]]);
  const writes = await page.evaluate(() => (window as unknown as { __writes: Array<[string, number]> }).__writes);
  expect(writes[0]?.[1]).toBeLessThan(200);
});
