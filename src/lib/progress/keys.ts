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
 * Trajectories (since version 3): one scope per step, id `<trajectory>/<step>`
 * (the step numbered from 1), and one per trajectory:
 *
 * | Key                                              | Value                              |
 * | ------------------------------------------------ | ---------------------------------- |
 * | `klik:p:step:<trajectory>%2F<n>:draft`           | `TimedText`                        |
 * | `klik:p:step:<trajectory>%2F<n>:seen`            | `{ "at": iso }` (model reply shown) |
 * | `klik:p:step:<trajectory>%2F<n>:reply:<stamp>-<hash>` | `AttemptRecord`, one per reply sent (later ones are revisions) |
 * | `klik:p:traj:<trajectory>:reflection`            | `TimedText`                        |
 *
 * Keys of a scope this version does not know are left alone (but removed by
 * "Alles wissen").
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
const STEP_PREFIX = `${ITEM_PREFIX}step:`;
const TRAJECTORY_PREFIX = `${ITEM_PREFIX}traj:`;

export type ExerciseField = 'draft' | 'reflection' | 'seen';
export type StepField = 'stepDraft' | 'stepSeen';

export type ItemKey =
  | { kind: 'meta' }
  | { kind: 'last' }
  | { kind: 'lesson'; id: string }
  | { kind: ExerciseField; id: string }
  | { kind: 'attempt'; id: string }
  /** `id`: `<trajectory>/<step>`. */
  | { kind: StepField | 'reply'; id: string }
  /** `id`: the trajectory. */
  | { kind: 'trajReflection'; id: string }
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

/** The id of a step's scope: `<trajectory>/<step>`. */
export function stepId(trajectory: string, step: number): string {
  return `${trajectory}/${step}`;
}

/** The trajectory and step number of a step scope id, or null. */
export function splitStepId(id: string): { trajectory: string; step: number } | null {
  const slash = id.lastIndexOf('/');
  if (slash <= 0) return null;
  const number = id.slice(slash + 1);
  if (!/^[1-9][0-9]{0,2}$/.test(number)) return null;
  return { trajectory: id.slice(0, slash), step: Number(number) };
}

/** The prefix of every key of one step (draft, seen, replies). */
export function stepPrefix(trajectory: string, step: number): string {
  return `${STEP_PREFIX}${enc(stepId(trajectory, step))}:`;
}

export function stepKey(trajectory: string, step: number, field: StepField): string {
  return `${stepPrefix(trajectory, step)}${field === 'stepDraft' ? 'draft' : 'seen'}`;
}

export function replyKey(trajectory: string, step: number, reply: { at: string; text: string }): string {
  return `${stepPrefix(trajectory, step)}reply:${reply.at.replace(/\D/g, '')}-${textHash(reply.text)}`;
}

export function trajectoryReflectionKey(trajectory: string): string {
  return `${TRAJECTORY_PREFIX}${enc(trajectory)}:reflection`;
}

/** Every key prefix of one trajectory's items: its steps (all numbers) and its own. */
export function trajectoryPrefixes(trajectory: string): { steps: string; own: string } {
  return { steps: `${STEP_PREFIX}${enc(`${trajectory}/`)}`, own: `${TRAJECTORY_PREFIX}${enc(trajectory)}:` };
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
  if (key.startsWith(STEP_PREFIX)) {
    const rest = key.slice(STEP_PREFIX.length);
    const colon = rest.indexOf(':');
    if (colon <= 0) return { kind: 'other' };
    const id = dec(rest.slice(0, colon));
    if (id === null || splitStepId(id) === null) return { kind: 'other' };
    const field = rest.slice(colon + 1);
    if (field === 'draft') return { kind: 'stepDraft', id };
    if (field === 'seen') return { kind: 'stepSeen', id };
    if (/^reply:\d+-[0-9a-f]{8}$/.test(field)) return { kind: 'reply', id };
    return { kind: 'other' };
  }
  if (key.startsWith(TRAJECTORY_PREFIX)) {
    const rest = key.slice(TRAJECTORY_PREFIX.length);
    const colon = rest.indexOf(':');
    if (colon <= 0) return { kind: 'other' };
    const id = dec(rest.slice(0, colon));
    if (id === null || id === '') return { kind: 'other' };
    return rest.slice(colon + 1) === 'reflection' ? { kind: 'trajReflection', id } : { kind: 'other' };
  }
  return { kind: 'other' };
}
