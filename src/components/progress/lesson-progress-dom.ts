/**
 * "Markeer als gelezen" on a lesson page, without a framework: shows "Gelezen
 * op <datum>" with undo, marks the lesson read when the trainee has scrolled to
 * its end (`[data-lesson-end]`) and lingered there, and records the page as last
 * visited. Hooks: `[data-mark-as-read="read|unread"]`.
 */
import { $progress, lessonOf, markLessonRead, markLessonUnread, setLastVisited } from '../../lib/progress/index.ts';
import { formatDate } from '../../lib/progress/format.ts';

/** How long the end of the lesson must stay in view after scrolling there. */
const DWELL_MS = 1200;

/**
 * `endWasHidden`: the page's light script already saw the end of the lesson out
 * of view (it loads this module only when the end comes into view), so reaching
 * it counts as arriving there.
 */
export function mountLessonProgress(root: HTMLElement, { endWasHidden = false }: { endWasHidden?: boolean } = {}): void {
  const slug = root.dataset.lessonSlug ?? '';
  const state = root.querySelector<HTMLElement>('[data-read-state]');
  const date = root.querySelector<HTMLElement>('[data-read-date]');
  const button = root.querySelector<HTMLButtonElement>('button');
  const live = root.querySelector<HTMLElement>('[role="status"]');
  if (!slug || !state || !date || !button || !live) return;

  setLastVisited(root.dataset.lessonPath ?? location.pathname, root.dataset.lessonTitle ?? document.title);

  const readAt = () => lessonOf($progress.get(), slug)?.readAt;
  /** After the trainee uses the button, the automatic marking stays out of the way. */
  let chosen = false;

  $progress.subscribe((progress) => {
    const read = lessonOf(progress, slug)?.readAt;
    root.dataset.markAsRead = read ? 'read' : 'unread';
    state.hidden = !read;
    date.textContent = read ? `Gelezen op ${formatDate(read)}` : '';
    button.textContent = read ? 'Markeer als ongelezen' : 'Markeer als gelezen';
    button.className = read ? 'button button--secondary' : 'button';
    button.hidden = false;
  });

  button.addEventListener('click', () => {
    chosen = true;
    if (readAt()) {
      markLessonUnread(slug);
      live.textContent = 'De les is niet meer gemarkeerd als gelezen.';
    } else {
      markLessonRead(slug);
      live.textContent = 'De les is gemarkeerd als gelezen.';
    }
  });

  const end = document.querySelector('[data-lesson-end]');
  if (!end || typeof IntersectionObserver === 'undefined') return;
  let wasHidden = endWasHidden;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new IntersectionObserver((entries) => {
    const entry = entries[entries.length - 1];
    if (!entry) return;
    if (!entry.isIntersecting) {
      wasHidden = true;
      clearTimeout(timer);
      timer = undefined;
      return;
    }
    if (!wasHidden || timer) return;
    timer = setTimeout(() => {
      observer.disconnect();
      if (chosen || readAt()) return;
      markLessonRead(slug);
      live.textContent = 'Je bent aan het eind van de les. De les is gemarkeerd als gelezen.';
    }, DWELL_MS);
  });
  observer.observe(end);
}
