import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isBestReply, type AnyExercise, type BestReplyExercise, type Exercise } from './schema.ts';
import { formatProblem, validateExerciseText, type ContentProblem } from './validate.ts';
import { listContentFiles } from '../content/files-node.ts';
import { filesNamed, listLessons, loadContent } from '../content/load-content.ts';
import { YAML_COLLECTIONS } from '../content/sources.ts';

/**
 * Node-only: the exercises of a checkout, read exactly as the content collection
 * loads them (`exercises/**\/*.{yaml,yml}`, see `src/lib/content/sources.ts`).
 */

export function lessonSlugs(root: string): Set<string> {
  return listLessons(root).slugs;
}

/** Every exercise file the site loads, as absolute paths. */
export function exerciseFiles(root: string): string[] {
  return listContentFiles(root, YAML_COLLECTIONS.exercises).map((file) => join(root, file));
}

/**
 * The valid exercises, and the problems of every exercise file (duplicate ids and
 * unknown lessons included). `exercises` holds the writing exercises (what the
 * feedback engine judges), `bestReplies` the "Kies de beste reactie" exercises.
 */
export function loadExercises(root: string): { exercises: Exercise[]; bestReplies: BestReplyExercise[]; problems: ContentProblem[] } {
  const { collections, problems } = loadContent(root);
  const files = new Set(listContentFiles(root, YAML_COLLECTIONS.exercises));
  const all = collections.exercises.map((e) => e.item);
  return {
    exercises: all.filter((e): e is Exercise => !isBestReply(e)),
    bestReplies: all.filter(isBestReply),
    problems: problems.filter((p) => files.has(p.file)),
  };
}

/**
 * One writing exercise by id (see `loadAnyExercise`). Throws, saying so, when the
 * id is a best-reply exercise.
 */
export function loadExercise(root: string, id: string): Exercise | null {
  const exercise = loadAnyExercise(root, id);
  if (exercise && isBestReply(exercise)) throw new Error(`oefening "${id}" is een "Kies de beste reactie"-oefening, zonder tekst om te beoordelen`);
  return exercise;
}

/**
 * One exercise of any kind by id, wherever in `exercises/` its file is. Throws with the
 * file's problems (one line each) when it is invalid or when two files define it.
 */
export function loadAnyExercise(root: string, id: string): AnyExercise | null {
  if (!/^[a-z0-9-]+$/.test(id)) return null;
  const files = filesNamed(root, 'exercises', id);
  if (files.length === 0) return null;
  if (files.length === 1) {
    const result = validateExerciseText(files[0]!, readFileSync(join(root, files[0]!), 'utf8'), lessonSlugs(root));
    if (!result.exercise) throw new Error(result.problems.map(formatProblem).join('; '));
    return result.exercise;
  }
  const { collections, problems } = loadContent(root);
  const own = problems.filter((p) => files.includes(p.file));
  if (own.length > 0) throw new Error(own.map(formatProblem).join('; '));
  return collections.exercises.find((e) => e.item.id === id)?.item ?? null;
}
