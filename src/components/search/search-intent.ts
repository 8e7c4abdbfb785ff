/**
 * The header's search field, on every page: at the first sign that the trainee
 * is about to search (focus on the field, or a keystroke in it) pagefind starts
 * loading (engine.ts, a chunk of its own that loads only then), and each
 * keystroke preloads the index chunks of what is typed. By Enter the engine and
 * those chunks are in the browser's cache (or the service worker's precache), so
 * /zoeken/ shows the first results without waiting for them. A reader who never
 * touches the field loads nothing of the search.
 */
export function initSearchIntent(field: HTMLInputElement | null = document.querySelector('#site-search')): void {
  if (!field) return;
  let engine: Promise<typeof import('./engine.ts')> | null = null;
  const warm = () => {
    engine ??= import('./engine.ts');
    engine.then((loaded) => loaded.warmSearch(field.value)).catch(() => {
      engine = null; // offline before the first visit: the next keystroke tries again
    });
  };
  field.addEventListener('focus', warm);
  field.addEventListener('input', warm);
}
