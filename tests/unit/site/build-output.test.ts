import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { spawnSync } from 'node:child_process';

/**
 * One real build (`npm run build`: Astro, then the search index and the service
 * worker) into a temporary folder. A newcomer must see no warning in its
 * output, and the service worker must store the whole course for offline use.
 */
let out = '';
let status: number | null = null;
let output = '';

/** Every file under `dir`, as a path relative to it with forward slashes. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The URLs in the precache list written into sw.js (`url:"…"` or `"url":"…"`). */
function precachedUrls(sw: string): Set<string> {
  return new Set([...sw.matchAll(/"?url"?:\s*"([^"]+)"/g)].map((m) => m[1]!));
}

describe('npm run build', () => {
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'klik-build-'));
    const result = spawnSync('npm', ['run', '--silent', 'build'], {
      encoding: 'utf8',
      env: { ...process.env, KLIK_OUT_DIR: out, BASE_PATH: '/', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    status = result.status;
    output = `${result.stdout}\n${result.stderr}`;
  }, 240_000);
  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('succeeds and prints no warning', () => {
    expect(status, output).toBe(0);
    const warnings = output.split('\n').filter((line) => /\[WARN\]|\bwarn(ing)?s?\b|MODULE_LEVEL_DIRECTIVE/i.test(line));
    expect(warnings).toEqual([]);
  });

  it('writes a service worker that precaches every page, asset and the Dutch search index', () => {
    const urls = precachedUrls(readFileSync(join(out, 'sw.js'), 'utf8'));
    const files = filesUnder(out);
    const missing = files
      .filter((file) => /(^|\/)index\.html$/.test(file) || file.startsWith('_astro/') || file === 'manifest.webmanifest' || file.startsWith('icons/'))
      .filter((file) => !urls.has(`/${file}`));
    expect(missing).toEqual([]);
    for (const file of ['offline/index.html', 'pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/wasm.nl.pagefind', 'pagefind/pagefind-entry.json']) {
      expect(urls, file).toContain(`/${file}`);
    }
    const searchIndex = files.filter((file) => /^pagefind\/(index|fragment)\//.test(file) || file.endsWith('.pf_meta'));
    expect(searchIndex.length).toBeGreaterThan(0);
    expect(searchIndex.filter((file) => !urls.has(`/${file}`))).toEqual([]);
    // Not a page of the course, the worker itself, nor pagefind's unused UIs and language-less index.
    for (const file of ['404.html', 'sw.js', 'pagefind/pagefind-ui.js', 'pagefind/wasm.unknown.pagefind']) {
      expect(urls, file).not.toContain(`/${file}`);
    }
  });
}, 300_000);
