import { $progress, trajectoryOf } from '../progress/index.ts';
import type { ProgressState } from '../progress/types.ts';
import { EXERCISE_STATUS_ICON } from '../vocabulary/exercise-status.ts';
import { trajectoryStatus } from './status.ts';

/**
 * Fills in the trainee's progress of every trajectory listed on a page. Markup:
 *
 *   <li data-trajectory-id="x" data-steps="6"> … <span data-trajectory-status-text></span></li>
 *
 * Sets `data-trajectory-status="not-started|in-progress|done"` on the element and
 * writes icon + Dutch text ("Stap 3 van 6") into the child. Invisible until known.
 */
export function fillTrajectoryStatuses(state: ProgressState, root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-trajectory-id]')) {
    const steps = Number(el.dataset.steps ?? '0');
    const { status, text } = trajectoryStatus(trajectoryOf(state, el.dataset.trajectoryId ?? ''), steps);
    const target = el.querySelector<HTMLElement>('[data-trajectory-status-text]');
    if (el.dataset.trajectoryStatus === status && target?.dataset.text === text) continue;
    el.dataset.trajectoryStatus = status;
    if (!target) continue;
    target.dataset.text = text;
    const icon = document.createElement('span');
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = EXERCISE_STATUS_ICON[status];
    target.replaceChildren(icon, document.createTextNode(` ${text}`));
  }
}

let watching = false;

/** Fills the statuses now and whenever the progress changes (also from another tab). */
export function watchTrajectoryStatuses(): void {
  if (watching) return;
  watching = true;
  $progress.subscribe((state) => fillTrajectoryStatuses(state));
}
