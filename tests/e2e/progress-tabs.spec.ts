import { expect, test, type Page } from '@playwright/test';
import { storedProgress } from './lib/progress-state.ts';
import { exercises } from './lib/exercises.ts';

/**
 * Two (and more) tabs of one browser writing progress at the same moment lose
 * nothing: every tab writes only the items it changes. Real pages, real
 * localStorage; the clicks land within 0–50 ms of each other.
 */

const [X, Y, Z] = exercises.map((e) => e.id).sort();
if (!X || !Y || !Z) throw new Error('These tests need at least three exercises in exercises/.');

const RUNS = 50;

async function openExercise(page: Page, id: string): Promise<void> {
  await page.goto(`oefeningen/${id}/`);
  await expect(page.locator('textarea[name="reply"]')).toBeVisible();
}

/**
 * Clicks "Poging bewaren" in every page at one shared moment plus 0–50 ms
 * each. Before its click each page is busy for 60 ms, as computing feedback
 * keeps a slower laptop busy: so no page hears of another page's write (the
 * storage event waits for a free main thread) before it writes itself.
 */
async function clickTogether(pages: Page[]): Promise<void> {
  const at = Date.now() + 150;
  await Promise.all(
    pages.map((page) =>
      page.evaluate(
        ([when, offset]) =>
          new Promise<void>((resolve) => {
            setTimeout(
              () => {
                const busyUntil = performance.now() + 60;
                while (performance.now() < busyUntil) {
                  /* busy, like a long feedback computation */
                }
                const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Poging bewaren');
                button?.click();
                resolve();
              },
              Math.max(0, when! - Date.now() + offset!),
            );
          }),
        [at, Math.floor(Math.random() * 51)],
      ),
    ),
  );
}

test('four tabs pressing "Poging bewaren" within 0–50 ms, 50 times: no attempt, draft or mark is lost', async ({ context }) => {
  test.setTimeout(300_000);
  const [onX, onY, onZ1, onZ2] = await Promise.all([0, 1, 2, 3].map(() => context.newPage()));
  const pages = [onX!, onY!, onZ1!, onZ2!];
  await onX!.goto('oefeningen/');
  await onX!.evaluate(() => localStorage.clear());
  await openExercise(onX!, X);
  await openExercise(onY!, Y);
  await openExercise(onZ1!, Z);
  await openExercise(onZ2!, Z);

  const expected: Record<string, string[]> = { [X]: [], [Y]: [], [Z]: [] };
  const texts = (run: number) => [`Beste cliënt, poging ${run} op X.`, `Beste cliënt, poging ${run} op Y.`, `Beste cliënt, poging ${run} uit tab een.`, `Beste cliënt, poging ${run} uit tab twee.`];
  for (let run = 1; run <= RUNS; run++) {
    const [tx, ty, tz1, tz2] = texts(run);
    await Promise.all(pages.map((page, i) => page.locator('textarea[name="reply"]').fill(texts(run)[i]!)));
    await clickTogether(pages);
    expected[X]!.push(tx!);
    expected[Y]!.push(ty!);
    expected[Z]!.push(tz1!, tz2!);
    for (const page of pages) await expect(page.locator('[data-attempt-note]')).toContainText('is bewaard.');
  }

  const state = await storedProgress(onX!);
  expect(state.exercises[X]?.attempts.map((a) => a.text).sort()).toEqual([...expected[X]!].sort());
  expect(state.exercises[Y]?.attempts.map((a) => a.text).sort()).toEqual([...expected[Y]!].sort());
  expect(state.exercises[Z]?.attempts.map((a) => a.text).sort()).toEqual([...expected[Z]!].sort());
  // Every tab's own draft is there; on the shared exercise the later save wins.
  expect(state.exercises[X]?.draft?.text).toBe(texts(RUNS)[0]);
  expect(state.exercises[Y]?.draft?.text).toBe(texts(RUNS)[1]);
  expect([texts(RUNS)[2], texts(RUNS)[3]]).toContain(state.exercises[Z]?.draft?.text);

  // The pages follow each other: the shared exercise shows every attempt in both tabs.
  await expect(onZ1!.locator('.model .help').first()).toContainText(`${2 * RUNS} pogingen`);
  await expect(onZ2!.locator('.model .help').first()).toContainText(`${2 * RUNS} pogingen`);
});

test('two tabs marking different lessons and saving drafts at the same moment keep both', async ({ context }) => {
  const one = await context.newPage();
  const two = await context.newPage();
  await one.goto('./');
  const lessons = await one.locator('[data-lesson-link]').evaluateAll((links) => [...new Set(links.map((a) => (a as HTMLElement).dataset.lessonLink!))]);
  const [first, second] = lessons;
  expect(first && second).toBeTruthy();
  for (let run = 0; run < 10; run++) {
    await one.evaluate(() => localStorage.clear());
    await one.goto(`lessen/${first}/`);
    await two.goto(`lessen/${second}/`);
    const button = (page: Page) => page.locator('[data-mark-as-read] button');
    await expect(button(one)).toHaveText('Markeer als gelezen');
    await expect(button(two)).toHaveText('Markeer als gelezen');
    await Promise.all([button(one).click(), button(two).click()]);
    await expect(one.locator(`[data-lesson-link="${second}"]`).first()).toHaveAttribute('data-read', 'true');
    await expect(two.locator(`[data-lesson-link="${first}"]`).first()).toHaveAttribute('data-read', 'true');
    const state = await storedProgress(one);
    expect(Object.keys(state.lessons).sort()).toEqual([first, second].sort());
  }
});
