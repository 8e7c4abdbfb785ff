/**
 * How far a trainee is in a trajectory, in the words the list, the portfolio
 * and the page use: "Niet begonnen", "Stap 3 van 6", "Afgerond".
 */
import { trajectoryPosition } from '../progress/status.ts';
import type { TrajectoryProgress } from '../progress/types.ts';
import type { ExerciseStatus } from '../vocabulary/exercise-status.ts';

export interface TrajectoryStatus {
  /** The same three states as an exercise: the same icons and colours. */
  status: ExerciseStatus;
  text: string;
  /** The step to write now (1-based); `stepCount + 1` when finished. */
  current: number;
}

export function trajectoryStatus(p: TrajectoryProgress | undefined, stepCount: number): TrajectoryStatus {
  const { sent, current, finished } = trajectoryPosition(p, stepCount);
  if (finished) return { status: 'done', text: 'Afgerond', current };
  const started = sent > 0 || Object.values(p?.steps ?? {}).some((s) => s.draft || s.replies.length > 0);
  if (!started) return { status: 'not-started', text: 'Niet begonnen', current };
  return { status: 'in-progress', text: `Stap ${current} van ${stepCount}`, current };
}
