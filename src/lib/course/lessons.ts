import { getCollection, type CollectionEntry } from 'astro:content';
import { course } from '../../course.config.ts';
import { lessonNumbers, type TocLesson } from './toc.ts';
import { lessonHref } from '../url.ts';
import type { AnyExercise } from '../exercise-files/schema.ts';

/** Is this module shown, according to the course settings? */
export function isModuleShown(moduleId: string): boolean {
  return course.modules === 'all' || (course.modules as readonly string[]).includes(moduleId);
}

/** The lessons of the modules that are shown (build time only). */
export async function getShownLessons(): Promise<CollectionEntry<'lessons'>[]> {
  return getCollection('lessons', (entry) => isModuleShown(entry.data.module));
}

/**
 * The exercises whose lesson is shown (build time only), with the lesson named
 * by its slug as everywhere outside the collection (the collection keeps Astro's
 * checked reference `{ id, collection }`).
 */
export async function getShownExercises(): Promise<AnyExercise[]> {
  const lessons = new Set((await getShownLessons()).map((l) => l.id));
  const entries = await getCollection('exercises', (entry) => lessons.has(entry.data.lesson.id));
  return entries.map(({ data }) => ({ ...data, lesson: data.lesson.id }));
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

/** A link to a lesson as a reader sees it: its number in the course (not its `order`), title and address. */
export interface LessonLink {
  slug: string;
  number: number;
  title: string;
  url: string;
}

/**
 * For the glossary and the sources (build time): a function that turns the
 * lessons an item names (references `{ id }`) into links to the shown ones,
 * in reading order; lessons of hidden modules are left out.
 */
export async function getLessonLinks(): Promise<(refs: readonly { id: string }[]) => LessonLink[]> {
  const toc = await getTocLessons();
  const numberOf = lessonNumbers(toc);
  const bySlug = new Map(toc.map((l) => [l.slug, l]));
  return (refs) =>
    refs
      .flatMap(({ id }) => {
        const lesson = bySlug.get(id);
        return lesson ? [{ slug: id, number: numberOf.get(id) ?? 0, title: lesson.title, url: lessonHref(id) }] : [];
      })
      .sort((a, b) => a.number - b.number);
}
