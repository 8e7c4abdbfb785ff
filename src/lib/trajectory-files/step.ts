import type { JudgeInput } from '../feedback/types.ts';
import { buildJudgeInput } from '../exercise-page/feedback.ts';
import type { Trajectory, TrajectoryStep } from './schema.ts';
import { PHASES, PHASE_LABELS, type Phase } from './phases.ts';

export { PHASE_LABELS };

/**
 * Pure helpers about the steps of a trajectory, shared by the command line, the
 * trajectory page and the content tests. Steps are numbered from 1, as trainees
 * and the command line (`"step": 3`) count them.
 */

/** The step with this number (1-based), or null when there is none. */
export function stepAt<S>(trajectory: { steps: readonly S[] }, number: number): S | null {
  if (!Number.isInteger(number) || number < 1 || number > trajectory.steps.length) return null;
  return trajectory.steps[number - 1] ?? null;
}

/** The client's messages before step `number` (1-based), oldest first. */
export function earlierMessages(steps: readonly Pick<TrajectoryStep, 'message'>[], number: number): string[] {
  return steps.slice(0, Math.max(0, number - 1)).map((s) => s.message);
}

/**
 * The engine's input for the coach's reply at one step: that step's client
 * message and criteria, the trajectory's names and form of address, and the
 * client's earlier messages in the thread (`earlier`, oldest first: their
 * words count as the client's own too).
 */
export function stepJudgeInput(
  trajectory: Pick<Trajectory, 'client' | 'coach'>,
  step: Pick<TrajectoryStep, 'message' | 'criteria'>,
  reply: string,
  earlier: readonly string[] = [],
): JudgeInput {
  const input = buildJudgeInput(
    { client: { name: trajectory.client.name, message: step.message, form: trajectory.client.form }, coach: trajectory.coach, criteria: step.criteria },
    reply,
  );
  return earlier.length > 0 ? { ...input, earlierMessages: earlier } : input;
}

/** The phases the steps go through, in course order (each once). */
export function phasesCovered(steps: readonly Pick<TrajectoryStep, 'phase'>[]): Phase[] {
  const present = new Set(steps.map((s) => s.phase));
  return PHASES.filter((phase) => present.has(phase));
}
