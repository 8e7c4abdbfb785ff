// Generates the service worker of the built site: @serwist/build lists what to
// precache — every page, every asset and the search index (pagefind's files
// and its WebAssembly), each with a revision — and esbuild bundles that list
// with the worker's code (sw-runtime.js, on the serwist runtime) into one
// script, `sw.js`. The whole course then works offline after one visit.
//
// - The worker lives at `<base>sw.js` and its scope is the base, so a build for
//   a sub-path (BASE_PATH=/cursus/) stays inside /cursus/.
// - Pages are precached as `lessen/x/index.html` and found for `lessen/x/`
//   (directoryIndex); query strings are ignored (`zoeken/?q=…` → `zoeken/`).
// - A page address without its trailing slash (`lessen/x`, as typed or from an
//   old bookmark) goes to the network, where the host redirects it; offline the
//   worker gives that redirect itself (to `lessen/x/`), so a cached page opens.
// - A navigation to a page that is not precached goes to the network; when that
//   fails (offline), the trainee gets the Dutch offline page.
// - A new version waits until the trainee chooses to refresh (the page sends
//   {type: 'SKIP_WAITING'}, see PwaRegister.astro), so a page never mixes old
//   and new assets. On the very first install the worker takes control of the
//   open page at once (clientsClaim): there is no older version to mix with.
// - Caches are named `klik-precache-v2-<scope>`; an update fetches only the
//   files whose revision changed and drops the ones no longer listed.
// - A revision is the start of the file's SHA-256. On install the worker takes
//   what the open page already downloaded from the browser's HTTP cache when its
//   hash matches (sw-runtime.js), so a first visit fetches no URL twice; it
//   installs at idle after the page's `load` (register.ts), a few files at a time.
import { getManifest } from '@serwist/build';
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Everything the course needs offline. */
export const PRECACHE_PATTERNS = [
  // pf_filter: the search page's second query (exercises and trajectories after the lessons) reads it.
  '**/*.{html,js,css,svg,png,webmanifest,json,wasm,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}',
];

/** Built files that are not needed offline, or must not be served as a page. */
export const PRECACHE_IGNORES = [
  '404.html', // the static host's answer for a missing file, never a real page
  'sw.js',
  'sw.js.map',
  // pagefind writes its prebuilt UIs too; Klik has its own Dutch search UI.
  'pagefind/pagefind-ui.{js,css}',
  'pagefind/pagefind-modular-ui.{js,css}',
  'pagefind/pagefind-component-ui.{js,css}',
  'pagefind/pagefind-highlight.js',
  'pagefind/wasm.unknown.pagefind', // every page is Dutch: only wasm.nl.pagefind is used
  'pagefind/playground/**',
];

/** The offline page, relative to the base. */
export const OFFLINE_PAGE = 'offline/index.html';

const RUNTIME = fileURLToPath(new URL('./sw-runtime.js', import.meta.url));

/**
 * The precache list of a built site: `{ url, revision }` per file, URLs
 * absolute under the base (`/cursus/lessen/x/index.html`). Astro's `_astro/`
 * files carry a content hash in their name, so they need no revision.
 * @param {string} dist the built site (after the search index was written)
 * @param {string} base the base path, with a leading and a trailing slash
 */
export async function precacheManifest(dist, base) {
  const { manifestEntries = [], count, size, warnings } = await getManifest({
    globDirectory: dist,
    globPatterns: PRECACHE_PATTERNS,
    globIgnores: PRECACHE_IGNORES,
    modifyURLPrefix: { '': base },
    dontCacheBustURLsMatching: /\/_astro\//,
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  });
  // A file's revision is the start of its SHA-256 (not serwist's MD5), so the worker can
  // check with the Web Crypto API that what the page already downloaded is this version.
  const entries = manifestEntries.map((entry) =>
    entry.revision ? { ...entry, revision: createHash('sha256').update(readFileSync(join(dist, decodeURI(entry.url.slice(base.length))))).digest('hex').slice(0, 32) } : entry,
  );
  return { entries, count, size, warnings };
}

/**
 * @param {string} dist the built site (after the search index was written)
 * @param {string} base the base path, with a leading and a trailing slash
 * @returns {Promise<{ count: number, size: number, warnings: string[], swDest: string }>}
 */
export async function buildServiceWorker(dist, base) {
  const swDest = join(dist, 'sw.js');
  const { entries, count, size, warnings } = await precacheManifest(dist, base);
  const result = await build({
    entryPoints: [RUNTIME],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    define: {
      'self.__SW_MANIFEST': JSON.stringify(entries),
      __KLIK_OFFLINE_URL__: JSON.stringify(`${base}${OFFLINE_PAGE}`),
      'process.env.NODE_ENV': '"production"',
    },
  });
  for (const warning of result.warnings) warnings.push(`sw.js: ${warning.text}`);
  await writeFile(swDest, result.outputFiles[0].contents);
  return { count, size, warnings, swDest };
}
