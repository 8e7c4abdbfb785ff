// Each page's content security policy holds only the hashes that page needs.
//
// Astro writes one list of hashes into every page's <meta http-equiv=
// "content-security-policy">: every inline script and style of the whole site,
// and styles that end up in files — 35 hashes, 1.6 KB gzip a page (hashes do
// not compress), 149 KB over the offline course. A page only needs the hashes
// of its own inline <script> and <style> elements: scripts and stylesheets
// loaded from files are allowed by 'self', and nothing on the site adds an
// inline script or style at run time. So after the build, script-src and
// style-src keep their other sources ('self') and, of their hashes, those of
// an inline element of the page; nothing is ever added, and every other
// directive stays as Astro wrote it. tests/e2e/walk.spec.ts checks every built
// page's inline elements against its policy and watches for violations.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
const INLINE = /<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1\s*>/gi;
const HASH = /^'(sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})'$/;
/** The directives whose hashes are trimmed, and the element each governs. */
const TRIMMED = { 'script-src': 'script', 'style-src': 'style' };

/** The bodies of a page's inline scripts (no `src`) and styles, by tag name. */
function inlineBodies(html) {
  const bodies = { script: [], style: [] };
  for (const [, tag, attributes = '', body] of html.matchAll(INLINE)) {
    const name = tag.toLowerCase();
    if (name === 'script' && /\ssrc\s*=/i.test(attributes)) continue;
    bodies[name].push(body);
  }
  return bodies;
}

/**
 * The page with a policy that lists, in script-src and style-src, only the
 * hashes of its own inline scripts and styles. A page without a policy is
 * returned as it is.
 * @param {string} html a built page
 * @returns {string}
 */
export function trimPagePolicy(html) {
  const meta = META.exec(html);
  if (!meta) return html;
  const policy = meta[1].replaceAll('&#39;', "'");
  const bodies = inlineBodies(html);
  const digests = new Map();
  const digest = (algorithm, body) => {
    const key = `${algorithm}\n${body}`;
    if (!digests.has(key)) digests.set(key, createHash(algorithm).update(body, 'utf8').digest('base64'));
    return digests.get(key);
  };
  const parts = policy.split(';').map((part) => {
    const [name, ...sources] = part.trim().split(/\s+/);
    const tag = TRIMMED[name?.toLowerCase() ?? ''];
    if (!tag) return part;
    const kept = sources.filter((source) => {
      const hash = HASH.exec(source);
      return !hash || bodies[tag].some((body) => digest(hash[1], body) === hash[2]);
    });
    return ` ${name} ${kept.join(' ')}`;
  });
  const content = parts.join(';');
  return html.slice(0, meta.index) + meta[0].replace(meta[1], () => content) + html.slice(meta.index + meta[0].length);
}

/** The HTML files of a built site (pagefind's folder has none). */
function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/**
 * Trims the policy of every page of a built site, in place.
 * @param {string} dist the built site
 * @returns {{ pages: number, removed: number }} pages changed, bytes taken out
 */
export function trimPagePolicies(dist) {
  let pages = 0;
  let removed = 0;
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    const trimmed = trimPagePolicy(html);
    if (trimmed === html) continue;
    writeFileSync(file, trimmed);
    pages += 1;
    removed += Buffer.byteLength(html) - Buffer.byteLength(trimmed);
  }
  return { pages, removed };
}
