import { describe, expect, it } from 'vitest';
import { loadExercises } from '../../../src/lib/exercise-files/load-node.ts';
import { listLessons } from '../../../src/lib/content/load-content.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODULES } from '../../../src/lib/course/modules.ts';

/**
 * The course's "Kies de beste reactie" exercises (issue 16, item 14): at least one
 * per module, the best reply not always in the same place, each option explained
 * in two or three sentences.
 */
const root = process.cwd();
const { bestReplies, problems } = loadExercises(root);

function moduleOf(lesson: string): string | undefined {
  const text = readFileSync(join(root, 'src/content/lessons', `${lesson}.mdx`), 'utf8');
  return /^module:\s*([\w-]+)/m.exec(text)?.[1];
}

const sentences = (text: string) => text.split(/(?<=[.?!])\s+(?=[A-Z‘'“(])/u).filter((s) => s.trim() !== '').length;

describe('best-reply exercises', () => {
  it('load without problems', () => {
    expect(problems.filter((p) => /kies-/.test(p.file))).toEqual([]);
    expect(bestReplies.length).toBeGreaterThanOrEqual(MODULES.length);
  });

  it.each(MODULES.map((m) => [m.id]))('include at least one in module %s', (id) => {
    const slugs = listLessons(root).slugs;
    const inModule = bestReplies.filter((e) => slugs.has(e.lesson) && moduleOf(e.lesson) === id);
    expect(inModule.map((e) => e.id)).not.toEqual([]);
  });

  it('do not always put the best reply in the same place', () => {
    const places = bestReplies.map((e) => e.options.findIndex((o) => o.best));
    for (const place of [0, 1, 2]) expect(places.filter((p) => p === place).length).toBeLessThanOrEqual(Math.ceil(places.length / 2));
  });

  it.each(bestReplies.map((e) => [e.id, e] as const))('%s explains every option in two or three sentences', (_id, exercise) => {
    for (const option of exercise.options) {
      expect(sentences(option.explanation), option.explanation).toBeGreaterThanOrEqual(2);
      expect(sentences(option.explanation), option.explanation).toBeLessThanOrEqual(3);
    }
  });

  it.each(bestReplies.map((e) => [e.id, e] as const))('%s keeps every reply short (at most 150 words)', (_id, exercise) => {
    for (const option of exercise.options) expect(option.text.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(150);
  });
});
