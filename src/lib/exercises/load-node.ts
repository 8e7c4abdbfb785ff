import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Exercise } from './schema.ts';
import { validateExerciseText, type ContentProblem } from './validate.ts';

/** Node-only: reads the exercise and lesson folders of a checkout. */

export function lessonSlugs(root: string): Set<string> {
  const dir = join(root, 'src/content/lessons');
  if (!existsSync(dir)) return new Set();
  return new Set(
    readdirSync(dir)
      .filter((f) => /\.mdx?$/.test(f))
      .map((f) => f.replace(/\.mdx?$/, '')),
  );
}

export function exerciseFiles(root: string): string[] {
  const dir = join(root, 'exercises');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

export function loadExercises(root: string): { exercises: Exercise[]; problems: ContentProblem[] } {
  const slugs = lessonSlugs(root);
  const exercises: Exercise[] = [];
  const problems: ContentProblem[] = [];
  for (const path of exerciseFiles(root)) {
    const result = validateExerciseText(relative(root, path), readFileSync(path, 'utf8'), slugs);
    if (result.exercise) exercises.push(result.exercise);
    problems.push(...result.problems);
  }
  return { exercises, problems };
}

export function loadExercise(root: string, id: string): Exercise | null {
  if (!/^[a-z0-9-]+$/.test(id)) return null;
  for (const ext of ['yaml', 'yml']) {
    const path = join(root, 'exercises', `${id}.${ext}`);
    if (existsSync(path)) {
      const result = validateExerciseText(relative(root, path), readFileSync(path, 'utf8'), lessonSlugs(root));
      if (!result.exercise) throw new Error(result.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('; '));
      return result.exercise;
    }
  }
  return null;
}
