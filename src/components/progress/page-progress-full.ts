/**
 * Everything a page shows of the stored progress, read through the progress
 * store: read lessons marked in the table of contents, the storage notice,
 * "Markeer als gelezen", exercise and trajectory statuses. Loaded by
 * `page-progress.ts` only when there is progress to show (or storage fails).
 */
import { $progress } from '../../lib/progress/index.ts';
import { watchExerciseStatuses } from '../../lib/exercise-page/status-dom.ts';
import { watchTrajectoryStatuses } from '../../lib/trajectory-page/status-dom.ts';
import { mountLessonProgress } from './lesson-progress-dom.ts';
import { mountStorageNotice } from './storage-notice-dom.ts';

export { markLessonRead } from '../../lib/progress/index.ts';

/** Marks every `[data-lesson-link=slug]` of a read lesson: `data-read="true"` and a hidden " (gelezen)". */
export function markReadLessons(read: ReadonlySet<string>, root: ParentNode = document): void {
  root.querySelectorAll<HTMLElement>('[data-lesson-link]').forEach((a) => {
    const slug = a.dataset.lessonLink ?? '';
    let sr = a.querySelector('.toc-read');
    if (read.has(slug)) {
      a.dataset.read = 'true';
      if (!sr) {
        sr = document.createElement('span');
        sr.className = 'visually-hidden toc-read';
        sr.textContent = ' (gelezen)';
        a.append(sr);
      }
    } else {
      delete a.dataset.read;
      sr?.remove();
    }
  });
}

/** `endWasHidden`: see `mountLessonProgress`. */
export function mountPageProgress({ endWasHidden = false }: { endWasHidden?: boolean } = {}): void {
  $progress.subscribe((state) => markReadLessons(new Set(Object.keys(state.lessons).filter((slug) => state.lessons[slug]?.readAt))));
  const host = document.querySelector<HTMLElement>('[data-storage-notice-host]');
  if (host) mountStorageNotice(host);
  for (const root of document.querySelectorAll<HTMLElement>('[data-mark-as-read][data-lesson-slug]')) mountLessonProgress(root, { endWasHidden });
  if (document.querySelector('[data-exercise-id] [data-exercise-status-text]')) watchExerciseStatuses();
  if (document.querySelector('[data-trajectory-id] [data-trajectory-status-text]')) watchTrajectoryStatuses();
}
