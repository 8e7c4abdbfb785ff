import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every Svelte island of the course shares one runtime chunk, so a feature one
 * component uses is loaded by every page with an island. `<svelte:element>` and
 * spread attributes (`{...props}`) pull Svelte's attribute spreading (with the
 * select bindings it carries) into that chunk: 2.8 KB gzip more on the exercise
 * and trajectory pages, whose JS budget is 70 KB in all (`npm run bench`).
 * Plain elements and named attributes do the same job.
 */
function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return svelteFiles(path);
    return entry.name.endsWith('.svelte') ? [path] : [];
  });
}

describe('Svelte components keep the shared runtime small', () => {
  const files = svelteFiles('src');

  it('finds the components', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('use no <svelte:element> and no spread attributes or props', () => {
    const found: string[] = [];
    for (const file of files) {
      // Markup only: comments may name what they avoid, scripts may spread arrays and objects.
      const markup = readFileSync(file, 'utf8')
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/<script\b[\s\S]*?<\/script>/g, '')
        .replace(/<style\b[\s\S]*?<\/style>/g, '');
      if (/<svelte:element\b/.test(markup)) found.push(`${file}: <svelte:element>`);
      if (/<[\w:.-]+\b[^>]*\{\s*\.\.\./.test(markup)) found.push(`${file}: {...spread}`);
    }
    expect(found).toEqual([]);
  });
});
