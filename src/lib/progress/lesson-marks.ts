/**
 * A small read-only view of which lessons are read, for plain scripts on every
 * page (the marks in the table of contents) that should not load the whole
 * progress store. Reads the lesson items directly (see `keys.ts`); never
 * writes and never throws.
 *
 * When storage still holds the whole-state value of an earlier version,
 * `legacy` is true: the caller should then read through the store instead,
 * which migrates that value (one migration, in one place).
 */
import { LEGACY_KEY, LESSON_PREFIX, parseKey } from './keys.ts';
import { normaliseDate } from './schema.ts';

/** The part of the Web Storage API used here. */
export interface ReadableStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
}

export interface LessonMarks {
  /** Slugs of lessons marked read. */
  read: Set<string>;
  /** An unmigrated whole-state value is present. */
  legacy: boolean;
}

function localStorageOrNull(): ReadableStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function readLessonMarks(storage: ReadableStorage | null = localStorageOrNull()): LessonMarks {
  const read = new Set<string>();
  if (!storage) return { read, legacy: false };
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null && key.startsWith(LESSON_PREFIX)) keys.push(key);
    }
    for (const key of keys) {
      const parsed = parseKey(key);
      if (parsed?.kind !== 'lesson') continue;
      try {
        const value: unknown = JSON.parse(storage.getItem(key) ?? 'null');
        if (value && typeof value === 'object' && normaliseDate((value as { readAt?: unknown }).readAt)) read.add(parsed.id);
      } catch {
        /* unreadable item: not marked (the store keeps a backup of it) */
      }
    }
    return { read, legacy: storage.getItem(LEGACY_KEY) !== null };
  } catch {
    return { read, legacy: false };
  }
}

/** Whether a storage event may change the marks. */
export function affectsLessonMarks(key: string | null): boolean {
  return key === null || key === LEGACY_KEY || key.startsWith(LESSON_PREFIX);
}
