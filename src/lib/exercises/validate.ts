import { parse, YAMLParseError } from 'yaml';
import { exerciseSchema, type Exercise } from './schema.ts';

/** One problem in a content file, to be printed as one readable line. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}: ${p.field ? `veld "${p.field}"` : 'bestand'}: ${p.message}`;
}

function pathToField(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('');
}

/**
 * Validates the text of one exercise file. Pure: the caller reads the file and
 * tells which lessons exist. Returns the parsed exercise or the problems found.
 */
export function validateExerciseText(
  file: string,
  source: string,
  lessonSlugs: ReadonlySet<string> | null,
): { exercise: Exercise | null; problems: ContentProblem[] } {
  let raw: unknown;
  try {
    raw = parse(source, { prettyErrors: true });
  } catch (error) {
    const message = error instanceof YAMLParseError
      ? `ongeldige YAML (regel ${error.linePos?.[0]?.line ?? '?'}): ${error.message.split('\n')[0]}`
      : `ongeldige YAML: ${String(error)}`;
    return { exercise: null, problems: [{ file, field: '', message }] };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { exercise: null, problems: [{ file, field: '', message: 'verwacht een YAML-object met velden als id, title en lesson' }] };
  }
  const result = exerciseSchema.safeParse(raw);
  if (!result.success) {
    return {
      exercise: null,
      problems: result.error.issues.map((issue) => ({
        file,
        field: pathToField(issue.path),
        message: issue.code === 'unrecognized_keys' ? `onbekend veld: ${issue.keys.join(', ')}` : issue.message,
      })),
    };
  }
  const exercise = result.data;
  const problems: ContentProblem[] = [];
  const expectedId = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  if (exercise.id !== expectedId) {
    problems.push({ file, field: 'id', message: `moet gelijk zijn aan de bestandsnaam ("${expectedId}")` });
  }
  if (lessonSlugs && !lessonSlugs.has(exercise.lesson)) {
    problems.push({
      file,
      field: 'lesson',
      message: `onbekende les "${exercise.lesson}"; bestaande lessen: ${[...lessonSlugs].sort().join(', ')}`,
    });
  }
  return { exercise: problems.length ? null : exercise, problems };
}
