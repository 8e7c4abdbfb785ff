/**
 * The header's search field, on every page: at the first sign that the trainee
 * is about to search (focus on the field, or a keystroke in it) pagefind starts
 * loading (engine.ts, a chunk of its own that loads only then), and each
 * keystroke preloads the index chunks of what is typed. A reader who never
 * touches the field loads nothing of the search.
 *
 * On Enter, when pagefind already runs here, the first results are found here
 * and handed to /zoeken/ (handoff.ts), which shows them as soon as it loads
 * instead of starting pagefind again first. The page waits for that at most
 * HANDOFF_WAIT_MS. When pagefind is not running yet (Enter right after the
 * focus, a slow network), or without JavaScript, the form simply opens
 * /zoeken/?q=… at once, which searches itself.
 */
const HANDOFF_WAIT_MS = 1000;

type Engine = typeof import('./engine.ts');

export function initSearchIntent(field: HTMLInputElement | null = document.querySelector('#site-search')): void {
  if (!field) return;
  let engine: Promise<Engine> | null = null;
  /** The engine's module once it is loaded. */
  let loaded: Engine | null = null;
  const warm = () => {
    engine ??= import('./engine.ts');
    engine
      .then((module) => {
        loaded = module;
        module.warmSearch(field.value);
      })
      .catch(() => {
        engine = null; // offline before the first visit: the next keystroke tries again
      });
  };
  field.addEventListener('focus', warm);
  field.addEventListener('input', warm);

  const form = field.form;
  let leaving = false;
  form?.addEventListener('submit', (event) => {
    const query = field.value.trim();
    const engine = loaded;
    if (!query || !engine?.isPagefindWarm() || leaving) return;
    event.preventDefault();
    leaving = true;
    const handedOver = engine.handOffFirstResults(query);
    const waited = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), HANDOFF_WAIT_MS));
    void Promise.race([handedOver, waited])
      .catch(() => false)
      .then(() => {
        leaving = false;
        form.submit(); // the form's own GET to /zoeken/?q=…
      });
  });
}
