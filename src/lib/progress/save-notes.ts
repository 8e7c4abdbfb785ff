/**
 * What the exercise page tells the trainee about saving: a text too long to
 * keep whole, and whether an attempt really reached the browser's storage.
 */
import { LIMITS } from './schema.ts';
import type { StorageStatus } from './types.ts';

/** Characters of one text that are kept (drafts, attempts, reflections). */
export const TEXT_LIMIT = LIMITS.text;

// Made on first use: building an Intl formatter at load costs tens of milliseconds on a phone,
// and only a very long text or a clipped attempt needs it.
let numberFormat: Intl.NumberFormat | undefined;
const number = { format: (n: number): string => (numberFormat ??= new Intl.NumberFormat('nl-NL')).format(n) };

/** Shown under the editor while the text is longer than what is kept. */
export function tooLongNote(length: number): string {
  return (
    `Je tekst is ${number.format(length)} tekens lang. Alleen de eerste ${number.format(TEXT_LIMIT)} tekens ` +
    'worden bewaard, als concept en bij een poging; de rest niet.'
  );
}

export interface AttemptNote {
  /** Under the buttons. */
  text: string;
  /** For the live region, before the feedback summary. */
  short: string;
}

/** The note after "Bekijk feedback", from what `recordAttempt` reported. */
export function attemptNoteFor(saved: { stored: boolean; clipped: boolean; count: number }, status: StorageStatus): AttemptNote {
  const n = saved.count;
  if (!saved.stored) {
    const why =
      status.kind === 'unavailable' && status.reason === 'quota'
        ? 'de opslagruimte van je browser is vol'
        : 'je browser bewaart op dit moment niets voor deze cursus';
    return {
      text: `Poging ${n} kon niet worden bewaard: ${why}. Je ziet de poging zolang deze pagina open is; kopieer je tekst als je hem wilt houden.`,
      short: `Poging ${n} kon niet worden bewaard.`,
    };
  }
  if (saved.clipped) {
    return {
      text: `Poging ${n} is bewaard, maar alleen de eerste ${number.format(TEXT_LIMIT)} tekens van je tekst.`,
      short: `Poging ${n} bewaard, ingekort tot ${number.format(TEXT_LIMIT)} tekens.`,
    };
  }
  return { text: `Poging ${n} is bewaard.`, short: `Poging ${n} bewaard.` };
}
