import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { loadTrajectories } from '../../src/lib/trajectory-files/load-node.ts';
import type { Trajectory } from '../../src/lib/trajectory-files/schema.ts';
import { earlierMessages, stepJudgeInput } from '../../src/lib/trajectory-files/step.ts';
import { judge } from '../../src/lib/feedback/index.ts';
import { checkPage } from './lib/page-check.ts';
import { waitForOfflineReady } from './lib/offline-check.ts';

/**
 * A whole trajectory by keyboard alone: read each client message, write the
 * reply with live feedback, send it; close the page half-way and continue at
 * the same step; then the finished thread in the portfolio, in the export file
 * and in the trainer's view of that file. Runs on the root and /cursus/ builds
 * (the file name ends in walk.spec.ts), as does the axe check of the new pages.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const trajectories: Trajectory[] = [...loadTrajectories(root).trajectories].sort((a, b) => a.steps.length - b.steps.length || a.id.localeCompare(b.id));
if (trajectories.length === 0) throw new Error('The end-to-end tests need a trajectory in trajectories/.');
const trajectory = trajectories[0]!;
const total = trajectory.steps.length;
const half = Math.ceil(total / 2);

/** Presses Tab until the element matching `selector` has the focus (keyboard only, as a trainee would). */
async function tabTo(page: Page, selector: string, limit = 300): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} not reached with Tab`);
}

const thread = (page: Page) => page.locator('[data-thread] [data-thread-message]');

/** What the engine says of the model reply at step n: the page must show the same. */
const verdicts = (n: number) => {
  const step = trajectory.steps[n - 1]!;
  return judge(stepJudgeInput(trajectory, step, step.modelReply, earlierMessages(trajectory.steps, n))).criteria.map((c) => [c.id, c.status] as const);
};

async function answerStep(page: Page, n: number): Promise<void> {
  const step = trajectory.steps[n - 1]!;
  await expect(page.locator('[data-step-focus]')).toContainText(step.focus);
  await expect(page.locator(`[data-thread-message][data-author="client"][data-step="${n}"]`)).toContainText(step.message.trim().split('\n')[0]!);
  await tabTo(page, 'textarea[name="reply"]');
  await page.keyboard.insertText(step.modelReply);
  // The same live feedback as the exercises, on this step's criteria: what the engine says of this text.
  await expect(page.locator('[data-criterion][data-status]')).toHaveCount(step.criteria.length);
  for (const [id, status] of verdicts(n)) await expect(page.locator(`[data-criterion="${id}"]`)).toHaveAttribute('data-status', status);
  await tabTo(page, '[data-send]');
  await page.keyboard.press('Enter');
  await expect(page.locator(`[data-thread-message][data-author="coach"][data-step="${n}"]`)).toContainText(step.modelReply.trim().split('\n')[0]!);
}

test(`trajectory "${trajectory.id}": keyboard only, a break half-way, then portfolio, export and trainer view`, async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto(`trajecten/${trajectory.id}/`);
  await expect(thread(page)).toHaveCount(1);
  await expect(page.locator('[data-thread-message][data-author="client"]')).toHaveCount(1);
  await expect(page.locator('.phases li[aria-current="step"]')).toHaveText('Intake');

  for (let n = 1; n <= half; n++) await answerStep(page, n);
  await expect(thread(page)).toHaveCount(2 * half + 1);

  // A draft at the next step, then the browser is closed and opened again.
  const draft = 'Beste, dit is een begin';
  await tabTo(page, 'textarea[name="reply"]');
  await page.keyboard.insertText(draft);
  await page.waitForTimeout(600);
  const saved = await context.storageState();
  await page.close();
  const again = await context.browser()!.newContext({ storageState: saved, baseURL: test.info().project.use.baseURL });
  const page2 = await again.newPage();
  await page2.goto(`trajecten/${trajectory.id}/`);
  await expect(thread(page2)).toHaveCount(2 * half + 1);
  await expect(page2.locator('#step-title')).toContainText(`Stap ${half + 1} van ${total}`);
  await expect(page2.locator('textarea[name="reply"]')).toHaveValue(draft);
  for (let n = 1; n <= half; n++) {
    await expect(page2.locator(`[data-thread-message][data-author="coach"][data-step="${n}"]`)).toContainText(trajectory.steps[n - 1]!.modelReply.trim().split('\n')[0]!);
  }

  // The rest, still by keyboard (the draft is replaced by the model reply).
  await tabTo(page2, 'textarea[name="reply"]');
  await page2.keyboard.press('ControlOrMeta+A');
  await page2.keyboard.press('Delete');
  for (let n = half + 1; n <= total; n++) await answerStep(page2, n);
  await expect(thread(page2)).toHaveCount(2 * total);
  await expect(page2.locator('.phases li[aria-current="step"]')).toHaveText('Afsluiting');
  const summary = page2.locator('[data-trajectory-summary]');
  await expect(summary).toBeVisible();
  for (let n = 1; n <= total; n++) {
    const met = verdicts(n).filter(([, status]) => status === 'met').length;
    await expect(summary.locator(`[data-summary-step="${n}"]`)).toContainText(`${met} van ${trajectory.steps[n - 1]!.criteria.length}`);
  }
  await tabTo(page2, 'textarea[name="reflection"]');
  await page2.keyboard.insertText('Ik leerde wachten op de cliënt.');
  await page2.keyboard.press('Tab');

  // An earlier reply revised: marked "herzien".
  await tabTo(page2, '[data-revise="1"]');
  await page2.keyboard.press('Enter');
  await expect(page2.locator('textarea[name="reply"]')).toBeFocused();
  await page2.keyboard.press('End');
  await page2.keyboard.insertText('\nPS: ik kijk uit naar je volgende bericht.');
  await tabTo(page2, '[data-send]');
  await page2.keyboard.press('Enter');
  await expect(page2.locator('[data-thread-message][data-author="coach"][data-step="1"]')).toContainText('herzien');
  await expect(page2.locator('[data-thread-message][data-author="coach"][data-step="1"]')).toContainText('PS: ik kijk uit');

  // The portfolio shows the finished thread.
  await page2.goto('voortgang/portfolio/');
  const pf = page2.locator(`[data-portfolio-trajectory="${trajectory.id}"]`);
  await expect(pf.locator('[data-thread-message]')).toHaveCount(2 * total);
  await expect(pf.locator('[data-thread-message][data-author="coach"][data-step="1"]')).toContainText('herzien');
  await expect(pf.locator('[data-trajectory-reflection]')).toHaveText('Ik leerde wachten op de cliënt.');

  // The export file holds it, and the trainer's view shows it.
  await page2.goto('voortgang/');
  const [download] = await Promise.all([page2.waitForEvent('download'), page2.locator('[data-export]').click()]);
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { progress: { trajectories?: Record<string, { steps: Record<string, { replies: unknown[] }> }> } };
  expect(Object.keys(file.progress.trajectories?.[trajectory.id]?.steps ?? {})).toHaveLength(total);
  expect(file.progress.trajectories?.[trajectory.id]?.steps['1']?.replies).toHaveLength(2);

  const trainer = await context.browser()!.newContext({ baseURL: test.info().project.use.baseURL });
  const view = await trainer.newPage();
  await view.goto('voortgang/bekijken/');
  await view.locator('input[type="file"]').setInputFiles((await download.path())!);
  const read = view.locator(`[data-portfolio-trajectory="${trajectory.id}"]`);
  await expect(read.locator('[data-thread-message]')).toHaveCount(2 * total);
  await expect(read.locator('[data-thread-message][data-author="client"][data-step="1"]')).toContainText(trajectory.steps[0]!.message.trim().split('\n')[0]!);
  await expect(read.locator('textarea, [data-send]')).toHaveCount(0);
  await trainer.close();
  await again.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the trajectory list and a trajectory page (${scheme})`, async ({ page, baseURL }) => {
    await checkPage(page, 'trajecten/', baseURL!, scheme);
    await expect(page.locator('[data-trajectory-id]')).toHaveCount(trajectories.length);
    await expect(page.locator(`[data-trajectory-id="${trajectory.id}"] [data-trajectory-status-text]`)).toHaveText(/Niet begonnen/);
    await checkPage(page, `trajecten/${trajectory.id}/`, baseURL!, scheme);
    await expect(page.locator('textarea[name="reply"]')).toBeVisible();
    await expect(page.locator('[data-criterion][data-status]').first()).toBeVisible();
  });
}

test('a trajectory in progress and a finished one, with the summary, have no axe violations', async ({ page, baseURL }) => {
  await page.goto(`trajecten/${trajectory.id}/`);
  for (let n = 1; n <= total; n++) {
    await page.locator('textarea[name="reply"]').fill(trajectory.steps[n - 1]!.modelReply);
    await page.locator('[data-send]').click();
    if (n === 1) {
      await page.locator('[data-model-reply] summary').first().click();
      await checkPage(page, `trajecten/${trajectory.id}/`, baseURL!, 'light');
    }
  }
  // The last reply is sent (the summary shows) before the page is loaded again.
  await expect(page.locator('[data-trajectory-summary]')).toBeVisible();
  await checkPage(page, `trajecten/${trajectory.id}/`, baseURL!, 'dark');
  await expect(page.locator('[data-trajectory-summary]')).toBeVisible();
  await page.goto('trajecten/');
  await expect(page.locator(`[data-trajectory-id="${trajectory.id}"] [data-trajectory-status-text]`)).toHaveText(/Afgerond/);
});

test('search finds a trajectory by its client and its theme, and it is precached for offline use', async ({ page, request, baseURL }) => {
  const link = `a[href="${new URL(`trajecten/${trajectory.id}/`, baseURL).pathname}"]`;
  const results = page.getByRole('list', { name: 'Zoekresultaten' });
  // The theme's longest word: the most telling one.
  const themeWord = (trajectory.theme ?? '').split(/[^\p{L}-]+/u).sort((a, b) => b.length - a.length)[0];
  for (const query of [trajectory.client.name, ...(themeWord ? [themeWord] : [])]) {
    await page.goto(`zoeken/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('[data-search-status]')).toHaveAttribute('data-state', 'done');
    const item = results.getByRole('listitem').filter({ has: page.locator(link) });
    // Practice comes after the lessons: ask for more results until the trajectory is among them.
    const more = page.getByRole('button', { name: /^Meer resultaten/ });
    while ((await item.count()) === 0 && (await more.isVisible())) {
      const shown = await results.getByRole('listitem').count();
      await more.click();
      await expect(results.getByRole('listitem')).not.toHaveCount(shown);
    }
    await expect(item).toBeVisible();
    await expect(item).toContainText('Traject');
  }
  const worker = await (await request.get('sw.js')).text();
  for (const t of trajectories) expect(worker).toContain(`trajecten/${t.id}/index.html`);
  expect(worker).toContain('trajecten/index.html');
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, the trajectory list and a trajectory work offline, feedback included', async ({ page, context, baseURL }) => {
    test.setTimeout(120_000);
    await page.goto(baseURL!);
    await waitForOfflineReady(page);
    await context.setOffline(true);
    await page.goto('trajecten/');
    await expect(page.locator(`[data-trajectory-id="${trajectory.id}"]`)).toBeVisible();
    await page.goto(`trajecten/${trajectory.id}/`);
    await expect(page.getByRole('heading', { level: 1, name: 'Je bent offline' })).toHaveCount(0);
    const step = trajectory.steps[0]!;
    await page.locator('textarea[name="reply"]').fill(step.modelReply);
    for (const [id, status] of verdicts(1)) await expect(page.locator(`[data-criterion="${id}"]`)).toHaveAttribute('data-status', status);
    await page.locator('[data-send]').click();
    await expect(thread(page)).toHaveCount(3);
  });
});
