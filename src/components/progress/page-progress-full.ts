/**
 * Everything a page shows of the stored progress, read through the progress
 * store: read lessons marked in the table of contents, the storage notice,
 * "Markeer als gelezen", exercise and trajectory statuses. Loaded by
 * `page-progress.ts` only when there is progress to show (or storage fails).
 */
import { watchExerciseStatuses } from '../../lib/exercise-page/status-dom.ts';
import { watchTrajectoryStatuses } from '../../lib/trajectory-page/status-dom.ts';
import { mountLessonProgress } from './lesson-progress-dom.ts';
import { mountStorageNotice } from './storage-notice-dom.ts';
import { mountTocProgress } from './toc-marks.ts';

export { markLessonRead } from '../../lib/progress/index.ts';

/** `endWasHidden`: see `mountLessonProgress`. */
export function mountPageProgress({ endWasHidden = false }: { endWasHidden?: boolean } = {}): void {
  mountTocProgress();
  const host = document.querySelector<HTMLElement>('[data-storage-notice-host]');
  if (host) mountStorageNotice(host);
  for (const root of document.querySelectorAll<HTMLElement>('[data-mark-as-read][data-lesson-slug]')) mountLessonProgress(root, { endWasHidden });
  if (document.querySelector('[data-exercise-id] [data-exercise-status-text]')) watchExerciseStatuses();
  if (document.querySelector('[data-trajectory-id] [data-trajectory-status-text]')) watchTrajectoryStatuses();
}
