/**
 * The shapes of a trainee's progress. Everything lives in the browser
 * (localStorage, one key per item: see `keys.ts`) unless the trainee exports it.
 *
 * Records (`lessons`, `exercises`, `statuses`) are made without a prototype
 * (`dict` in `schema.ts`); read them with own-property checks (`own`,
 * `exerciseOf`, `lessonOf`) so any id, also `constructor`, is plain data.
 *
 * All dates are ISO 8601 strings in UTC (`new Date().toISOString()`).
 */

import type { Status } from '../feedback/types.ts';

/** One time the trainee asked for feedback on a text. */
export interface AttemptRecord {
  /** When the attempt was made (ISO). */
  at: string;
  /** The full text the trainee wrote. */
  text: string;
  /** Criterion id → status, as the feedback engine judged it then. */
  statuses: Record<string, Status>;
}

export interface TimedText {
  text: string;
  /** When the text was last saved (ISO). */
  at: string;
}

export interface ExerciseProgress {
  /** Unsent work in progress. */
  draft?: TimedText;
  /** Oldest first. */
  attempts: AttemptRecord[];
  reflection?: TimedText;
  /** When the model answer was first shown (ISO). */
  modelAnswerSeen?: string;
}

export interface LessonProgress {
  /** When the lesson was marked read (ISO). */
  readAt: string;
}

export interface LastVisited {
  /** Site path without the base path, e.g. `lessen/het-welkomstritueel/`. */
  path: string;
  title: string;
  at: string;
}

/** One step of a trajectory: the reply being written and the replies sent. */
export interface TrajectoryStepProgress {
  /** Unsent work in progress (a first reply or a revision). */
  draft?: TimedText;
  /**
   * The replies sent at this step, oldest first: the first is the one sent,
   * each later one a revision (the step is then "herzien"). The newest is the
   * reply the thread shows.
   */
  replies: AttemptRecord[];
  /** When the step's model reply was first shown (ISO). */
  modelSeen?: string;
}

export interface TrajectoryProgress {
  /** Step number (1-based, as text: "1", "2", …) → its progress. */
  steps: Record<string, TrajectoryStepProgress>;
  /** The answer to the reflection question at the end. */
  reflection?: TimedText;
}

/** The current stored shape (version {@link CURRENT_VERSION} in `migrations.ts`). */
export interface ProgressState {
  version: number;
  /** Lesson slug → when it was read. */
  lessons: Record<string, LessonProgress>;
  /** Exercise id → its progress. */
  exercises: Record<string, ExerciseProgress>;
  /** Trajectory id → its progress; absent when no trajectory was started (since version 3). */
  trajectories?: Record<string, TrajectoryProgress>;
  lastVisited?: LastVisited;
}

/**
 * How the progress is being kept in this browser.
 * - `ok`: in localStorage.
 * - `unavailable`: only in memory for this page (storage blocked or full).
 * - `recovered`: stored data could not be read; the raw value is kept under
 *   `backupKey` and the progress started from what could be recovered.
 */
export type StorageStatus =
  | { kind: 'ok' }
  | { kind: 'unavailable'; reason?: 'blocked' | 'quota' }
  | { kind: 'recovered'; backupKey: string };

/** Which course a progress file comes from (see `courseIdentity` in `export.ts`). */
export interface CourseIdentity {
  /** Stable name: `id` in `src/course.config.ts`, else a slug of the title. */
  id: string;
  /** The course's title, to show when it differs. */
  title: string;
}

/** The file a trainee downloads with "Exporteren". */
export interface ProgressExportFile {
  format: 'klik-progress';
  /** Progress schema version of `progress`. */
  version: number;
  exportedAt: string;
  /** `version` from package.json of the course that made the file. */
  courseVersion: string;
  /** The course that made the file (files from before it was added have none). */
  course?: CourseIdentity;
  progress: ProgressState;
}

/** Serialisable course facts the progress islands receive from the pages. */
export interface CourseModuleInfo {
  id: string;
  title: string;
}

export interface CourseLessonInfo {
  slug: string;
  title: string;
  module: string;
  order: number;
}

export interface CourseExerciseInfo {
  id: string;
  title: string;
  /** Slug of the lesson the exercise belongs to. */
  lesson: string;
  /** Module of that lesson, when known. */
  module?: string;
  criteria: string[];
}

/** One step of a trajectory as the portfolio shows it. */
export interface CourseTrajectoryStepInfo {
  phase: string;
  focus: string;
  /** The client's message at this step. */
  message: string;
  criteria: string[];
}

export interface CourseTrajectoryInfo {
  id: string;
  title: string;
  clientName: string;
  coachName: string;
  channel: 'mail' | 'chat';
  steps: CourseTrajectoryStepInfo[];
  reflection: string;
}

export interface CourseInfo {
  modules: CourseModuleInfo[];
  lessons: CourseLessonInfo[];
  exercises: CourseExerciseInfo[];
  /** The trajectories (absent: none known). */
  trajectories?: CourseTrajectoryInfo[];
  /** Criterion id → Dutch label. */
  criterionLabels: Record<string, string>;
}
