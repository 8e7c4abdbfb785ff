/**
 * How far a trainee is with an exercise, in Dutch words and icons, the same on
 * the exercise list, the lesson pages and the progress pages. Which status an
 * exercise has is decided by `exerciseStatus` in `../progress/status.ts`.
 */

export type ExerciseStatus = 'not-started' | 'in-progress' | 'done';

export const EXERCISE_STATUS_TEXT: Record<ExerciseStatus, string> = {
  'not-started': 'Niet begonnen',
  'in-progress': 'Bezig',
  done: 'Alle criteria in orde',
};

export const EXERCISE_STATUS_ICON: Record<ExerciseStatus, string> = {
  'not-started': '○',
  'in-progress': '◐',
  done: '✓',
};
