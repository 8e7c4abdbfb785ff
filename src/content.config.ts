import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { lessonSchema } from './lib/course/lesson-schema.ts';
import { glossaryEntrySchema } from './lib/course/glossary-schema.ts';
import { sourceSchema } from './lib/course/source-schema.ts';
import { exerciseFileSchemaFor } from './lib/exercise-files/schema.ts';
import { trajectorySchemaFor } from './lib/trajectory-files/schema.ts';
import { CONTENT_SOURCES, LIST_COLLECTIONS, YAML_COLLECTIONS, type ContentSource, type YamlCollectionName } from './lib/content/sources.ts';

// The folders and patterns come from `src/lib/content/sources.ts`, which
// `npm run check` and the build validation read too: they see the same files.
const loaderFor = (source: ContentSource) => glob({ pattern: source.pattern, base: `./${source.base}` });

const lessons = defineCollection({
  loader: loaderFor(CONTENT_SOURCES.lessons),
  schema: lessonSchema,
});

// Every link to a lesson is `reference('lessons')`, so the schemas themselves
// name the lessons they point to and Astro checks that each exists. The same
// schemas, with lessons named by slug, serve `npm run check`, the build
// validation and the `feedback` command line, which check the slugs against
// the lessons' ids and refuse a broken link naming the file and the field.
const yamlCollections = {
  exercises: defineCollection({ loader: loaderFor(YAML_COLLECTIONS.exercises), schema: exerciseFileSchemaFor(reference('lessons')) }),
  trajectories: defineCollection({ loader: loaderFor(YAML_COLLECTIONS.trajectories), schema: trajectorySchemaFor(reference('lessons')) }),
} satisfies Record<YamlCollectionName, unknown>;

// The glossary and the sources: one YAML list each.
const glossary = defineCollection({
  loader: file(LIST_COLLECTIONS.glossary.file),
  schema: glossaryEntrySchema(reference('lessons')),
});
const sources = defineCollection({
  loader: file(LIST_COLLECTIONS.sources.file),
  schema: sourceSchema(reference('lessons')),
});

export const collections = { lessons, glossary, sources, ...yamlCollections };
