import { describe, expect, it } from 'vitest';
import { BEST_REPLY_KEY, choiceStatuses, chosenIndex, optionLetter, resultSentence, statusCriteria } from '../../../src/lib/best-reply/choice.ts';
import { exerciseStatus } from '../../../src/lib/progress/status.ts';
import { createProgressStore } from '../../../src/lib/progress/store.ts';
import { parseImportText } from '../../../src/lib/progress/import.ts';
import { buildExport, serialiseExport } from '../../../src/lib/progress/export.ts';
import type { AnyExercise } from '../../../src/lib/exercise-files/schema.ts';

const options = [
  { text: 'Hoi Noor,\n\nWat weet je even niet meer?', best: false },
  { text: 'Hoi Noor, fijn dat je schrijft.', best: true },
  { text: 'Geachte mevrouw, vul het formulier in.', best: false },
];

/** A store in memory with a clock that moves on a second per call, so the latest attempt is clear. */
function store() {
  let tick = 0;
  return createProgressStore({ now: () => new Date(Date.UTC(2026, 0, 1, 9, 0, tick++)).toISOString() });
}

describe('a best-reply choice', () => {
  it('names the options A, B and C', () => {
    expect([0, 1, 2].map(optionLetter)).toEqual(['A', 'B', 'C']);
  });

  it('is kept as an attempt whose text is the chosen reply; the exercise is done once the best one was chosen', () => {
    const progress = store();
    const criteria = statusCriteria({ kind: 'best-reply' } as AnyExercise);
    expect(criteria).toEqual([BEST_REPLY_KEY]);
    progress.recordAttempt('kies-noor', options[0]!.text, choiceStatuses(options, 0));
    const first = progress.$progress.get().exercises['kies-noor'];
    expect(chosenIndex(options, first?.attempts.at(-1)?.text)).toBe(0);
    expect(exerciseStatus(first, criteria)).toBe('in-progress');
    progress.recordAttempt('kies-noor', options[1]!.text, choiceStatuses(options, 1));
    const second = progress.$progress.get().exercises['kies-noor'];
    expect(chosenIndex(options, second?.attempts.at(-1)?.text)).toBe(1);
    expect(exerciseStatus(second, criteria)).toBe('done');
  });

  it('survives export and import of the progress unchanged', () => {
    const progress = store();
    progress.recordAttempt('kies-noor', options[2]!.text, choiceStatuses(options, 2));
    const file = serialiseExport(buildExport(progress.$progress.get(), { courseVersion: '1.0.0', course: { id: 'klik', title: 'Klik' } }));
    const imported = parseImportText(file);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    const attempt = imported.file.progress.exercises['kies-noor']?.attempts[0];
    expect(chosenIndex(options, attempt?.text)).toBe(2);
    expect(attempt?.statuses).toEqual({ [BEST_REPLY_KEY]: 'missing' });
  });

  it('finds no choice when the stored text matches no option (the exercise changed since)', () => {
    expect(chosenIndex(options, 'Een oude tekst die er niet meer staat.')).toBe(-1);
    expect(chosenIndex(options, undefined)).toBe(-1);
    expect(chosenIndex(options, '  Hoi Noor, fijn dat\nje schrijft. ')).toBe(1);
  });

  it('says in one sentence what was chosen and which is best', () => {
    expect(resultSentence(options, 1)).toMatch(/^Je koos reactie B: dat is de beste reactie\./);
    expect(resultSentence(options, 2)).toMatch(/^Je koos reactie C\. De beste reactie is B\./);
  });

  it('uses the criteria of a writing exercise unchanged', () => {
    expect(statusCriteria({ kind: 'reply', criteria: [{ id: 'salutation', weight: 1 }, { id: 'closing', weight: 1 }] } as AnyExercise)).toEqual(['salutation', 'closing']);
  });
});
