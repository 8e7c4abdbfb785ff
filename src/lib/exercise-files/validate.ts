import type { AnyExercise } from './schema.ts';
import { YAML_COLLECTIONS } from '../content/sources.ts';
import { validateYamlText } from '../content/validate-yaml.ts';

/** One problem in a content file, to be printed as one readable line. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}: ${p.field ? `veld "${p.field}"` : 'bestand'}: ${p.message}`;
}

/**
 * Validates the text of one exercise file. Pure: the caller reads the file and
 * tells which lessons exist. Returns the parsed exercise or the problems found.
 * (Duplicate ids across files are checked in `src/lib/content/load-content.ts`,
 * which sees every file.)
 */
export function validateExerciseText(
  file: string,
  source: string,
  lessonSlugs: ReadonlySet<string> | null,
): { exercise: AnyExercise | null; problems: ContentProblem[] } {
  const result = validateYamlText(file, source, YAML_COLLECTIONS.exercises);
  if (!result.item) return { exercise: null, problems: result.problems };
  const exercise = result.item;
  if (lessonSlugs && !lessonSlugs.has(exercise.lesson)) {
    const problem = {
      file,
      field: 'lesson',
      message: `onbekende les "${exercise.lesson}"; bestaande lessen: ${[...lessonSlugs].sort().join(', ')}`,
    };
    return { exercise: null, problems: [problem] };
  }
  return { exercise, problems: [] };
}
