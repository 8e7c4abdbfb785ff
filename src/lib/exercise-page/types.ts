/** Types shared by the exercise page logic and its components. */
import type { Exercise } from '../exercise-files/schema.ts';
import type { CriterionResult, JudgeInput, Span, Status } from '../feedback/index.ts';

export type { JudgeInput, Span, Status };
/** One criterion as the feedback engine returns it. */
export type EngineCriterionResult = CriterionResult;
export interface EngineResult {
  criteria: EngineCriterionResult[];
}

/** The part of an exercise the page island needs (serialisable as island props). */
export type IslandExercise = Pick<
  Exercise,
  'id' | 'title' | 'kind' | 'client' | 'coach' | 'draft' | 'criteria' | 'modelAnswer' | 'reflection'
>;

export type ExerciseCriterionRef = Exercise['criteria'][number];

/** One criterion as the page shows it: engine result merged with the exercise's hint and weight. */
export interface CriterionView {
  id: string;
  label: string;
  status: Status;
  message: string;
  hint?: string;
  weight: number;
  spans: Span[];
}
