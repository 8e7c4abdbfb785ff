/**
 * Facts derived from a progress state: the status of an exercise, its latest
 * attempt, and counts for overviews and import previews.
 */
import { own } from './schema.ts';
import type { AttemptRecord, ExerciseProgress, LessonProgress, ProgressState } from './types.ts';
import type { ExerciseStatus } from '../vocabulary/exercise-status.ts';

/** The progress of one exercise (own entries only: an id such as `constructor` is just an id). */
export function exerciseOf(state: ProgressState, id: string): ExerciseProgress | undefined {
  return own(state.exercises, id);
}

/** When a lesson was marked read, if it was. */
export function lessonOf(state: ProgressState, slug: string): LessonProgress | undefined {
  return own(state.lessons, slug);
}

/** The most recent attempt (by date), if any. */
export function latestAttempt(p: ExerciseProgress | undefined): AttemptRecord | undefined {
  let latest: AttemptRecord | undefined;
  for (const attempt of p?.attempts ?? []) {
    if (!latest || attempt.at >= latest.at) latest = attempt;
  }
  return latest;
}

/**
 * - `done`: the latest attempt has every given criterion `met`;
 * - `in-progress`: anything saved (draft, attempt, reflection) but not done;
 * - `not-started`: nothing saved.
 */
export function exerciseStatus(p: ExerciseProgress | undefined, criteriaIds: string[]): ExerciseStatus {
  if (!p) return 'not-started';
  const latest = latestAttempt(p);
  if (latest && criteriaIds.every((id) => latest.statuses[id] === 'met')) return 'done';
  if (latest || p.draft || p.reflection) return 'in-progress';
  return 'not-started';
}

export interface ProgressSummary {
  lessonsRead: number;
  /** Exercises with anything saved. */
  exercisesStarted: number;
  attempts: number;
  reflections: number;
  drafts: number;
  /** Earliest and latest date found anywhere in the state (ISO). */
  firstActivity?: string;
  lastActivity?: string;
}

export function summarizeProgress(state: ProgressState): ProgressSummary {
  const dates: string[] = [];
  const summary: ProgressSummary = { lessonsRead: 0, exercisesStarted: 0, attempts: 0, reflections: 0, drafts: 0 };
  for (const lesson of Object.values(state.lessons)) {
    summary.lessonsRead++;
    dates.push(lesson.readAt);
  }
  for (const ex of Object.values(state.exercises)) {
    if (ex.attempts.length || ex.draft || ex.reflection) summary.exercisesStarted++;
    summary.attempts += ex.attempts.length;
    for (const a of ex.attempts) dates.push(a.at);
    if (ex.draft) {
      summary.drafts++;
      dates.push(ex.draft.at);
    }
    if (ex.reflection) {
      summary.reflections++;
      dates.push(ex.reflection.at);
    }
  }
  if (state.lastVisited) dates.push(state.lastVisited.at);
  dates.sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (first) summary.firstActivity = first;
  if (last) summary.lastActivity = last;
  return summary;
}

/** True when nothing at all is stored. */
export function isEmptyProgress(state: ProgressState): boolean {
  return Object.keys(state.lessons).length === 0 && Object.keys(state.exercises).length === 0 && !state.lastVisited;
}
