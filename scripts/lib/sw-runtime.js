// The code of the course's service worker, `<base>sw.js`. Not run as it is:
// scripts/lib/service-worker.mjs bundles it with the serwist runtime into one
// classic script and fills in `self.__SW_MANIFEST` (the precache list) and
// `__KLIK_OFFLINE_URL__` (the offline page under the base). See that file for
// what the worker does.
import { NetworkOnly, Serwist, setCacheNameDetails } from 'serwist';

/** A navigation to `…/lessen/x`: no trailing slash, no file extension. */
const pageWithoutSlash = ({ request, url }) =>
  request.mode === 'navigate' && url.origin === self.location.origin && /\/[^/.]+$/.test(url.pathname);

// Caches are named `klik-precache-v2-<scope>`, as the worker before serwist
// named them, so an update fetches only what changed. Set before `new Serwist`:
// it reads the name when constructed (its `cacheId` option comes too late).
setCacheNameDetails({ prefix: 'klik' });

/** The revision of every precached page and file, by the address a page is opened at (`lessen/x/`). */
const revisions = new Map(
  self.__SW_MANIFEST.filter((entry) => entry.revision).map((entry) => [new URL(entry.url.replace(/\/index\.html$/, '/'), self.location.href).href, entry.revision]),
);

/** The first 32 hex digits of a body's SHA-256: the revision service-worker.mjs gives a file. */
async function revisionOf(response) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer()));
  return Array.from(digest.subarray(0, 16), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Fetch nothing twice: what the open page already downloaded (the page itself,
 * its scripts and styles) is taken from the browser's HTTP cache, asked for at
 * the address the page used (`lessen/x/`, not `lessen/x/index.html`). A page
 * is kept only when its content matches its revision; anything older or
 * different is fetched fresh, as before.
 */
const reuseDownloaded = {
  requestWillFetch: async ({ request }) => {
    if (request.cache !== 'reload' || request.mode === 'navigate') return request;
    const url = new URL(request.url);
    url.pathname = url.pathname.replace(/\/index\.html$/, '/');
    return revisions.has(url.href) ? new Request(url.href, { cache: 'force-cache', credentials: 'same-origin' }) : request;
  },
  fetchDidSucceed: async ({ request, response }) => {
    if (request.cache !== 'force-cache') return response;
    const expected = revisions.get(request.url);
    if (response.ok && expected && (await revisionOf(response)) === expected) return response;
    return fetch(new Request(request.url, { cache: 'reload', credentials: 'same-origin' }));
  },
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    plugins: [reuseDownloaded],
    // A few files at a time, so a phone's connection stays free for the page being read.
    concurrency: 4,
  },
  skipWaiting: false, // waits for {type: 'SKIP_WAITING'} from the page
  clientsClaim: true,
  runtimeCaching: [
    {
      // The network (the host redirects); offline, the same redirect to
      // `lessen/x/`, which the precache then answers.
      matcher: pageWithoutSlash,
      handler: async ({ request, url }) => {
        try {
          return await fetch(request);
        } catch {
          return Response.redirect(new URL(`${url.pathname}/${url.search}`, url).href, 301);
        }
      },
    },
    {
      // Pages that are not precached: the network, else the offline page (below).
      matcher: ({ request }) => request.mode === 'navigate',
      handler: new NetworkOnly(),
    },
  ],
  fallbacks: {
    entries: [{ url: __KLIK_OFFLINE_URL__, matcher: ({ request }) => request.mode === 'navigate' }],
  },
});

serwist.addEventListeners();
