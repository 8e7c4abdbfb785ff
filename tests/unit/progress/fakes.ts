import type { PersistentEvents, PersistentListener } from '@nanostores/persistent';
import type { StorageBackend } from '../../../src/lib/progress/storage.ts';

/** An in-memory localStorage with optional faults. */
export class FakeStorage implements StorageBackend {
  data = new Map<string, string>();
  /** Throw on every write (like a full storage). */
  full = false;
  /** Maximum total characters before writes throw a quota error. */
  quota = Infinity;

  get length(): number {
    return this.data.size;
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    let used = 0;
    for (const [k, v] of this.data) if (k !== key) used += k.length + v.length;
    if (this.full || used + key.length + value.length > this.quota) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.data.set(key, String(value));
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}

/** A storage whose every access throws, like blocked storage in a browser. */
export const blockedBackend = (): StorageBackend => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

/** Cross-tab events under test control. */
export function fakeEvents(): PersistentEvents & { fire(key: string, newValue: string | null): void } {
  let listeners: PersistentListener[] = [];
  return {
    addEventListener(_key, cb) {
      listeners.push(cb);
    },
    removeEventListener(_key, cb) {
      listeners = listeners.filter((l) => l !== cb);
    },
    fire(key, newValue) {
      for (const l of listeners) l({ key, newValue } as never);
    },
  };
}

/** A clock that ticks one second per call, from a fixed start. */
export function fakeClock(start = '2025-03-01T09:00:00.000Z'): () => string {
  let t = Date.parse(start);
  return () => {
    const now = new Date(t).toISOString();
    t += 1000;
    return now;
  };
}
