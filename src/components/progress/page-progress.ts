/**
 * The one progress script of every page, small on purpose: a first-time reader
 * loads nothing else. It glances at storage (`probe.ts`) and
 *
 * - when nothing is stored that the page shows: marks every listed exercise and
 *   trajectory "Niet begonnen", shows "Markeer als gelezen", records the page
 *   as last visited, and leaves the table of contents unmarked;
 * - when progress is stored, storage is blocked, or progress changes later
 *   (this tab or another, the button, the end of the lesson coming near): loads
 *   `page-progress-full.ts`, which reads everything through the progress store.
 *
 * Hooks it fills: `[data-lesson-link]` (table of contents), `[data-storage-notice-host]`,
 * `[data-mark-as-read]`, `[data-exercise-id]`, `[data-trajectory-id]`.
 */
import { affectsShownProgress, browserStorage, probeProgress, writeLastVisited } from '../../lib/progress/probe.ts';
import { PROGRESS_EVENT } from '../../lib/progress/keys.ts';
import { EXERCISE_STATUS_ICON, EXERCISE_STATUS_TEXT } from '../../lib/vocabulary/exercise-status.ts';

type Full = typeof import('./page-progress-full.ts');
let full: Promise<Full> | null = null;
let mounted = false;

function loadFull(options: { endWasHidden?: boolean } = {}): Promise<Full> {
  full ??= import('./page-progress-full.ts').then((module) => {
    if (!mounted) {
      mounted = true;
      module.mountPageProgress(options);
    }
    return module;
  });
  return full;
}

function notStarted(selector: string, textSelector: string, statusAttr: 'exerciseStatus' | 'trajectoryStatus'): void {
  for (const el of document.querySelectorAll<HTMLElement>(selector)) {
    const target = el.querySelector<HTMLElement>(textSelector);
    if (!target || el.dataset[statusAttr]) continue;
    el.dataset[statusAttr] = 'not-started';
    const icon = document.createElement('span');
    icon.setAttribute('aria-hidden', 'true');
    icon.className = 'exercise-status-icon';
    icon.textContent = EXERCISE_STATUS_ICON['not-started'];
    if (statusAttr === 'trajectoryStatus') target.dataset.text = EXERCISE_STATUS_TEXT['not-started'];
    target.replaceChildren(icon, document.createTextNode(` ${EXERCISE_STATUS_TEXT['not-started']}`));
  }
}

/** "Markeer als gelezen" before the store is loaded; the first use loads it. */
function lightLessonProgress(root: HTMLElement): void {
  const slug = root.dataset.lessonSlug ?? '';
  const button = root.querySelector<HTMLButtonElement>('button');
  const live = root.querySelector<HTMLElement>('[role="status"]');
  if (!slug || !button || !live) return;
  root.dataset.markAsRead = 'unread';
  button.hidden = false;
  button.addEventListener(
    'click',
    () => {
      if (mounted) return; // the full script handles the button from now on
      void loadFull().then(({ markLessonRead }) => {
        markLessonRead(slug);
        live.textContent = 'De les is gemarkeerd als gelezen.';
      });
    },
    { once: true },
  );
  // Marking read at the end of the lesson is the full script's: load it when the
  // trainee scrolls to the end (seen out of view first, as the full script requires).
  const end = document.querySelector('[data-lesson-end]');
  if (!end || typeof IntersectionObserver === 'undefined') return;
  let wasHidden = false;
  const observer = new IntersectionObserver((entries) => {
    const entry = entries[entries.length - 1];
    if (!entry) return;
    if (!entry.isIntersecting) {
      wasHidden = true;
      return;
    }
    if (!wasHidden) return;
    observer.disconnect();
    void loadFull({ endWasHidden: true });
  });
  observer.observe(end);
}

export function startPageProgress(): void {
  const storage = browserStorage();
  const lessons = document.querySelectorAll<HTMLElement>('[data-mark-as-read][data-lesson-slug]');
  let needsStore = probeProgress(storage) !== 'none';
  if (!needsStore) {
    for (const root of lessons) {
      const recorded = writeLastVisited(storage, root.dataset.lessonPath ?? location.pathname, root.dataset.lessonTitle ?? document.title, new Date().toISOString(), import.meta.env.BASE_URL);
      if (!recorded) needsStore = true;
    }
  }
  if (needsStore) {
    void loadFull();
    return;
  }
  notStarted('[data-exercise-id]', '[data-exercise-status-text]', 'exerciseStatus');
  notStarted('[data-trajectory-id]', '[data-trajectory-status-text]', 'trajectoryStatus');
  for (const root of lessons) lightLessonProgress(root);
  addEventListener('storage', (event) => {
    if (affectsShownProgress(event.key)) void loadFull();
  });
  addEventListener(PROGRESS_EVENT, () => void loadFull());
}
