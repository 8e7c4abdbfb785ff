import { bestReplyExerciseSchema, EXERCISE_KINDS, writingExerciseSchema } from './schema.ts';

/**
 * Describes the exercise file format from the schema itself, so the trainer
 * documentation (README, /over/) cannot drift from what the build accepts.
 */
export interface FieldDoc {
  field: string;
  type: string;
  required: boolean;
  description: string;
}

// Zod 4 keeps the kind of a schema in `_zod.def`; only the kinds the exercise schema uses are handled.
interface Def {
  type: string;
  innerType?: Schema;
  element?: Schema;
  out?: Schema;
  shape?: Record<string, Schema>;
  entries?: Record<string, string>;
  values?: readonly unknown[];
  defaultValue?: unknown;
}
interface Schema {
  _zod: { def: Def };
  description?: string;
  shape?: Record<string, Schema>;
}

function unwrap(schema: Schema): { schema: Schema; required: boolean; fallback?: unknown } {
  let current = schema;
  let required = true;
  let fallback: unknown;
  for (;;) {
    const def = current._zod.def;
    if (def.type === 'optional' && def.innerType) {
      required = false;
      current = def.innerType;
    } else if (def.type === 'default' && def.innerType) {
      required = false;
      fallback = def.defaultValue;
      current = def.innerType;
    } else if (def.type === 'pipe' && def.out) {
      current = def.out;
    } else {
      return { schema: current, required, fallback };
    }
  }
}

function typeName(schema: Schema): string {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
      return 'tekst';
    case 'number':
      return 'getal';
    case 'enum':
      return Object.values(def.entries ?? {}).join(' \\| ');
    case 'literal':
      return (def.values ?? []).map(String).join(' \\| ');
    case 'boolean':
      return 'true \\| false';
    case 'object':
      return 'object';
    case 'array':
      return 'lijst';
    default:
      return def.type;
  }
}

function walk(schema: Schema, prefix: string, out: FieldDoc[], parentDescription = ''): void {
  const shape = schema.shape ?? schema._zod.def.shape ?? {};
  for (const [key, child] of Object.entries(shape)) {
    const { schema: inner, required, fallback } = unwrap(child);
    const field = prefix + key;
    const description = child.description ?? inner.description ?? parentDescription;
    const def = inner._zod.def;
    out.push({
      field,
      type: def.type === 'array' ? `lijst van ${def.element && unwrap(def.element).schema._zod.def.type === 'object' ? 'objecten' : 'waarden'}` : typeName(inner),
      required,
      description: fallback === undefined ? description : `${description} Standaard: ${String(fallback)}${/[.?!]$/.test(String(fallback)) ? '' : '.'}`,
    });
    if (def.type === 'object') walk(inner, `${field}.`, out);
    if (def.type === 'array' && def.element) {
      const element = unwrap(def.element).schema;
      if (element._zod.def.type === 'object') walk(element, `${field}[].`, out);
    }
  }
}

/** The fields of any content schema built like the exercise schema (also used for trajectories). */
export function schemaFields(schema: unknown): FieldDoc[] {
  const out: FieldDoc[] = [];
  walk(schema as Schema, '', out);
  return out;
}

/** A field table as Markdown. */
export function fieldsMarkdown(fields: readonly FieldDoc[]): string {
  const rows = fields.map(
    (f) => `| \`${f.field}\` | ${f.type} | ${f.required ? 'ja' : 'nee'} | ${f.description.replaceAll('|', '\\|')} |`,
  );
  return ['| Veld | Soort | Verplicht | Betekenis |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** A complete example file for the README: a heading naming the file, then its YAML. */
export function exampleMarkdown(file: string, yaml: string): string {
  return [`### A complete example (\`${file}\`)`, '', '```yaml', yaml.trimEnd(), '```'].join('\n');
}

/** The fields of a writing exercise; `kind` lists every kind, best-reply included. */
export function exerciseFields(): FieldDoc[] {
  return schemaFields(writingExerciseSchema).map((f) => (f.field === 'kind' ? { ...f, type: EXERCISE_KINDS.join(' \\| ') } : f));
}

/** The fields of a best-reply exercise ("Kies de beste reactie"). */
export function bestReplyFields(): FieldDoc[] {
  return schemaFields(bestReplyExerciseSchema);
}

/** The field table as Markdown, for the README. */
export function exerciseFieldsMarkdown(): string {
  return fieldsMarkdown(exerciseFields());
}

/** The best-reply field table as Markdown, for the README. */
export function bestReplyFieldsMarkdown(): string {
  return fieldsMarkdown(bestReplyFields());
}
