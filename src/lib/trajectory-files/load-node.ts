import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Trajectory } from './schema.ts';
import { formatProblem, validateTrajectoryText, type ContentProblem } from './validate.ts';
import { listContentFiles } from '../content/files-node.ts';
import { filesNamed, listLessons, loadContent } from '../content/load-content.ts';
import { YAML_COLLECTIONS } from '../content/sources.ts';

/**
 * Node-only: the trajectories of a checkout, read exactly as the content
 * collection loads them (`trajectories/**\/*.{yaml,yml}`, see
 * `src/lib/content/sources.ts`).
 */

/** The valid trajectories, and the problems of every trajectory file. */
export function loadTrajectories(root: string): { trajectories: Trajectory[]; problems: ContentProblem[] } {
  const { collections, problems } = loadContent(root);
  const files = new Set(listContentFiles(root, YAML_COLLECTIONS.trajectories));
  return {
    trajectories: collections.trajectories.map((t) => t.item),
    problems: problems.filter((p) => files.has(p.file)),
  };
}

/**
 * One trajectory by id, wherever in `trajectories/` its file is; null when there
 * is none. Throws with the file's problems (one line each) when it is invalid or
 * when two files define it.
 */
export function loadTrajectory(root: string, id: string): Trajectory | null {
  if (!/^[a-z0-9-]+$/.test(id)) return null;
  const files = filesNamed(root, 'trajectories', id);
  if (files.length === 0) return null;
  if (files.length === 1) {
    const result = validateTrajectoryText(files[0]!, readFileSync(join(root, files[0]!), 'utf8'), listLessons(root).slugs);
    if (!result.trajectory) throw new Error(result.problems.map(formatProblem).join('; '));
    return result.trajectory;
  }
  const { collections, problems } = loadContent(root);
  const own = problems.filter((p) => files.includes(p.file));
  if (own.length > 0) throw new Error(own.map(formatProblem).join('; '));
  return collections.trajectories.find((t) => t.item.id === id)?.item ?? null;
}
