/**
 * Facts for overviews, drawn from a progress state: when a lesson was read, an
 * exercise's status and latest attempt, and the counts of the progress page
 * and an import's preview. Apart from `status.ts` (what the exercise and
 * trajectory islands read), so that those pages, which show none of this, do
 * not load it with their share of the progress code.
 */
import { own } from './schema.ts';
import type { AttemptRecord, ExerciseProgress, LessonProgress, ProgressState } from './types.ts';
import type { ExerciseStatus } from '../vocabulary/exercise-status.ts';

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
  /** Trajectories with anything saved (absent when none). */
  trajectoriesStarted?: number;
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
  for (const t of Object.values(state.trajectories ?? {})) {
    summary.trajectoriesStarted = (summary.trajectoriesStarted ?? 0) + 1;
    if (t.reflection) dates.push(t.reflection.at);
    for (const s of Object.values(t.steps)) {
      for (const r of s.replies) dates.push(r.at);
      if (s.draft) dates.push(s.draft.at);
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
