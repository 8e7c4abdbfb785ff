#!/usr/bin/env node
// `npm test`: unit tests (Vitest), a root build and a /cursus/ build, then the
// end-to-end tests (Playwright) against both. Ends with one line that sums up
// all suites: "N passed, N failed". Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { countVitest, countPlaywright } from './lib/test-counts.mjs';

const REPORTS = '.cache/test-reports';
mkdirSync(REPORTS, { recursive: true });
const totals = { passed: 0, failed: 0 };

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function readJson(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

// 1. Unit tests
const vitestReport = join(REPORTS, 'vitest.json');
rmSync(vitestReport, { force: true });
const unitOk = run('Unit tests (Vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
const unit = countVitest(readJson(vitestReport));
totals.passed += unit.passed;
totals.failed += unit.failed;
if (!unitOk && unit.failed === 0) totals.failed += 1; // the runner itself failed

// 2. Builds
const buildOk =
  run('Build (root)', 'npm', ['run', '--silent', 'build'], { BASE_PATH: '/', KLIK_OUT_DIR: 'dist' }) &&
  run('Build (/cursus/)', 'npm', ['run', '--silent', 'build'], { BASE_PATH: '/cursus/', KLIK_OUT_DIR: 'dist-cursus' });
if (!buildOk) {
  totals.failed += 1;
  console.log('\nThe build failed, so the end-to-end tests were not run.');
} else {
  // 3. End-to-end tests
  const pwReport = join(REPORTS, 'playwright.json');
  rmSync(pwReport, { force: true });
  const e2eOk = run('End-to-end tests (Playwright)', 'npx', ['playwright', 'test', ...process.argv.slice(2)], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: pwReport,
  });
  const e2e = countPlaywright(readJson(pwReport));
  totals.passed += e2e.passed;
  totals.failed += e2e.failed;
  if (!e2eOk && e2e.failed === 0) totals.failed += 1;
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
