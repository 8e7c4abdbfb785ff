import { test, expect } from '@playwright/test';
import { checkPage } from './lib/page-check.ts';
import { builtPages, readBuiltPage } from '../../scripts/lib/built-pages.ts';

/**
 * Checks that hold for every built page, found by walking the build output (not
 * a hand-kept list). Runs in the `root` and the `cursus` (sub-path) projects.
 */
const pages = builtPages();

test('the build has the course pages', () => {
  for (const required of ['', 'oefeningen/', 'voortgang/', 'zoeken/', 'begrippen/', 'bronnen/', 'over/', '404.html']) {
    expect(pages, `page "/${required}" is missing from the build`).toContain(required);
  }
  expect(pages.filter((p) => p.startsWith('lessen/')).length).toBeGreaterThan(1);
});

test('every page has a unique title', () => {
  const seen = new Map<string, string>();
  for (const path of pages) {
    const title = /<title>([^<]*)<\/title>/.exec(readBuiltPage(path))?.[1]?.trim() ?? '';
    expect(title, `/${path} has no <title>`).not.toBe('');
    expect(seen.get(title), `/${path} has the same title as /${seen.get(title)}: "${title}"`).toBeUndefined();
    seen.set(title, path);
  }
});

for (const path of pages) {
  test(`page /${path} is Dutch, accessible and self-contained`, async ({ page, baseURL }) => {
    await checkPage(page, path, baseURL!, 'light');
  });
}

test('every internal link, fragment and asset resolves', async ({ request, baseURL }) => {
  const base = new URL(baseURL!);
  const checked = new Map<string, Promise<{ status: number; body: string }>>();
  const fetchOnce = (url: string) => {
    if (!checked.has(url)) {
      checked.set(
        url,
        request.get(url).then(async (res) => ({
          status: res.status(),
          body: (res.headers()['content-type'] ?? '').includes('text/html') ? await res.text() : '',
        })),
      );
    }
    return checked.get(url)!;
  };
  const problems: string[] = [];
  const dist = String(test.info().project.metadata.dist);
  for (const path of pages) {
    const pageUrl = new URL(path, base);
    const html = readBuiltPage(path, dist);
    const refs = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
    for (const ref of refs) {
      if (/^(mailto:|tel:|data:|javascript:)/.test(ref)) continue;
      const target = new URL(ref, pageUrl);
      if (target.origin !== base.origin) {
        problems.push(`/${path} links to another origin: ${ref}`);
        continue;
      }
      if (!target.pathname.startsWith(base.pathname)) {
        problems.push(`/${path} links outside the base path ${base.pathname}: ${ref}`);
        continue;
      }
      const { status, body } = await fetchOnce(target.origin + target.pathname + target.search);
      if (status !== 200) problems.push(`/${path} → ${ref} answers ${status}`);
      else if (target.hash.length > 1 && body) {
        const id = decodeURIComponent(target.hash.slice(1));
        if (!body.includes(`id="${id}"`)) problems.push(`/${path} → ${ref}: no element with id "${id}"`);
      }
    }
  }
  expect(problems).toEqual([]);
});
