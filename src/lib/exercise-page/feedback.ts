import { STATUS_TEXT } from '../vocabulary/criterion-status.ts';
import type {
  CriterionView,
  EngineResult,
  ExerciseCriterionRef,
  IslandExercise,
  JudgeInput,
  Status,
} from './types.ts';

const STATUS_VALUE: Record<Status, number> = { met: 1, partial: 0.5, missing: 0 };

/** An exercise's own word limit for the `length` criterion, as the engine's option. */
function lengthOption(criteria: readonly ExerciseCriterionRef[]): Pick<JudgeInput, 'options'> {
  const maxWords = criteria.find((c) => c.id === 'length')?.maxWords;
  return maxWords ? { options: { length: { maxWords } } } : {};
}

/** The input for `judge()` built from an exercise and the trainee's text. */
export function buildJudgeInput(
  exercise: Pick<IslandExercise, 'client' | 'coach' | 'criteria'>,
  reply: string,
): JudgeInput {
  return {
    reply,
    clientMessage: exercise.client.message,
    clientName: exercise.client.name,
    coachName: exercise.coach.name,
    form: exercise.client.form,
    criteria: exercise.criteria.map((c) => c.id),
    ...lengthOption(exercise.criteria),
  };
}

/**
 * A pasted book is judged, highlighted and compared on its first JUDGE_LIMIT
 * characters (far longer than any message), so typing never waits for it.
 */
export const JUDGE_LIMIT = 12_000;

/** The part of the editor's text the feedback is about. */
export function judgedPart(text: string): string {
  return text.length > JUDGE_LIMIT ? text.slice(0, JUDGE_LIMIT) : text;
}

/** What a criterion says before the judge is loaded, or when it could not be. */
export const NOT_JUDGED_MESSAGE = 'Voor dit criterium is nog geen feedback beschikbaar.';

/**
 * The criteria as the page shows them: the engine's verdicts (already in the
 * exercise's order, labelled, with spans inside the text) with the exercise's
 * hint and weight. Without a result (judge not loaded yet, or failed) every
 * criterion is shown as not yet met, under its label from `labels`.
 */
export function mergeFeedback(
  refs: readonly ExerciseCriterionRef[],
  result: EngineResult | null,
  labels: Readonly<Record<string, string>> = {},
): CriterionView[] {
  const refById = new Map<string, ExerciseCriterionRef>(refs.map((ref) => [ref.id, ref]));
  const verdicts: readonly Omit<CriterionView, 'weight' | 'hint'>[] =
    result?.criteria ??
    refs.map((ref) => ({ id: ref.id, label: labels[ref.id] ?? ref.id, status: 'missing', message: NOT_JUDGED_MESSAGE, spans: [] }));
  return verdicts.map(({ id, label, status, message, spans }) => {
    const ref = refById.get(id);
    const view: CriterionView = { id, label, status, message, weight: ref?.weight ?? 1, spans };
    if (ref?.hint) view.hint = ref.hint;
    return view;
  });
}

export interface FeedbackSummary {
  met: number;
  partial: number;
  missing: number;
  total: number;
  /** Weighted score from 0 to 1: met counts fully, partial half. */
  score: number;
  allMet: boolean;
  /** For example "4 van 6 criteria in orde". */
  text: string;
}

export function summarize(views: readonly Pick<CriterionView, 'status' | 'weight'>[]): FeedbackSummary {
  let met = 0;
  let partial = 0;
  let missing = 0;
  let weighted = 0;
  let weights = 0;
  for (const v of views) {
    if (v.status === 'met') met++;
    else if (v.status === 'partial') partial++;
    else missing++;
    const w = v.weight > 0 ? v.weight : 1;
    weights += w;
    weighted += w * STATUS_VALUE[v.status];
  }
  const total = views.length;
  const score = weights > 0 ? weighted / weights : 0;
  const text = `${met} van ${total} ${total === 1 ? 'criterium' : 'criteria'} in orde`;
  return { met, partial, missing, total, score, allMet: total > 0 && met === total, text };
}

/** A slightly longer sentence for the live region and the visible summary. */
export function summarySentence(summary: FeedbackSummary): string {
  if (summary.total === 0) return 'Er zijn geen criteria voor deze oefening.';
  if (summary.allMet) return `${summary.text}. Mooi werk!`;
  const parts = [summary.text];
  if (summary.partial > 0) parts.push(`${summary.partial} deels`);
  return `${parts.join(', ')}.`;
}

export function statusesOf(views: readonly Pick<CriterionView, 'id' | 'status'>[]): Record<string, Status> {
  const out: Record<string, Status> = {};
  for (const v of views) out[v.id] = v.status;
  return out;
}

/** Criteria whose spans point at something to improve (not at something done well). */
const PROBLEM_SPAN_CRITERIA = new Set(['tone', 'readability']);

export function spansAreProblems(id: string, status: Status): boolean {
  return PROBLEM_SPAN_CRITERIA.has(id) && status !== 'met';
}

/**
 * What the live region says after the feedback changed: the criteria whose status
 * changed, then the summary. Null when no status changed (nothing to announce).
 */
export function announcementFor(
  previous: Readonly<Record<string, Status>> | null,
  views: readonly CriterionView[],
): string | null {
  const changed = previous ? views.filter((v) => previous[v.id] !== v.status) : views;
  if (previous && changed.length === 0) return null;
  const summary = summarySentence(summarize(views));
  if (!previous || changed.length > 3) return summary;
  const parts = changed.map((v) => `${v.label}: ${STATUS_TEXT[v.status].toLowerCase()}`);
  return `${parts.join('. ')}. ${summary}`;
}

/**
 * The criteria in reading order: what is still open (not met, or met only in
 * part) first, in the exercise's order; then what is met, each folded to one line.
 */
export function readingOrder<V extends Pick<CriterionView, 'status'>>(views: readonly V[]): { open: V[]; met: V[] } {
  return { open: views.filter((v) => v.status !== 'met'), met: views.filter((v) => v.status === 'met') };
}
