/**
 * A glance at browser storage that loads nothing else, for the one small
 * script every page runs (`components/progress/page-progress.ts`): is there
 * stored progress that the page should show? Only then does the page load the
 * progress store, which reads, validates and migrates it (one reader of
 * progress, in one place). Never throws.
 *
 * Items that say nothing a page shows — the schema version (`klik:p:meta`) and
 * the last page visited (`klik:p:last`) — do not count. Everything else under
 * `klik:p:` does, and so does anything under `klik:progress` (the whole-state
 * value of an earlier version, its backups, a recovery the trainee has not
 * dismissed), so the store can migrate it and show the notice.
 */
import { ITEM_PREFIX, LAST_KEY, LEGACY_KEY, META_KEY } from './keys.ts';

/** The part of the Web Storage API used here. */
export interface ProbedStorage {
  readonly length: number;
  key(index: number): string | null;
  setItem(key: string, value: string): void;
}

/**
 * `none`: nothing stored that a page shows; `stored`: progress (or a value of
 * an earlier version) to read through the store; `unavailable`: storage is
 * blocked, which the store reports in the storage notice.
 */
export type ProbeResult = 'none' | 'stored' | 'unavailable';

export function browserStorage(): ProbedStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Whether a storage key holds something the progress store must read. */
export function isShownProgressKey(key: string | null): boolean {
  if (key === null) return false;
  if (key.startsWith(LEGACY_KEY)) return true;
  return key.startsWith(ITEM_PREFIX) && key !== META_KEY && key !== LAST_KEY;
}

export function probeProgress(storage: ProbedStorage | null = browserStorage()): ProbeResult {
  if (!storage) return 'unavailable';
  try {
    for (let i = 0; i < storage.length; i++) if (isShownProgressKey(storage.key(i))) return 'stored';
    return 'none';
  } catch {
    return 'unavailable';
  }
}

/** Whether a `storage` event (another tab) may change what a page shows. */
export function affectsShownProgress(key: string | null): boolean {
  return key === null || isShownProgressKey(key);
}

/** The same rule as the store's `toSitePath`: a path relative to the base. */
export function sitePath(path: string, base: string): string {
  let p = path.trim();
  const withSlash = base.endsWith('/') ? base : `${base}/`;
  if (withSlash !== '/' && (p === withSlash.slice(0, -1) || p.startsWith(withSlash))) p = p.slice(withSlash.length);
  return p.replace(/^\/+/, '');
}

/**
 * Records the page as last visited, as the store's `setLastVisited` does (the
 * same item and shape), without loading the store. False when storage refused
 * it (blocked or full): the caller then lets the store try and report it.
 */
export function writeLastVisited(storage: ProbedStorage | null, path: string, title: string, at: string, base: string): boolean {
  if (!storage) return false;
  try {
    storage.setItem(LAST_KEY, JSON.stringify({ path: sitePath(path, base), title: title.slice(0, 300), at }));
    return true;
  } catch {
    return false;
  }
}
