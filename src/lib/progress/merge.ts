/**
 * Combining two progress states, e.g. the one in this browser and one from an
 * exported file ("Samenvoegen"). Per item the newest wins:
 * - a lesson read in either is read; the later `readAt` is kept;
 * - per exercise: the newer draft, the newer reflection, the later
 *   `modelAnswerSeen`; attempts are united (same time and text = one attempt),
 *   oldest first, at most `LIMITS.attemptsKept` (the newest);
 * - the later `lastVisited`.
 * Neither input is changed.
 */
import { dict, LIMITS, own, sortAttempts } from './schema.ts';
import type { AttemptRecord, ExerciseProgress, ProgressState, TimedText } from './types.ts';
import { CURRENT_VERSION } from './version.ts';

function newer<T extends { at: string }>(a: T | undefined, b: T | undefined): T | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.at > a.at ? b : a;
}

function later(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return b > a ? b : a;
}

function copyText(t: TimedText | undefined): TimedText | undefined {
  return t ? { text: t.text, at: t.at } : undefined;
}

function copyAttempt(a: AttemptRecord): AttemptRecord {
  return { at: a.at, text: a.text, statuses: dict(Object.entries(a.statuses)) };
}

export function copyExercise(e: ExerciseProgress): ExerciseProgress {
  return mergeExercise(e, undefined);
}

export function mergeExercise(a: ExerciseProgress | undefined, b: ExerciseProgress | undefined): ExerciseProgress {
  const seen = new Set<string>();
  const attempts: AttemptRecord[] = [];
  for (const attempt of [...(a?.attempts ?? []), ...(b?.attempts ?? [])]) {
    const key = `${attempt.at}\u0000${attempt.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    attempts.push(copyAttempt(attempt));
  }
  const result: ExerciseProgress = { attempts: sortAttempts(attempts).slice(-LIMITS.attemptsKept) };
  const draft = copyText(newer(a?.draft, b?.draft));
  if (draft) result.draft = draft;
  const reflection = copyText(newer(a?.reflection, b?.reflection));
  if (reflection) result.reflection = reflection;
  const seenAt = later(a?.modelAnswerSeen, b?.modelAnswerSeen);
  if (seenAt) result.modelAnswerSeen = seenAt;
  return result;
}

export function mergeProgress(a: ProgressState, b: ProgressState): ProgressState {
  const result: ProgressState = { version: CURRENT_VERSION, lessons: dict(), exercises: dict() };
  for (const slug of new Set([...Object.keys(a.lessons), ...Object.keys(b.lessons)])) {
    const readAt = later(own(a.lessons, slug)?.readAt, own(b.lessons, slug)?.readAt);
    if (readAt) result.lessons[slug] = { readAt };
  }
  for (const id of new Set([...Object.keys(a.exercises), ...Object.keys(b.exercises)])) {
    result.exercises[id] = mergeExercise(own(a.exercises, id), own(b.exercises, id));
  }
  const last = newer(a.lastVisited, b.lastVisited);
  if (last) result.lastVisited = { ...last };
  return result;
}

/** "Vervangen": the incoming state as it is (a copy). */
export function replaceProgress(_current: ProgressState, incoming: ProgressState): ProgressState {
  return mergeProgress(incoming, { version: CURRENT_VERSION, lessons: dict(), exercises: dict() });
}
