import { fileURLToPath } from 'node:url';
import { loadExercises } from '../../../src/lib/exercise-files/load-node.ts';
import type { Exercise } from '../../../src/lib/exercise-files/schema.ts';

/**
 * The exercises of this checkout, read and validated by the same schema as the
 * build, for the end-to-end tests to pick the exercise a scenario needs.
 */
export type { Exercise };

const root = fileURLToPath(new URL('../../../', import.meta.url));

export const exercises: readonly Exercise[] = loadExercises(root).exercises;

export const criteriaOf = (exercise: Exercise): string[] => exercise.criteria.map((c) => c.id);

/** The first exercise (by id) that fits, or an error naming what the tests need. */
export function exerciseWhere(what: string, fits: (exercise: Exercise) => boolean): Exercise {
  const found = [...exercises].sort((a, b) => a.id.localeCompare(b.id)).find(fits);
  if (!found) throw new Error(`The end-to-end tests need ${what} in exercises/.`);
  return found;
}
