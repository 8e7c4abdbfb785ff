import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { readFrontMatter } from '../../../src/lib/content/front-matter.ts';
import { lessonSchema } from '../../../src/lib/course/lesson-schema.ts';
import { buildToc, lessonNumbers, neighbours, readingOrder, type TocLesson } from '../../../src/lib/course/toc.ts';
import { MODULES } from '../../../src/lib/course/modules.ts';

function lessonsOnDisk(): TocLesson[] {
  const dir = 'src/content/lessons';
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const front = readFrontMatter(readFileSync(`${dir}/${f}`, 'utf8'));
      if (!front.ok) throw new Error(`${f}: ${front.message}`);
      return { ...lessonSchema.parse(front.data), slug: f.replace(/\.mdx$/, '') };
    });
}

describe('the table of contents', () => {
  const lessons = lessonsOnDisk();
  const toc = buildToc(lessons);

  it('lists every lesson exactly once', () => {
    const listed = toc.flatMap((m) => m.lessons.map((l) => l.slug)).sort();
    expect(listed).toEqual(lessons.map((l) => l.slug).sort());
  });

  it('shows modules in course order and lessons in their order', () => {
    const moduleOrder = MODULES.map((m) => m.id as string);
    const positions = toc.map((m) => moduleOrder.indexOf(m.id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const orders = readingOrder(lessons).map((l) => l.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('gives the first lesson no previous and the last no next lesson', () => {
    const order = readingOrder(lessons);
    expect(neighbours(lessons, order[0]!.slug).prev).toBeUndefined();
    expect(neighbours(lessons, order.at(-1)!.slug).next).toBeUndefined();
    if (order.length > 1) expect(neighbours(lessons, order[1]!.slug).prev?.slug).toBe(order[0]!.slug);
  });

  it('leaves out modules without lessons', () => {
    const one: TocLesson = { slug: 'x', title: 'X', module: 'welkom', order: 1, minutes: 5 };
    expect(buildToc([one]).map((m) => m.id)).toEqual(['welkom']);
  });

  it('numbers lessons 1, 2, 3 by their place, not by their order (which leaves gaps)', () => {
    const lesson = (slug: string, module: TocLesson['module'], order: number): TocLesson => ({ slug, title: slug, module, order, minutes: 5 });
    const numbers = lessonNumbers([lesson('c', 'veilig', 50), lesson('a', 'introductie', 10), lesson('b', 'welkom', 45)]);
    expect([...numbers]).toEqual([['a', 1], ['b', 2], ['c', 3]]);
    const onDisk = lessonNumbers(lessons);
    expect([...onDisk.values()]).toEqual(Array.from({ length: lessons.length }, (_, i) => i + 1));
  });
});
