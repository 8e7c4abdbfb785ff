// Figures for `npm run bench`: what a trainee's browser stores for offline use
// (the service worker's precache) and how large the search index is.
import { readFileSync, statSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { precacheManifest } from './service-worker.mjs';

/**
 * Parts every page repeats: the course outline (the sidebar, `#inhoudsopgave`),
 * the content security policy's <meta> (its hashes barely compress), and the
 * inline scripts and styles (Astro's island runtime on every page with an island,
 * the theme's first-paint script, components' small styles). The site script
 * (theme, menu, service worker, search intent) is one cached file, not inline.
 */
const REPEATED = [
  { label: 'course outline', pattern: /<nav id="inhoudsopgave"[\s\S]*?<\/nav>/g },
  { label: 'content security policy <meta>', pattern: /<meta http-equiv="content-security-policy"[^>]*>/g },
  { label: 'inline <script>s', pattern: /<script(?![^>]*\bsrc=)[^>]*>[\s\S]*?<\/script>/g },
  { label: 'inline <style>s', pattern: /<style[^>]*>[\s\S]*?<\/style>/g },
];

/** What the precache holds, by kind of file. */
const KINDS = [
  { label: 'pages (HTML)', test: (file) => file.endsWith('.html') },
  { label: 'scripts and styles (_astro/)', test: (file) => file.startsWith('_astro/') },
  { label: 'search index (pagefind/)', test: (file) => file.startsWith('pagefind/') },
  { label: 'icons, manifest and the rest', test: () => true },
];

/** Target: the whole offline course, as transferred (gzip), under 1.5 MB. */
const TARGET_BYTES = 1.5 * 1024 * 1024;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * @param {string} dist a built site (after postbuild)
 * @returns {Promise<Array<{ label: string, value: string }>>}
 */
export async function benchOffline(dist) {
  if (!existsSync(join(dist, 'sw.js'))) throw new Error(`no service worker in ${dist}`);
  const { entries } = await precacheManifest(dist, '/');
  const files = entries.map((entry) => entry.url.slice(1));
  let raw = 0;
  let gzip = 0;
  const repeated = REPEATED.map(() => ({ pages: 0, gzip: 0 }));
  const search = { files: 0, raw: 0, gzip: 0 };
  const kinds = KINDS.map(() => ({ files: 0, gzip: 0 }));
  for (const file of files) {
    const data = readFileSync(join(dist, file));
    const zipped = gzipSync(data, { level: 9 }).length;
    raw += data.length;
    gzip += zipped;
    const kind = kinds[KINDS.findIndex(({ test }) => test(file))];
    kind.files += 1;
    kind.gzip += zipped;
    if (file.endsWith('.html')) {
      const html = data.toString('utf8');
      REPEATED.forEach(({ pattern }, i) => {
        if (!html.match(pattern)) return;
        repeated[i].pages += 1;
        repeated[i].gzip += zipped - gzipSync(html.replace(pattern, ''), { level: 9 }).length;
      });
    }
    if (file.startsWith('pagefind/')) {
      search.files += 1;
      search.raw += data.length;
      search.gzip += zipped;
    }
  }
  const sw = statSync(join(dist, 'sw.js')).size;
  const swGzip = gzipSync(readFileSync(join(dist, 'sw.js')), { level: 9 }).length;
  const total = gzip + swGzip;
  return [
    { label: 'precached files', value: String(files.length) },
    { label: 'precache size (raw / gzip)', value: `${kb(raw)} / ${kb(gzip)}` },
    { label: 'service worker sw.js (raw / gzip)', value: `${kb(sw)} / ${kb(swGzip)}` },
    ...KINDS.map(({ label }, i) => ({ label: `  ${label} (files, gzip)`, value: `${kinds[i].files}, ${kb(kinds[i].gzip)}` })),
    ...REPEATED.map(({ label }, i) => ({
      label: `${label} in every page (gzip, per page / in all pages)`,
      value: repeated[i].pages ? `${(repeated[i].gzip / repeated[i].pages).toFixed(0)} B / ${kb(repeated[i].gzip)} in ${repeated[i].pages} pages` : 'none',
    })),
    { label: 'search index files (precached)', value: String(search.files) },
    { label: 'search index size (raw / gzip)', value: `${kb(search.raw)} / ${kb(search.gzip)}` },
    {
      label: 'whole offline course, transferred (target < 1.5 MB)',
      value: `${kb(total)}${total <= TARGET_BYTES ? '' : ' — over the target'}`,
    },
  ];
}
