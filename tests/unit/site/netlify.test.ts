import { describe, expect, it } from 'vitest';
import { netlifyHeaders, netlifyOutDir, netlifyRedirects } from '../../../scripts/lib/netlify.mjs';

/** Reads a `_headers` file into rules, and gives the headers of a path (`*` matches anything). */
function headersFor(file: string, path: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let matches = false;
  for (const line of file.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) {
      const pattern = new RegExp(`^${line.trim().split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
      matches = pattern.test(path);
    } else if (matches) {
      const [name, ...value] = line.trim().split(':');
      out.push([name!.toLowerCase(), value.join(':').trim()]);
    }
  }
  return out;
}

describe('Netlify hosting', () => {
  it('builds a sub-path into the same folder of the published dist/, the root into dist/', () => {
    expect(netlifyOutDir('/')).toBe('dist');
    expect(netlifyOutDir('/cursus/')).toBe('dist/cursus');
    expect(netlifyOutDir('/opleiding/klik/')).toBe('dist/opleiding/klik');
  });

  for (const base of ['/', '/cursus/']) {
    it(`gives every file under ${base} the security headers once, and each its cache rule`, () => {
      const file = netlifyHeaders(base);
      const expected: Record<string, string | undefined> = {
        '': undefined, // Netlify's default: max-age=0, must-revalidate
        'lessen/x/': undefined,
        'sw.js': 'no-cache',
        'manifest.webmanifest': 'no-cache',
        '_astro/BaseLayout.abc123.js': 'public, max-age=31536000, immutable',
      };
      for (const [path, cache] of Object.entries(expected)) {
        const headers = headersFor(file, `${base}${path}`);
        const names = headers.map(([name]) => name);
        expect(new Set(names).size, `${base}${path}: a header set twice would be joined`).toBe(names.length);
        expect(Object.fromEntries(headers)).toEqual({
          'content-security-policy': "frame-ancestors 'none'",
          'x-content-type-options': 'nosniff',
          'referrer-policy': 'no-referrer',
          ...(cache ? { 'cache-control': cache } : {}),
        });
      }
      if (base !== '/') expect(headersFor(file, '/sw.js')).toEqual([]);
    });
  }

  it('answers a missing page under the base with the course 404 page', () => {
    expect(netlifyRedirects('/cursus/').split('\n')).toContain('/cursus/*  /cursus/404.html  404');
    expect(netlifyRedirects('/').split('\n')).toContain('/*  /404.html  404');
  });
});
