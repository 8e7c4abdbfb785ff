/**
 * "Kies de beste reactie": the logic of a choice, without a browser. A choice is
 * kept in the progress as an ordinary attempt (see `src/lib/progress/`): its text
 * is the chosen reply, its one status says whether that was the best one. So the
 * versioned progress state, its export and import stay as they are, and the
 * exercise counts as done ("In orde") once the best reply was chosen.
 */
import type { AnyExercise, BestReplyOption } from '../exercise-files/schema.ts';
import type { Status } from '../feedback/types.ts';

/** The status key of a best-reply attempt (a criterion-like id; not one of the engine's). */
export const BEST_REPLY_KEY = 'beste-reactie';

/** The Dutch label of that key, for progress pages that list an attempt's statuses. */
export const BEST_REPLY_LABEL = 'Beste reactie gekozen';

/** What an exercise's status is computed from: its criteria, or the best-reply key. */
export function statusCriteria(exercise: AnyExercise): string[] {
  return exercise.kind === 'best-reply' ? [BEST_REPLY_KEY] : exercise.criteria.map((c) => c.id);
}

/** A, B, C: how the page names the options. */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

export function bestIndex(options: readonly Pick<BestReplyOption, 'best'>[]): number {
  return options.findIndex((o) => o.best);
}

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The statuses to store with a choice. */
export function choiceStatuses(options: readonly Pick<BestReplyOption, 'best'>[], index: number): Record<string, Status> {
  return { [BEST_REPLY_KEY]: options[index]?.best ? 'met' : 'missing' };
}

/** Which option a stored attempt chose (its text), or -1 when none matches (say, the exercise changed since). */
export function chosenIndex(options: readonly Pick<BestReplyOption, 'text'>[], attemptText: string | undefined): number {
  if (attemptText === undefined) return -1;
  const wanted = normal(attemptText);
  return options.findIndex((o) => normal(o.text) === wanted);
}

/** The one sentence announced after "Controleer". */
export function resultSentence(options: readonly Pick<BestReplyOption, 'best'>[], index: number): string {
  const best = bestIndex(options);
  if (index === best) return `Je koos reactie ${optionLetter(index)}: dat is de beste reactie. Bij elke reactie lees je waarom die wel of niet goed past.`;
  return `Je koos reactie ${optionLetter(index)}. De beste reactie is ${optionLetter(best)}. Bij elke reactie lees je waarom die wel of niet goed past.`;
}
