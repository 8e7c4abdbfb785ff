/**
 * Bringing stored or imported progress of any earlier version to the current
 * shape.
 *
 * Version history
 * ---------------
 * v1 (the first prototype; also assumed when an object has `lessonsRead` but
 *    no `version`):
 *    ```ts
 *    {
 *      version: 1,
 *      lessonsRead: string[],                  // lesson slugs, no dates
 *      drafts?: Record<string, string>,        // exercise id → draft text, no date
 *      updatedAt?: string,                     // ISO, last time anything was saved
 *    }
 *    ```
 * v2: lessons with `readAt`, exercises with draft/attempts/reflection/
 *    modelAnswerSeen, `lastVisited`.
 * v3 (current, see `types.ts` `ProgressState`): v2 and `trajectories`
 *    (per trajectory its steps, each with draft, sent replies and modelSeen, and
 *    a reflection), present only when a trajectory was started. Everything of
 *    v2 is kept as it was.
 *
 * Each step `MIGRATIONS[n]` turns a version-n object into a version-(n+1)
 * object. Steps only reshape; `schema.ts` validates the result.
 */
import { checkProgress, dict, isItemId, isPlainObject, normaliseDate, type Issue } from './schema.ts';
import type { ProgressState } from './types.ts';
import { CURRENT_VERSION } from './version.ts';

export { CURRENT_VERSION };

export interface MigrationContext {
  /** Used when an old version has no date for something that now needs one. */
  now: string;
  /** Refuse dates after this moment (see `CheckOptions`). */
  notAfter?: string;
}

type Step = (old: Record<string, unknown>, ctx: MigrationContext) => Record<string, unknown>;

export const MIGRATIONS: Record<number, Step> = {
  1: (old, ctx) => {
    const at = normaliseDate(old.updatedAt) ?? ctx.now;
    const lessons = dict<{ readAt: string }>();
    if (Array.isArray(old.lessonsRead)) {
      for (const slug of old.lessonsRead) {
        if (isItemId(slug)) lessons[slug] = { readAt: at };
      }
    }
    const exercises = dict<{ attempts: never[]; draft: { text: string; at: string } }>();
    if (isPlainObject(old.drafts)) {
      for (const [id, text] of Object.entries(old.drafts)) {
        if (isItemId(id) && typeof text === 'string' && text.trim() !== '') {
          exercises[id] = { attempts: [], draft: { text, at } };
        }
      }
    }
    return { version: 2, lessons, exercises };
  },
  // Version 2 knew no trajectories: everything stays as it was, only the version moves.
  2: (old) => ({ ...old, version: 3 }),
};

/**
 * The version the content of a value looks like, whatever it claims: 1 when it
 * has the v1 list `lessonsRead` (or `drafts`), 2 when it has `lessons`,
 * `exercises` or `trajectories` records (the shape of version 2 and later),
 * null when it has neither (an empty value fits any).
 */
export function shapeVersion(value: Record<string, unknown>): 1 | 2 | null {
  const v1 = value.lessonsRead !== undefined || value.drafts !== undefined;
  const v2 = value.lessons !== undefined || value.exercises !== undefined || value.lastVisited !== undefined || value.trajectories !== undefined;
  if (v1 && !v2) return 1;
  if (v2 && !v1) return 2;
  return null;
}

/** The version a stored value claims, or null when it has none we recognise. */
export function detectVersion(value: unknown): number | null {
  if (!isPlainObject(value)) return null;
  const { version } = value;
  if (version === undefined) return Array.isArray(value.lessonsRead) ? 1 : null;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return null;
  return version;
}

export type Interpretation =
  /** Valid; `migratedFrom` is set when an older version was upgraded. */
  | { kind: 'ok'; state: ProgressState; migratedFrom?: number }
  /** Made by a newer Klik; `salvaged` holds the parts this version understands. */
  | { kind: 'future'; version: number; salvaged: ProgressState }
  /** Not progress, or progress with broken parts; `salvaged` holds the valid parts. */
  | { kind: 'invalid'; issue: Issue; salvaged: ProgressState };

/**
 * Reads any parsed JSON value as progress: detects its version, migrates it
 * step by step to the current version and validates the result.
 */
export function interpretProgress(value: unknown, ctx: MigrationContext = { now: new Date().toISOString() }): Interpretation {
  const version = detectVersion(value);
  if (version === null) {
    return { kind: 'invalid', issue: { path: 'version', message: 'ontbreekt of is ongeldig' }, salvaged: checkProgress(value).state };
  }
  if (version > CURRENT_VERSION) {
    return { kind: 'future', version, salvaged: checkProgress(value).state };
  }
  let current = value as Record<string, unknown>;
  // Version and content must agree: a "version 1" value with version-2 data
  // would otherwise migrate to nothing (and "Vervangen" would wipe progress).
  const shape = shapeVersion(current);
  if (shape !== null && (shape === 1) !== (version === 1)) {
    const asShaped = interpretProgress({ ...current, version: shape }, ctx);
    return {
      kind: 'invalid',
      issue: { path: 'version', message: `is ${version}, maar de inhoud is van versie ${shape}` },
      salvaged: asShaped.kind === 'ok' ? asShaped.state : asShaped.salvaged,
    };
  }
  for (let v = version; v < CURRENT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) {
      return { kind: 'invalid', issue: { path: 'version', message: `versie ${v} kan niet worden omgezet` }, salvaged: checkProgress(value).state };
    }
    current = step(current, ctx);
  }
  const { state, issues } = checkProgress(current, ctx.notAfter === undefined ? {} : { notAfter: ctx.notAfter });
  const first = issues[0];
  if (first) return { kind: 'invalid', issue: first, salvaged: state };
  return version < CURRENT_VERSION ? { kind: 'ok', state, migratedFrom: version } : { kind: 'ok', state };
}
