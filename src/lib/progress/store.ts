/**
 * The progress store: a nanostores atom with the trainee's progress, kept in
 * localStorage one item per key (see `keys.ts`), kept in step with other tabs
 * by storage events, with the actions that change it.
 *
 * Every action writes only the item it changes, so two tabs writing at the
 * same moment never lose each other's work, and a draft save costs the draft,
 * not the whole progress.
 *
 * `createProgressStore` builds an independent store (unit tests give it a
 * fake storage); the module also creates the one store the site uses, whose
 * members `index.ts` re-exports.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { sitePath } from './probe.ts';
import { attemptKey, exerciseKey, LAST_KEY, lessonKey, META_KEY, PROGRESS_EVENT, replyKey, stepId, stepKey, trajectoryReflectionKey } from './keys.ts';
import {
  commitState,
  ensureMeta,
  loadItems,
  migrateWholeState,
  ProgressItems,
  readAllItems,
  readItem,
  stateKey,
  storedExerciseKeys,
  storedItemKeys,
  storedTrajectoryKeys,
  writeState,
  type StateKey,
} from './items.ts';
import { mergeProgress, replaceProgress } from './merge.ts';
import { dict, LIMITS, type ItemShapes } from './schema.ts';
import { isEmptyProgress } from './status.ts';
import {
  BACKUP_PREFIX,
  browserBackend,
  currentStatus,
  keepCorrupt,
  listBackups,
  PROGRESS_KEY,
  RECOVERED_KEY,
  SafeStorage,
  type FallbackReason,
  type StorageBackend,
} from './storage.ts';
import type { Status } from '../feedback/types.ts';
import { isStatus } from '../vocabulary/criterion-status.ts';
import type { ProgressState, StorageStatus } from './types.ts';

export { PROGRESS_EVENT };

/** A change another tab made to storage (`key` null: storage was cleared). */
export type StorageChange = (key: string | null, newValue: string | null) => void;

/** Where changes from other tabs come from. */
export interface ProgressEvents {
  listen(onChange: StorageChange, onReload: () => void): void;
}

/** Window `storage` events, and a full re-read when a page comes back from the back/forward cache. */
export const windowEvents: ProgressEvents = {
  listen(onChange, onReload) {
    window.addEventListener('storage', (event) => {
      try {
        if (event.storageArea && event.storageArea !== window.localStorage) return;
      } catch {
        return;
      }
      onChange(event.key, event.newValue);
    });
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) onReload();
    });
  },
};

const noEvents: ProgressEvents = { listen() {} };

export interface ProgressStoreOptions {
  /** Where to store; defaults to `window.localStorage`. */
  backend?: () => StorageBackend | undefined;
  /** Cross-tab events; defaults to window `storage`/`pageshow` events in a browser. */
  events?: ProgressEvents;
  /** Clock, for tests. */
  now?: () => string;
}

export type ImportMode = 'merge' | 'replace';

/** What became of a change. */
export interface SaveResult {
  /** In localStorage; false: only in this page's memory (storage blocked or full). */
  stored: boolean;
  /** The text was longer than `LIMITS.text`; only its start was kept. */
  clipped: boolean;
}

export interface AttemptResult extends SaveResult {
  /** How many attempts the exercise now has (the number of this one). */
  count: number;
}

export type ImportOutcome =
  /** `stored` false: storage is not available, so the import lives in this page only. */
  | { ok: true; stored: boolean }
  /** Nothing changed. `empty`: the file holds nothing (never wipes progress); `quota`/`blocked`: storage refused. */
  | { ok: false; reason: 'empty' | FallbackReason };

function baseUrl(): string {
  try {
    const base = import.meta.env?.BASE_URL;
    return typeof base === 'string' && base !== '' ? base : '/';
  } catch {
    return '/';
  }
}

/** A path as stored in `lastVisited`: relative to the site's base path. */
export function toSitePath(path: string, base: string = baseUrl()): string {
  return sitePath(path, base);
}

export function createProgressStore(options: ProgressStoreOptions = {}) {
  const now = options.now ?? (() => new Date().toISOString());
  const storage = new SafeStorage(options.backend ?? browserBackend);
  const items = new ProgressItems();
  loadItems(storage, items, now());
  const $storageStatus = atom<StorageStatus>(currentStatus(storage));
  storage.onFallback(() => $storageStatus.set(currentStatus(storage)));
  const $progress = atom<ProgressState>(items.toState());

  /** Shows the mirror's state to the islands and to plain scripts in this tab. */
  function publish(): void {
    $progress.set(items.toState());
    if (typeof window !== 'undefined' && typeof CustomEvent === 'function') {
      window.dispatchEvent(new CustomEvent(PROGRESS_EVENT));
    }
  }

  /** Stores one item (or removes it: null) and updates the mirror. True when it reached localStorage. */
  function put<K extends StateKey>(key: string, parsed: K, value: ItemShapes[K['kind']] | null): boolean {
    let stored: boolean;
    if (value === null) {
      storage.remove(key);
      stored = storage.mode === 'local';
    } else {
      stored = storage.set(key, JSON.stringify(value));
    }
    items.apply(key, parsed, value);
    return stored;
  }

  /** Removes these items (from the mirror and from localStorage, also keys it cannot parse) and publishes once. */
  function removeAll(keys: ReadonlySet<string>): void {
    if (keys.size === 0) return;
    for (const key of keys) {
      const parsed = stateKey(key);
      if (parsed) put(key, parsed, null);
      else storage.remove(key);
    }
    publish();
  }

  function reloadAll(): void {
    readAllItems(storage, items, now());
    migrateWholeState(storage, items, now());
    $storageStatus.set(currentStatus(storage));
    publish();
  }

  /** A change made by another tab. */
  function onChange(key: string | null, newValue: string | null): void {
    if (key === null) {
      reloadAll();
      return;
    }
    storage.remember(key, newValue);
    if (key === PROGRESS_KEY) {
      // A tab still running an earlier version wrote its whole state: take it in.
      if (newValue !== null && migrateWholeState(storage, items, now())) publish();
      $storageStatus.set(currentStatus(storage));
      return;
    }
    if (key === RECOVERED_KEY || key.startsWith(BACKUP_PREFIX)) {
      $storageStatus.set(currentStatus(storage));
      return;
    }
    const parsed = stateKey(key);
    if (!parsed) return;
    if (newValue === null) {
      items.apply(key, parsed, null);
    } else {
      const read = readItem(parsed, newValue);
      if (!read.ok) {
        // Broken data from elsewhere: keep a copy, never write over it here.
        if (keepCorrupt(storage, JSON.stringify({ [key]: newValue }, null, 2), now()) !== null) $storageStatus.set(currentStatus(storage));
        return;
      }
      items.apply(key, parsed, read.value);
    }
    publish();
  }

  (options.events ?? (typeof window === 'undefined' ? noEvents : windowEvents)).listen(onChange, reloadAll);

  const clipped = (text: string) => text.length > LIMITS.text;
  const clip = (text: string) => (clipped(text) ? text.slice(0, LIMITS.text) : text);

  function saveText(field: 'draft' | 'reflection', exerciseId: string, text: string): SaveResult {
    const kept = clip(text);
    const current = field === 'draft' ? items.draft(exerciseId) : items.reflection(exerciseId);
    if (current?.text === kept) return { stored: storage.mode === 'local', clipped: clipped(text) };
    const stored = put(exerciseKey(exerciseId, field), { kind: field, id: exerciseId }, { text: kept, at: now() });
    publish();
    return { stored, clipped: clipped(text) };
  }

  /** Keeps at most `LIMITS.attemptsKept` attempts of an exercise: removes the oldest. */
  function pruneAttempts(exerciseId: string): void {
    const keys = items.attemptKeys(exerciseId);
    for (const key of keys.slice(0, Math.max(0, keys.length - LIMITS.attemptsKept))) {
      put(key, { kind: 'attempt', id: exerciseId }, null);
    }
  }

  /** Applies an import as a whole or not at all (see `commitState`). */
  function applyImport(target: ProgressState): ImportOutcome {
    if (storage.mode !== 'local') {
      writeState(storage, items, target);
      publish();
      return { ok: true, stored: false };
    }
    // Replacing frees the old items first; a merge keeps them (they stay in the result).
    const result = commitState(storage, items, target);
    if (result !== 'ok') return { ok: false, reason: result };
    ensureMeta(storage);
    publish();
    return { ok: true, stored: true };
  }

  return {
    $progress: $progress as ReadableAtom<ProgressState>,
    $storageStatus: $storageStatus as ReadableAtom<StorageStatus>,

    markLessonRead(slug: string): void {
      if (items.lesson(slug)) return;
      put(lessonKey(slug), { kind: 'lesson', id: slug }, { readAt: now() });
      publish();
    },

    markLessonUnread(slug: string): void {
      if (!items.lesson(slug)) return;
      put(lessonKey(slug), { kind: 'lesson', id: slug }, null);
      publish();
    },

    /** Stores the draft of one exercise (only that draft is written). */
    saveDraft(exerciseId: string, text: string): SaveResult {
      return saveText('draft', exerciseId, text);
    },

    recordAttempt(exerciseId: string, text: string, statuses: Record<string, Status>): AttemptResult {
      const clean = dict<Status>();
      for (const [id, status] of Object.entries(statuses)) if (isStatus(status)) clean[id] = status;
      const attempt = { at: now(), text: clip(text), statuses: clean };
      const stored = put(attemptKey(exerciseId, attempt), { kind: 'attempt', id: exerciseId }, attempt);
      pruneAttempts(exerciseId);
      publish();
      const count = $progress.get().exercises[exerciseId]?.attempts.length ?? 0;
      return { stored, clipped: clipped(text), count };
    },

    saveReflection(exerciseId: string, text: string): SaveResult {
      return saveText('reflection', exerciseId, text);
    },

    markModelAnswerSeen(exerciseId: string): void {
      if (items.seen(exerciseId)) return;
      put(exerciseKey(exerciseId, 'seen'), { kind: 'seen', id: exerciseId }, { at: now() });
      publish();
    },

    /** Removes draft, attempts and reflection of one exercise (also those another tab just wrote). */
    resetExercise(exerciseId: string): void {
      removeAll(new Set([...items.exerciseKeys(exerciseId), ...storedExerciseKeys(storage, exerciseId)]));
    },

    /** Stores the draft of one step of a trajectory (only that draft is written). */
    saveStepDraft(trajectoryId: string, step: number, text: string): SaveResult {
      const kept = clip(text);
      if (items.stepDraft(trajectoryId, step)?.text === kept) return { stored: storage.mode === 'local', clipped: clipped(text) };
      const stored = put(stepKey(trajectoryId, step, 'stepDraft'), { kind: 'stepDraft', id: stepId(trajectoryId, step) }, { text: kept, at: now() });
      publish();
      return { stored, clipped: clipped(text) };
    },

    /**
     * Sends the reply of one step: adds it to the step's replies (a second one
     * is a revision) and removes the step's draft. `count` is the number of
     * replies the step now has.
     */
    sendStepReply(trajectoryId: string, step: number, text: string, statuses: Record<string, Status>): AttemptResult {
      const clean = dict<Status>();
      for (const [id, status] of Object.entries(statuses)) if (isStatus(status)) clean[id] = status;
      const reply = { at: now(), text: clip(text), statuses: clean };
      const id = stepId(trajectoryId, step);
      const stored = put(replyKey(trajectoryId, step, reply), { kind: 'reply', id }, reply);
      const keys = items.replyKeys(trajectoryId, step);
      // Keep the first reply sent and the newest revisions.
      for (const key of keys.slice(1, Math.max(1, keys.length - (LIMITS.repliesKept - 1)))) put(key, { kind: 'reply', id }, null);
      if (items.stepDraft(trajectoryId, step)) put(stepKey(trajectoryId, step, 'stepDraft'), { kind: 'stepDraft', id }, null);
      publish();
      const count = items.replyKeys(trajectoryId, step).length;
      return { stored, clipped: clipped(text), count };
    },

    markStepModelSeen(trajectoryId: string, step: number): void {
      if (items.stepSeen(trajectoryId, step)) return;
      put(stepKey(trajectoryId, step, 'stepSeen'), { kind: 'stepSeen', id: stepId(trajectoryId, step) }, { at: now() });
      publish();
    },

    saveTrajectoryReflection(trajectoryId: string, text: string): SaveResult {
      const kept = clip(text);
      if (items.trajectoryReflection(trajectoryId)?.text === kept) return { stored: storage.mode === 'local', clipped: clipped(text) };
      const stored = put(trajectoryReflectionKey(trajectoryId), { kind: 'trajReflection', id: trajectoryId }, { text: kept, at: now() });
      publish();
      return { stored, clipped: clipped(text) };
    },

    /** Removes everything of one trajectory (also what another tab just wrote). */
    resetTrajectory(trajectoryId: string): void {
      removeAll(new Set([...items.trajectoryKeys(trajectoryId), ...storedTrajectoryKeys(storage, trajectoryId)]));
    },

    /** `path` may be `location.pathname` or a path relative to the base. */
    setLastVisited(path: string, title: string): void {
      put(LAST_KEY, { kind: 'last' }, { path: toSitePath(path), title: title.slice(0, LIMITS.title), at: now() });
      publish();
    },

    /**
     * Brings in validated progress (see `import.ts`): all of it or nothing.
     * Merging reads the items fresh from storage first, so what another tab
     * just wrote is kept. An empty import never replaces anything.
     */
    importProgress(incoming: ProgressState, mode: ImportMode): ImportOutcome {
      if (isEmptyProgress(incoming)) return { ok: false, reason: 'empty' };
      readAllItems(storage, items, now());
      const current = items.toState();
      return applyImport(mode === 'merge' ? mergeProgress(current, incoming) : replaceProgress(current, incoming));
    },

    /** Clears all progress, its backups and a pending recovery notice. */
    clearProgress(): void {
      for (const key of new Set([...storedItemKeys(storage), ...items.keys(), META_KEY])) storage.remove(key);
      storage.remove(PROGRESS_KEY);
      for (const key of listBackups(storage)) storage.remove(key);
      storage.remove(RECOVERED_KEY);
      items.clear();
      $storageStatus.set(currentStatus(storage));
      publish();
    },

    /** Hides the recovery notice for good; the backup itself stays. */
    dismissRecovered(): void {
      storage.remove(RECOVERED_KEY);
      $storageStatus.set(currentStatus(storage));
    },

    /** The raw text kept under a backup key (null if gone). */
    readBackup(key: string): string | null {
      return key.startsWith(BACKUP_PREFIX) ? storage.get(key) : null;
    },

    /** For tests and diagnostics. */
    storage,
  };
}

export type ProgressStore = ReturnType<typeof createProgressStore>;

/** The site's one store. */
export const progressStore: ProgressStore = createProgressStore();
