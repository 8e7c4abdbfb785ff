import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS } from './lib/page-check.ts';
import { criteriaOf, exercises as all, exerciseWhere } from './lib/exercises.ts';

/**
 * The exercise page as a trainee uses it. The exercises are picked at test time
 * from `exercises/` (the first rewrite exercise that checks the salutation and
 * the closing, the first of another kind), so the test does not depend on one
 * file name.
 */
const exercise = exerciseWhere('a rewrite exercise with the salutation and closing criteria', (e) => {
  const criteria = criteriaOf(e);
  return e.kind === 'rewrite' && criteria.includes('salutation') && criteria.includes('closing');
});
const replyExercise = exerciseWhere('an exercise that is not a rewrite', (e) => e.kind !== 'rewrite');

/** Criteria a short, neutral, well-formed message meets without doing anything else. */
const FORM_CRITERIA = new Set(['salutation', 'closing', 'tone', 'readability']);

async function openExercise(page: Page, id: string) {
  await page.goto(`oefeningen/${id}/`);
  const editor = page.locator('textarea[name="reply"]');
  await expect(editor).toBeVisible();
  return editor;
}

/** Waits until the progress in localStorage holds the given text (drafts are saved with a short delay). */
async function waitForStored(page: Page, text: string) {
  await expect
    .poll(async () => page.evaluate(() => Object.values({ ...localStorage }).join('\n')), { timeout: 5000 })
    .toContain(JSON.stringify(text).slice(1, -1));
}

test.describe('exercise page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('oefeningen/');
    await page.evaluate(() => localStorage.clear());
  });

  test('shows the situation, the client message, the draft, the task and the criteria', async ({ page }) => {
    const ex = exercise;
    const editor = await openExercise(page, ex.id);
    await expect(page.locator('[data-client-message]')).toContainText(ex.client.message.trim().split('\n')[0]!.trim());
    await expect(page.locator('[data-draft]')).toBeVisible();
    await expect(editor).toHaveValue(ex.draft!.trim());
    await expect(page.getByLabel(`Jouw bericht aan ${ex.client.name}`)).toBeVisible();
    for (const id of criteriaOf(ex)) {
      const item = page.locator(`[data-criterion="${id}"]`);
      await expect(item).toHaveCount(1);
      await expect(item).toHaveAttribute('data-status', /^(met|partial|missing)$/);
      await expect(item.locator('.status')).toHaveText(/^(In orde|Deels|Nog niet)$/);
    }
    await expect(page.locator('[data-announcer][aria-live="polite"]')).toBeAttached();
    // The draft is compared sentence by sentence with the text in the editor.
    await expect(page.locator('.diff')).toBeVisible();
  });

  test('feedback follows the text: exactly the criteria the reply meets turn met', async ({ page }) => {
    const ex = exercise;
    const criteria = criteriaOf(ex);
    const editor = await openExercise(page, ex.id);

    // Only a salutation: that one is met, the closing is not.
    await editor.fill(`Beste ${ex.client.name},\n\nHier volgt mijn reactie.`);
    await expect(page.locator('[data-criterion="salutation"][data-status="met"]')).toHaveCount(1);
    await expect(page.locator('[data-criterion="closing"]')).not.toHaveAttribute('data-status', 'met');

    // Now with a personal closing, typed key by key at the end.
    await editor.press('End');
    await editor.pressSequentially(`\n\nHartelijke groet,\n${ex.coach.name}`, { delay: 5 });
    const expected = criteria.filter((id) => FORM_CRITERIA.has(id));
    for (const id of expected) {
      await expect(page.locator(`[data-criterion="${id}"][data-status="met"]`), `${id} should be met`).toHaveCount(1);
    }
    for (const id of criteria.filter((c) => !FORM_CRITERIA.has(c))) {
      await expect(page.locator(`[data-criterion="${id}"]`), `${id} should not be met`).not.toHaveAttribute('data-status', 'met');
    }
    await expect(page.locator('[data-summary]')).toContainText(`${expected.length} van ${criteria.length}`);

    // Counts follow the text.
    await expect(page.locator('[data-counts]')).toContainText(/\d+ tekens · \d+ woorden/);

    // The salutation is highlighted, as text (no HTML from the reply is rendered).
    const view = page.locator('.text[aria-label="Je tekst met markeringen"]');
    await expect(view.locator('mark').first()).toBeVisible();
    await expect(view.locator('mark', { hasText: ex.client.name }).first()).toBeVisible();
  });

  test('selecting a criterion highlights only its spans, by mouse and by keyboard', async ({ page }) => {
    const ex = exercise;
    const editor = await openExercise(page, ex.id);
    await editor.fill(`Beste ${ex.client.name},\n\nHier volgt mijn reactie.\n\nHartelijke groet,\n${ex.coach.name}`);
    await expect(page.locator('[data-criterion="salutation"][data-status="met"]')).toHaveCount(1);
    const view = page.locator('.text[aria-label="Je tekst met markeringen"]');

    const salutationToggle = page.locator('[data-criterion="salutation"] button[aria-pressed]');
    await salutationToggle.click();
    await expect(salutationToggle).toHaveAttribute('aria-pressed', 'true');
    const marks = view.locator('mark');
    await expect(marks.first()).toBeVisible();
    const markCriteria = await marks.evaluateAll((els) => els.map((el) => el.getAttribute('data-criteria') ?? ''));
    expect(markCriteria.length).toBeGreaterThan(0);
    for (const c of markCriteria) expect(c.split(' ')).toEqual(['salutation']);
    await expect(marks.first()).toContainText(ex.client.name);

    const closingToggle = page.locator('[data-criterion="closing"] button[aria-pressed]');
    await closingToggle.focus();
    await page.keyboard.press('Space');
    await expect(closingToggle).toHaveAttribute('aria-pressed', 'true');
    await expect(salutationToggle).toHaveAttribute('aria-pressed', 'false');
    await expect(view.locator('mark').first()).toBeVisible();
    const closingMarks = await view.locator('mark').evaluateAll((els) => els.map((el) => el.getAttribute('data-criteria') ?? ''));
    for (const c of closingMarks) expect(c.split(' ')).toEqual(['closing']);
    expect(closingMarks.length).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect(closingToggle).toHaveAttribute('aria-pressed', 'false');

    // A click anywhere on the item (here the met, folded item's edge beside its button), and Enter on the item itself, select it too.
    const item = page.locator('[data-criterion="salutation"]');
    const box = (await item.boundingBox())!;
    await item.click({ position: { x: box.width - 14, y: box.height / 2 } });
    await expect(salutationToggle).toHaveAttribute('aria-pressed', 'true');
    await page.locator('[data-criterion="salutation"]').press('Enter');
    await expect(salutationToggle).toHaveAttribute('aria-pressed', 'false');
  });

  test('the draft comes back after a reload; the model answer opens only after an attempt; reset starts over', async ({ page }) => {
    const ex = exercise;
    const editor = await openExercise(page, ex.id);
    const text = `Beste ${ex.client.name},\n\nDank je voor je bericht.\n\nHartelijke groet,\n${ex.coach.name}`;
    await editor.fill(text);
    await waitForStored(page, text);
    await page.reload();
    await expect(page.locator('textarea[name="reply"]')).toHaveValue(text);

    // No attempt yet: the model answer is locked, with an explanation.
    const modelButton = page.getByRole('button', { name: 'Bekijk voorbeeldantwoord' });
    await expect(modelButton).toBeDisabled();
    await expect(page.locator('#model-locked')).toBeVisible();

    await page.getByRole('button', { name: 'Poging bewaren' }).click();
    await expect(page.locator('[data-announcer][aria-live="polite"]')).toContainText(/van \d+ criteri/);
    await expect(page.locator('[data-attempt-result]')).toBeFocused();
    await expect(modelButton).toBeEnabled();
    await modelButton.click();
    const firstModelLine = ex.modelAnswer.trim().split('\n')[0]!.trim();
    await expect(page.locator('#model-panel')).toContainText(firstModelLine);
    await expect(page.locator('#model-panel [data-model-criterion]')).toHaveCount(criteriaOf(ex).length);

    // The reflection question, saved as you type.
    const reflection = page.getByLabel(ex.reflection.trim().slice(0, 30), { exact: false });
    await expect(reflection).toBeVisible();
    await reflection.fill('Ik ga mijn aanhef persoonlijker maken.');
    await waitForStored(page, 'Ik ga mijn aanhef persoonlijker maken.');
    await page.reload();
    await expect(page.locator('textarea[name="reflection"]')).toHaveValue('Ik ga mijn aanhef persoonlijker maken.');
    await expect(page.getByRole('button', { name: 'Bekijk voorbeeldantwoord' })).toBeEnabled();

    // Cancelling the confirmation keeps everything.
    await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Opnieuw beginnen?' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.locator('textarea[name="reply"]')).toHaveValue(text);

    // Confirming starts over: the draft is back, attempts and reflection are gone.
    await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    await dialog.getByRole('button', { name: 'Ja, begin opnieuw' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('textarea[name="reply"]')).toHaveValue(ex.draft!.trim());
    await expect(page.locator('textarea[name="reply"]')).toBeFocused();
    await expect(page.getByRole('button', { name: 'Bekijk voorbeeldantwoord' })).toBeDisabled();
    await expect(page.locator('textarea[name="reflection"]')).toHaveCount(0);
    await page.reload();
    await expect(page.locator('textarea[name="reply"]')).toHaveValue(ex.draft!.trim());
    await expect(page.getByRole('button', { name: 'Bekijk voorbeeldantwoord' })).toBeDisabled();
  });

  test('the changes against the draft are shown sentence by sentence', async ({ page }) => {
    const ex = exercise;
    const editor = await openExercise(page, ex.id);
    await editor.fill(`Beste ${ex.client.name},\n\n${ex.draft!}`);
    const diff = page.locator('.diff');
    await expect(diff.locator('ins').first()).toContainText('toegevoegd:');
    await expect(diff.locator('ins', { hasText: ex.client.name }).first()).toBeVisible();
    await editor.fill('');
    await expect(diff.locator('del').first()).toContainText('verwijderd:');
    await expect(diff.locator('ins')).toHaveCount(0);
  });

  test('an empty reply is not recorded as an attempt', async ({ page }) => {
    const ex = replyExercise;
    const editor = await openExercise(page, ex.id);
    await editor.fill('');
    await page.getByRole('button', { name: 'Poging bewaren' }).click();
    await expect(page.getByText('Schrijf eerst een bericht')).toHaveCount(2); // visible error + live region
    await expect(page.getByRole('button', { name: 'Bekijk voorbeeldantwoord' })).toBeDisabled();
  });

  test('the overview shows the status of each exercise', async ({ page }) => {
    const ex = exercise;
    await page.goto('oefeningen/');
    const item = page.locator(`[data-exercise-id="${ex.id}"]`).first();
    await expect(item).toHaveAttribute('data-exercise-status', 'not-started');
    await expect(item).toContainText('Niet begonnen');
    await expect(item.getByRole('link', { name: /.+/ }).first()).toBeVisible();

    const editor = await openExercise(page, ex.id);
    const text = `Beste ${ex.client.name}, even een begin.`;
    await editor.fill(text);
    await waitForStored(page, text);
    await page.goto('oefeningen/');
    await expect(page.locator(`[data-exercise-id="${ex.id}"]`).first()).toHaveAttribute('data-exercise-status', 'in-progress');
    await expect(page.locator(`[data-exercise-id="${ex.id}"]`).first()).toContainText('Bezig');
  });

  test('the lesson page links to its exercises', async ({ page }) => {
    const ex = exercise;
    await page.goto(`lessen/${ex.lesson}/`);
    const links = page.locator(`[data-exercise-links="${ex.lesson}"]`);
    await expect(links).toHaveCount(1);
    const item = links.locator(`[data-exercise-id="${ex.id}"]`);
    await expect(item).toHaveAttribute('data-exercise-status', 'not-started');
    await item.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`oefeningen/${ex.id}/$`));
    await expect(page.locator('textarea[name="reply"]')).toBeVisible();
  });

  test('the overview and a fresh exercise of each kind have no accessibility violations', async ({ page }) => {
    test.slow();
    const firstOfEachKind = [...new Map(all.map((e) => [e.kind, e])).values()];
    const paths = ['oefeningen/', ...firstOfEachKind.map((e) => `oefeningen/${e.id}/`)];
    for (const path of paths) {
      await page.goto(path);
      if (path === 'oefeningen/') await expect(page.locator('[data-exercise-status]').first()).toBeAttached();
      else await expect(page.locator('textarea[name="reply"]')).toBeVisible();
      // Dark mode of the exercise page is checked after use in the 320 px test below.
      for (const scheme of path === 'oefeningen/' ? (['light', 'dark'] as const) : (['light'] as const)) {
        await page.emulateMedia({ colorScheme: scheme });
        const axe = await new AxeBuilder({ page }).include('main').withTags(AXE_TAGS).analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${path} (${scheme})`).toEqual([]);
      }
    }
  });

  test('works on a 320 px wide screen and has no accessibility violations', async ({ page }) => {
    test.slow();
    const ex = exercise;
    await page.setViewportSize({ width: 320, height: 720 });
    const editor = await openExercise(page, ex.id);
    await editor.fill(`Beste ${ex.client.name},\n\nHier volgt mijn reactie.\n\nMvg ${ex.coach.name}`);
    await page.getByRole('button', { name: 'Poging bewaren' }).click();
    await page.getByRole('button', { name: 'Bekijk voorbeeldantwoord' }).click();
    await page.locator('[data-criterion] button[aria-pressed]').first().click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const axe = await new AxeBuilder({ page }).include('.exercise-page').withTags(AXE_TAGS).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), scheme).toEqual([]);
    }
  });

  test('a text over 50,000 characters: the editor says only the start is kept, and so does the attempt note', async ({ page }) => {
    const ex = exercise;
    // Tall enough for the whole sticky editor beside a very long feedback column.
    await page.setViewportSize({ width: 1280, height: 900 });
    const editor = await openExercise(page, ex.id);
    const long = `Beste ${ex.client.name},\n\n${'Ik lees je bericht en denk met je mee. '.repeat(1300)}\n\nHartelijke groet,\n${ex.coach.name}`;
    expect(long.length).toBeGreaterThan(50_000);
    await editor.fill(long);
    const note = page.locator('[data-too-long]');
    await expect(note).toContainText(`Je tekst is ${long.length.toLocaleString('nl-NL')} tekens lang.`);
    await expect(note).toContainText('Alleen de eerste 50.000 tekens worden bewaard');
    await expect(editor).toHaveAttribute('aria-describedby', /-too-long/);
    // A CSS locator: role queries walk the whole 50,000-character text and take long.
    await page.locator('[data-save-attempt]').click();
    await expect(page.locator('[data-attempt-note]')).toHaveText('Poging 1 is bewaard, maar alleen de eerste 50.000 tekens van je tekst.');
    await editor.fill('Kort.');
    await expect(note).toHaveCount(0);
  });

  test('when the storage fills up during the session, the page says the attempt was not stored and keeps it for now', async ({ page }) => {
    const ex = exercise;
    const editor = await openExercise(page, ex.id);
    await editor.fill(`Beste ${ex.client.name},\n\nEen eerste poging.`);
    await page.getByRole('button', { name: 'Poging bewaren' }).click();
    await expect(page.locator('[data-attempt-note]')).toHaveText('Poging 1 is bewaard.');
    // Something else fills the browser's storage while the page is open.
    await page.evaluate(() => {
      let n = 0;
      for (let size = 1 << 20; size >= 16; size >>= 1) {
        const chunk = 'x'.repeat(size);
        try {
          for (;;) localStorage.setItem(`test:vol:${n++}`, chunk);
        } catch {
          /* full at this size: try smaller */
        }
      }
    });
    try {
      await editor.fill(`Beste ${ex.client.name},\n\nEen tweede, langere poging. ${'Ik denk met je mee. '.repeat(50)}`);
      await page.getByRole('button', { name: 'Poging bewaren' }).click();
      const note = page.locator('[data-attempt-note]');
      await expect(note).toContainText('Poging 2 kon niet worden bewaard: de opslagruimte van je browser is vol.');
      await expect(note).not.toContainText('is bewaard');
      await expect(page.locator('[data-announcer]')).toContainText('Poging 2 kon niet worden bewaard.');
      // The attempt stays in the page for this session.
      await expect(page.locator('.model .help').first()).toContainText('2 pogingen');
    } finally {
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('test:vol:')).forEach((k) => localStorage.removeItem(k)));
    }
  });
});
