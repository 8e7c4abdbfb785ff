/**
 * Facts derived from a progress state that the exercise and trajectory islands
 * read: an exercise's, a trajectory's and a step's progress, the reply a step
 * shows, how far a trajectory is. Statuses and counts for overviews are in
 * `summary.ts` (re-exported here).
 */
import { own } from './schema.ts';
import type { AttemptRecord, ExerciseProgress, ProgressState, TrajectoryProgress, TrajectoryStepProgress } from './types.ts';

export { exerciseStatus, latestAttempt, lessonOf, summarizeProgress, type ProgressSummary } from './summary.ts';

/** The progress of one exercise (own entries only: an id such as `constructor` is just an id). */
export function exerciseOf(state: ProgressState, id: string): ExerciseProgress | undefined {
  return own(state.exercises, id);
}

/** The progress of one trajectory. */
export function trajectoryOf(state: ProgressState, id: string): TrajectoryProgress | undefined {
  return own(state.trajectories, id);
}

/** The progress of one step (numbered from 1). */
export function stepOf(p: TrajectoryProgress | undefined, step: number): TrajectoryStepProgress | undefined {
  return own(p?.steps, String(step));
}

/** The reply a step's thread shows: the newest sent. */
export function currentReply(step: TrajectoryStepProgress | undefined): AttemptRecord | undefined {
  return step?.replies.at(-1);
}

/** A reply was revised after it was first sent. */
export function isRevised(step: TrajectoryStepProgress | undefined): boolean {
  return (step?.replies.length ?? 0) > 1;
}

/**
 * How far a trainee is in a trajectory of `stepCount` steps: the steps sent in
 * a row from the first, and the step to write now (`stepCount + 1`: finished).
 */
export function trajectoryPosition(p: TrajectoryProgress | undefined, stepCount: number): { sent: number; current: number; finished: boolean } {
  let sent = 0;
  while (sent < stepCount && (stepOf(p, sent + 1)?.replies.length ?? 0) > 0) sent++;
  return { sent, current: sent + 1, finished: stepCount > 0 && sent >= stepCount };
}

/** True when nothing at all is stored. */
export function isEmptyProgress(state: ProgressState): boolean {
  return (
    Object.keys(state.lessons).length === 0 &&
    Object.keys(state.exercises).length === 0 &&
    Object.keys(state.trajectories ?? {}).length === 0 &&
    !state.lastVisited
  );
}
