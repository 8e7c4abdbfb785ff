import { parse, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import type { ContentProblem } from '../exercise-files/validate.ts';
import type { YamlCollection } from './sources.ts';
import { inDutch } from './in-dutch.ts';

function pathToField(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('');
}

/** One problem per schema issue, naming the field (`client.name`, `[2].lessons[0]`); `at` is prepended to each path. */
export function issueProblems(file: string, issues: readonly z.core.$ZodIssue[], at: readonly PropertyKey[] = []): ContentProblem[] {
  return issues.map((issue) => ({
    file,
    field: pathToField([...at, ...issue.path]),
    message: issue.code === 'unrecognized_keys' ? `onbekend veld: ${issue.keys.join(', ')}` : issue.message,
  }));
}

/** The file name without folders and without `.yaml`/`.yml`: what the item's `id` must be. */
export function idFromFileName(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
}

export interface YamlValidation<T> {
  /** The valid item, or null when the file has a problem. */
  item: T | null;
  /** The `id` the file gives (a string), even when other fields are invalid: for duplicate checks. */
  id: string | null;
  problems: ContentProblem[];
}

/**
 * Validates the text of one file of a YAML collection: the YAML, the schema and
 * that `id` equals the file name. Pure; references to lessons or other items
 * are checked by the caller, which knows them all.
 */
export function validateYamlText<T extends { id: string }>(file: string, source: string, collection: YamlCollection<T>): YamlValidation<T> {
  let raw: unknown;
  try {
    raw = parse(source, { prettyErrors: true });
  } catch (error) {
    const message = error instanceof YAMLParseError
      ? `ongeldige YAML (regel ${error.linePos?.[0]?.line ?? '?'}): ${error.message.split('\n')[0]}`
      : `ongeldige YAML: ${String(error)}`;
    return { item: null, id: null, problems: [{ file, field: '', message }] };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { item: null, id: null, problems: [{ file, field: '', message: 'verwacht een YAML-object met velden als id, title en lesson' }] };
  }
  const rawId = Object.hasOwn(raw, 'id') ? (raw as { id?: unknown }).id : undefined;
  const id = typeof rawId === 'string' ? rawId : null;
  const result = collection.schema.safeParse(raw, inDutch);
  if (!result.success) {
    return {
      item: null,
      id,
      problems: issueProblems(file, result.error.issues),
    };
  }
  const expectedId = idFromFileName(file);
  if (result.data.id !== expectedId) {
    return { item: null, id, problems: [{ file, field: 'id', message: `moet gelijk zijn aan de bestandsnaam ("${expectedId}")` }] };
  }
  return { item: result.data, id, problems: [] };
}
