/**
 * The progress store: a nanostores `persistentAtom` under `klik:progress`,
 * kept in sync across tabs by storage events, with the actions that change it.
 *
 * `createProgressStore` builds an independent store (unit tests give it a
 * fake storage); the module also creates the one store the site uses, whose
 * members `index.ts` re-exports.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents, type PersistentEvents } from '@nanostores/persistent';
import { mergeProgress, replaceProgress } from './merge.ts';
import { cloneJson, emptyProgress, LIMITS } from './schema.ts';
import {
  BACKUP_PREFIX,
  browserBackend,
  currentStatus,
  decodeProgress,
  encodeProgress,
  keepCorrupt,
  listBackups,
  loadProgress,
  persistentEngine,
  PROGRESS_KEY,
  RECOVERED_KEY,
  SafeStorage,
  type StorageBackend,
} from './storage.ts';
import type { CriterionStatus, ExerciseProgress, ProgressState, StorageStatus } from './types.ts';

/** Fired on `window` after the progress changed (here or in another tab). */
export const PROGRESS_EVENT = 'klik:progress';

const noEvents: PersistentEvents = { addEventListener() {}, removeEventListener() {} };

export interface ProgressStoreOptions {
  /** Where to store; defaults to `window.localStorage`. */
  backend?: () => StorageBackend | undefined;
  /** Cross-tab events; defaults to window `storage`/`pageshow` events in a browser. */
  events?: PersistentEvents;
  /** Clock, for tests. */
  now?: () => string;
}

export type ImportMode = 'merge' | 'replace';

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
  let p = path.trim();
  const withSlash = base.endsWith('/') ? base : `${base}/`;
  if (withSlash !== '/' && (p === withSlash.slice(0, -1) || p.startsWith(withSlash))) p = p.slice(withSlash.length);
  return p.replace(/^\/+/, '');
}

const validStatus = (s: unknown): s is CriterionStatus => s === 'met' || s === 'partial' || s === 'missing';

export function createProgressStore(options: ProgressStoreOptions = {}) {
  const now = options.now ?? (() => new Date().toISOString());
  const storage = new SafeStorage(options.backend ?? browserBackend);
  const loaded = loadProgress(storage, now());
  const $storageStatus = atom<StorageStatus>(loaded.status);
  storage.onFallback(() => $storageStatus.set(currentStatus(storage)));

  // Decoding happens at creation and on storage events from other tabs.
  // A broken value from elsewhere is backed up (never written over here).
  let lastRaw: string | null = storage.get(PROGRESS_KEY);
  let lastState: ProgressState = loaded.state;
  const decode = (raw: string): ProgressState => {
    if (raw === lastRaw) return lastState;
    const result = decodeProgress(raw, now());
    if (!result.ok && keepCorrupt(storage, raw, now()) !== null) $storageStatus.set(currentStatus(storage));
    lastRaw = raw;
    lastState = result.state;
    return result.state;
  };
  const encode = (state: ProgressState): string => {
    const raw = encodeProgress(state);
    lastRaw = raw;
    lastState = state;
    return raw;
  };

  const events = options.events ?? (typeof window === 'undefined' ? noEvents : windowPersistentEvents);
  setPersistentEngine(persistentEngine(storage), events);
  const $progress = persistentAtom<ProgressState>(PROGRESS_KEY, emptyProgress(), { encode, decode });
  // Stay mounted, so the atom follows other tabs even when no island listens.
  $progress.listen(() => {
    if (typeof window !== 'undefined' && typeof CustomEvent === 'function') {
      window.dispatchEvent(new CustomEvent(PROGRESS_EVENT));
    }
  });

  /** Applies a change to a copy of the current state and stores it. */
  function update(change: (draft: ProgressState) => boolean | void): void {
    const draft = cloneJson($progress.get());
    if (change(draft) === false) return;
    $progress.set(draft);
  }

  function exercise(draft: ProgressState, id: string): ExerciseProgress {
    const existing = draft.exercises[id];
    if (existing) return existing;
    const created: ExerciseProgress = { attempts: [] };
    draft.exercises[id] = created;
    return created;
  }

  const clip = (text: string) => (text.length > LIMITS.text ? text.slice(0, LIMITS.text) : text);

  return {
    $progress: $progress as ReadableAtom<ProgressState>,
    $storageStatus: $storageStatus as ReadableAtom<StorageStatus>,

    markLessonRead(slug: string): void {
      update((d) => {
        if (d.lessons[slug]) return false;
        d.lessons[slug] = { readAt: now() };
      });
    },

    markLessonUnread(slug: string): void {
      update((d) => {
        if (!d.lessons[slug]) return false;
        delete d.lessons[slug];
      });
    },

    saveDraft(exerciseId: string, text: string): void {
      update((d) => {
        const ex = exercise(d, exerciseId);
        if (ex.draft?.text === clip(text)) return false;
        ex.draft = { text: clip(text), at: now() };
      });
    },

    recordAttempt(exerciseId: string, text: string, statuses: Record<string, CriterionStatus>): void {
      const clean: Record<string, CriterionStatus> = {};
      for (const [id, status] of Object.entries(statuses)) if (validStatus(status)) clean[id] = status;
      update((d) => {
        const ex = exercise(d, exerciseId);
        ex.attempts.push({ at: now(), text: clip(text), statuses: clean });
        if (ex.attempts.length > LIMITS.attemptsKept) ex.attempts = ex.attempts.slice(-LIMITS.attemptsKept);
      });
    },

    saveReflection(exerciseId: string, text: string): void {
      update((d) => {
        const ex = exercise(d, exerciseId);
        if (ex.reflection?.text === clip(text)) return false;
        ex.reflection = { text: clip(text), at: now() };
      });
    },

    markModelAnswerSeen(exerciseId: string): void {
      update((d) => {
        const ex = exercise(d, exerciseId);
        if (ex.modelAnswerSeen) return false;
        ex.modelAnswerSeen = now();
      });
    },

    /** Removes draft, attempts and reflection of one exercise. */
    resetExercise(exerciseId: string): void {
      update((d) => {
        if (!d.exercises[exerciseId]) return false;
        delete d.exercises[exerciseId];
      });
    },

    /** `path` may be `location.pathname` or a path relative to the base. */
    setLastVisited(path: string, title: string): void {
      update((d) => {
        d.lastVisited = { path: toSitePath(path), title: title.slice(0, LIMITS.title), at: now() };
      });
    },

    /** Brings in validated progress (see `import.ts`). */
    importProgress(incoming: ProgressState, mode: ImportMode): void {
      const current = $progress.get();
      $progress.set(mode === 'merge' ? mergeProgress(current, incoming) : replaceProgress(current, incoming));
    },

    /** Clears all progress, its backups and a pending recovery notice. */
    clearProgress(): void {
      $progress.set(emptyProgress());
      for (const key of listBackups(storage)) storage.remove(key);
      storage.remove(RECOVERED_KEY);
      $storageStatus.set(currentStatus(storage));
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
