import type { ExerciseKind } from '../exercises/schema.ts';

/** Dutch names for the exercise metadata and the trainee's status. */

export const KIND_LABELS: Record<ExerciseKind, string> = {
  rewrite: 'Herschrijven',
  reply: 'Beantwoorden',
  'intake-agreements': 'Afspraken maken',
};

export const DIFFICULTY_LABELS: Record<string, string> = {
  basis: 'Basis',
  gevorderd: 'Gevorderd',
  uitdagend: 'Uitdagend',
};

export const DIFFICULTY_ORDER: Record<string, number> = { basis: 0, gevorderd: 1, uitdagend: 2 };

export type ExerciseStatusKind = 'not-started' | 'in-progress' | 'done';

export const EXERCISE_STATUS_TEXT: Record<ExerciseStatusKind, string> = {
  'not-started': 'Niet begonnen',
  'in-progress': 'Bezig',
  done: 'Alle criteria in orde',
};

export const EXERCISE_STATUS_ICON: Record<ExerciseStatusKind, string> = {
  'not-started': '○',
  'in-progress': '◐',
  done: '✓',
};
