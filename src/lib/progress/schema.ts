/**
 * Validation of progress data that comes from outside the running code: what
 * localStorage holds and what a trainee imports. Hand-written guards (no zod)
 * so the check is small enough for every island and strict about limits.
 *
 * `checkProgress` walks a value once. Invalid items are dropped and reported
 * as issues, so the same walk serves two uses:
 * - strict (import): any issue means the file is refused;
 * - lenient (recovering corrupt storage): keep whatever was valid.
 */
import type { AttemptRecord, CriterionStatus, ExerciseProgress, LastVisited, ProgressState, TimedText } from './types.ts';
import { CURRENT_VERSION } from './version.ts';
import { isSafeSitePath } from '../url.ts';

export const LIMITS = {
  /** Characters in one trainee text (draft, attempt, reflection). */
  text: 50_000,
  /** Characters in a title. */
  title: 300,
  /** Characters in a stored site path. */
  path: 500,
  /** Characters in a lesson slug, exercise id or criterion id. */
  id: 100,
  /** Lessons in one state. */
  lessons: 500,
  /** Exercises in one state. */
  exercises: 500,
  /** Attempts kept per exercise; older ones are dropped (newest kept). */
  attemptsKept: 100,
  /** Attempts per exercise above which a value is refused outright. */
  attemptsMax: 1_000,
  /** Criteria in one attempt. */
  statuses: 50,
} as const;

export interface Issue {
  /** Dotted path to the problem, e.g. `exercises.x.attempts.2.at`. */
  path: string;
  message: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CRITERION = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const STATUSES: readonly string[] = ['met', 'partial', 'missing'] satisfies CriterionStatus[];

/**
 * A deep copy of JSON data. Unlike structuredClone it also copies reactive
 * proxies (Svelte `$state`), which callers may hand in.
 */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function emptyProgress(): ProgressState {
  return { version: CURRENT_VERSION, lessons: {}, exercises: {} };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= LIMITS.id && SLUG.test(value);
}

export function isCriterionKey(value: unknown): value is string {
  return typeof value === 'string' && value.length <= LIMITS.id && CRITERION.test(value);
}

/** A date string that parses; returned normalised to `toISOString()`, else null. */
export function normaliseDate(value: unknown): string | null {
  if (typeof value !== 'string' || value.length < 10 || value.length > 40) return null;
  const time = Date.parse(value);
  if (!Number.isFinite(time)) return null;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  if (year < 2000 || year > 9999) return null;
  return date.toISOString();
}

class Walker {
  readonly issues: Issue[] = [];
  fail(path: string, message: string): null {
    this.issues.push({ path, message });
    return null;
  }

  text(value: unknown, path: string, max: number = LIMITS.text): string | null {
    if (typeof value !== 'string') return this.fail(path, 'is geen tekst');
    if (value.length > max) return this.fail(path, `is langer dan ${max} tekens`);
    return value;
  }

  date(value: unknown, path: string): string | null {
    const date = normaliseDate(value);
    return date ?? this.fail(path, 'is geen geldige datum');
  }

  /** Own enumerable entries of a plain object, with a size limit. */
  entries(value: unknown, path: string, max: number): [string, unknown][] | null {
    if (!isPlainObject(value)) return this.fail(path, 'is geen object');
    const keys = Object.keys(value);
    if (keys.length > max) return this.fail(path, `heeft meer dan ${max} onderdelen`);
    return keys.map((k) => [k, value[k]]);
  }

  timedText(value: unknown, path: string): TimedText | null {
    if (!isPlainObject(value)) return this.fail(path, 'is geen object');
    const text = this.text(value.text, `${path}.text`);
    const at = this.date(value.at, `${path}.at`);
    return text === null || at === null ? null : { text, at };
  }

  attempt(value: unknown, path: string): AttemptRecord | null {
    if (!isPlainObject(value)) return this.fail(path, 'is geen object');
    const at = this.date(value.at, `${path}.at`);
    const text = this.text(value.text, `${path}.text`);
    const entries = this.entries(value.statuses, `${path}.statuses`, LIMITS.statuses);
    if (at === null || text === null || entries === null) return null;
    const statuses: Record<string, CriterionStatus> = {};
    for (const [id, status] of entries) {
      if (!isCriterionKey(id)) {
        this.fail(`${path}.statuses`, `bevat een onbekende sleutel`);
        continue;
      }
      if (typeof status !== 'string' || !STATUSES.includes(status)) {
        this.fail(`${path}.statuses.${id}`, 'is geen geldige status');
        continue;
      }
      statuses[id] = status as CriterionStatus;
    }
    return { at, text, statuses };
  }

  exercise(value: unknown, path: string): ExerciseProgress | null {
    if (!isPlainObject(value)) return this.fail(path, 'is geen object');
    const result: ExerciseProgress = { attempts: [] };
    const rawAttempts = value.attempts ?? [];
    if (!Array.isArray(rawAttempts)) {
      this.fail(`${path}.attempts`, 'is geen lijst');
    } else if (rawAttempts.length > LIMITS.attemptsMax) {
      this.fail(`${path}.attempts`, `heeft meer dan ${LIMITS.attemptsMax} pogingen`);
    } else {
      rawAttempts.forEach((a, i) => {
        const attempt = this.attempt(a, `${path}.attempts.${i}`);
        if (attempt) result.attempts.push(attempt);
      });
      result.attempts = sortAttempts(result.attempts).slice(-LIMITS.attemptsKept);
    }
    if (value.draft !== undefined) {
      const draft = this.timedText(value.draft, `${path}.draft`);
      if (draft) result.draft = draft;
    }
    if (value.reflection !== undefined) {
      const reflection = this.timedText(value.reflection, `${path}.reflection`);
      if (reflection) result.reflection = reflection;
    }
    if (value.modelAnswerSeen !== undefined) {
      const seen = this.date(value.modelAnswerSeen, `${path}.modelAnswerSeen`);
      if (seen) result.modelAnswerSeen = seen;
    }
    return result;
  }

  lastVisited(value: unknown, path: string): LastVisited | null {
    if (!isPlainObject(value)) return this.fail(path, 'is geen object');
    const p = this.text(value.path, `${path}.path`, LIMITS.path);
    const title = this.text(value.title, `${path}.title`, LIMITS.title);
    const at = this.date(value.at, `${path}.at`);
    if (p === null || title === null || at === null) return null;
    if (!isSafeSitePath(p)) return this.fail(`${path}.path`, 'is geen pad binnen de cursus');
    return { path: p, title, at };
  }

  progress(value: unknown): ProgressState {
    const state = emptyProgress();
    if (!isPlainObject(value)) {
      this.fail('', 'is geen object');
      return state;
    }
    const lessons = this.entries(value.lessons ?? {}, 'lessons', LIMITS.lessons) ?? [];
    for (const [slug, lesson] of lessons) {
      const path = `lessons.${slug}`;
      if (!isSlug(slug)) {
        this.fail('lessons', 'bevat een ongeldige lesnaam');
        continue;
      }
      if (!isPlainObject(lesson)) {
        this.fail(path, 'is geen object');
        continue;
      }
      const readAt = this.date(lesson.readAt, `${path}.readAt`);
      if (readAt) state.lessons[slug] = { readAt };
    }
    const exercises = this.entries(value.exercises ?? {}, 'exercises', LIMITS.exercises) ?? [];
    for (const [id, exercise] of exercises) {
      if (!isSlug(id)) {
        this.fail('exercises', 'bevat een ongeldige oefeningnaam');
        continue;
      }
      const parsed = this.exercise(exercise, `exercises.${id}`);
      if (parsed) state.exercises[id] = parsed;
    }
    if (value.lastVisited !== undefined) {
      const last = this.lastVisited(value.lastVisited, 'lastVisited');
      if (last) state.lastVisited = last;
    }
    return state;
  }
}

/** A path inside the course, relative to the base path (see `src/lib/url.ts`). */
export { isSafeSitePath };

export function sortAttempts(attempts: AttemptRecord[]): AttemptRecord[] {
  return [...attempts].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/**
 * Checks a value against the current progress shape (the `version` field is
 * not checked here; see `migrations.ts`). Returns the normalised state built
 * from the valid parts, and the issues found.
 */
export function checkProgress(value: unknown): { state: ProgressState; issues: Issue[] } {
  const walker = new Walker();
  const state = walker.progress(value);
  return { state, issues: walker.issues };
}

/** Strict: valid only when nothing had to be dropped. */
export function validateProgress(value: unknown): { ok: true; state: ProgressState } | { ok: false; issue: Issue } {
  const { state, issues } = checkProgress(value);
  const first = issues[0];
  return first ? { ok: false, issue: first } : { ok: true, state };
}

/** Lenient: whatever could be kept; never throws. */
export function salvageProgress(value: unknown): ProgressState {
  try {
    return checkProgress(value).state;
  } catch {
    return emptyProgress();
  }
}
