/**
 * Checking a file a trainee (or trainer) opens before anything is done with
 * it. The file is treated as hostile: its size is checked before it is read,
 * its nesting depth before it is parsed, then its format, version and every
 * field (see `schema.ts`). Strings stay strings: nothing in a file is ever
 * interpreted as markup or code. Reasons are in Dutch for the page to show.
 */
import { interpretProgress } from './migrations.ts';
import { isPlainObject, normaliseDate } from './schema.ts';
import { summarizeProgress, type ProgressSummary } from './status.ts';
import { EXPORT_FORMAT } from './export.ts';
import type { ProgressState } from './types.ts';
import { CURRENT_VERSION } from './version.ts';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
/** Deepest nesting of objects/arrays a valid file needs is 6; leave room. */
export const MAX_JSON_DEPTH = 12;

export const IMPORT_REASONS = {
  tooBig: 'Het bestand is te groot (max. 2 MB).',
  empty: 'Het bestand is leeg.',
  unreadable: 'Het bestand kon niet worden gelezen. Probeer het opnieuw.',
  notKlik: 'Dit bestand is geen Klik-voortgangsbestand.',
  notJson: 'Dit bestand is geen Klik-voortgangsbestand: het is geen geldig JSON-bestand.',
  tooDeep: 'Dit bestand is geen Klik-voortgangsbestand: de inhoud is te diep genest.',
  badVersion: 'Dit bestand is geen Klik-voortgangsbestand: het versienummer klopt niet.',
  future: (v: number) =>
    `Dit bestand is gemaakt met een nieuwere versie van Klik (bestandsversie ${v}). Gebruik de nieuwste versie van de cursus en probeer het dan opnieuw.`,
  damaged: (where: string) => `Dit bestand is beschadigd: een deel van de voortgang klopt niet (${where}). Er is niets veranderd.`,
} as const;

export interface ImportedFile {
  version: number;
  exportedAt?: string;
  courseVersion?: string;
  progress: ProgressState;
  summary: ProgressSummary;
}

export type ImportResult = { ok: true; file: ImportedFile } | { ok: false; reason: string };

/** The deepest nesting of `{`/`[` in a JSON text, ignoring strings; stops early past `limit`. */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return max;
}

const fail = (reason: string): ImportResult => ({ ok: false, reason });

/** Checks the text of an export file. */
export function parseImportText(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return fail(IMPORT_REASONS.tooBig);
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return fail(IMPORT_REASONS.empty);
  if (jsonDepth(trimmed, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) return fail(IMPORT_REASONS.tooDeep);
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return fail(IMPORT_REASONS.notJson);
  }
  if (!isPlainObject(value) || value.format !== EXPORT_FORMAT || !isPlainObject(value.progress)) {
    return fail(IMPORT_REASONS.notKlik);
  }
  const { version } = value;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail(IMPORT_REASONS.badVersion);
  if (version > CURRENT_VERSION) return fail(IMPORT_REASONS.future(version));

  const progress = value.progress;
  const progressVersion = progress.version ?? version;
  if (typeof progressVersion === 'number' && progressVersion > CURRENT_VERSION) return fail(IMPORT_REASONS.future(progressVersion));
  const interpreted = interpretProgress({ ...progress, version: progressVersion });
  if (interpreted.kind === 'future') return fail(IMPORT_REASONS.future(interpreted.version));
  if (interpreted.kind === 'invalid') return fail(IMPORT_REASONS.damaged(interpreted.issue.path || 'progress'));

  const file: ImportedFile = { version, progress: interpreted.state, summary: summarizeProgress(interpreted.state) };
  const exportedAt = normaliseDate(value.exportedAt);
  if (exportedAt) file.exportedAt = exportedAt;
  if (typeof value.courseVersion === 'string' && value.courseVersion.length <= 50) file.courseVersion = value.courseVersion;
  return { ok: true, file };
}

/** The part of `File`/`Blob` used here. */
export interface FileLike {
  size: number;
  text(): Promise<string>;
}

/** Checks an uploaded file: the size first, before reading a byte. */
export async function readImportFile(file: FileLike): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) return fail(IMPORT_REASONS.tooBig);
  if (file.size === 0) return fail(IMPORT_REASONS.empty);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fail(IMPORT_REASONS.unreadable);
  }
  return parseImportText(text);
}
