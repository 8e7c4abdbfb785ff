import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './lib/course/lesson-schema.ts';
import { CONTENT_SOURCES, YAML_COLLECTIONS, type ContentSource, type YamlCollection } from './lib/content/sources.ts';

// The folders and patterns come from `src/lib/content/sources.ts`, which
// `npm run check` and the build validation read too: they see the same files.
const loaderFor = (source: ContentSource) => glob({ pattern: source.pattern, base: `./${source.base}` });

function yamlCollection<T extends { id: string }>(collection: YamlCollection<T>) {
  return defineCollection({ loader: loaderFor(collection), schema: collection.schema });
}

const lessons = defineCollection({
  loader: loaderFor(CONTENT_SOURCES.lessons),
  schema: lessonSchema,
});

export const collections = {
  lessons,
  exercises: yamlCollection(YAML_COLLECTIONS.exercises),
};
