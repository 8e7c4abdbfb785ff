/** Types shared by the trajectory page logic and its components. */
import type { Trajectory, TrajectoryStep } from '../trajectory-files/schema.ts';

/** One step as the page island needs it (serialisable; the weak reply stays out). */
export type IslandStep = Pick<TrajectoryStep, 'phase' | 'focus' | 'when' | 'message' | 'criteria' | 'modelReply' | 'reflection'>;

/** The part of a trajectory the page island needs. */
export interface IslandTrajectory extends Pick<Trajectory, 'id' | 'title' | 'client' | 'coach' | 'channel'> {
  steps: IslandStep[];
  /** The question of the summary at the end. */
  reflection: string;
}
