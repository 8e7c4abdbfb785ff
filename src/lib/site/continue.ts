/**
 * Where "Ga verder waar je was" on the home page leads: the page the trainee
 * last had open (a lesson or an exercise), read straight from localStorage so
 * the home page loads none of the progress code. Null when there is nowhere to
 * continue (a first visit, or a stored path that is not a safe site path).
 */
import { LAST_KEY, LEGACY_KEY } from '../progress/keys.ts';
import { isSafeSitePath } from '../url.ts';

export interface ContinueTarget {
  /** Site path relative to the base path, e.g. `lessen/het-welkomstritueel/`. */
  path: string;
  title: string;
}

function parseLast(raw: string | null): ContinueTarget | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { path, title } = value as { path?: unknown; title?: unknown };
    if (typeof path !== 'string' || typeof title !== 'string' || !title.trim() || !isSafeSitePath(path)) return null;
    return { path: path.replace(/^\/+/, ''), title: title.trim() };
  } catch {
    return null;
  }
}

export function continueTarget(storage: Pick<Storage, 'getItem'> | undefined): ContinueTarget | null {
  try {
    if (!storage) return null;
    const current = parseLast(storage.getItem(LAST_KEY));
    if (current) return current;
    // Progress of an earlier version, not yet migrated: the whole state under one key.
    const legacy = storage.getItem(LEGACY_KEY);
    if (!legacy) return null;
    const state: unknown = JSON.parse(legacy);
    const last = typeof state === 'object' && state !== null ? (state as { lastVisited?: unknown }).lastVisited : undefined;
    return last ? parseLast(JSON.stringify(last)) : null;
  } catch {
    return null;
  }
}
