/**
 * Checking a file a trainee (or trainer) opens before anything is done with
 * it. The file is treated as hostile: its size is checked before it is read,
 * its nesting depth before it is parsed, then its format, version and every
 * field (see `schema.ts`). Strings stay strings: nothing in a file is ever
 * interpreted as markup or code. Reasons are in Dutch for the page to show.
 */
import { interpretProgress } from './migrations.ts';
import { FUTURE_DATE, isPlainObject, normaliseDate } from './schema.ts';
import { isEmptyProgress, summarizeProgress, type ProgressSummary } from './status.ts';
import { EXPORT_FORMAT } from './export.ts';
import type { CourseIdentity, ProgressState } from './types.ts';
import { CURRENT_VERSION } from './version.ts';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
/** Deepest nesting of objects/arrays a valid file needs is 6; leave room. */
export const MAX_JSON_DEPTH = 12;
/** Dates this far ahead of the clock are refused (a wrong clock by a few hours is not). */
export const FUTURE_MARGIN_MS = 24 * 60 * 60 * 1000;

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
  versionMismatch: (claimed: number) =>
    `Dit bestand klopt niet: het zegt versie ${claimed} te zijn, maar de voortgang erin is van een andere versie. Er is niets veranderd.`,
  futureDate: (where: string) =>
    `Dit bestand bevat een datum die meer dan een dag in de toekomst ligt (${where}). Misschien stond de klok van het apparaat verkeerd. Er is niets veranderd.`,
} as const;

export interface ImportedFile {
  version: number;
  exportedAt?: string;
  courseVersion?: string;
  /** The course that made the file; absent in files from before it was recorded. */
  course?: CourseIdentity;
  progress: ProgressState;
  summary: ProgressSummary;
  /** Nothing in it: no lesson, exercise or last visited page. */
  empty: boolean;
}

export interface ImportOptions {
  /** The clock, for tests; dates more than a day after it are refused. */
  now?: string;
}

/**
 * Whether a file belongs to this course: `same`, `other` (ask before using
 * it), or `unknown` (an older file that does not say).
 */
export function courseMatch(file: Pick<ImportedFile, 'course'>, ours: CourseIdentity): 'same' | 'other' | 'unknown' {
  if (!file.course) return 'unknown';
  return file.course.id === ours.id ? 'same' : 'other';
}

function readCourse(value: unknown): CourseIdentity | undefined {
  if (!isPlainObject(value)) return undefined;
  const { id, title } = value;
  if (typeof id !== 'string' || id.trim() === '' || id.length > 100) return undefined;
  if (typeof title !== 'string' || title.length > 300) return undefined;
  return { id, title };
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
export function parseImportText(text: string, options: ImportOptions = {}): ImportResult {
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
  const now = options.now ?? new Date().toISOString();
  const notAfter = new Date(Date.parse(now) + FUTURE_MARGIN_MS).toISOString();
  const interpreted = interpretProgress({ ...progress, version: progressVersion }, { now, notAfter });
  if (interpreted.kind === 'future') return fail(IMPORT_REASONS.future(interpreted.version));
  if (interpreted.kind === 'invalid') {
    const { path, message } = interpreted.issue;
    if (path === 'version') return fail(message.includes('inhoud') ? IMPORT_REASONS.versionMismatch(typeof progressVersion === 'number' ? progressVersion : version) : IMPORT_REASONS.badVersion);
    if (message === FUTURE_DATE) return fail(IMPORT_REASONS.futureDate(path));
    return fail(IMPORT_REASONS.damaged(path || 'progress'));
  }

  const state = interpreted.state;
  const file: ImportedFile = { version, progress: state, summary: summarizeProgress(state), empty: isEmptyProgress(state) };
  const exportedAt = normaliseDate(value.exportedAt);
  if (exportedAt) file.exportedAt = exportedAt;
  if (typeof value.courseVersion === 'string' && value.courseVersion.length <= 50) file.courseVersion = value.courseVersion;
  const course = readCourse(value.course);
  if (course) file.course = course;
  return { ok: true, file };
}

/** The part of `File`/`Blob` used here. */
export interface FileLike {
  size: number;
  text(): Promise<string>;
}

/** Checks an uploaded file: the size first, before reading a byte. */
export async function readImportFile(file: FileLike, options: ImportOptions = {}): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) return fail(IMPORT_REASONS.tooBig);
  if (file.size === 0) return fail(IMPORT_REASONS.empty);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fail(IMPORT_REASONS.unreadable);
  }
  return parseImportText(text, options);
}
