import { getCollection, type CollectionEntry } from 'astro:content';
import { course } from '../../course.config.ts';
import type { TocLesson } from './toc.ts';

/** Is this module shown, according to the course settings? */
export function isModuleShown(moduleId: string): boolean {
  return course.modules === 'all' || (course.modules as readonly string[]).includes(moduleId);
}

/** The lessons of the modules that are shown (build time only). */
export async function getShownLessons(): Promise<CollectionEntry<'lessons'>[]> {
  return getCollection('lessons', (entry) => isModuleShown(entry.data.module));
}

/** The exercises whose lesson is shown (build time only). */
export async function getShownExercises(): Promise<CollectionEntry<'exercises'>[]> {
  const lessons = new Set((await getShownLessons()).map((l) => l.id));
  return getCollection('exercises', (entry) => lessons.has(entry.data.lesson));
}

/** The shown lessons as table-of-contents entries (build time only). */
export async function getTocLessons(): Promise<TocLesson[]> {
  return (await getShownLessons()).map((e) => ({
    slug: e.id,
    title: e.data.title,
    module: e.data.module,
    order: e.data.order,
    minutes: e.data.minutes,
  }));
}
