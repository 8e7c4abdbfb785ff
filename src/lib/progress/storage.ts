/**
 * Safe access to localStorage, and the whole-state key of earlier versions.
 *
 * - Storage that is missing, blocked (privacy settings throw on access) or
 *   full (quota errors) never breaks the page: `SafeStorage` falls back to an
 *   in-memory copy and reports why, so the page can tell the trainee their
 *   progress is not being kept.
 * - A stored progress value that cannot be read (not JSON, wrong shape, made by
 *   a newer version) is never thrown away: the raw text is copied to
 *   `klik:progress:backup:<ISO date>` before anything else is written, and the
 *   progress starts from the parts that could be recovered.
 */
import { LEGACY_KEY } from './keys.ts';
import { interpretProgress } from './migrations.ts';
import { emptyProgress } from './schema.ts';
import type { ProgressState, StorageStatus } from './types.ts';

/**
 * Where versions before per-item storage kept the whole state (v1 and v2
 * values). Read once, merged into the items and removed (see `items.ts`).
 */
export const PROGRESS_KEY = LEGACY_KEY;
export const BACKUP_PREFIX = 'klik:progress:backup:';
/** Holds the backup key of a recovery the trainee has not yet dismissed. */
export const RECOVERED_KEY = 'klik:progress:recovered';
const PROBE_KEY = 'klik:probe';
/** Keys copied into memory when storage turns out to be read-only or full. */
const OWN_PREFIX = 'klik:';

/** The part of the Web Storage API used here. */
export interface StorageBackend {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type FallbackReason = 'blocked' | 'quota';

/** The browser's localStorage, or undefined when it is missing or blocked. */
export function browserBackend(): StorageBackend | undefined {
  if (typeof window === 'undefined') return undefined;
  return window.localStorage;
}

function isQuotaError(error: unknown): boolean {
  if (typeof DOMException !== 'undefined' && error instanceof DOMException) {
    return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED';
  }
  return error instanceof Error && /quota/i.test(error.name + error.message);
}

export class SafeStorage {
  #backend: StorageBackend | undefined;
  #memory = new Map<string, string>();
  #mode: 'local' | 'memory' = 'local';
  #reason: FallbackReason | undefined;
  #listeners = new Set<(reason: FallbackReason) => void>();

  constructor(getBackend: () => StorageBackend | undefined = browserBackend) {
    try {
      this.#backend = getBackend();
    } catch {
      this.#backend = undefined;
    }
    if (!this.#backend) {
      this.#mode = 'memory';
      this.#reason = 'blocked';
      return;
    }
    try {
      this.#backend.setItem(PROBE_KEY, '1');
      this.#backend.removeItem(PROBE_KEY);
    } catch (error) {
      this.#toMemory(isQuotaError(error) ? 'quota' : 'blocked');
    }
  }

  get mode(): 'local' | 'memory' {
    return this.#mode;
  }

  get reason(): FallbackReason | undefined {
    return this.#reason;
  }

  /** Called once when the storage switches to memory after start-up. */
  onFallback(listener: (reason: FallbackReason) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Stop writing to localStorage; keep a readable copy of our keys in memory. */
  #toMemory(reason: FallbackReason): void {
    if (this.#mode === 'memory') return;
    const backend = this.#backend;
    if (backend) {
      try {
        for (let i = 0; i < backend.length; i++) {
          const key = backend.key(i);
          if (key === null || !key.startsWith(OWN_PREFIX) || this.#memory.has(key)) continue;
          const value = backend.getItem(key);
          if (value !== null) this.#memory.set(key, value);
        }
      } catch {
        /* unreadable too: start empty */
      }
    }
    this.#mode = 'memory';
    this.#reason = reason;
    for (const listener of this.#listeners) listener(reason);
  }

  /** Switch to memory on purpose, e.g. when a backup could not be written. */
  fallBackToMemory(reason: FallbackReason): void {
    this.#toMemory(reason);
  }

  get(key: string): string | null {
    if (this.#mode === 'memory' || !this.#backend) return this.#memory.get(key) ?? null;
    try {
      return this.#backend.getItem(key);
    } catch {
      this.#toMemory('blocked');
      return this.#memory.get(key) ?? null;
    }
  }

  /** Returns false when the value could only be kept in memory. */
  set(key: string, value: string): boolean {
    if (this.#mode === 'local' && this.#backend) {
      try {
        this.#backend.setItem(key, value);
        return true;
      } catch (error) {
        this.#toMemory(isQuotaError(error) ? 'quota' : 'blocked');
      }
    }
    this.#memory.set(key, value);
    return false;
  }

  /**
   * Writes only to real storage; never falls back. For backups: a backup that
   * only lives in memory protects nothing.
   */
  setDurable(key: string, value: string): boolean {
    if (this.#mode !== 'local' || !this.#backend) return false;
    try {
      this.#backend.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Writes to real storage or not at all: never falls back to memory. For
   * changes that must be stored as a whole or not at all (imports), so a full
   * storage can be reported and undone instead of silently kept in memory.
   */
  trySet(key: string, value: string): 'ok' | FallbackReason {
    if (this.#mode !== 'local' || !this.#backend) return this.#reason ?? 'blocked';
    try {
      this.#backend.setItem(key, value);
      return 'ok';
    } catch (error) {
      return isQuotaError(error) ? 'quota' : 'blocked';
    }
  }

  /** Removes from real storage or reports false; never falls back to memory. */
  tryRemove(key: string): boolean {
    if (this.#mode !== 'local' || !this.#backend) return false;
    try {
      this.#backend.removeItem(key);
      this.#memory.delete(key);
      return true;
    } catch {
      return false;
    }
  }

  /** In memory mode, takes over a change another tab made to real storage. */
  remember(key: string, value: string | null): void {
    if (this.#mode !== 'memory') return;
    if (value === null) this.#memory.delete(key);
    else this.#memory.set(key, value);
  }

  remove(key: string): void {
    this.#memory.delete(key);
    if (this.#mode === 'local' && this.#backend) {
      try {
        this.#backend.removeItem(key);
      } catch {
        this.#toMemory('blocked');
      }
    }
  }

  keys(): string[] {
    if (this.#mode === 'memory' || !this.#backend) return [...this.#memory.keys()];
    try {
      const keys: string[] = [];
      for (let i = 0; i < this.#backend.length; i++) {
        const key = this.#backend.key(i);
        if (key !== null) keys.push(key);
      }
      return keys;
    } catch {
      this.#toMemory('blocked');
      return [...this.#memory.keys()];
    }
  }
}

/** All backup keys, oldest first. */
export function listBackups(storage: SafeStorage): string[] {
  return storage
    .keys()
    .filter((k) => k.startsWith(BACKUP_PREFIX))
    .sort();
}

/**
 * Copies a raw stored value to a backup key. Reuses an existing backup with
 * the same content (so a value that keeps coming back corrupt does not fill
 * the storage). Returns the key, or null when nothing could be written.
 */
export function backupRaw(storage: SafeStorage, raw: string, now: string): string | null {
  for (const key of listBackups(storage)) {
    if (storage.get(key) === raw) return key;
  }
  let key = BACKUP_PREFIX + now;
  for (let n = 2; storage.get(key) !== null; n++) key = `${BACKUP_PREFIX}${now}-${n}`;
  return storage.setDurable(key, raw) ? key : null;
}

export function encodeProgress(state: ProgressState): string {
  return JSON.stringify(state);
}

export type DecodeResult =
  | { ok: true; state: ProgressState; migratedFrom?: number }
  | { ok: false; state: ProgressState; why: 'not-json' | 'invalid' | 'future' };

/** Parses a stored string; never throws. `state` is what could be recovered. */
export function decodeProgress(raw: string, now: string): DecodeResult {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, state: emptyProgress(), why: 'not-json' };
  }
  const result = interpretProgress(value, { now });
  if (result.kind === 'ok') {
    return result.migratedFrom === undefined ? { ok: true, state: result.state } : { ok: true, state: result.state, migratedFrom: result.migratedFrom };
  }
  return { ok: false, state: result.salvaged, why: result.kind === 'future' ? 'future' : 'invalid' };
}

/** The status to show, from the storage mode and a pending recovery marker. */
export function currentStatus(storage: SafeStorage): StorageStatus {
  if (storage.mode === 'memory') return storage.reason ? { kind: 'unavailable', reason: storage.reason } : { kind: 'unavailable' };
  const pending = storage.get(RECOVERED_KEY);
  if (pending !== null && pending.startsWith(BACKUP_PREFIX) && storage.get(pending) !== null) {
    return { kind: 'recovered', backupKey: pending };
  }
  return { kind: 'ok' };
}

/**
 * Handles a stored value that could not be read: backs the raw text up, marks
 * the recovery for the notice. Returns the backup key, or null when no backup
 * could be written (then storage is switched to memory so the raw value stays
 * untouched in localStorage).
 */
export function keepCorrupt(storage: SafeStorage, raw: string, now: string): string | null {
  const key = backupRaw(storage, raw, now);
  if (key === null) {
    storage.fallBackToMemory('quota');
    return null;
  }
  storage.set(RECOVERED_KEY, key);
  return key;
}
