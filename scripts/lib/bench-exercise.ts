import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './find-chromium.mjs';
import { serveStatic } from './static-server.mjs';
import { pageJs, type PageJs } from './page-js.ts';
import { loadExercises } from '../../src/lib/exercise-files/load-node.ts';
import { loadTrajectories } from '../../src/lib/trajectory-files/load-node.ts';

interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
}

const EDITS = 20;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** "client 16.3, feedback 15.4, …": each file's name without its hash, largest first. */
const breakdown = (js: PageJs) =>
  [...js.files]
    .sort((a, b) => b.gzip - a.gzip)
    .map((f) => `${f.file.replace(/^.*\//, '').replace(/\.[\w-]{8}\.js$/, '').replace(/\.astro_astro_type_script_index_\d+_lang$/, ' (script)')} ${(f.gzip / 1024).toFixed(1)}`)
    .join(', ');

/**
 * The JavaScript files a page fetched in the browser until its editor had feedback
 * and the trainee had typed (so an engine loaded on first input is fetched too).
 * Used to check the build's import graph (`page-js.ts`) misses nothing.
 */
async function fetchedJs(browser: Browser, origin: string, path: string): Promise<Set<string>> {
  const page = await browser.newPage();
  const files = new Set<string>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === origin && url.pathname.endsWith('.js')) files.add(url.pathname.slice(1));
  });
  await page.goto(`${origin}${path}`);
  await page.locator('textarea[name="reply"]').waitFor();
  await page.locator('textarea[name="reply"]').pressSequentially('Beste ');
  await page.locator('[data-criterion][data-status]').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.close();
  return files;
}

/** The criteria each exercise page and trajectory page can load (a trajectory: those of all its steps). */
function criteriaByPage(): Map<string, string[]> {
  const root = process.cwd();
  const out = new Map<string, string[]>();
  for (const e of loadExercises(root).exercises) out.set(`/oefeningen/${e.id}/`, e.criteria.map((c) => c.id));
  for (const t of loadTrajectories(root).trajectories) out.set(`/trajecten/${t.id}/`, [...new Set(t.steps.flatMap((s) => s.criteria.map((c) => c.id)))]);
  return out;
}

/** Pastes 1 MB of text into the editor, then types one key and reports the longest main-thread task that follows. */
async function longestTaskAfterPaste(browser: Browser, origin: string, path: string): Promise<number> {
  const page = await browser.newPage();
  await page.goto(`${origin}${path}`);
  await page.locator('[data-criterion][data-status]').first().waitFor();
  const paste = (extra: string) =>
    page.evaluate((extra) => {
      const area = document.querySelector<HTMLTextAreaElement>('textarea[name="reply"]')!;
      area.value = extra ? area.value + extra : 'Wat knap dat je dit schrijft, je moet gewoon doorgaan. Hoe gaat het met je?\n'.repeat(12_900);
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, extra);
  await paste('');
  await page.waitForTimeout(1500);
  await page.evaluate(() => {
    (window as unknown as { longest: number }).longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const w = window as unknown as { longest: number };
        w.longest = Math.max(w.longest, entry.duration);
      }
    }).observe({ type: 'longtask', buffered: false });
  });
  await paste('a');
  await page.waitForTimeout(1500);
  const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  await page.close();
  return longest;
}

/**
 * The exercise page's JavaScript (gzip, first visit) and the time from the last
 * keystroke to updated feedback in the browser: the median of 20 edits, each
 * measured from the input event to the change of the highlighted reply.
 */
export async function benchExercise(dist: string, weights: PageWeight[]): Promise<Array<{ label: string; value: string }>> {
  return benchReplyPage(dist, weights, /^\/oefeningen\/[^/]+\/$/, 'exercise');
}

/** The same figures for the trajectory pages (the editor of the first step). */
export async function benchTrajectory(dist: string, weights: PageWeight[]): Promise<Array<{ label: string; value: string }>> {
  return benchReplyPage(dist, weights, /^\/trajecten\/[^/]+\/$/, 'trajectory');
}

async function benchReplyPage(dist: string, weights: PageWeight[], pattern: RegExp, name: string): Promise<Array<{ label: string; value: string }>> {
  // Pages with an editor: a best-reply exercise has none (the trainee chooses one of three replies).
  const exercisePages = weights.filter(
    (w) => pattern.test(w.page) && !readFileSync(join(dist, w.page, 'index.html'), 'utf8').includes('data-kind="best-reply"'),
  );
  if (exercisePages.length === 0) throw new Error(`no ${name} pages in the build`);
  const heaviest = exercisePages.reduce((a, b) => (b.js > a.js ? b : a));

  const server = await serveStatic({ dir: dist, base: '/', port: 0 });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const origin = `http://127.0.0.1:${port}`;
    // Everything each page can load while it is used: at start, on first input, after
    // "Verstuur", the model answer, the diff… (the build's import graph), checked against
    // what the browser fetched.
    const criteria = criteriaByPage();
    let most: { page: string; js: PageJs | null } = { page: '', js: null };
    for (const w of exercisePages) {
      const js = pageJs(dist, '/', w.page.slice(1), criteria.get(w.page) ?? []);
      const known = new Set(js.files.map((f) => f.file));
      const missed = [...(await fetchedJs(browser, origin, w.page))].filter((file) => !known.has(file));
      if (missed.length) throw new Error(`${w.page} fetched ${missed.join(', ')}, which the import graph of the build does not reach`);
      if (!most.js || js.all > most.js.all) most = { page: w.page, js };
    }
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}${heaviest.page}`);
    await page.locator('textarea[name="reply"]').waitFor();
    // An empty editor shows no highlighted text yet: start the reply first.
    if ((await page.locator('textarea[name="reply"]').inputValue()) === '') await page.locator('textarea[name="reply"]').fill('Beste ');
    await page.locator('[aria-label="Je tekst met markeringen"]').waitFor();
    const times: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      times.push(
        await page.evaluate(
          (n) =>
            new Promise<number>((resolve) => {
              const area = document.querySelector<HTMLTextAreaElement>('textarea[name="reply"]')!;
              const view = document.querySelector('[aria-label="Je tekst met markeringen"]')!;
              const observer = new MutationObserver(() => {
                observer.disconnect();
                resolve(performance.now() - start);
              });
              observer.observe(view, { subtree: true, childList: true, characterData: true });
              const start = performance.now();
              area.value += n % 5 === 4 ? ' ' : 'e';
              area.dispatchEvent(new Event('input', { bubbles: true }));
            }),
          i,
        ),
      );
    }
    times.sort((a, b) => a - b);
    const median = (times[EDITS / 2 - 1]! + times[EDITS / 2]!) / 2;
    const pasted = await longestTaskAfterPaste(browser, origin, heaviest.page);
    return [
      { label: `${name} page JS at start, gzip (static imports; largest)`, value: `${kb(heaviest.js)} (${heaviest.page})` },
      {
        label: `${name} page JS in all, gzip (every file it can load while used, its criteria only; largest; target ≤ 70 KB)`,
        value: `${kb(most.js!.all)} (${most.page}; ${kb(most.js!.start)} at start)`,
      },
      { label: `${name} page JS in all, by file`, value: breakdown(most.js!) },
      { label: `keystroke to updated feedback, median of ${EDITS} edits (target < 50 ms)`, value: `${median.toFixed(1)} ms` },
      { label: 'keystroke to updated feedback, slowest edit', value: `${times.at(-1)!.toFixed(1)} ms` },
      { label: 'longest main-thread task after a keystroke with 1 MB pasted (target < 100 ms)', value: `${pasted.toFixed(0)} ms` },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
