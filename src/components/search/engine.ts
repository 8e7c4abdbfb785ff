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
import { isRealMatch } from './match.ts';
import { handedResult, saveHandoff, sessionStore, type Handoff } from './handoff.ts';
import { SEARCH_KIND_FILTER, type SearchKind } from '../../lib/site/search-kind.ts';

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
  preload: (term: string, options?: { filters?: Record<string, string | { any: string[] }> }) => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, string | { any: string[] }> }) => Promise<PagefindSearch | null>;
}

const BASE = import.meta.env.BASE_URL;
/** Words in an excerpt. */
export const EXCERPT_LENGTH = 24;
/** How many results' details (pagefind's fragments) a search loads at first. */
export const FIRST_SHOWN = 5;

let pagefindLoad: Promise<Pagefind> | null = null;
let attempts = 0;
let warm = false;

/**
 * Whether pagefind runs in this page with its index loaded (a preload of a typed
 * word has finished; pagefind's init() alone returns before its worker has
 * started): a search now takes only its results' fragments.
 */
export function isPagefindWarm(): boolean {
  return warm;
}

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
    // The chunks of the plain search and of the filter the second search uses (orderedResults).
    .then(async (pagefind) => {
      if (!word) return;
      await pagefind.preload(word, { filters: PRACTICE_FILTER });
      warm = true;
    })
    .catch(() => undefined);
}

/** The kinds of page that are practice: they come after the lessons and the glossary. */
const PRACTICE_KINDS: SearchKind[] = ['oefening', 'traject'];
const PRACTICE_FILTER = { [SEARCH_KIND_FILTER]: { any: PRACTICE_KINDS } };

/** All results, lessons and the glossary first, then exercises and trajectories, each group in pagefind's order. */
export async function orderedResults(pagefind: Pagefind, query: string): Promise<PagefindResult[]> {
  const [all, practice] = await Promise.all([
    pagefind.search(query),
    pagefind.search(query, { filters: PRACTICE_FILTER }),
  ]);
  const results = all?.results ?? [];
  const practiceIds = new Set((practice?.results ?? []).map((r) => r.id));
  return [...results.filter((r) => !practiceIds.has(r.id)), ...results.filter((r) => practiceIds.has(r.id))];
}

/**
 * pagefind substitutes a word it cannot find by the longest start of it that is
 * in the index; the best result tells whether that happened (see match.ts).
 */
export function isStandIn(query: string, best: PagefindData | undefined): boolean {
  return best !== undefined && !isRealMatch(query, best.content, best.locations);
}

/**
 * Searches `query` here, where pagefind already runs, and keeps the first
 * results for /zoeken/ (see handoff.ts). Resolves false when nothing was kept.
 */
export async function handOffFirstResults(query: string, store: Storage | undefined = sessionStore()): Promise<boolean> {
  const pagefind = await loadPagefind();
  let results = await orderedResults(pagefind, query);
  let items = await Promise.all(results.slice(0, FIRST_SHOWN).map((result) => result.data()));
  if (isStandIn(query, items[0])) {
    results = [];
    items = [];
  }
  const handoff: Handoff = {
    query,
    total: results.length,
    items: items.map(handedResult),
    at: Date.now(),
  };
  return saveHandoff(store, handoff);
}
