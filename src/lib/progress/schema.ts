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
import type { Status } from '../feedback/types.ts';
import { isStatus } from '../vocabulary/criterion-status.ts';
import type { AttemptRecord, ExerciseProgress, LastVisited, LessonProgress, ProgressState, TimedText, TrajectoryProgress, TrajectoryStepProgress } from './types.ts';
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
  /** Trajectories in one state. */
  trajectories: 200,
  /** Steps in one trajectory (numbered 1 to this). */
  steps: 99,
  /** Replies kept per step (the first sent and its revisions); older revisions are dropped, never the first. */
  repliesKept: 20,
} as const;

export interface Issue {
  /** Dotted path to the problem, e.g. `exercises.x.attempts.2.at`. */
  path: string;
  message: string;
}

/**
 * A lesson slug or exercise id as progress keeps it. Wider than the course's
 * own rules on purpose (Astro's slugs keep capitals-free Unicode letters and
 * underscores): progress never drops an item because of its name, and names
 * such as `constructor` or `__proto__` are plain data everywhere (records are
 * created without a prototype; see `dict`).
 */
const ITEM_ID = /^[\p{L}\p{N}_][\p{L}\p{N}_.-]*$/u;
const CRITERION = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * A deep copy of JSON data. Unlike structuredClone it also copies reactive
 * proxies (Svelte `$state`), which callers may hand in.
 */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * A record without a prototype: any string is a safe key (`constructor`,
 * `toString`, `__proto__` are ordinary entries, never inherited members).
 * Every record in a progress state is made with it.
 */
export function dict<T>(entries?: Iterable<readonly [string, T]>): Record<string, T> {
  const record = Object.create(null) as Record<string, T>;
  if (entries) for (const [key, value] of entries) record[key] = value;
  return record;
}

/** The record's own entry for `key` (never an inherited member such as `constructor`). */
export function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

export function emptyProgress(): ProgressState {
  return { version: CURRENT_VERSION, lessons: dict(), exercises: dict() };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A lesson slug or exercise id progress can keep (see `ITEM_ID`). */
export function isItemId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= LIMITS.id && ITEM_ID.test(value);
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

/** The issue message of a date after `CheckOptions.notAfter`. */
export const FUTURE_DATE = 'ligt in de toekomst';

export interface CheckOptions {
  /**
   * Refuse dates after this moment (ISO). Imports pass "now plus a day": a date
   * further ahead would win every later merge.
   */
  notAfter?: string;
}

class Walker {
  readonly issues: Issue[] = [];
  constructor(private readonly options: CheckOptions = {}) {}

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
    if (date === null) return this.fail(path, 'is geen geldige datum');
    const { notAfter } = this.options;
    if (notAfter !== undefined && date > notAfter) return this.fail(path, FUTURE_DATE);
    return date;
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
    const statuses = dict<Status>();
    for (const [id, status] of entries) {
      if (!isCriterionKey(id)) {
        this.fail(`${path}.statuses`, `bevat een onbekende sleutel`);
        continue;
      }
      if (!isStatus(status)) {
        this.fail(`${path}.statuses.${id}`, 'is geen geldige status');
        continue;
      }
      statuses[id] = status;
    }
    return { at, text, statuses };
  }

  lesson(value: unknown, path: string): LessonProgress | null {
    if (!isPlainObject(value)) return this.fail(path, 'is geen object');
    const readAt = this.date(value.readAt, `${path}.readAt`);
    return readAt === null ? null : { readAt };
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

  /** The replies of a step: oldest first; the first sent is always kept, then the newest revisions. */
  replies(value: unknown, path: string): AttemptRecord[] {
    const raw = value ?? [];
    if (!Array.isArray(raw)) {
      this.fail(path, 'is geen lijst');
      return [];
    }
    if (raw.length > LIMITS.attemptsMax) {
      this.fail(path, `heeft meer dan ${LIMITS.attemptsMax} antwoorden`);
      return [];
    }
    const replies: AttemptRecord[] = [];
    raw.forEach((r, i) => {
      const reply = this.attempt(r, `${path}.${i}`);
      if (reply) replies.push(reply);
    });
    return keepReplies(sortAttempts(replies));
  }

  step(value: unknown, path: string): TrajectoryStepProgress | null {
    if (!isPlainObject(value)) return this.fail(path, 'is geen object');
    const result: TrajectoryStepProgress = { replies: this.replies(value.replies, `${path}.replies`) };
    if (value.draft !== undefined) {
      const draft = this.timedText(value.draft, `${path}.draft`);
      if (draft) result.draft = draft;
    }
    if (value.modelSeen !== undefined) {
      const seen = this.date(value.modelSeen, `${path}.modelSeen`);
      if (seen) result.modelSeen = seen;
    }
    return result;
  }

  trajectory(value: unknown, path: string): TrajectoryProgress | null {
    if (!isPlainObject(value)) return this.fail(path, 'is geen object');
    const result: TrajectoryProgress = { steps: dict() };
    for (const [number, step] of this.entries(value.steps ?? {}, `${path}.steps`, LIMITS.steps) ?? []) {
      if (!isStepNumber(number)) {
        this.fail(`${path}.steps`, 'bevat een ongeldig stapnummer');
        continue;
      }
      const parsed = this.step(step, `${path}.steps.${number}`);
      if (parsed) result.steps[number] = parsed;
    }
    if (value.reflection !== undefined) {
      const reflection = this.timedText(value.reflection, `${path}.reflection`);
      if (reflection) result.reflection = reflection;
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
      if (!isItemId(slug)) {
        this.fail('lessons', 'bevat een ongeldige lesnaam');
        continue;
      }
      const parsed = this.lesson(lesson, `lessons.${slug}`);
      if (parsed) state.lessons[slug] = parsed;
    }
    const exercises = this.entries(value.exercises ?? {}, 'exercises', LIMITS.exercises) ?? [];
    for (const [id, exercise] of exercises) {
      if (!isItemId(id)) {
        this.fail('exercises', 'bevat een ongeldige oefeningnaam');
        continue;
      }
      const parsed = this.exercise(exercise, `exercises.${id}`);
      if (parsed) state.exercises[id] = parsed;
    }
    if (value.trajectories !== undefined) {
      const trajectories = dict<TrajectoryProgress>();
      for (const [id, trajectory] of this.entries(value.trajectories, 'trajectories', LIMITS.trajectories) ?? []) {
        if (!isItemId(id)) {
          this.fail('trajectories', 'bevat een ongeldige trajectnaam');
          continue;
        }
        const parsed = this.trajectory(trajectory, `trajectories.${id}`);
        if (parsed && !isEmptyTrajectory(parsed)) trajectories[id] = parsed;
      }
      if (Object.keys(trajectories).length > 0) state.trajectories = trajectories;
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

/** A step number as progress keeps it: "1" to "99". */
export function isStepNumber(value: string): boolean {
  return /^[1-9][0-9]?$/.test(value);
}

/** The replies of a step to keep (sorted input): the first sent and the newest revisions, at most `LIMITS.repliesKept`. */
export function keepReplies(sorted: AttemptRecord[]): AttemptRecord[] {
  if (sorted.length <= LIMITS.repliesKept) return sorted;
  return [sorted[0]!, ...sorted.slice(-(LIMITS.repliesKept - 1))];
}

export function isEmptyTrajectory(t: TrajectoryProgress): boolean {
  return !t.reflection && Object.values(t.steps).every((s) => s.replies.length === 0 && !s.draft && !s.modelSeen);
}

export function sortAttempts(attempts: AttemptRecord[]): AttemptRecord[] {
  return [...attempts].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/**
 * Checks a value against the current progress shape (the `version` field is
 * not checked here; see `migrations.ts`). Returns the normalised state built
 * from the valid parts, and the issues found.
 */
export function checkProgress(value: unknown, options: CheckOptions = {}): { state: ProgressState; issues: Issue[] } {
  const walker = new Walker(options);
  const state = walker.progress(value);
  return { state, issues: walker.issues };
}

/** Strict: valid only when nothing had to be dropped. */
export function validateProgress(value: unknown, options: CheckOptions = {}): { ok: true; state: ProgressState } | { ok: false; issue: Issue } {
  const { state, issues } = checkProgress(value, options);
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

/** The kinds of item stored under their own key (see `keys.ts`). */
export interface ItemShapes {
  lesson: LessonProgress;
  draft: TimedText;
  reflection: TimedText;
  seen: { at: string };
  attempt: AttemptRecord;
  last: LastVisited;
  stepDraft: TimedText;
  stepSeen: { at: string };
  reply: AttemptRecord;
  trajReflection: TimedText;
}

export type ItemKind = keyof ItemShapes;

/**
 * Checks one stored item. `value` is what could be kept (null when nothing),
 * `issues` what had to be dropped: an item with issues is backed up before its
 * salvaged value replaces it.
 */
export function checkItem<K extends ItemKind>(kind: K, raw: unknown): { value: ItemShapes[K] | null; issues: Issue[] } {
  const walker = new Walker();
  let value: unknown;
  switch (kind) {
    case 'lesson':
      value = walker.lesson(raw, kind);
      break;
    case 'draft':
    case 'reflection':
    case 'stepDraft':
    case 'trajReflection':
      value = walker.timedText(raw, kind);
      break;
    case 'seen':
    case 'stepSeen': {
      const at = isPlainObject(raw) ? walker.date(raw.at, `${kind}.at`) : walker.fail(kind, 'is geen object');
      value = at === null ? null : { at };
      break;
    }
    case 'attempt':
    case 'reply':
      value = walker.attempt(raw, kind);
      break;
    case 'last':
      value = walker.lastVisited(raw, kind);
      break;
  }
  return { value: (value ?? null) as ItemShapes[K] | null, issues: walker.issues };
}
