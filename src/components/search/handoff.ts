/**
 * The first results of a search started in the header, handed to /zoeken/.
 *
 * The header's field on a lesson (or any page) has pagefind running by Enter
 * (see search-intent.ts). Its first results are computed there, in the page
 * whose engine is ready, kept for a moment in sessionStorage, and shown by
 * /zoeken/ as soon as it loads, while its own pagefind starts for "Meer
 * resultaten" and later searches. Without this, /zoeken/ had to start pagefind
 * again before it could show anything.
 *
 * A handoff is read once, only for the same query, only when fresh, and only
 * with links inside the course; anything else is ignored and /zoeken/ searches
 * itself. Excerpts are pagefind's text with <mark>, rebuilt as text and <mark>
 * nodes by search.ts as any excerpt, never set as HTML.
 */

export interface HandedResult {
  url: string;
  title: string;
  excerpt: string;
}

export interface Handoff {
  query: string;
  /** How many results the search found in all (the first ones are in `items`). */
  total: number;
  items: HandedResult[];
  /** When it was written (ms since the epoch). */
  at: number;
}

export const HANDOFF_KEY = 'klik:zoeken:eerste-resultaten';
/** A handoff older than this is from another search, not the one /zoeken/ opens for. */
export const HANDOFF_MAX_AGE_MS = 30_000;
/** At most this many results are handed over (search.ts shows five at first). */
const MAX_ITEMS = 10;

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The tab's sessionStorage, or undefined where the browser refuses it. */
export function sessionStore(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** A pagefind result as handed over: its link, title and excerpt. */
export function handedResult(data: { url: string; excerpt: string; meta: { title?: string } }): HandedResult {
  return { url: data.url, title: data.meta.title ?? data.url, excerpt: data.excerpt };
}

export function saveHandoff(store: Store | undefined, handoff: Handoff): boolean {
  try {
    store?.setItem(HANDOFF_KEY, JSON.stringify(handoff));
    return Boolean(store);
  } catch {
    return false; // storage full or refused: /zoeken/ searches itself
  }
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** A course page: a path under the base, not another origin (`//host`) or scheme. */
function isCoursePath(url: string, base: string): boolean {
  return url.startsWith(base) && !url.startsWith('//') && !/[\\\s]/.test(url);
}

/**
 * The handoff for `query`, removed from the store; null when there is none, or
 * it is for another query, stale, or not in the expected shape.
 */
export function takeHandoff(store: Store | undefined, query: string, base: string, now = Date.now()): Handoff | null {
  let raw: string | null = null;
  try {
    raw = store?.getItem(HANDOFF_KEY) ?? null;
    if (raw !== null) store?.removeItem(HANDOFF_KEY);
  } catch {
    return null;
  }
  if (raw === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  const { query: handedQuery, total, items, at } = data as Record<string, unknown>;
  if (!isString(handedQuery) || handedQuery.trim() !== query.trim()) return null;
  if (typeof at !== 'number' || !(now - at >= 0 && now - at <= HANDOFF_MAX_AGE_MS)) return null;
  if (!Array.isArray(items) || items.length > MAX_ITEMS) return null;
  if (typeof total !== 'number' || !Number.isInteger(total) || total < items.length) return null;
  const checked: HandedResult[] = [];
  for (const item of items) {
    if (!item || typeof item !== 'object') return null;
    const { url, title, excerpt } = item as Record<string, unknown>;
    if (!isString(url) || !isString(title) || !isString(excerpt) || !isCoursePath(url, base)) return null;
    checked.push({ url, title, excerpt });
  }
  return { query: handedQuery, total, items: checked, at };
}
