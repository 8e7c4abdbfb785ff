import { afterEach, describe, expect, it, vi } from 'vitest';
import { isSafeSitePath, siteHref } from '../../../src/lib/url.ts';

/**
 * A stored "Ga verder" path (it may come from an imported file) only ever
 * leads to a page of this site, under its base path, however it is encoded.
 */

const ORIGIN = 'https://cursus.example';

/** Where a browser goes when it follows `href` on a page of the site. */
function follow(href: string): URL {
  return new URL(href, `${ORIGIN}/cursus/voortgang/`);
}

const SAFE = [
  '',
  'lessen/het-welkomstritueel/',
  '/lessen/het-welkomstritueel/',
  'oefeningen/welkom-chat-lin/',
  'voortgang/#export',
  'voortgang/?tab=1',
  'zoeken/',
  'lessen/caf%C3%A9/',
  'lessen/constructor/',
];

const HOSTILE = [
  '%2F%2Fevil.example/..%2Flessen',
  '%2f%2fevil.example/..%2flessen',
  '/%2F%2Fevil.example/..%2Flessen',
  '%2F%2Fevil.example',
  '%5C%5Cevil.example/lessen',
  '%E2%82%AC/..%2Flessen',
  '..%2F..%2Fevil',
  '../lessen/',
  'lessen/../../',
  '%2E%2E/lessen/',
  '.%2E/lessen/',
  './lessen/',
  'lessen//x/',
  '//evil.example/',
  '///evil.example/',
  '/\\evil.example/',
  '\\\\evil.example\\',
  'https://evil.example/',
  'HTTPS:evil.example',
  'javascript:alert(1)',
  '%6A%61vascript:alert(1)',
  'data:text/html,hi',
  'lessen%00/',
  'lessen/%0D%0ALocation:%20x',
  'lessen/\u0085x',
  'lessen/\u2028/',
  'a b',
  'a\nb',
  'lessen/%zz/',
  'lessen/%E2%82/',
  'lessen/%C0%AE%C0%AE/',
  `lessen/${'x'.repeat(600)}/`,
];

describe('isSafeSitePath', () => {
  it('accepts paths of the course, relative to the base path', () => {
    for (const path of SAFE) expect(isSafeSitePath(path), path).toBe(true);
  });

  it('refuses every path that could leave the site once decoded or normalised', () => {
    for (const path of HOSTILE) expect(isSafeSitePath(path), path).toBe(false);
  });
});

describe('siteHref: the "Ga verder" link', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('points inside the site under the root and under a sub-path', () => {
    for (const base of ['/', '/cursus/']) {
      vi.stubEnv('BASE_URL', base);
      expect(siteHref('lessen/het-welkomstritueel/')).toBe(`${base}lessen/het-welkomstritueel/`);
      for (const path of SAFE) {
        const href = siteHref(path);
        expect(href, path).not.toBeNull();
        const url = follow(href!);
        expect(url.origin, path).toBe(ORIGIN);
        expect(url.pathname.startsWith(base), path).toBe(true);
      }
    }
  });

  it('gives no link for the imported path that led to another origin', () => {
    vi.stubEnv('BASE_URL', '/');
    for (const path of HOSTILE) expect(siteHref(path), path).toBeNull();
  });
});

describe('an imported or stored lastVisited', () => {
  it('is refused when its path could lead to another origin', async () => {
    const { checkProgress } = await import('../../../src/lib/progress/schema.ts');
    const at = '2025-03-01T09:00:00.000Z';
    const hostile = checkProgress({ version: 2, lessons: {}, exercises: {}, lastVisited: { path: '%2F%2Fevil.example/..%2Flessen', title: 'Les', at } });
    expect(hostile.issues.map((i) => i.path)).toContain('lastVisited.path');
    expect(hostile.state.lastVisited).toBeUndefined();
    const fine = checkProgress({ version: 2, lessons: {}, exercises: {}, lastVisited: { path: 'lessen/het-welkomstritueel/', title: 'Les', at } });
    expect(fine.issues).toEqual([]);
    expect(fine.state.lastVisited?.path).toBe('lessen/het-welkomstritueel/');
  });
});
