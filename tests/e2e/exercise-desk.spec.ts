import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS } from './lib/page-check.ts';
import { criteriaOf, exerciseWhere } from './lib/exercises.ts';
import { prepareMirror } from '../../src/lib/exercise-page/mirror.ts';

/**
 * Writing beside the client's message (issue 14, items 1–5), at 1280×800 and
 * on a 390×844 phone: the message stays in view beside the editor (or one tap
 * away on a phone) with the words the trainee mirrors marked; saving an
 * attempt shows its result; feedback reads open-first with each criterion's
 * marks distinguishable without colour; the draft is compared by sentence;
 * the text box has a calm focus style.
 */
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const rewrite = exerciseWhere('a rewrite exercise with the salutation and closing criteria', (e) => {
  const criteria = criteriaOf(e);
  return e.kind === 'rewrite' && criteria.includes('salutation') && criteria.includes('closing') && !!e.draft;
});
const reply = exerciseWhere('a reply exercise with at least four criteria', (e) => e.kind === 'reply' && e.criteria.length >= 4);

async function openExercise(page: Page, id: string) {
  await page.goto(`oefeningen/${id}/`);
  const editor = page.locator('textarea[name="reply"]');
  await expect(editor).toBeVisible();
  await expect(page.locator('[data-criterion][data-status]').first()).toBeAttached();
  return editor;
}

/** The bottom of the site header when it stays on screen (sticky or fixed), else 0. */
async function headerBottom(page: Page): Promise<number> {
  return page.evaluate(() => {
    let bottom = 0;
    for (const el of document.querySelectorAll('header')) {
      const position = getComputedStyle(el).position;
      if (position === 'sticky' || position === 'fixed') bottom = Math.max(bottom, el.getBoundingClientRect().bottom);
    }
    return bottom;
  });
}

/**
 * How the client's message and the editor sit in the viewport: the part of the
 * message that is visible (its scroll column clipped), whether its beginning
 * shows, and the editor's box.
 */
async function placement(page: Page) {
  return page.evaluate(() => {
    const message = document.querySelector('[data-client-message]')!;
    const editor = document.querySelector('textarea[name="reply"]')!;
    // The message's scroll column (a long message scrolls inside it), or the message itself.
    let column: Element = message;
    for (let el = message.parentElement; el; el = el.parentElement) {
      const overflow = getComputedStyle(el).overflowY;
      if (overflow === 'auto' || overflow === 'scroll') {
        column = el;
        break;
      }
    }
    const m = message.getBoundingClientRect();
    const c = column.getBoundingClientRect();
    const e = editor.getBoundingClientRect();
    const shown = m.width > 0 && m.height > 0 && getComputedStyle(message).visibility !== 'hidden';
    return {
      shown,
      message: { top: Math.max(m.top, c.top), bottom: Math.min(m.bottom, c.bottom), left: m.left, right: m.right, start: m.top },
      editor: { top: e.top, bottom: e.bottom, left: e.left, right: e.right },
      height: window.innerHeight,
    };
  });
}

function expectInView(box: { top: number; bottom: number }, top: number, height: number, what: string) {
  expect(box.top, `${what}: top below the header`).toBeGreaterThanOrEqual(top - 1);
  expect(box.bottom, `${what}: bottom on screen`).toBeLessThanOrEqual(height + 1);
}

async function builtExercisePaths(page: Page): Promise<string[]> {
  await page.goto('oefeningen/');
  const paths = await page
    .locator('a[href*="oefeningen/"]')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname).filter((p) => /\/oefeningen\/[^/]+\/$/.test(p)));
  return [...new Set(paths)].map((p) => p.slice(p.indexOf('oefeningen/')));
}

test.beforeEach(async ({ page }) => {
  await page.goto('oefeningen/');
  await page.evaluate(() => localStorage.clear());
});

test.describe('at 1280×800', () => {
  test.use({ viewport: DESKTOP });

  test('on every exercise the client message and the editor are both fully in view while typing, side by side', async ({ page }) => {
    test.slow();
    const paths = await builtExercisePaths(page);
    expect(paths.length).toBeGreaterThan(0);
    let writing = 0;
    for (const path of paths) {
      await page.goto(path);
      // Writing exercises only: a "choose the best reply" exercise has no editor.
      if ((await page.locator('[data-exercise]').getAttribute('data-kind')) === 'best-reply') continue;
      writing++;
      const editor = page.locator('textarea[name="reply"]');
      await editor.click();
      await editor.press('End');
      await editor.pressSequentially(' Hoe gaat het?', { delay: 5 });
      const top = await headerBottom(page);
      const at = await placement(page);
      expect(at.shown, `${path}: the client message is shown`).toBe(true);
      expectInView(at.message, top, at.height, `${path}: client message`);
      expect(at.message.start, `${path}: the message's beginning shows`).toBeGreaterThanOrEqual(top - 1);
      expectInView(at.editor, top, at.height, `${path}: editor`);
      expect(at.message.right, `${path}: message left of the editor`).toBeLessThanOrEqual(at.editor.left);
    }
    expect(writing, 'writing exercises checked').toBeGreaterThan(0);
  });

  test('the words the trainee already mirrors are marked in the client message', async ({ page }) => {
    const ex = reply;
    const source = prepareMirror(ex.client.message, [ex.client.name, ex.coach.name]);
    const word = ex.client.message.slice(source.words[0]!.start, source.words[0]!.end);
    const editor = await openExercise(page, ex.id);
    const message = page.locator('[data-client-message]');
    await expect(message.locator('mark[data-mirrored]')).toHaveCount(0);
    await editor.fill(`Beste ${ex.client.name},\n\nJe schrijft over ${word.toLowerCase()}.`);
    await expect(message.locator('mark[data-mirrored]', { hasText: word }).first()).toBeVisible();
    await expect(page.locator('[data-mirror-note]')).toContainText(/Onderstreept: \d+ woord/);
    await editor.fill('');
    await expect(message.locator('mark[data-mirrored]')).toHaveCount(0);
  });

  test('saving an attempt: the button says so, and its result gets focus and is in view', async ({ page }) => {
    const ex = reply;
    const editor = await openExercise(page, ex.id);
    await editor.fill(`Beste ${ex.client.name},\n\nDank je voor je bericht.\n\nHartelijke groet,\n${ex.coach.name}`);
    const save = page.locator('[data-save-attempt]');
    await expect(save).toHaveText('Poging bewaren');
    await expect(page.getByRole('button', { name: 'Bekijk feedback' })).toHaveCount(0);
    await save.click();
    const result = page.locator('[data-attempt-result]');
    await expect(result).toBeFocused();
    await expect(result).toContainText('Poging 1 is bewaard.');
    await expect(result).toBeInViewport({ ratio: 1 });
  });

  test('feedback: open criteria first, met ones folded to one line', async ({ page }) => {
    const ex = rewrite;
    const editor = await openExercise(page, ex.id);
    await editor.fill(`Beste ${ex.client.name},\n\nHier volgt mijn reactie.\n\nHartelijke groet,\n${ex.coach.name}`);
    const met = page.locator('[data-criteria-met] [data-criterion="salutation"][data-status="met"]');
    await expect(met).toHaveCount(1);
    // Every open criterion comes before every met one.
    const order = await page.locator('[data-criterion]').evaluateAll((els) => els.map((el) => el.getAttribute('data-status')));
    expect(order.indexOf('met')).toBeGreaterThan(-1);
    expect(order.slice(order.indexOf('met')).every((s) => s === 'met')).toBe(true);
    // A met criterion takes one line: its button row only; the message is for screen readers until chosen.
    const toggle = met.locator('button[aria-pressed]');
    const itemBox = (await met.boundingBox())!;
    const toggleBox = (await toggle.boundingBox())!;
    expect(itemBox.height).toBeLessThan(toggleBox.height + 20);
    await expect(met.locator('.message')).not.toBeInViewport();
    await toggle.click();
    await expect(met.locator('.message')).toBeVisible();
  });

  test('each criterion has its own mark style, told apart by line style as well as colour, with a legend', async ({ page }) => {
    const ex = reply;
    const editor = await openExercise(page, ex.id);
    const legend = page.locator('[data-legend]');
    await expect(legend).toHaveCount(ex.criteria.length);
    // The legend's samples: no two criteria share a line style (decoration line + style), whatever the colour.
    const lineStyles = await page.locator('[data-legend] .sample').evaluateAll((els) =>
      els.map((el) => {
        const s = getComputedStyle(el);
        return `${s.textDecorationLine} ${s.textDecorationStyle}`;
      }),
    );
    expect(new Set(lineStyles).size).toBe(ex.criteria.length);

    // In the text, marks of two criteria differ in line style too.
    await editor.fill(`Beste ${ex.client.name},\n\nWat knap dat je dit schrijft. Hoe gaat het nu met je?\n\nHartelijke groet,\n${ex.coach.name}`);
    const view = page.locator('.text[aria-label="Je tekst met markeringen"]');
    await expect(view.locator('mark').first()).toBeVisible();
    const marks = await view.locator('mark:not(.problem)').evaluateAll((els) =>
      els.map((el) => {
        const s = getComputedStyle(el);
        return { criteria: el.getAttribute('data-criteria') ?? '', line: `${s.textDecorationLine} ${s.textDecorationStyle}` };
      }),
    );
    const byLead = new Map<string, string>();
    for (const m of marks) if (!m.criteria.includes(' ')) byLead.set(m.criteria, m.line);
    expect(byLead.size, `marks of several criteria in ${JSON.stringify(marks)}`).toBeGreaterThanOrEqual(2);
    expect(new Set(byLead.values()).size).toBe(byLead.size);
  });

  test('hovering or focusing a criterion shows only its marks in the text', async ({ page }) => {
    const ex = rewrite;
    const editor = await openExercise(page, ex.id);
    await editor.fill(`Beste ${ex.client.name},\n\nHier volgt mijn reactie.\n\nHartelijke groet,\n${ex.coach.name}`);
    await expect(page.locator('[data-criterion="closing"][data-status="met"]')).toHaveCount(1);
    const view = page.locator('.text[aria-label="Je tekst met markeringen"]');
    const leads = () => view.locator('mark').evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-criteria')))]);

    await page.locator('[data-criterion="salutation"]').hover();
    await expect.poll(leads).toEqual(['salutation']);
    await page.locator('[data-criterion="closing"] button[aria-pressed]').focus();
    await expect.poll(leads).toEqual(['closing']);
    await expect(page.locator('[data-highlights-help]')).toContainText('Persoonlijke afsluiting');
    // Nothing chosen: leaving shows all marks again.
    await page.mouse.move(0, 0);
    await editor.focus();
    await expect.poll(async () => (await leads()).length).toBeGreaterThan(1);
  });

  test('the draft is compared by sentence: a rewritten sentence is struck whole, an edited one marks only its changed words', async ({ page }) => {
    const ex = rewrite;
    const draft = ex.draft!;
    // Two sentences of the draft with at least five words each.
    const sentences = (draft.match(/[^.!?\n]+[.!?]/g) ?? []).map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 5);
    expect(sentences.length, 'the draft has two sentences of five words or more').toBeGreaterThanOrEqual(2);
    const [replaced, edited] = [sentences[0]!, sentences[1]!];
    const words = edited.split(' ');
    const editedNew = [words[0], 'echt', ...words.slice(1)].join(' ');
    const text = draft.replace(replaced, 'Dit is een totaal andere zin met nieuwe woorden.').replace(edited, editedNew);

    const editor = await openExercise(page, ex.id);
    await editor.fill(text);
    const diff = page.locator('.diff');
    // The rewritten sentence: one struck-through whole, not single words.
    await expect(diff.locator('del', { hasText: replaced })).toHaveCount(1);
    await expect(diff.locator('ins', { hasText: 'Dit is een totaal andere zin met nieuwe woorden.' })).toHaveCount(1);
    // The edited sentence: only the added word is marked inside it.
    const changed = diff.locator('[data-changed]');
    await expect(changed).toHaveCount(1);
    await expect(changed.locator('ins')).toHaveText('toegevoegd: echt');
    await expect(changed.locator('del')).toHaveCount(0);
  });

  test('the text box has the calm focus style, not the rust keyboard ring', async ({ page }) => {
    const editor = await openExercise(page, reply.id);
    await editor.focus();
    const colours = await editor.evaluate((el) => {
      const probe = document.createElement('span');
      probe.style.color = 'var(--color-focus)';
      document.body.append(probe);
      const rust = getComputedStyle(probe).color;
      probe.style.color = 'var(--color-accent)';
      const accent = getComputedStyle(probe).color;
      probe.remove();
      return { outline: getComputedStyle(el).outlineColor, rust, accent };
    });
    expect(colours.outline).not.toBe(colours.rust);
    expect(colours.outline).toBe(colours.accent);
  });
});

test.describe('on a 390×844 phone', () => {
  test.use({ viewport: PHONE, hasTouch: true });

  test('the client message opens with one tap from the editor, also further down the page', async ({ page }) => {
    const ex = reply;
    const editor = await openExercise(page, ex.id);
    await editor.tap();
    const toggle = page.locator('[data-message-toggle]');
    await expect(toggle).toHaveAccessibleName(`Bericht van ${ex.client.name}`);
    await expect(toggle).toBeInViewport();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('[data-client-message]')).toBeHidden();
    await toggle.tap();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const message = page.locator('[data-client-message]');
    await expect(message).toBeVisible();
    await expect(message).toContainText(ex.client.message.trim().split('\n')[0]!.trim());
    const top = await headerBottom(page);
    const at = await placement(page);
    expectInView(at.message, top, at.height, 'client message');
    expect(at.message.start).toBeGreaterThanOrEqual(top - 1);
    await toggle.tap();
    await expect(message).toBeHidden();

    // Reading the feedback further down: the bar stays just one tap away.
    await page.locator('#feedback-title').scrollIntoViewIfNeeded();
    await expect(toggle).toBeInViewport({ ratio: 1 });
    await toggle.tap();
    await expect(message).toBeInViewport();
  });

  test('after saving an attempt its result is in view', async ({ page }) => {
    const ex = rewrite;
    const editor = await openExercise(page, ex.id);
    await editor.fill(`Beste ${ex.client.name},\n\n${ex.draft!}`);
    await page.locator('[data-save-attempt]').tap();
    const result = page.locator('[data-attempt-result]');
    await expect(result).toBeFocused();
    await expect(result).toBeInViewport({ ratio: 1 });
    await expect(result).toContainText('Poging 1 is bewaard.');
  });
});

for (const size of [DESKTOP, PHONE]) {
  test(`no accessibility violations in use at ${size.width}×${size.height}, light and dark`, async ({ page }) => {
    test.slow();
    await page.setViewportSize(size);
    for (const ex of [rewrite, reply]) {
      const editor = await openExercise(page, ex.id);
      await editor.fill(`Beste ${ex.client.name},\n\nWat knap dat je dit schrijft.\n\nHartelijke groet,\n${ex.coach.name}`);
      await page.locator('[data-save-attempt]').click();
      await expect(page.locator('[data-attempt-result]')).toBeVisible();
      await page.locator('[data-criterion] button[aria-pressed]').first().click();
      if (size === PHONE) await page.locator('[data-message-toggle]').click();
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const axe = await new AxeBuilder({ page }).include('.exercise-page').withTags(AXE_TAGS).analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${ex.id} ${scheme}`).toEqual([]);
      }
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });
}
