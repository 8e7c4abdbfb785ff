#!/usr/bin/env node
// `npm run bench`: builds the course once and prints figures — pages, build
// time, bytes per page (gzip), the feedback engine's speed and size, the
// exercise and trajectory pages' JavaScript and feedback latency, their
// longest main-thread task while loading under 4× CPU throttling, the
// offline precache, and what a search after a lesson fetches.
// It prints; it never fails on a figure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { builtPages } from './lib/built-pages.ts';
import { pageWeight } from './lib/page-weight.mjs';

type Row = { label: string; value: string };
const DIST = '.cache/bench-dist';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const printRows = (title: string, rows: Row[]) => {
  console.log(`\n## ${title}`);
  const width = Math.max(...rows.map((r) => r.label.length));
  for (const r of rows) console.log(`${r.label.padEnd(width)}  ${r.value}`);
};

async function optional<T>(label: string, load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    console.log(`\n(${label}: not measured — ${(error as Error).message.split('\n')[0]})`);
    return null;
  }
}

// 1. Build
const started = performance.now();
const build = spawnSync('npm', ['run', '--silent', 'build'], {
  env: { ...process.env, KLIK_OUT_DIR: DIST, BASE_PATH: '/' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const buildSeconds = (performance.now() - started) / 1000;
if (build.status !== 0 || !existsSync(DIST)) {
  console.error('The build failed; no figures.');
  process.exit(1);
}

// 2. Pages
const weights = builtPages(DIST).map((p) => pageWeight(DIST, '/', p));
const total = (w: (typeof weights)[number]) => w.html + w.css + w.js;
console.log('# Klik — figures');
printRows('Site', [
  { label: 'pages', value: String(weights.length) },
  { label: 'build time (astro + search index + service worker)', value: `${buildSeconds.toFixed(1)} s` },
]);
console.log('\n## Per page, first visit, gzip (HTML + CSS + JS)');
console.log(`${'page'.padEnd(58)} ${'HTML'.padStart(9)} ${'CSS'.padStart(9)} ${'JS'.padStart(9)} ${'total'.padStart(9)}`);
for (const w of weights) {
  console.log(`${w.page.padEnd(58)} ${kb(w.html).padStart(9)} ${kb(w.css).padStart(9)} ${kb(w.js).padStart(9)} ${kb(total(w)).padStart(9)}`);
}
const largest = weights.reduce((a, b) => (total(b) > total(a) ? b : a));
const lessons = weights.filter((w) => w.page.startsWith('/lessen/'));
const noIsland = weights.filter((w) => !w.page.startsWith('/oefeningen/') && !w.page.startsWith('/voortgang/') && !w.page.startsWith('/zoeken/') && !w.page.startsWith('/lessen/'));
printRows('Summary', [
  { label: 'largest page', value: `${largest.page} ${kb(total(largest))}` },
  { label: 'median page', value: kb(median(weights.map(total))) },
  { label: 'median HTML / CSS / JS', value: `${kb(median(weights.map((w) => w.html)))} / ${kb(median(weights.map((w) => w.css)))} / ${kb(median(weights.map((w) => w.js)))}` },
  { label: 'largest lesson page (target < 35 KB)', value: lessons.length ? kb(Math.max(...lessons.map(total))) : 'n/a' },
  { label: 'JS on pages without islands (site script only)', value: noIsland.length ? kb(Math.max(...noIsland.map((w) => w.js))) : 'n/a' },
  {
    label: 'lesson pages, most JS (target ≤ 8 KB in ≤ 4 files, ≤ 2 deep)',
    value: lessons.length
      ? `${kb(Math.max(...lessons.map((w) => w.js)))} in ${Math.max(...lessons.map((w) => w.jsFiles))} files, ${Math.max(...lessons.map((w) => w.jsDepth))} deep`
      : 'n/a',
  },
  ...weights
    .filter((w) => w.page === '/voortgang/')
    .map((w) => ({ label: '/voortgang/ JS (layout shift 0: tests/e2e/speed.spec.ts)', value: `${kb(w.js)} in ${w.jsFiles} files, ${w.jsDepth} deep` })),
]);

// 3. Feedback engine
const engine = await optional('feedback engine', async () => (await import('./bench-feedback.ts')).benchFeedback());
if (engine) printRows('Feedback engine', engine);

// 4. Exercise page
const exercise = await optional('exercise page', async () => (await import('./lib/bench-exercise.ts')).benchExercise(DIST, weights));
if (exercise) printRows('Exercise page', exercise);
const trajectory = await optional('trajectory page', async () => (await import('./lib/bench-exercise.ts')).benchTrajectory(DIST, weights));
if (trajectory) printRows('Trajectory page', trajectory);
const startup = await optional('start-up', async () => (await import('./lib/bench-startup.ts')).benchStartup(DIST, weights.map((w) => w.page)));
if (startup) printRows('Start-up on a slow phone (exercise and trajectory pages)', startup);

// 5. Offline
const offline = await optional('offline', async () => (await import('./lib/bench-offline.mjs')).benchOffline(DIST));
if (offline) printRows('Offline (precache and search index)', offline);

// 6. Search after a lesson
const search = await optional('search', async () => (await import('./lib/bench-search.ts')).benchSearch(DIST));
if (search) printRows('Search after a lesson (requests and gzip bytes from Enter on, and from the first focus)', search);
