import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { trimPagePolicy } from '../../../scripts/lib/page-policy.mjs';

const hash = (text: string, algorithm = 'sha256') => `'${algorithm}-${createHash(algorithm).update(text, 'utf8').digest('base64')}'`;
const THEME = "(function(){document.documentElement.classList.add('js');})();";
const ISLAND = 'astro-island{display:contents}';
const ELSEWHERE_SCRIPT = 'console.log("an inline script of another page")';
const ELSEWHERE_STYLE = '.other{color:red}';
const FILE_SCRIPT = 'export const fromAFile = 1;';

const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1]!.replaceAll('&#39;', "'");
const sourcesOf = (html: string, directive: string) =>
  policyOf(html)
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === directive)!
    .slice(1);

function page(policy: string, body = ''): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Les</title><meta http-equiv="content-security-policy" content="${policy}"><link rel="stylesheet" href="/_astro/a.css"><style>${ISLAND}</style><script>${THEME}</script></head><body><main>${body}</main><script type="module" src="/_astro/page.js"></script></body></html>`;
}

const SITE_POLICY =
  "default-src 'self';object-src 'none';base-uri 'self'; " +
  `script-src 'self' ${hash(THEME)} ${hash(ELSEWHERE_SCRIPT)} ${hash(FILE_SCRIPT)}; ` +
  `style-src 'self' ${hash(ELSEWHERE_STYLE)} ${hash(ISLAND)};`;

describe("a page's content security policy after the build", () => {
  it("keeps the hashes of the page's own inline script and style, and drops those of other pages", () => {
    const trimmed = trimPagePolicy(page(SITE_POLICY));
    expect(sourcesOf(trimmed, 'script-src')).toEqual(["'self'", hash(THEME)]);
    expect(sourcesOf(trimmed, 'style-src')).toEqual(["'self'", hash(ISLAND)]);
  });

  it('leaves the other directives and the rest of the page exactly as they were', () => {
    const original = page(SITE_POLICY, '<p>Tekst met een <code>&lt;script&gt;</code> erin.</p>');
    const trimmed = trimPagePolicy(original);
    expect(policyOf(trimmed).startsWith("default-src 'self';object-src 'none';base-uri 'self';")).toBe(true);
    const outside = (html: string) => html.replace(/<meta http-equiv="content-security-policy" content="[^"]*">/, '');
    expect(outside(trimmed)).toBe(outside(original));
    expect(trimmed.length).toBeLessThan(original.length);
  });

  it('does not count a script loaded from a file, whose text is not on the page', () => {
    const trimmed = trimPagePolicy(page(SITE_POLICY, `<script type="module" src="/_astro/x.js">${''}</script>`));
    expect(sourcesOf(trimmed, 'script-src')).not.toContain(hash(FILE_SCRIPT));
    expect(sourcesOf(trimmed, 'script-src')).not.toContain(hash(''));
  });

  it('never adds a hash: an inline script the policy did not allow stays blocked', () => {
    const policy = `default-src 'self'; script-src 'self'; style-src 'self' ${hash(ISLAND)}`;
    const trimmed = trimPagePolicy(page(policy));
    expect(sourcesOf(trimmed, 'script-src')).toEqual(["'self'"]);
  });

  it('keeps a module script in the page and reads policies written with &#39; and other hash algorithms', () => {
    const module = 'import("/_astro/island.js");';
    const policy = `default-src 'self'; script-src 'self' ${hash(module, 'sha384')} ${hash(THEME, 'sha512')} ${hash(ELSEWHERE_SCRIPT, 'sha384')}; style-src 'self'`.replaceAll("'", '&#39;');
    expect(policy).not.toContain("'");
    const trimmed = trimPagePolicy(page(policy, `<script type="module">${module}</script>`));
    expect(sourcesOf(trimmed, 'script-src')).toEqual(["'self'", hash(module, 'sha384'), hash(THEME, 'sha512')]);
  });

  it('leaves a page without a policy untouched', () => {
    const html = '<!doctype html><html><head><style>p{}</style></head><body></body></html>';
    expect(trimPagePolicy(html)).toBe(html);
  });
});
