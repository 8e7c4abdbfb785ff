import { atom } from 'nanostores';

/**
 * Several islands on one page may each include a StorageNotice (a page-level
 * one and the one inside MarkAsRead). Only one of them shows: the first
 * page-level one, or else the first embedded one.
 */
interface Entry {
  id: number;
  embedded: boolean;
}

let counter = 0;
export const $notices = atom<Entry[]>([]);

export function registerNotice(embedded: boolean): { id: number; unregister: () => void } {
  const id = ++counter;
  $notices.set([...$notices.get(), { id, embedded }]);
  return { id, unregister: () => $notices.set($notices.get().filter((e) => e.id !== id)) };
}

export function activeNotice(entries: Entry[]): number | undefined {
  return (entries.find((e) => !e.embedded) ?? entries[0])?.id;
}

/** "Seen this session" flags: sessionStorage when it works, else this page only. */
const pageFlags = new Set<string>();

export function hasSessionFlag(key: string): boolean {
  if (pageFlags.has(key)) return true;
  try {
    return window.sessionStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

export function setSessionFlag(key: string): void {
  pageFlags.add(key);
  try {
    window.sessionStorage.setItem(key, '1');
  } catch {
    /* this page only */
  }
}
