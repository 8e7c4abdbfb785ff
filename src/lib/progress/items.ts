/**
 * Progress as separate items in storage (see `keys.ts` for the layout): the
 * in-memory mirror of those items, how a progress state becomes items and back,
 * and reading them at start-up — including the one-time move of the whole-state
 * key of earlier versions into items.
 */
import {
  attemptKey,
  exerciseKey,
  exercisePrefix,
  ITEM_PREFIX,
  LAST_KEY,
  lessonKey,
  META_KEY,
  parseKey,
  replyKey,
  splitStepId,
  stepKey,
  trajectoryPrefixes,
  trajectoryReflectionKey,
  type ItemKey,
} from './keys.ts';
import { checkItem, dict, emptyProgress, keepReplies, LIMITS, sortAttempts, type ItemKind, type ItemShapes } from './schema.ts';
import { mergeProgress } from './merge.ts';
import { decodeProgress, keepCorrupt, PROGRESS_KEY, type FallbackReason, type SafeStorage } from './storage.ts';
import type { AttemptRecord, ExerciseProgress, LastVisited, LessonProgress, ProgressState, TimedText, TrajectoryProgress, TrajectoryStepProgress } from './types.ts';
import { CURRENT_VERSION } from './version.ts';

/** A key of a kind the state is made of (not meta, not unknown). */
export type StateKey = Extract<ItemKey, { kind: ItemKind }>;

export function stateKey(key: string): StateKey | null {
  const parsed = parseKey(key);
  return parsed && parsed.kind !== 'meta' && parsed.kind !== 'other' ? (parsed as StateKey) : null;
}

interface ExerciseItems {
  draft?: TimedText;
  reflection?: TimedText;
  seen?: string;
  attempts: Map<string, AttemptRecord>;
}

interface StepItems {
  draft?: TimedText;
  seen?: string;
  replies: Map<string, AttemptRecord>;
}

interface TrajectoryItems {
  reflection?: TimedText;
  steps: Map<number, StepItems>;
}

const emptyStep = (s: StepItems) => !s.draft && !s.seen && s.replies.size === 0;

/** Sorted by date, then by key: the same order in every tab. */
function byDate(entries: Iterable<[string, AttemptRecord]>): Array<[string, AttemptRecord]> {
  return [...entries].sort(([ka, a], [kb, b]) => (a.at < b.at ? -1 : a.at > b.at ? 1 : ka < kb ? -1 : ka > kb ? 1 : 0));
}

/**
 * The items as this page knows them, kept in step with storage: by this
 * page's own writes and by storage events from other tabs. Builds the
 * `ProgressState` the islands read, reusing the unchanged parts.
 */
export class ProgressItems {
  #lessons = new Map<string, LessonProgress>();
  #exercises = new Map<string, ExerciseItems>();
  #last: LastVisited | undefined;
  #views = new Map<string, ExerciseProgress>();
  #trajectories = new Map<string, TrajectoryItems>();
  #trajectoryViews = new Map<string, TrajectoryProgress>();

  clear(): void {
    this.#lessons.clear();
    this.#exercises.clear();
    this.#views.clear();
    this.#trajectories.clear();
    this.#trajectoryViews.clear();
    this.#last = undefined;
  }

  /** Sets (value) or removes (null) one item. */
  apply<K extends StateKey>(key: string, parsed: K, value: ItemShapes[K['kind']] | null): void {
    switch (parsed.kind) {
      case 'last':
        this.#last = (value as LastVisited | null) ?? undefined;
        return;
      case 'lesson':
        if (value) this.#lessons.set(parsed.id, value as LessonProgress);
        else this.#lessons.delete(parsed.id);
        return;
      case 'trajReflection':
      case 'stepDraft':
      case 'stepSeen':
      case 'reply':
        this.#applyTrajectory(key, parsed, value);
        return;
    }
    const id = parsed.id;
    this.#views.delete(id);
    let ex = this.#exercises.get(id);
    if (!ex) {
      if (value === null) return;
      ex = { attempts: new Map() };
      this.#exercises.set(id, ex);
    }
    switch (parsed.kind) {
      case 'draft':
      case 'reflection':
        if (value) ex[parsed.kind] = value as TimedText;
        else delete ex[parsed.kind];
        break;
      case 'seen':
        if (value) ex.seen = (value as { at: string }).at;
        else delete ex.seen;
        break;
      case 'attempt':
        if (value) ex.attempts.set(key, value as AttemptRecord);
        else ex.attempts.delete(key);
        break;
    }
    if (!ex.draft && !ex.reflection && !ex.seen && ex.attempts.size === 0) this.#exercises.delete(id);
  }

  #applyTrajectory(key: string, parsed: Extract<StateKey, { kind: 'trajReflection' | 'stepDraft' | 'stepSeen' | 'reply' }>, value: unknown): void {
    const where = parsed.kind === 'trajReflection' ? { trajectory: parsed.id, step: 0 } : splitStepId(parsed.id);
    if (!where) return;
    this.#trajectoryViews.delete(where.trajectory);
    let t = this.#trajectories.get(where.trajectory);
    if (!t) {
      if (value === null) return;
      t = { steps: new Map() };
      this.#trajectories.set(where.trajectory, t);
    }
    if (parsed.kind === 'trajReflection') {
      if (value) t.reflection = value as TimedText;
      else delete t.reflection;
    } else {
      let s = t.steps.get(where.step);
      if (!s) {
        s = { replies: new Map() };
        t.steps.set(where.step, s);
      }
      if (parsed.kind === 'stepDraft') {
        if (value) s.draft = value as TimedText;
        else delete s.draft;
      } else if (parsed.kind === 'stepSeen') {
        if (value) s.seen = (value as { at: string }).at;
        else delete s.seen;
      } else if (value) {
        s.replies.set(key, value as AttemptRecord);
      } else {
        s.replies.delete(key);
      }
      if (emptyStep(s)) t.steps.delete(where.step);
    }
    if (!t.reflection && t.steps.size === 0) this.#trajectories.delete(where.trajectory);
  }

  stepDraft(trajectory: string, step: number): TimedText | undefined {
    return this.#trajectories.get(trajectory)?.steps.get(step)?.draft;
  }

  stepSeen(trajectory: string, step: number): string | undefined {
    return this.#trajectories.get(trajectory)?.steps.get(step)?.seen;
  }

  trajectoryReflection(trajectory: string): TimedText | undefined {
    return this.#trajectories.get(trajectory)?.reflection;
  }

  /** The reply keys of a step, oldest reply first. */
  replyKeys(trajectory: string, step: number): string[] {
    const replies = this.#trajectories.get(trajectory)?.steps.get(step)?.replies;
    return replies ? byDate(replies).map(([k]) => k) : [];
  }

  /** The keys of one trajectory's items. */
  trajectoryKeys(trajectory: string): string[] {
    const t = this.#trajectories.get(trajectory);
    if (!t) return [];
    const keys: string[] = [];
    if (t.reflection) keys.push(trajectoryReflectionKey(trajectory));
    for (const [n, s] of t.steps) {
      if (s.draft) keys.push(stepKey(trajectory, n, 'stepDraft'));
      if (s.seen) keys.push(stepKey(trajectory, n, 'stepSeen'));
      keys.push(...s.replies.keys());
    }
    return keys;
  }

  #trajectoryView(id: string, t: TrajectoryItems): TrajectoryProgress {
    const cached = this.#trajectoryViews.get(id);
    if (cached) return cached;
    const view: TrajectoryProgress = { steps: dict() };
    for (const n of [...t.steps.keys()].sort((a, b) => a - b)) {
      const s = t.steps.get(n)!;
      const step: TrajectoryStepProgress = { replies: keepReplies(sortAttempts(dedupe([...s.replies.values()]))) };
      if (s.draft) step.draft = s.draft;
      if (s.seen) step.modelSeen = s.seen;
      view.steps[String(n)] = step;
    }
    if (t.reflection) view.reflection = t.reflection;
    this.#trajectoryViews.set(id, view);
    return view;
  }

  lesson(slug: string): LessonProgress | undefined {
    return this.#lessons.get(slug);
  }

  draft(id: string): TimedText | undefined {
    return this.#exercises.get(id)?.draft;
  }

  reflection(id: string): TimedText | undefined {
    return this.#exercises.get(id)?.reflection;
  }

  seen(id: string): string | undefined {
    return this.#exercises.get(id)?.seen;
  }

  /** The attempt keys of an exercise, oldest attempt first. */
  attemptKeys(id: string): string[] {
    const attempts = this.#exercises.get(id)?.attempts;
    if (!attempts) return [];
    return [...attempts].sort(([ka, a], [kb, b]) => (a.at < b.at ? -1 : a.at > b.at ? 1 : ka < kb ? -1 : ka > kb ? 1 : 0)).map(([k]) => k);
  }

  /** The keys of one exercise's items. */
  exerciseKeys(id: string): string[] {
    const ex = this.#exercises.get(id);
    if (!ex) return [];
    const keys: string[] = [];
    if (ex.draft) keys.push(exerciseKey(id, 'draft'));
    if (ex.reflection) keys.push(exerciseKey(id, 'reflection'));
    if (ex.seen) keys.push(exerciseKey(id, 'seen'));
    keys.push(...ex.attempts.keys());
    return keys;
  }

  /** Every key this mirror holds an item for. */
  keys(): string[] {
    const keys: string[] = [];
    for (const slug of this.#lessons.keys()) keys.push(lessonKey(slug));
    for (const id of this.#exercises.keys()) keys.push(...this.exerciseKeys(id));
    for (const id of this.#trajectories.keys()) keys.push(...this.trajectoryKeys(id));
    if (this.#last) keys.push(LAST_KEY);
    return keys;
  }

  #view(id: string, ex: ExerciseItems): ExerciseProgress {
    const cached = this.#views.get(id);
    if (cached) return cached;
    const view: ExerciseProgress = { attempts: sortAttempts(dedupe([...ex.attempts.values()])).slice(-LIMITS.attemptsKept) };
    if (ex.draft) view.draft = ex.draft;
    if (ex.reflection) view.reflection = ex.reflection;
    if (ex.seen) view.modelAnswerSeen = ex.seen;
    this.#views.set(id, view);
    return view;
  }

  /** A fresh state object; unchanged exercises keep their objects. Treat as read-only. */
  toState(): ProgressState {
    const state = emptyProgress();
    for (const [slug, lesson] of this.#lessons) state.lessons[slug] = lesson;
    for (const [id, ex] of this.#exercises) state.exercises[id] = this.#view(id, ex);
    if (this.#trajectories.size > 0) {
      state.trajectories = dict();
      for (const [id, t] of this.#trajectories) state.trajectories[id] = this.#trajectoryView(id, t);
    }
    if (this.#last) state.lastVisited = this.#last;
    return state;
  }
}

/** Attempts with the same time and text are one attempt. */
function dedupe(attempts: AttemptRecord[]): AttemptRecord[] {
  const seen = new Set<string>();
  return attempts.filter((a) => {
    const key = `${a.at}\u0000${a.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface StateItem {
  parsed: StateKey;
  value: ItemShapes[ItemKind];
  /** The text stored under the key. */
  raw: string;
}

/** The items of a state, by key. */
export function itemsOfState(state: ProgressState): Map<string, StateItem> {
  const items = new Map<string, StateItem>();
  const put = (key: string, value: ItemShapes[ItemKind]) => items.set(key, { parsed: stateKey(key)!, value, raw: JSON.stringify(value) });
  for (const [slug, lesson] of Object.entries(state.lessons)) put(lessonKey(slug), { readAt: lesson.readAt });
  for (const [id, ex] of Object.entries(state.exercises)) {
    if (ex.draft) put(exerciseKey(id, 'draft'), { text: ex.draft.text, at: ex.draft.at });
    if (ex.reflection) put(exerciseKey(id, 'reflection'), { text: ex.reflection.text, at: ex.reflection.at });
    if (ex.modelAnswerSeen) put(exerciseKey(id, 'seen'), { at: ex.modelAnswerSeen });
    for (const a of ex.attempts) put(attemptKey(id, a), { at: a.at, text: a.text, statuses: dict(Object.entries(a.statuses)) });
  }
  for (const [id, t] of Object.entries(state.trajectories ?? {})) {
    if (t.reflection) put(trajectoryReflectionKey(id), { text: t.reflection.text, at: t.reflection.at });
    for (const [number, s] of Object.entries(t.steps)) {
      const n = Number(number);
      if (s.draft) put(stepKey(id, n, 'stepDraft'), { text: s.draft.text, at: s.draft.at });
      if (s.modelSeen) put(stepKey(id, n, 'stepSeen'), { at: s.modelSeen });
      for (const r of s.replies) put(replyKey(id, n, r), { at: r.at, text: r.text, statuses: dict(Object.entries(r.statuses)) });
    }
  }
  if (state.lastVisited) {
    const { path, title, at } = state.lastVisited;
    put(LAST_KEY, { path, title, at });
  }
  return items;
}

export type ReadItem<K extends StateKey = StateKey> =
  | { ok: true; value: ItemShapes[K['kind']] }
  /** Unreadable: `value` is what could be kept (null: nothing). */
  | { ok: false; value: ItemShapes[K['kind']] | null };

/** Parses and checks one stored item; never throws. */
export function readItem<K extends StateKey>(parsed: K, raw: string): ReadItem<K> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, value: null };
  }
  const { value, issues } = checkItem(parsed.kind as K['kind'], json);
  return value !== null && issues.length === 0 ? { ok: true, value } : { ok: false, value };
}

/** Every item key now in storage (also those written by other tabs). */
export function storedItemKeys(storage: SafeStorage, prefix: string = ITEM_PREFIX): string[] {
  return storage.keys().filter((k) => k.startsWith(prefix));
}

/** The keys of one trajectory now in storage (every step and its own). */
export function storedTrajectoryKeys(storage: SafeStorage, id: string): string[] {
  const { steps, own } = trajectoryPrefixes(id);
  return storedItemKeys(storage).filter((k) => k.startsWith(steps) || k.startsWith(own));
}

/** The keys of one exercise now in storage. */
export function storedExerciseKeys(storage: SafeStorage, id: string): string[] {
  return storedItemKeys(storage, exercisePrefix(id));
}

/**
 * Fills the mirror from storage. Unreadable items are backed up together
 * (one backup: key → raw text) and replaced by what could be kept; when no
 * backup can be written, storage switches to memory and they stay untouched.
 */
export function readAllItems(storage: SafeStorage, items: ProgressItems, now: string): void {
  items.clear();
  const broken: Array<{ key: string; parsed: StateKey; raw: string; value: unknown }> = [];
  for (const key of storedItemKeys(storage)) {
    const parsed = stateKey(key);
    if (!parsed) continue;
    const raw = storage.get(key);
    if (raw === null) continue;
    const read = readItem(parsed, raw);
    if (read.ok) items.apply(key, parsed, read.value);
    else broken.push({ key, parsed, raw, value: read.value });
  }
  if (broken.length === 0) return;
  const backup = JSON.stringify(Object.fromEntries(broken.map((b) => [b.key, b.raw])), null, 2);
  if (keepCorrupt(storage, backup, now) === null) return;
  for (const b of broken) {
    if (b.value === null) {
      storage.remove(b.key);
      continue;
    }
    storage.set(b.key, JSON.stringify(b.value));
    items.apply(b.key, b.parsed, b.value as never);
  }
}

/**
 * Writes the items that differ between the mirror's state and `target`, and
 * removes those `target` no longer has, in memory mode (or falling back to
 * it). Returns false when something could only be kept in memory.
 */
export function writeState(storage: SafeStorage, items: ProgressItems, target: ProgressState): boolean {
  const wanted = itemsOfState(target);
  const current = itemsOfState(items.toState());
  let stored = true;
  for (const key of items.keys()) {
    if (wanted.has(key)) continue;
    storage.remove(key);
    const parsed = stateKey(key);
    if (parsed) items.apply(key, parsed, null);
  }
  for (const [key, item] of wanted) {
    if (current.get(key)?.raw === item.raw) continue;
    if (!storage.set(key, item.raw)) stored = false;
    items.apply(key, item.parsed, item.value);
  }
  return stored;
}

export interface CommitOptions {
  /** Another key to remove with the change (the whole-state key being migrated). */
  remove?: string;
  /**
   * Remove before writing, so the change needs no room for old and new at
   * once. Only when the old values are also held elsewhere (in memory here):
   * a crash halfway would leave the change half done.
   */
  freeFirst?: boolean;
}

/**
 * Makes storage hold exactly `target` (its items; other progress items are
 * removed), as a whole or not at all: when storage refuses a write, every
 * touched key is put back as it was, the mirror is left alone and the reason
 * is returned. Storage stays in local mode either way.
 */
export function commitState(storage: SafeStorage, items: ProgressItems, target: ProgressState, options: CommitOptions = {}): 'ok' | FallbackReason {
  if (storage.mode !== 'local') return storage.reason ?? 'blocked';
  const wanted = itemsOfState(target);
  const removals = storedItemKeys(storage).filter((key) => stateKey(key) !== null && !wanted.has(key));
  const extra = options.remove !== undefined && storage.get(options.remove) !== null ? options.remove : undefined;
  const writes = [...wanted].filter(([key, item]) => storage.get(key) !== item.raw);
  const before = new Map<string, string | null>();
  for (const key of [...removals, ...(extra ? [extra] : []), ...writes.map(([key]) => key)]) before.set(key, storage.get(key));
  const removed: string[] = [];
  const written: string[] = [];
  const remove = (key: string): boolean => {
    if (!storage.tryRemove(key)) return false;
    removed.push(key);
    return true;
  };
  /** Puts every touched key back: first frees what was added, then restores. */
  const undo = () => {
    for (const key of written) if (before.get(key) === null) storage.tryRemove(key);
    for (const key of [...written, ...removed]) {
      const raw = before.get(key);
      if (raw !== null && raw !== undefined) storage.trySet(key, raw);
    }
  };
  const first = options.freeFirst && extra ? [...removals, extra] : removals;
  for (const key of first) {
    if (!remove(key)) {
      undo();
      return 'blocked';
    }
  }
  for (const [key, item] of writes) {
    const result = storage.trySet(key, item.raw);
    if (result !== 'ok') {
      undo();
      return result;
    }
    written.push(key);
  }
  if (extra && !options.freeFirst && !remove(extra)) {
    undo();
    return 'blocked';
  }
  for (const key of removals) items.apply(key, stateKey(key)!, null);
  for (const [key, item] of writes) items.apply(key, item.parsed, item.value);
  return 'ok';
}

/**
 * Reads the whole-state key of an earlier version, if any, and merges it into
 * the items, then removes it — all in one change (see `commitState`). When
 * the storage is too full to hold both copies for a moment, the old value is
 * removed first (it is kept in memory meanwhile). Corrupt values are backed up
 * first, as before. When nothing can be stored, the merged progress lives in
 * memory and the old value stays untouched. Returns true when there was one.
 */
export function migrateWholeState(storage: SafeStorage, items: ProgressItems, now: string): boolean {
  const raw = storage.get(PROGRESS_KEY);
  if (raw === null) return false;
  const decoded = decodeProgress(raw, now);
  const target = mergeProgress(items.toState(), decoded.state);
  if (!decoded.ok && keepCorrupt(storage, raw, now) === null) {
    // No backup possible: storage is now memory-only; show what could be read.
    writeState(storage, items, target);
    return true;
  }
  let result = commitState(storage, items, target, { remove: PROGRESS_KEY });
  if (result === 'quota') result = commitState(storage, items, target, { remove: PROGRESS_KEY, freeFirst: true });
  if (result !== 'ok') {
    storage.fallBackToMemory(result);
    writeState(storage, items, target);
  }
  return true;
}

/** Marks the layout and schema version of the items (kept as is when newer). */
export function ensureMeta(storage: SafeStorage): void {
  const raw = storage.get(META_KEY);
  let version = 0;
  try {
    const meta: unknown = raw === null ? null : JSON.parse(raw);
    if (meta && typeof meta === 'object' && typeof (meta as { version?: unknown }).version === 'number') version = (meta as { version: number }).version;
  } catch {
    version = 0;
  }
  if (version < CURRENT_VERSION) storage.set(META_KEY, JSON.stringify({ version: CURRENT_VERSION }));
}

/** Reads everything at start-up: items, then an old whole-state value. */
export function loadItems(storage: SafeStorage, items: ProgressItems, now: string): void {
  readAllItems(storage, items, now);
  migrateWholeState(storage, items, now);
  ensureMeta(storage);
}
