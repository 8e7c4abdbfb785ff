import { z } from 'astro/zod';
import { exerciseFileSchema, type AnyExercise } from '../exercise-files/schema.ts';
import { trajectorySchema, type Trajectory } from '../trajectory-files/schema.ts';
import { glossaryEntrySchema, type GlossaryEntry } from '../course/glossary-schema.ts';
import { sourceSchema, type Source } from '../course/source-schema.ts';

/**
 * Where the course's content files live: the one definition that the content
 * collections (`src/content.config.ts`), `npm run check`, the build-time
 * validation and the dev-server watcher all read, so they cannot drift apart.
 * Pure (no Node imports): the file listing itself is in `files-node.ts`.
 */

export interface ContentSource {
  /** Folder under the project root, without slashes at either end. */
  base: string;
  /** File extensions without the dot, matched case-sensitively. */
  extensions: readonly string[];
  /** The glob pattern (relative to `base`) for Astro's `glob()` loader. */
  pattern: string;
}

/** A glob for every file with one of the extensions, in any sub-folder: `**\/*.{yaml,yml}`. */
export function contentSource(base: string, extensions: readonly string[]): ContentSource {
  const ext = extensions.length === 1 ? extensions[0]! : `{${extensions.join(',')}}`;
  return { base, extensions, pattern: `**/*.${ext}` };
}

/** A reference from one item to a lesson (by slug) or to an item of another YAML collection (by id). */
export interface ContentReference {
  field: string;
  /** `'lessons'`, or the name of a YAML collection (a key of `YAML_COLLECTIONS`). */
  to: string;
  id: string;
}

/**
 * A collection of YAML files, one item per file, each with an `id` equal to its
 * file name (without extension) and unique across all files of the collection,
 * sub-folders included.
 */
export interface YamlCollection<T extends { id: string } = { id: string }> extends ContentSource {
  /** One item, in Dutch, for messages: "oefening". */
  noun: string;
  /** "onbekende oefening", "onbekend traject". */
  unknown: string;
  /** The schema with lessons named by slug (the content collection uses `reference('lessons')`). */
  schema: z.ZodType<T>;
  /** The lessons or other items this item names; checked to exist. */
  references?: (item: T) => ContentReference[];
}

function yamlCollection<T extends { id: string }>(base: string, rest: Omit<YamlCollection<T>, keyof ContentSource>): YamlCollection<T> {
  return { ...contentSource(base, ['yaml', 'yml']), ...rest };
}

export const CONTENT_SOURCES = {
  lessons: contentSource('src/content/lessons', ['mdx']),
} as const;

/**
 * Every YAML collection. A new one (say `trajectories/`) is one entry here, with
 * its schema naming lessons by slug; the checks pick it up. `src/content.config.ts`
 * defines its collection with the same schema naming lessons by
 * `reference('lessons')` (its type check fails while that line is missing).
 */
export const YAML_COLLECTIONS = {
  exercises: yamlCollection<AnyExercise>('exercises', {
    noun: 'oefening',
    unknown: 'onbekende oefening',
    schema: exerciseFileSchema,
    references: (exercise) => [{ field: 'lesson', to: 'lessons', id: exercise.lesson }],
  }),
  trajectories: yamlCollection<Trajectory>('trajectories', {
    noun: 'traject',
    unknown: 'onbekend traject',
    schema: trajectorySchema,
    references: (trajectory) => (trajectory.lessons ?? []).map((id, i) => ({ field: `lessons[${i}]`, to: 'lessons', id })),
  }),
} as const;

export type YamlCollectionName = keyof typeof YAML_COLLECTIONS;
/** The item type of a collection; for a union of names, the union of their items (distributive, so no name's item collapses to never). */
export type YamlItem<K extends YamlCollectionName> = K extends YamlCollectionName
  ? (typeof YAML_COLLECTIONS)[K] extends YamlCollection<infer T>
    ? T
    : never
  : never;

export const YAML_COLLECTION_NAMES = Object.keys(YAML_COLLECTIONS) as YamlCollectionName[];

/**
 * A collection kept as one YAML list (Astro's `file()` loader): every item has
 * an `id`, unique in the file. A missing file is an empty collection.
 */
export interface ListCollection<T extends { id: string } = { id: string }> {
  /** The file, relative to the project root. */
  file: string;
  /** One item, in Dutch, for messages: "begrip". */
  noun: string;
  /** The schema with lessons named by slug (the content collection uses `reference('lessons')`). */
  schema: z.ZodType<T>;
  references?: (item: T) => ContentReference[];
}

const lessonsOf = (item: { lessons: readonly string[] }): ContentReference[] =>
  item.lessons.map((id, i) => ({ field: `lessons[${i}]`, to: 'lessons', id }));

/** The collections kept as one list each, with the lessons they name. */
export const LIST_COLLECTIONS = {
  glossary: { file: 'src/content/glossary.yaml', noun: 'begrip', schema: glossaryEntrySchema(z.string()), references: lessonsOf } satisfies ListCollection<GlossaryEntry>,
  sources: { file: 'src/content/sources.yaml', noun: 'bron', schema: sourceSchema(z.string()), references: lessonsOf } satisfies ListCollection<Source>,
} as const;

export type ListCollectionName = keyof typeof LIST_COLLECTIONS;

/** Every content source: the lessons and the YAML collections. */
export function allSources(): ContentSource[] {
  return [CONTENT_SOURCES.lessons, ...YAML_COLLECTION_NAMES.map((name) => YAML_COLLECTIONS[name] as ContentSource)];
}

/**
 * Is this path (relative to the project root, `/` or `\` separated) a file the
 * collections load? The same rule as the listing: under a source's folder, no
 * dot-file or dot-folder on the way (the glob loader skips those), one of the
 * source's extensions.
 */
export function matchesSource(relativePath: string, source: ContentSource): boolean {
  const parts = relativePath.split(/[\\/]+/).filter((p) => p !== '');
  const base = source.base.split('/');
  if (parts.length <= base.length || base.some((b, i) => parts[i] !== b)) return false;
  const inside = parts.slice(base.length);
  if (inside.some((p) => p.startsWith('.') || p === '..')) return false;
  const name = inside.at(-1)!;
  return source.extensions.some((ext) => name.endsWith(`.${ext}`));
}

/** For the dev server's watcher: does a change to this absolute path touch content? */
export function isContentFile(root: string, absolutePath: string): boolean {
  const norm = (p: string) => p.replace(/\\/g, '/').replace(/\/+$/, '');
  const r = norm(root);
  const p = norm(absolutePath);
  if (!p.startsWith(`${r}/`)) return false;
  const relative = p.slice(r.length + 1);
  if (Object.values(LIST_COLLECTIONS).some((list) => list.file === relative)) return true;
  return allSources().some((source) => matchesSource(relative, source));
}
