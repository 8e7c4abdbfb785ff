import type { ProgressEvents, StorageChange } from '../../../src/lib/progress/store.ts';
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
export function fakeEvents(): ProgressEvents & { fire(key: string | null, newValue: string | null): void; reload(): void } {
  const changes: StorageChange[] = [];
  const reloads: Array<() => void> = [];
  return {
    listen(onChange, onReload) {
      changes.push(onChange);
      reloads.push(onReload);
    },
    fire(key, newValue) {
      for (const l of changes) l(key, newValue);
    },
    reload() {
      for (const r of reloads) r();
    },
  };
}

/**
 * One localStorage shared by several "tabs", like one browser profile: every
 * write by one tab reaches the others as a storage event, after `delay()`
 * (synchronously when it returns null).
 */
export class SharedStorage {
  data = new Map<string, string>();
  #tabs: Array<{ backend: StorageBackend; deliver: StorageChange[] }> = [];
  pending: Array<() => void> = [];

  /** A backend and its events for one tab. */
  tab(): { backend: () => StorageBackend; events: ProgressEvents } {
    const shared = this;
    const entry: { backend: StorageBackend; deliver: StorageChange[] } = { backend: undefined as never, deliver: [] };
    const notify = (key: string, newValue: string | null) => {
      for (const other of shared.#tabs) {
        if (other === entry) continue;
        shared.pending.push(() => other.deliver.forEach((l) => l(key, newValue)));
      }
    };
    entry.backend = {
      get length() {
        return shared.data.size;
      },
      key: (index) => [...shared.data.keys()][index] ?? null,
      getItem: (key) => shared.data.get(key) ?? null,
      setItem: (key, value) => {
        if (shared.data.get(key) === value) return;
        shared.data.set(key, String(value));
        notify(key, String(value));
      },
      removeItem: (key) => {
        if (!shared.data.has(key)) return;
        shared.data.delete(key);
        notify(key, null);
      },
    };
    this.#tabs.push(entry);
    return { backend: () => entry.backend, events: { listen: (onChange) => void entry.deliver.push(onChange) } };
  }

  /** Delivers the storage events queued so far (in order). */
  flush(): void {
    const queued = this.pending;
    this.pending = [];
    for (const deliver of queued) deliver();
  }
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
