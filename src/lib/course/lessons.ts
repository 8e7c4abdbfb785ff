import { getCollection } from 'astro:content';
import type { TocLesson } from './toc.ts';

/** All lessons as table-of-contents entries (build time only). */
export async function getTocLessons(): Promise<TocLesson[]> {
  const entries = await getCollection('lessons');
  return entries.map((e) => ({
    slug: e.id,
    title: e.data.title,
    module: e.data.module,
    order: e.data.order,
    minutes: e.data.minutes,
  }));
}
