import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from 'svelte/compiler';

/**
 * Every Svelte island of the course shares one runtime chunk, so a feature one
 * component uses is loaded by every page with an island. `<svelte:element>` and
 * spread attributes (`{...props}`) pull Svelte's attribute spreading (with the
 * select bindings it carries) into that chunk: 2.8 KB gzip more on the exercise
 * and trajectory pages, whose JS budget is 70 KB in all (`npm run bench`).
 * Plain elements and named attributes do the same job.
 *
 * The same holds for Svelte's `$store` syntax (its store runtime; the islands
 * read the nanostores atoms into `$state` in an effect instead), for
 * `bind:group` and `bind:checked` (`checked` with `onchange` does it), and for
 * a class given as an expression, `class={x}`, which goes through `clsx` (a
 * string, `class="{x}"`, does not): 0.6 KB gzip together.
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

  it('use no `$store` syntax, bind:group, bind:checked or class={expression}', () => {
    const found: string[] = [];
    for (const file of files) {
      const { js } = compile(readFileSync(file, 'utf8'), { filename: file, generate: 'client' });
      for (const helper of ['store_get', 'bind_group', 'bind_checked', 'clsx']) if (js.code.includes(`$.${helper}(`)) found.push(`${file}: ${helper}`);
    }
    expect(found).toEqual([]);
  });
});
