/**
 * Combining two progress states, e.g. the one in this browser and one from an
 * exported file ("Samenvoegen"). Per item the newest wins:
 * - a lesson read in either is read; the later `readAt` is kept;
 * - per exercise: the newer draft, the newer reflection, the later
 *   `modelAnswerSeen`; attempts are united (same time and text = one attempt),
 *   oldest first, at most `LIMITS.attemptsKept` (the newest);
 * - per trajectory step: the newer draft, the later `modelSeen`, the replies
 *   united like attempts (the first sent is kept, then the newest revisions);
 *   the newer reflection of the trajectory;
 * - the later `lastVisited`.
 * Neither input is changed.
 */
import { dict, keepReplies, LIMITS, own, sortAttempts } from './schema.ts';
import type { AttemptRecord, ExerciseProgress, ProgressState, TimedText, TrajectoryProgress, TrajectoryStepProgress } from './types.ts';
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

/** Attempts or replies of both, same time and text once, oldest first. */
function unite(a: readonly AttemptRecord[], b: readonly AttemptRecord[]): AttemptRecord[] {
  const seen = new Set<string>();
  const out: AttemptRecord[] = [];
  for (const attempt of [...a, ...b]) {
    const key = `${attempt.at}\u0000${attempt.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(copyAttempt(attempt));
  }
  return sortAttempts(out);
}

export function mergeStep(a: TrajectoryStepProgress | undefined, b: TrajectoryStepProgress | undefined): TrajectoryStepProgress {
  const result: TrajectoryStepProgress = { replies: keepReplies(unite(a?.replies ?? [], b?.replies ?? [])) };
  const draft = copyText(newer(a?.draft, b?.draft));
  if (draft) result.draft = draft;
  const seenAt = later(a?.modelSeen, b?.modelSeen);
  if (seenAt) result.modelSeen = seenAt;
  return result;
}

export function mergeTrajectory(a: TrajectoryProgress | undefined, b: TrajectoryProgress | undefined): TrajectoryProgress {
  const result: TrajectoryProgress = { steps: dict() };
  const numbers = new Set([...Object.keys(a?.steps ?? {}), ...Object.keys(b?.steps ?? {})]);
  for (const n of [...numbers].sort((x, y) => Number(x) - Number(y))) result.steps[n] = mergeStep(own(a?.steps, n), own(b?.steps, n));
  const reflection = copyText(newer(a?.reflection, b?.reflection));
  if (reflection) result.reflection = reflection;
  return result;
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
  const trajectoryIds = new Set([...Object.keys(a.trajectories ?? {}), ...Object.keys(b.trajectories ?? {})]);
  if (trajectoryIds.size > 0) {
    result.trajectories = dict();
    for (const id of trajectoryIds) result.trajectories[id] = mergeTrajectory(own(a.trajectories, id), own(b.trajectories, id));
  }
  const last = newer(a.lastVisited, b.lastVisited);
  if (last) result.lastVisited = { ...last };
  return result;
}

/** "Vervangen": the incoming state as it is (a copy). */
export function replaceProgress(_current: ProgressState, incoming: ProgressState): ProgressState {
  return mergeProgress(incoming, { version: CURRENT_VERSION, lessons: dict(), exercises: dict() });
}
