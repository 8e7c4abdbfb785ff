import { atom } from 'nanostores';

/**
 * Several islands on one page may each include a StorageNotice (a page-level
 * one and the one inside another island, such as OwnPortfolio). Only one shows: the first
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

/**
 * "Seen this session" flags. The answer is read once per page and then kept,
 * so every copy of the notice on one page agrees, whichever island hydrates
 * first: a copy that shows the notice must not hide it from the copy that
 * takes over from it. Without sessionStorage, the flag lasts for this page.
 */
const seenBeforeThisPage = new Map<string, boolean>();

export function hasSessionFlag(key: string): boolean {
  let seen = seenBeforeThisPage.get(key);
  if (seen === undefined) {
    try {
      seen = window.sessionStorage.getItem(key) === '1';
    } catch {
      seen = false;
    }
    seenBeforeThisPage.set(key, seen);
  }
  return seen;
}

export function setSessionFlag(key: string): void {
  hasSessionFlag(key);
  try {
    window.sessionStorage.setItem(key, '1');
  } catch {
    /* this page only */
  }
}
