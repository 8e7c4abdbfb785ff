import type { Exercise } from '../exercises/schema.ts';

/**
 * Types shared by the exercise page logic and its components. The engine types are
 * written structurally here (not imported from `../feedback/`) so this logic stays
 * testable on its own and only depends on the engine's public result shape.
 */

export type CriterionStatus = 'met' | 'partial' | 'missing';

/** A range in the reply: UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** One criterion as the feedback engine returns it. */
export interface EngineCriterionResult {
  id: string;
  label: string;
  status: CriterionStatus;
  message: string;
  spans: Span[];
}

export interface EngineResult {
  criteria: EngineCriterionResult[];
}

/** What `judge()` accepts. */
export interface JudgeInput {
  reply: string;
  clientMessage?: string;
  clientName?: string;
  coachName?: string;
  form?: 'je' | 'u';
  criteria?: Exercise['criteria'][number]['id'][];
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
  status: CriterionStatus;
  message: string;
  hint?: string;
  weight: number;
  spans: Span[];
}
