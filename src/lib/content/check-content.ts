import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { lessonSchema } from '../course/lesson-schema.ts';
import { checkCourseConfig } from '../course/check-config.ts';
import type { CourseConfig } from '../../course.config.ts';
import type { ContentProblem } from '../exercises/validate.ts';
import { CONTENT_SOURCES } from './sources.ts';
import { listContentFiles } from './files-node.ts';
import { loadContent } from './load-content.ts';
import { readFrontMatter } from './front-matter.ts';
import { inDutch } from './in-dutch.ts';

const LESSONS = CONTENT_SOURCES.lessons.base;

function fieldOf(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

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
      for (const issue of result.error.issues) {
        problems.push({
          file,
          field: fieldOf(issue.path),
          message: issue.code === 'unrecognized_keys' ? `onbekend veld: ${issue.keys.join(', ')}` : issue.message,
        });
      }
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
