import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { GlossaryEntry } from '../course/glossary-schema.ts';
import type { Source } from '../course/source-schema.ts';
import type { ContentProblem } from '../exercise-files/validate.ts';
import { listContentFiles } from './files-node.ts';
import { CONTENT_SOURCES, LIST_COLLECTIONS, YAML_COLLECTIONS, YAML_COLLECTION_NAMES, type ListCollection, type YamlCollection, type YamlCollectionName, type YamlItem } from './sources.ts';
import { inDutch } from './in-dutch.ts';
import { idFromFileName, issueProblems, validateYamlText } from './validate-yaml.ts';

/**
 * Node-only: reads every file the content collections load and validates it
 * as `npm run check` and the build do. One readable problem per thing that is
 * wrong; an item with a problem is left out of the result, never silently:
 * its problem is always in `problems`.
 */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface LessonFiles {
  /** The slugs of the lessons, as the site routes them (`lessen/<slug>/`). */
  slugs: Set<string>;
  /** Lesson files that are in a place or have a name the course cannot route. */
  problems: ContentProblem[];
}

/** The lesson files the collection loads, and their slugs (the file name without `.mdx`). */
export function listLessons(root: string): LessonFiles {
  const source = CONTENT_SOURCES.lessons;
  const slugs = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const file of listContentFiles(root, source)) {
    const inside = file.slice(source.base.length + 1);
    const slug = inside.replace(/\.mdx$/, '');
    if (inside.includes('/')) {
      problems.push({ file, field: '', message: `een les hoort direct in ${source.base}/ te staan, niet in een submap` });
    } else if (!SLUG.test(slug)) {
      problems.push({ file, field: '', message: 'gebruik voor de bestandsnaam kleine letters, cijfers en streepjes' });
    } else {
      slugs.add(slug);
    }
  }
  return { slugs, problems };
}

export type LoadedCollections = { [K in YamlCollectionName]: Array<{ file: string; item: YamlItem<K> }> };

export interface LoadedContent {
  lessons: Set<string>;
  collections: LoadedCollections;
  /** The glossary and the sources: the valid items. */
  lists: { glossary: GlossaryEntry[]; sources: Source[] };
  problems: ContentProblem[];
}

/** One list collection: each item checked by its schema, ids unique, the lessons it names existing. */
function loadList<T extends { id: string }>(root: string, list: ListCollection<T>, lessons: ReadonlySet<string>): { items: T[]; problems: ContentProblem[] } {
  const file = list.file;
  const path = join(root, file);
  if (!existsSync(path)) return { items: [], problems: [] };
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { items: [], problems: [{ file, field: '', message: `ongeldige YAML: ${String((error as Error).message).split('\n')[0]}` }] };
  }
  if (!Array.isArray(raw)) return { items: [], problems: [{ file, field: '', message: `verwacht een lijst, één ${list.noun} per item` }] };
  const items: T[] = [];
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  raw.forEach((value, index) => {
    const result = list.schema.safeParse(value, inDutch);
    if (!result.success) {
      problems.push(...issueProblems(file, result.error.issues, [index]));
      return;
    }
    const item = result.data;
    let ok = true;
    if (seen.has(item.id)) {
      ok = false;
      problems.push({ file, field: `[${index}].id`, message: `${list.noun} "${item.id}" staat er twee keer in` });
    }
    seen.add(item.id);
    for (const ref of list.references?.(item) ?? []) {
      if (lessons.has(ref.id)) continue;
      ok = false;
      problems.push({ file, field: `[${index}].${ref.field}`, message: `onbekende les "${ref.id}"; bestaande lessen: ${[...lessons].sort().join(', ') || '(geen)'}` });
    }
    if (ok) items.push(item);
  });
  return { items, problems };
}

interface FileResult<T> {
  file: string;
  /** The item when the file itself is valid (it may still be a duplicate: see `problems`). */
  item: T | null;
  problems: ContentProblem[];
}

function loadCollection<T extends { id: string }>(root: string, collection: YamlCollection<T>): FileResult<T>[] {
  const firstFileOf = new Map<string, string>();
  return listContentFiles(root, collection).map((file) => {
    const result = validateYamlText(file, readFileSync(join(root, file), 'utf8'), collection);
    const problems = [...result.problems];
    // Astro would show one of two files with the same id, unseen: refuse both ways
    // of getting there, the same name with another extension or a copy in a
    // sub-folder. (A file whose id differs from its name has its own problem.)
    const key = idFromFileName(file);
    const first = firstFileOf.get(key);
    if (first !== undefined) {
      problems.unshift({ file, field: 'id', message: `${collection.noun} "${key}" staat ook in ${first}; een id mag maar in één bestand staan` });
    } else {
      firstFileOf.set(key, file);
    }
    return { file, item: result.item, problems };
  });
}

/** Loads and checks the lessons' slugs and every YAML collection, with references between them. */
export function loadContent(root: string): LoadedContent {
  const lessons = listLessons(root);
  const problems: ContentProblem[] = [...lessons.problems];
  const results = {} as { [K in YamlCollectionName]: FileResult<YamlItem<K>>[] };
  // Written through a wider view: for a union of names TypeScript wants every item type at once.
  const resultsOf = results as Record<YamlCollectionName, FileResult<YamlItem<YamlCollectionName>>[]>;
  for (const name of YAML_COLLECTION_NAMES) {
    resultsOf[name] = loadCollection(root, YAML_COLLECTIONS[name] as YamlCollection<YamlItem<typeof name>>);
  }
  // Items of other collections count as known even when broken: their own problem says why.
  const known = (to: string): Set<string> => {
    if (to === 'lessons') return lessons.slugs;
    if (!Object.hasOwn(results, to)) throw new Error(`src/lib/content/sources.ts: onbekende verzameling "${to}"`);
    return new Set(results[to as YamlCollectionName].map((r) => idFromFileName(r.file)));
  };
  const collections = {} as LoadedCollections;
  for (const name of YAML_COLLECTION_NAMES) {
    const collection = YAML_COLLECTIONS[name] as YamlCollection<YamlItem<typeof name>>;
    const kept: Array<{ file: string; item: YamlItem<typeof name> }> = [];
    for (const result of results[name]) {
      problems.push(...result.problems);
      if (!result.item) continue;
      let ok = result.problems.length === 0;
      for (const ref of collection.references?.(result.item) ?? []) {
        const ids = known(ref.to);
        if (ids.has(ref.id)) continue;
        ok = false;
        const existing = [...ids].sort().join(', ') || '(geen)';
        problems.push(
          ref.to === 'lessons'
            ? { file: result.file, field: ref.field, message: `onbekende les "${ref.id}"; bestaande lessen: ${existing}` }
            : { file: result.file, field: ref.field, message: `${YAML_COLLECTIONS[ref.to as YamlCollectionName].unknown} "${ref.id}"; bestaande ids: ${existing}` },
        );
      }
      if (ok) kept.push({ file: result.file, item: result.item });
    }
    (collections as Record<YamlCollectionName, Array<{ file: string; item: YamlItem<YamlCollectionName> }>>)[name] = kept;
  }
  const glossary = loadList(root, LIST_COLLECTIONS.glossary, lessons.slugs);
  const sources = loadList(root, LIST_COLLECTIONS.sources, lessons.slugs);
  problems.push(...glossary.problems, ...sources.problems);
  return { lessons: lessons.slugs, collections, lists: { glossary: glossary.items, sources: sources.items }, problems };
}

/** The files of a YAML collection whose name is `<id>.yaml` or `<id>.yml`, anywhere in its folder. */
export function filesNamed(root: string, name: YamlCollectionName, id: string): string[] {
  return listContentFiles(root, YAML_COLLECTIONS[name]).filter((file) => idFromFileName(file) === id);
}
