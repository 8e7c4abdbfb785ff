/**
 * Start-up of the exercise and trajectory pages on a slow phone: the longest
 * main-thread task while a page loads under 4× CPU throttling in Chromium
 * (CDP `Emulation.setCPUThrottlingRate`), long tasks from a PerformanceObserver
 * ('longtask') installed before the page's first script. "During load" runs
 * until the feedback is shown (the engine may load at idle) and the main thread
 * has been quiet for a second. Prints; never fails on a figure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './find-chromium.mjs';
import { serveStatic } from './static-server.mjs';
import { NOT_JUDGED_MESSAGE } from '../../src/lib/exercise-page/feedback.ts';

export const THROTTLE = 4;
const RUNS = 3;
/** Until the page is judged and then quiet this long. */
const QUIET_MS = 1000;

interface LoadFigures {
  /** Longest long task (ms). */
  longest: number;
  /** Total blocking time: the sum of every long task's part over 50 ms. */
  blocking: number;
}

/** One load of `url` in a fresh context with the CPU slowed down `THROTTLE` times. */
export async function loadUnderThrottling(browser: Browser, url: string): Promise<LoadFigures> {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await page.goto(url, { waitUntil: 'load' });
    // Judged: no criterion still says it has no feedback yet.
    await page.waitForFunction(
      (notJudged) => {
        const messages = [...document.querySelectorAll('[data-criterion][data-status] .message')];
        return messages.length > 0 && messages.every((m) => m.textContent?.trim() !== notJudged);
      },
      NOT_JUDGED_MESSAGE,
      { timeout: 60_000 },
    );
    await page.waitForLoadState('networkidle');
    // Then wait until no long task has started for QUIET_MS.
    let seen = -1;
    for (let i = 0; i < 20; i++) {
      await page.waitForTimeout(QUIET_MS);
      const count = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.length);
      if (count === seen) break;
      seen = count;
    }
    const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    return { longest: Math.max(0, ...tasks), blocking: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0) };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

/**
 * The longest task during load of one exercise page with an editor and one
 * trajectory page (median of RUNS loads each, fresh browser state each time).
 */
export async function benchStartup(dist: string, built: readonly string[]): Promise<Array<{ label: string; value: string }>> {
  const pages = built.map((p) => (p.startsWith('/') ? p : `/${p}`));
  const writing = pages.filter(
    (p) => /^\/oefeningen\/[^/]+\/$/.test(p) && !readFileSync(join(dist, p, 'index.html'), 'utf8').includes('data-kind="best-reply"'),
  );
  const trajectories = pages.filter((p) => /^\/trajecten\/[^/]+\/$/.test(p));
  const targets = [
    // A rewrite exercise: the most to show at start (the draft in the editor, judged at once).
    { name: 'exercise', page: writing.find((p) => readFileSync(join(dist, p, 'index.html'), 'utf8').includes('data-kind="rewrite"')) ?? writing[0] },
    { name: 'trajectory', page: trajectories[0] },
  ];
  const server = await serveStatic({ dir: dist, base: '/', port: 0 });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const rows: Array<{ label: string; value: string }> = [];
  try {
    for (const { name, page } of targets) {
      if (!page) continue;
      const runs: LoadFigures[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await loadUnderThrottling(browser, `http://127.0.0.1:${port}${page}`));
      rows.push({
        label: `${name} page: longest main-thread task during load, ${THROTTLE}× CPU throttling (median of ${RUNS}; target ≤ 200 ms)`,
        value: `${median(runs.map((r) => r.longest)).toFixed(0)} ms (${page})`,
      });
      rows.push({
        label: `${name} page: total blocking time during load, ${THROTTLE}× CPU throttling (median of ${RUNS})`,
        value: `${median(runs.map((r) => r.blocking)).toFixed(0)} ms`,
      });
    }
    return rows;
  } finally {
    await browser.close();
    server.close();
  }
}
