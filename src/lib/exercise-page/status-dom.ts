import { $progress, exerciseOf, exerciseStatus } from '../progress/index.ts';
import type { ProgressState } from '../progress/types.ts';
import { EXERCISE_STATUS_ICON, EXERCISE_STATUS_TEXT } from '../vocabulary/exercise-status.ts';

/**
 * Fills in the trainee's status of every exercise listed on a page. Markup:
 *
 *   <li data-exercise-id="x" data-criteria="salutation closing">
 *     … <span data-exercise-status-text></span>
 *   </li>
 *
 * Sets `data-exercise-status="not-started|in-progress|done"` on the element and
 * writes icon + Dutch text into the `[data-exercise-status-text]` child. The
 * status stays invisible (but keeps its space) until it is known, so the page
 * never shows a wrong status first.
 */
export function fillExerciseStatuses(state: ProgressState, root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-exercise-id]')) {
    const id = el.dataset.exerciseId ?? '';
    const criteria = (el.dataset.criteria ?? '').split(/\s+/).filter(Boolean);
    const status = exerciseStatus(exerciseOf(state, id), criteria);
    if (el.dataset.exerciseStatus === status) continue;
    el.dataset.exerciseStatus = status;
    const target = el.querySelector<HTMLElement>('[data-exercise-status-text]');
    if (!target) continue;
    const icon = document.createElement('span');
    icon.setAttribute('aria-hidden', 'true');
    icon.className = 'exercise-status-icon';
    icon.textContent = EXERCISE_STATUS_ICON[status];
    target.replaceChildren(icon, document.createTextNode(` ${EXERCISE_STATUS_TEXT[status]}`));
  }
}

let watching = false;

/** Fills the statuses now and again whenever the progress changes (also from another tab). */
export function watchExerciseStatuses(): void {
  if (watching) return;
  watching = true;
  $progress.subscribe((state) => fillExerciseStatuses(state));
}
