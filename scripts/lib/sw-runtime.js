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

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
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
