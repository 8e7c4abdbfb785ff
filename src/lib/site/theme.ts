/**
 * The theme choice: light, dark or the system's setting (the default). The
 * choice is kept in localStorage ('klik:theme': 'light' or 'dark'; no key
 * means "system") and applied before first paint by theme-init.ts. The control
 * is a group of three radio buttons, so a screen reader announces the choice
 * and which one is selected.
 */

export const THEME_KEY = 'klik:theme';
export type ThemeChoice = 'light' | 'dark' | 'system';

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return value === 'light' || value === 'dark' || value === 'system';
}

/** The choice stored, "system" when none (or storage is unavailable). */
export function storedChoice(storage: Pick<Storage, 'getItem'> | undefined): ThemeChoice {
  try {
    const value = storage?.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Stores a choice; "system" removes the key. Returns false when storage refused it. */
export function storeChoice(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, choice: ThemeChoice): boolean {
  try {
    if (!storage) return false;
    if (choice === 'system') storage.removeItem(THEME_KEY);
    else storage.setItem(THEME_KEY, choice);
    return true;
  } catch {
    return false;
  }
}

/** Applies a choice to <html>: data-theme for light or dark, none for the system's setting. */
export function applyChoice(root: HTMLElement, choice: ThemeChoice): void {
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

function localStorageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function initThemeChoice(): void {
  const group = document.querySelector<HTMLElement>('[data-theme-choice]');
  if (!group) return;
  const storage = localStorageOrUndefined();
  const radios = Array.from(group.querySelectorAll<HTMLInputElement>('input[type="radio"]'));
  const sync = (choice: ThemeChoice) => {
    for (const radio of radios) radio.checked = radio.value === choice;
  };
  sync(storedChoice(storage));
  group.hidden = false;
  for (const radio of radios) {
    radio.addEventListener('change', () => {
      if (!radio.checked || !isThemeChoice(radio.value)) return;
      applyChoice(document.documentElement, radio.value);
      storeChoice(storage, radio.value);
    });
  }
  // Another tab changed the choice.
  window.addEventListener('storage', (event) => {
    if (event.key !== THEME_KEY && event.key !== null) return;
    const choice = storedChoice(storage);
    applyChoice(document.documentElement, choice);
    sync(choice);
  });
}
