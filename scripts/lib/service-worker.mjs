// Generates the service worker of the built site with workbox-build: it
// precaches every page, every asset and the search index (pagefind's files and
// its WebAssembly), so the whole course works offline after one visit.
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
import { generateSW } from 'workbox-build';
import { join } from 'node:path';

/** Everything the course needs offline. */
export const PRECACHE_PATTERNS = [
  '**/*.{html,js,css,svg,png,webmanifest,json,wasm,pagefind,pf_meta,pf_index,pf_fragment}',
];

/** Built files that are not needed offline, or must not be served as a page. */
export const PRECACHE_IGNORES = [
  '404.html', // the static host's answer for a missing file, never a real page
  'sw.js',
  'sw.js.map',
  'workbox-*.js',
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

/**
 * @param {string} dist the built site (after the search index was written)
 * @param {string} base the base path, with a leading and a trailing slash
 * @returns {Promise<{ count: number, size: number, warnings: string[], swDest: string }>}
 */
export async function buildServiceWorker(dist, base) {
  const swDest = join(dist, 'sw.js');
  const offlineUrl = `${base}${OFFLINE_PAGE}`;
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    globPatterns: PRECACHE_PATTERNS,
    globIgnores: PRECACHE_IGNORES,
    swDest,
    // Precache URLs are absolute under the base: `/cursus/lessen/x/index.html`.
    modifyURLPrefix: { '': base },
    // Astro's `_astro/` files carry a content hash in their name.
    dontCacheBustURLsMatching: /\/_astro\//,
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    cacheId: 'klik',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    runtimeCaching: [
      {
        // `lessen/x` (no slash, no file extension): the network, else a redirect to
        // `lessen/x/` as a static host gives, which the precache then answers.
        // Serialised into sw.js: it may only use what a service worker has.
        urlPattern: ({ request, url }) =>
          request.mode === 'navigate' && url.origin === self.location.origin && /\/[^/.]+$/.test(url.pathname),
        handler: async ({ request, url }) => {
          try {
            return await fetch(request);
          } catch {
            return Response.redirect(new URL(`${url.pathname}/${url.search}`, url).href, 301);
          }
        },
      },
      {
        // Pages that are not precached: try the network, else the offline page.
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: offlineUrl } },
      },
    ],
  });
  return { count, size, warnings, swDest };
}
