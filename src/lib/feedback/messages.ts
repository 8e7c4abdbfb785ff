import type { JudgeContext } from './types.ts';

/** Picks the example that fits how the client is addressed (je or u). */
export function byForm(context: JudgeContext, je: string, u: string): string {
  return context.form === 'u' ? u : je;
}

/** The client's first name for examples, or a neutral stand-in. */
export function clientFirstName(context: JudgeContext): string {
  return context.clientName.split(/\s+/)[0] || 'Sanne';
}

/** The coach's name for examples. */
export function coachFirstName(context: JudgeContext): string {
  return context.coachName.split(/\s+/)[0] || 'Marloes';
}
