// Measures what a first visit to one built page transfers: its HTML, the CSS it
// links and the JavaScript it loads (module scripts, island components and their
// static imports), each gzip-compressed. Dynamic imports are not counted: they
// load on demand (the search index, for example).
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, posix } from 'node:path';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** Resolves a URL found in a page to a file in the built site. */
function toFile(dist, base, pageUrlPath, ref) {
  const url = new URL(ref, `http://x${pageUrlPath}`);
  if (url.host !== 'x' || !url.pathname.startsWith(base)) return null;
  const file = join(dist, decodeURIComponent(url.pathname.slice(base.length)));
  return existsSync(file) ? file : null;
}

function staticImports(source) {
  const out = [];
  for (const m of source.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) out.push(m[1]);
  for (const m of source.matchAll(/export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g)) out.push(m[1]);
  return out;
}

/**
 * @param {string} dist built site folder
 * @param {string} base base path the site was built with ('/' or '/cursus/')
 * @param {string} pagePath page path relative to the base ('' or 'lessen/x/')
 */
export function pageWeight(dist, base, pagePath) {
  const htmlFile = pagePath === '' || pagePath.endsWith('/') ? join(dist, pagePath, 'index.html') : join(dist, pagePath);
  const html = readFileSync(htmlFile);
  const text = html.toString('utf8');
  const urlPath = base + pagePath;
  const css = new Set();
  const js = new Set();
  for (const m of text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const f = toFile(dist, base, urlPath, m[1]);
    if (f) css.add(f);
  }
  const scriptRefs = [
    ...[...text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...text.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)].map((m) => m[1]),
  ];
  const queue = scriptRefs.map((r) => toFile(dist, base, urlPath, r)).filter(Boolean);
  // Inline module scripts may import chunks too.
  for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const spec of staticImports(m[1])) {
      const f = toFile(dist, base, urlPath, spec);
      if (f) queue.push(f);
    }
  }
  // Breadth first, so each file's depth is the shortest chain of imports to it
  // (1: named by the page itself; 2: imported by such a file; …).
  const depthOf = new Map(queue.map((f) => [f, 1]));
  while (queue.length) {
    const file = queue.shift();
    if (js.has(file)) continue;
    js.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
      const next = spec.startsWith('/') ? toFile(dist, base, urlPath, spec) : join(dirname(file), spec);
      if (next && existsSync(next)) {
        if (!depthOf.has(next)) depthOf.set(next, depthOf.get(file) + 1);
        queue.push(next);
      }
    }
  }
  const sum = (files) => [...files].reduce((n, f) => n + gz(readFileSync(f)), 0);
  const inlineJs = [...text.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + m[1].length, 0);
  return {
    page: posix.join('/', pagePath),
    html: gz(html),
    css: sum(css),
    js: sum(js),
    jsFiles: js.size,
    /** The longest chain of static imports the page waits for (0: no JavaScript). */
    jsDepth: Math.max(0, ...[...js].map((f) => depthOf.get(f) ?? 1)),
    inlineJsChars: inlineJs,
  };
}
