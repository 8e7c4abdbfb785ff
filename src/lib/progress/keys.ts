/**
 * Where progress lives in localStorage: one key per item, so two tabs that
 * write at the same moment never overwrite each other's work (each write
 * touches only the item it changes), and saving a draft writes only that draft.
 *
 * Key layout (every id passed through `encodeURIComponent`, so a `:` can
 * never appear inside one):
 *
 * | Key                                         | Value                                 |
 * | ------------------------------------------- | ------------------------------------- |
 * | `klik:p:meta`                               | `{ "version": 2 }` — schema version of the items |
 * | `klik:p:last`                               | `LastVisited`                         |
 * | `klik:p:lesson:<slug>`                      | `{ "readAt": iso }`                   |
 * | `klik:p:ex:<id>:draft`                      | `TimedText`                           |
 * | `klik:p:ex:<id>:reflection`                 | `TimedText`                           |
 * | `klik:p:ex:<id>:seen`                       | `{ "at": iso }` (model answer shown)  |
 * | `klik:p:ex:<id>:attempt:<stamp>-<hash>`     | `AttemptRecord`, one key per attempt  |
 *
 * `<stamp>` is the attempt's date as digits (so keys sort by time) and `<hash>`
 * a hash of its text, so the same attempt always gets the same key (importing
 * a file twice adds nothing) while two different attempts never share one.
 *
 * Reserved for trajectories (several steps, each with a draft and sent
 * replies): scope `step` with id `<trajectory>/<step>`, e.g.
 * `klik:p:step:<trajectory>%2F<step>:draft` and
 * `klik:p:step:<trajectory>%2F<step>:reply:<stamp>-<hash>`. Keys of a scope
 * this version does not know are left alone (but removed by "Alles wissen").
 *
 * The whole-state key of earlier versions (`klik:progress`) is read once,
 * merged into the items and removed (see `storage.ts`).
 */

export const ITEM_PREFIX = 'klik:p:';
/** The whole-state key of versions before per-item storage. */
export const LEGACY_KEY = 'klik:progress';
/** Fired on `window` after the progress changed in this tab. */
export const PROGRESS_EVENT = 'klik:progress';
export const META_KEY = `${ITEM_PREFIX}meta`;
export const LAST_KEY = `${ITEM_PREFIX}last`;
export const LESSON_PREFIX = `${ITEM_PREFIX}lesson:`;
const EXERCISE_PREFIX = `${ITEM_PREFIX}ex:`;

export type ExerciseField = 'draft' | 'reflection' | 'seen';

export type ItemKey =
  | { kind: 'meta' }
  | { kind: 'last' }
  | { kind: 'lesson'; id: string }
  | { kind: ExerciseField; id: string }
  | { kind: 'attempt'; id: string }
  /** Under the prefix, but of a scope or field this version does not know. */
  | { kind: 'other' };

const enc = (id: string) => encodeURIComponent(id);

function dec(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

export function lessonKey(slug: string): string {
  return LESSON_PREFIX + enc(slug);
}

export function exerciseKey(id: string, field: ExerciseField): string {
  return `${EXERCISE_PREFIX}${enc(id)}:${field}`;
}

/** The prefix of every key of one exercise (draft, attempts, …). */
export function exercisePrefix(id: string): string {
  return `${EXERCISE_PREFIX}${enc(id)}:`;
}

/** FNV-1a over the UTF-16 code units, as 8 hex digits. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function attemptKey(id: string, attempt: { at: string; text: string }): string {
  return `${exercisePrefix(id)}attempt:${attempt.at.replace(/\D/g, '')}-${textHash(attempt.text)}`;
}

/** What a storage key holds, or null when it is not a progress item key. */
export function parseKey(key: string): ItemKey | null {
  if (!key.startsWith(ITEM_PREFIX)) return null;
  if (key === META_KEY) return { kind: 'meta' };
  if (key === LAST_KEY) return { kind: 'last' };
  if (key.startsWith(LESSON_PREFIX)) {
    const part = key.slice(LESSON_PREFIX.length);
    const id = part.includes(':') ? null : dec(part);
    return id === null || id === '' ? { kind: 'other' } : { kind: 'lesson', id };
  }
  if (key.startsWith(EXERCISE_PREFIX)) {
    const rest = key.slice(EXERCISE_PREFIX.length);
    const colon = rest.indexOf(':');
    if (colon <= 0) return { kind: 'other' };
    const id = dec(rest.slice(0, colon));
    if (id === null) return { kind: 'other' };
    const field = rest.slice(colon + 1);
    if (field === 'draft' || field === 'reflection' || field === 'seen') return { kind: field, id };
    if (/^attempt:\d+-[0-9a-f]{8}$/.test(field)) return { kind: 'attempt', id };
    return { kind: 'other' };
  }
  return { kind: 'other' };
}
