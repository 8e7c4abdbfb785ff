/**
 * Pagefind, the search engine and its index, loaded once per page and only when
 * the trainee shows the intent to search: focus on a search field or a first
 * keystroke in it (see search-intent.ts for the header's field, search.ts for
 * /zoeken/), or a `?q=` in the address of /zoeken/. `warmSearch` starts
 * pagefind's own work at that moment with its API — `init()` loads the engine
 * and the index metadata, `preload(term)` the index chunks of what is typed — so
 * that by Enter they are there (in this page, and in the browser's cache or the
 * service worker's precache for /zoeken/).
 *
 * Pagefind runs its search in its own web worker (pagefind-worker.js). In the
 * page itself (its `noWorker` option) it could not start: compiling its
 * WebAssembly there would need 'wasm-unsafe-eval' in every page's content
 * security policy.
 */

export interface PagefindData {
  url: string;
  excerpt: string;
  content: string;
  locations: number[];
  meta: { title?: string };
}
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
}
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string) => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, string | { any: string[] }> }) => Promise<PagefindSearch | null>;
}

const BASE = import.meta.env.BASE_URL;
/** Words in an excerpt. */
export const EXCERPT_LENGTH = 24;

let pagefindLoad: Promise<Pagefind> | null = null;
let attempts = 0;

/** Loads pagefind once; after a failure (offline before the first visit) the next call tries again. */
export function loadPagefind(): Promise<Pagefind> {
  if (!pagefindLoad) {
    attempts += 1;
    const url = `${BASE}pagefind/pagefind.js${attempts > 1 ? `?poging=${attempts}` : ''}`;
    pagefindLoad = (async () => {
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      await pagefind.options({ baseUrl: BASE, excerptLength: EXCERPT_LENGTH });
      await pagefind.init();
      return pagefind;
    })();
    pagefindLoad.catch(() => {
      pagefindLoad = null;
    });
  }
  return pagefindLoad;
}

/**
 * The trainee is about to search: load the engine (once) and, for a typed term,
 * the index chunks it needs. Never fails: a search that follows reports problems.
 */
export function warmSearch(term = ''): void {
  const word = term.trim();
  void loadPagefind()
    .then((pagefind) => (word ? pagefind.preload(word) : undefined))
    .catch(() => undefined);
}
