import type { JudgeContext } from './types.ts';
import { TITLES } from './lexicon/greetings.ts';

/** Picks the example that fits how the client is addressed (je or u). */
export function byForm(context: JudgeContext, je: string, u: string): string {
  return context.form === 'u' ? u : je;
}

/** The client's first name for examples, or a neutral stand-in. */
export function clientFirstName(context: JudgeContext): string {
  const words = context.clientName.split(/\s+/).filter(Boolean);
  // "mevrouw Postma" is addressed with title and surname.
  if (words.length > 1 && TITLES.has(words[0]!.toLowerCase())) return words.join(' ');
  return words[0] || 'Sanne';
}

/** The coach's name for examples. */
export function coachFirstName(context: JudgeContext): string {
  return context.coachName.split(/\s+/)[0] || 'Marloes';
}
