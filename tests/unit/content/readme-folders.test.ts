import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The README's "What is in the box" table is how a new engineer finds their
 * way: every folder of the project (top level, `src/`, `src/lib/`, `tests/`)
 * must be named in it, and everything it names must exist.
 */
const ROOT = join(import.meta.dirname, '../../..');
/** Build output and tools' caches: not part of the project (see .gitignore). */
const IGNORED = /^(node_modules|dist|dist-.*|test-results|playwright-report)$/;

function boxTable(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('## What is in the box');
  const end = readme.indexOf('\n## ', start + 1);
  expect(start, 'README has a "What is in the box" section').toBeGreaterThan(-1);
  return readme.slice(start, end);
}

/** The paths in the table's first column, e.g. `src/lib/site/`, `src/content/glossary.yaml`. */
function namedPaths(): string[] {
  return boxTable()
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}

function folders(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !IGNORED.test(e.name))
    .map((e) => `${dir ? `${dir}/` : ''}${e.name}/`);
}

describe('the README\'s "What is in the box" table', () => {
  it('names every folder of the project (or something inside it)', () => {
    const named = namedPaths();
    const all = [...folders(''), ...folders('src'), ...folders('src/lib'), ...folders('tests')];
    const missing = all.filter((folder) => !named.some((path) => path.startsWith(folder)));
    expect(missing, 'folders the README does not name').toEqual([]);
  });

  it('names only paths that exist', () => {
    const absent = namedPaths().filter((path) => !existsSync(join(ROOT, path)));
    expect(absent, 'paths in the table that do not exist').toEqual([]);
  });
});
