import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import { AXE_TAGS, checkPage } from './lib/page-check.ts';
import { loadExercises } from '../../src/lib/exercise-files/load-node.ts';

/**
 * "Kies de beste reactie" (issue 16, item 14): the trainee picks one of three
 * replies by keyboard, checks it, reads which one is best and why each one does
 * or does not fit, and finds the choice again after a reload. The overview and
 * the lesson name the kind.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const bestReplies = loadExercises(root).bestReplies.sort((a, b) => a.id.localeCompare(b.id));
// One whose best reply is not the first, so choosing the best takes a real move.
const exercise = bestReplies.find((e) => !e.options[0]!.best) ?? bestReplies[0];
if (!exercise) throw new Error('The end-to-end tests need a best-reply exercise in exercises/.');
const best = exercise.options.findIndex((o) => o.best);
const letter = (i: number) => String.fromCharCode(65 + i);
/** The three options (the site header has radios of its own, for the theme). */
const optionRadios = (page: Page) => page.getByRole('group', { name: exercise.question }).getByRole('radio');

test.describe('a best-reply exercise', () => {
  test('is chosen and checked by keyboard, explained, and still chosen after a reload', async ({ page }) => {
    await page.goto(`oefeningen/${exercise.id}/`);
    const group = page.getByRole('group', { name: exercise.question });
    await expect(group).toBeVisible();
    const radios = group.getByRole('radio');
    await expect(radios).toHaveCount(3);
    await expect(page.getByText(exercise.client.message.split('\n')[0]!.trim(), { exact: false }).first()).toBeVisible();
    // Without a choice, the explanations stay hidden until "Controleer".
    await expect(page.getByText(exercise.options[best]!.explanation)).toBeHidden();

    // Keyboard only: into the group, arrows to the best option, Tab to the button, Enter.
    await radios.first().focus();
    await page.keyboard.press('Space');
    await expect(radios.first()).toBeChecked();
    for (let i = 0; i < best; i++) await page.keyboard.press('ArrowDown');
    await expect(radios.nth(best)).toBeChecked();
    await expect(radios.nth(best)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Controleer' })).toBeFocused();
    await page.keyboard.press('Enter');

    const result = page.locator('[data-best-reply-result]');
    await expect(result).toHaveAttribute('aria-live', 'polite');
    await expect(result).toContainText(`Je koos reactie ${letter(best)}: dat is de beste reactie.`);
    for (const option of exercise.options) await expect(page.getByText(option.explanation)).toBeVisible();
    await expect(page.locator(`[data-option="${best}"] [data-yours]`)).toBeVisible();
    await expect(page.locator(`[data-option="${best}"]`)).toContainText('Beste reactie');
    await expect(page.getByText('Je keuze is bewaard op dit apparaat.')).toBeVisible();

    await page.reload();
    await expect(optionRadios(page).nth(best)).toBeChecked();
    await expect(page.locator('[data-best-reply-result]')).toContainText(`Je koos reactie ${letter(best)}`);
    await expect(page.getByText(exercise.options[best]!.explanation)).toBeVisible();

    // The overview counts it as done, under its own kind.
    await page.goto('oefeningen/');
    const card = page.locator(`[data-exercise-id="${exercise.id}"]`);
    await expect(card).toContainText('Kies de beste reactie');
    await expect(card).toHaveAttribute('data-exercise-status', 'done');
  });

  test('a wrong choice names the best one; checking without a choice asks for one', async ({ page }) => {
    const wrong = best === 0 ? 1 : 0;
    await page.goto(`oefeningen/${exercise.id}/`);
    await page.getByRole('button', { name: 'Controleer' }).click();
    await expect(page.getByRole('alert')).toHaveText('Kies eerst een van de drie reacties.');
    await optionRadios(page).nth(wrong).check();
    await page.getByRole('button', { name: 'Controleer' }).click();
    await expect(page.locator('[data-best-reply-result]')).toContainText(`Je koos reactie ${letter(wrong)}. De beste reactie is ${letter(best)}.`);
    await expect(page.getByText(exercise.options[wrong]!.explanation)).toBeVisible();
    await page.goto('oefeningen/');
    await expect(page.locator(`[data-exercise-id="${exercise.id}"]`)).toHaveAttribute('data-exercise-status', 'in-progress');
  });

  test('without JavaScript the options and a details with the explanations are there', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`oefeningen/${exercise.id}/`);
    await expect(optionRadios(page)).toHaveCount(3);
    await expect(page.getByRole('button', { name: 'Controleer' })).toBeHidden();
    await page.getByText('Bekijk welke reactie het best past, en waarom').click();
    await expect(page.getByText(`Reactie ${letter(best)}: beste reactie`)).toBeVisible();
    await context.close();
  });

  test('the lesson lists it with its kind', async ({ page }) => {
    await page.goto(`lessen/${exercise.lesson}/`);
    const item = page.locator(`[data-exercise-links] [data-exercise-id="${exercise.id}"]`);
    await expect(item).toContainText('Kies de beste reactie');
    await expect(item.getByRole('link', { name: exercise.title })).toBeVisible();
  });

  test('passes the page checks and axe, also after checking', async ({ page, baseURL }) => {
    await checkPage(page, `oefeningen/${exercise.id}/`, baseURL!, 'light');
    await optionRadios(page).nth(best).check();
    await page.getByRole('button', { name: 'Controleer' }).click();
    await expect(page.locator('[data-best-reply-result]')).not.toBeEmpty();
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
