import { MODULES, type ModuleId } from './modules.ts';

/** The minimal shape of a lesson the table of contents needs. */
export interface TocLesson {
  slug: string;
  title: string;
  module: ModuleId;
  order: number;
  minutes: number;
}

export interface TocModule {
  id: ModuleId;
  title: string;
  lessons: TocLesson[];
}

/** Groups lessons by module, in module order and then lesson order. */
export function buildToc(lessons: readonly TocLesson[]): TocModule[] {
  const sorted = [...lessons].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  return MODULES.map((m) => ({
    id: m.id,
    title: m.title,
    lessons: sorted.filter((l) => l.module === m.id),
  })).filter((m) => m.lessons.length > 0);
}

/** The reading order of all lessons, flattened from the table of contents. */
export function readingOrder(lessons: readonly TocLesson[]): TocLesson[] {
  return buildToc(lessons).flatMap((m) => m.lessons);
}

/**
 * The number a reader sees for each lesson: its place in the reading order (1, 2, 3, …),
 * not its `order`, which only sorts and may leave gaps.
 */
export function lessonNumbers(lessons: readonly TocLesson[]): Map<string, number> {
  return new Map(readingOrder(lessons).map((l, i) => [l.slug, i + 1]));
}

export function neighbours(lessons: readonly TocLesson[], slug: string): { prev?: TocLesson; next?: TocLesson } {
  const order = readingOrder(lessons);
  const i = order.findIndex((l) => l.slug === slug);
  if (i < 0) return {};
  return { prev: order[i - 1], next: order[i + 1] };
}
