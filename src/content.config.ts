import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { lessonSchema } from './lib/course/lesson-schema.ts';
import { glossaryEntrySchema } from './lib/course/glossary-schema.ts';
import { sourceSchema } from './lib/course/source-schema.ts';
import {
  CONTENT_SOURCES,
  LIST_COLLECTIONS,
  YAML_COLLECTIONS,
  YAML_COLLECTION_NAMES,
  type ContentSource,
  type YamlCollection,
  type YamlCollectionName,
  type YamlItem,
} from './lib/content/sources.ts';

// The folders and patterns come from `src/lib/content/sources.ts`, which
// `npm run check` and the build validation read too: they see the same files.
// Every entry of YAML_COLLECTIONS becomes a collection here, with no line to add.
const loaderFor = (source: ContentSource) => glob({ pattern: source.pattern, base: `./${source.base}` });

function yamlCollection<T extends { id: string }>(collection: YamlCollection<T>) {
  return defineCollection({ loader: loaderFor(collection), schema: collection.schema });
}

const lessons = defineCollection({
  loader: loaderFor(CONTENT_SOURCES.lessons),
  schema: lessonSchema,
});

type YamlCollections = { [K in YamlCollectionName]: ReturnType<typeof yamlCollection<YamlItem<K>>> };
const yamlCollections = Object.fromEntries(
  YAML_COLLECTION_NAMES.map((name) => [name, yamlCollection(YAML_COLLECTIONS[name] as YamlCollection<YamlItem<typeof name>>)]),
) as YamlCollections;

// The glossary and the sources: one YAML list each, naming lessons by reference.
// `npm run check` and the build validation check that every lesson named exists.
const glossary = defineCollection({
  loader: file(LIST_COLLECTIONS.glossary.file),
  schema: glossaryEntrySchema(reference('lessons')),
});
const sources = defineCollection({
  loader: file(LIST_COLLECTIONS.sources.file),
  schema: sourceSchema(reference('lessons')),
});

export const collections = { lessons, glossary, sources, ...yamlCollections };
