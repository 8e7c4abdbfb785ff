import type { Page } from '@playwright/test';
import { loadItems, ProgressItems } from '../../../src/lib/progress/items.ts';
import { SafeStorage, type StorageBackend } from '../../../src/lib/progress/storage.ts';
import type { ProgressState } from '../../../src/lib/progress/types.ts';

/** Every `klik:` entry of the page's localStorage. */
export async function klikEntries(page: Page): Promise<Array<[string, string]>> {
  return page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('klik:')));
}

/**
 * The progress a fresh page load would see, read the way the store reads it
 * (from a copy: the page's storage is not touched), as plain JSON.
 */
export async function storedProgress(page: Page): Promise<ProgressState> {
  const data = new Map(await klikEntries(page));
  const backend: StorageBackend = {
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
  const items = new ProgressItems();
  loadItems(new SafeStorage(() => backend), items, new Date().toISOString());
  return JSON.parse(JSON.stringify(items.toState())) as ProgressState;
}
