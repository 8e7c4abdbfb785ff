import type { ExerciseKind } from '../exercise-files/schema.ts';

/** Dutch names for an exercise's kind and difficulty. */

export const KIND_LABELS: Record<ExerciseKind, string> = {
  rewrite: 'Herschrijven',
  reply: 'Beantwoorden',
  'intake-agreements': 'Afspraken maken',
  'best-reply': 'Kies de beste reactie',
};

export const DIFFICULTY_LABELS: Record<string, string> = {
  basis: 'Basis',
  gevorderd: 'Gevorderd',
  uitdagend: 'Uitdagend',
};

export const DIFFICULTY_ORDER: Record<string, number> = { basis: 0, gevorderd: 1, uitdagend: 2 };
