import type { Trajectory } from './schema.ts';
import { YAML_COLLECTIONS } from '../content/sources.ts';
import { validateYamlText } from '../content/validate-yaml.ts';
import type { ContentProblem } from '../exercise-files/validate.ts';

export { formatProblem, type ContentProblem } from '../exercise-files/validate.ts';

/**
 * Validates the text of one trajectory file. Pure: the caller reads the file and
 * tells which lessons exist (null: do not check lessons). Returns the parsed
 * trajectory or the problems found, one per field (see `formatProblem`).
 * Duplicate ids across files are checked in `src/lib/content/load-content.ts`.
 */
export function validateTrajectoryText(
  file: string,
  source: string,
  lessonSlugs: ReadonlySet<string> | null,
): { trajectory: Trajectory | null; problems: ContentProblem[] } {
  const result = validateYamlText(file, source, YAML_COLLECTIONS.trajectories);
  if (!result.item) return { trajectory: null, problems: result.problems };
  const trajectory = result.item;
  const problems: ContentProblem[] = [];
  if (lessonSlugs) {
    (trajectory.lessons ?? []).forEach((lesson, i) => {
      if (lessonSlugs.has(lesson)) return;
      problems.push({ file, field: `lessons[${i}]`, message: `onbekende les "${lesson}"; bestaande lessen: ${[...lessonSlugs].sort().join(', ')}` });
    });
  }
  return problems.length > 0 ? { trajectory: null, problems } : { trajectory, problems };
}
