import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { lessonSchema } from '../course/lesson-schema.ts';
import { checkCourseConfig } from '../course/check-config.ts';
import type { CourseConfig } from '../../course.config.ts';
import type { ContentProblem } from '../exercise-files/validate.ts';
import { CONTENT_SOURCES } from './sources.ts';
import { listContentFiles } from './files-node.ts';
import { loadContent } from './load-content.ts';
import { readFrontMatter } from './front-matter.ts';
import { inDutch } from './in-dutch.ts';
import { issueProblems } from './validate-yaml.ts';

const LESSONS = CONTENT_SOURCES.lessons.base;

/** Validates the front matter of every lesson the collection loads and the glossary links in its body. */
export function checkLessons(root: string, glossaryIds: ReadonlySet<string>): ContentProblem[] {
  const dir = join(root, LESSONS);
  if (!existsSync(dir)) return [{ file: LESSONS, field: '', message: 'map met lessen ontbreekt' }];
  const problems: ContentProblem[] = [];
  const orders = new Map<number, string>();
  for (const file of listContentFiles(root, CONTENT_SOURCES.lessons)) {
    const name = file.slice(LESSONS.length + 1);
    const source = readFileSync(join(root, file), 'utf8');
    const front = readFrontMatter(source);
    if (!front.ok) {
      problems.push({ file, field: '', message: front.message });
      continue;
    }
    const result = lessonSchema.safeParse(front.data, inDutch);
    if (!result.success) {
      problems.push(...issueProblems(file, result.error.issues));
    } else {
      const other = orders.get(result.data.order);
      if (other) problems.push({ file, field: 'order', message: `${result.data.order} wordt ook gebruikt door ${other}` });
      orders.set(result.data.order, name);
    }
    for (const m of source.matchAll(/<Begrip\s+id="([^"]*)"/g)) {
      if (!glossaryIds.has(m[1]!)) problems.push({ file, field: 'Begrip', message: `begrip "${m[1]}" staat niet in src/content/glossary.yaml` });
    }
  }
  return problems;
}

/**
 * Everything `npm run check` validates besides the TypeScript: settings, lessons,
 * every file of every YAML collection (exercises), in any sub-folder, with
 * duplicate ids and references to lessons, and the glossary and sources lists.
 * `<Begrip>` links are checked against `glossaryIds`, by default the glossary's.
 */
export function checkContent(root: string, config: CourseConfig, glossaryIds?: ReadonlySet<string>): ContentProblem[] {
  const content = loadContent(root);
  const ids = glossaryIds ?? new Set(content.lists.glossary.map((entry) => entry.id));
  return [...checkCourseConfig(config, root), ...checkLessons(root, ids), ...content.problems];
}
