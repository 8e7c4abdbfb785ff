import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { loadTrajectories } from '../../src/lib/trajectory-files/load-node.ts';
import { exerciseWhere } from './lib/exercises.ts';
import { violations, watchPolicy } from './lib/csp.ts';
import { layoutShiftOf } from './lib/layout-shift.ts';

/**
 * The exercise and trajectory pages start fast (issue 17 item 2): their
 * working part is rendered at build time, so the client's message and the
 * editor are readable at first paint, also without JavaScript; nothing takes
 * the focus when a page loads; text typed before the page came to life is
 * kept, judged and saved.
 */

const exercise = exerciseWhere('a reply exercise', (e) => e.kind === 'reply');
const root = fileURLToPath(new URL('../../', import.meta.url));
const trajectory = [...loadTrajectories(root).trajectories].sort((a, b) => a.id.localeCompare(b.id))[0];
if (!trajectory) throw new Error('The end-to-end tests need a trajectory in trajectories/.');

const firstLine = (text: string) => text.trim().split('\n')[0]!.trim();
const NOT_JUDGED = 'Voor dit criterium is nog geen feedback beschikbaar.';

/** Waits until the engine has judged the text (no criterion says it has no feedback yet). */
async function judged(page: Page) {
  await expect(page.locator('[data-criterion][data-status]').first()).toBeVisible();
  await expect(page.locator('[data-criterion]').filter({ hasText: NOT_JUDGED })).toHaveCount(0, { timeout: 15_000 });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    test(`the exercise page shows the client's message, the task and the editor (${viewport.width}px)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(`oefeningen/${exercise.id}/`);
      await expect(page.getByText(firstLine(exercise.client.message)).filter({ visible: true }).first()).toBeVisible();
      await expect(page.getByText(firstLine(exercise.task))).toBeVisible();
      await expect(page.locator('textarea[name="reply"]')).toBeVisible();
      await expect(page.locator('textarea[name="reply"]')).toBeEditable();
      // The criteria the feedback will check are listed, and the page says what needs JavaScript.
      await expect(page.locator('[data-criterion]')).toHaveCount(exercise.criteria.length);
      await expect(page.locator('noscript p')).toBeVisible();
      expect(await page.locator('noscript p').textContent()).toContain('Voor de feedback en het bewaren van je tekst is JavaScript nodig.');
      // Saving needs the page alive: the button says it cannot be pressed, rather than doing nothing.
      await expect(page.locator('[data-save-attempt]')).toBeDisabled();
    });

    test(`the trajectory page shows the first client message and the editor (${viewport.width}px)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(`trajecten/${trajectory.id}/`);
      const first = page.locator('[data-thread-message][data-author="client"][data-step="1"]');
      await expect(first).toBeVisible();
      await expect(first).toContainText(firstLine(trajectory.steps[0]!.message));
      await expect(page.locator('[data-step-focus]')).toContainText(trajectory.steps[0]!.focus);
      await expect(page.locator('textarea[name="reply"]')).toBeVisible();
      await expect(page.locator('[data-send]')).toBeDisabled();
    });
  }
});

test.describe('with JavaScript', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('oefeningen/');
    await page.evaluate(() => localStorage.clear());
  });

  for (const path of [`oefeningen/${exercise.id}/`, `trajecten/${trajectory.id}/`]) {
    test(`nothing takes the focus while /${path} loads, and the policy holds`, async ({ page }) => {
      await watchPolicy(page);
      await page.goto(path);
      await judged(page);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement === null)).toBe(true);
      expect(await violations(page)).toEqual([]);
    });
  }

  for (const [kind, path] of [
    ['exercise', `oefeningen/${exercise.id}/`],
    ['trajectory', `trajecten/${trajectory.id}/`],
  ] as const) {
    test(`on the ${kind} page, text typed before the page comes to life is kept, judged and saved`, async ({ page }) => {
      // Hold the island's own script back, so the trainee types into the build-time editor.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const island = kind === 'exercise' ? /\/_astro\/ExerciseIsland\.[^/]*\.js$/ : /\/_astro\/TrajectoryIsland\.[^/]*\.js$/;
      await page.route(island, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(path, { waitUntil: 'domcontentloaded' });
      const editor = page.locator('textarea[name="reply"]');
      const text = 'Beste cliënt,\n\nDank je wel voor je bericht. Wat fijn dat je schrijft.';
      await editor.fill(text);
      release();
      // Once hydrated, the page judges this text (the counts follow it) and keeps it.
      await expect(page.locator('[data-counts]')).toContainText(' woorden', { timeout: 15_000 });
      await expect(page.locator('[data-counts]')).not.toHaveText(/^0 tekens/);
      await judged(page);
      await expect(editor).toHaveValue(text);
      await page.unroute(island);
      // Saved: it comes back after a reload.
      await expect
        .poll(async () => page.evaluate(() => Object.values({ ...localStorage }).join('\n')), { timeout: 5000 })
        .toContain('Wat fijn dat je schrijft.');
      await page.reload();
      await expect(editor).toHaveValue(text);
    });
  }

  for (const [kind, path] of [
    ['exercise', `oefeningen/${exercise.id}/`],
    ['trajectory', `trajecten/${trajectory.id}/`],
  ] as const) {
    test(`the ${kind} page comes to life without waiting for the feedback engine`, async ({ page }) => {
      // Hold back every file of the engine: the editor's counts and saving must not need it.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const engine = /\/_astro\/feedback\.[^/]*\.js$/;
      await page.route(engine, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(path);
      const editor = page.locator('textarea[name="reply"]');
      await editor.fill('Beste cliënt,\n\nDank je wel voor je bericht.');
      await expect(page.locator('[data-counts]')).toContainText('8 woorden');
      await expect(page.locator(kind === 'exercise' ? '[data-save-attempt]' : '[data-send]')).toBeEnabled();
      // Once the engine arrives, the text is judged.
      release();
      await judged(page);
      await page.unroute(engine);
    });
  }

  test('stored progress is applied after hydration without a layout shift (phone width)', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    // An exercise with a saved attempt and a draft; a trajectory at step 2 with a draft.
    await page.goto(`oefeningen/${exercise.id}/`);
    await page.locator('textarea[name="reply"]').fill('Beste cliënt,\n\nWat fijn dat je schrijft. Hoe gaat het nu?');
    await page.locator('[data-save-attempt]').click();
    await expect(page.locator('[data-attempt-note]')).toBeVisible();
    await page.goto(`trajecten/${trajectory.id}/`);
    await page.locator('textarea[name="reply"]').fill('Beste cliënt,\n\nDank je voor je bericht.');
    await page.locator('[data-send]').click();
    await expect(page.locator('[data-step-editor="2"]')).toBeVisible();
    await page.locator('textarea[name="reply"]').fill('Een begin van stap twee');
    await expect
      .poll(async () => page.evaluate(() => Object.values({ ...localStorage }).join('\n')), { timeout: 5000 })
      .toContain('Een begin van stap twee');

    expect(await layoutShiftOf(page, `oefeningen/${exercise.id}/`, judged)).toBe(0);
    await expect(page.locator('textarea[name="reply"]')).toHaveValue('Beste cliënt,\n\nWat fijn dat je schrijft. Hoe gaat het nu?');
    expect(await layoutShiftOf(page, `trajecten/${trajectory.id}/`, judged)).toBe(0);
    await expect(page.locator('[data-step-editor="2"] textarea[name="reply"]')).toHaveValue('Een begin van stap twee');
  });
});
