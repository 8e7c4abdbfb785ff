import type { CriterionResult, Criterion, JudgeInput, Verdict } from './types.ts';
import { analyseClient, analyseText, buildContext } from './analyse.ts';

/** The message every criterion gives for an empty reply. */
export const EMPTY_MESSAGE = 'Er staat nog niets in je antwoord. Begin met schrijven; de feedback volgt terwijl je typt.';

/** A note added to the first criterion when only the beginning and end of a very long text were read. */
export const TRUNCATED_NOTE = ' (Je tekst is erg lang: de feedback kijkt naar het begin en het einde.)';

/** Fills `{name}` placeholders from the verdict's data. */
function format(template: string, data: Verdict['data']): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (data && key in data ? String(data[key] ?? '') : whole));
}

export type Judge = (reply: string) => { criteria: CriterionResult[] };

/**
 * A judge for one exercise or trajectory step with the given criteria: the
 * client's message is analysed once, then every reply is judged against it.
 * The exercise page calls the judge on each pause in typing; the command
 * line calls it once per input.
 */
export function prepareJudgeWith(criteria: readonly Criterion[], input: Omit<JudgeInput, 'reply' | 'criteria'>): Judge {
  const context = buildContext(input, analyseClient(input.clientMessage));
  return (raw) => {
    const text = typeof raw === 'string' ? raw : '';
    if (text.trim() === '') {
      return {
        criteria: criteria.map((c) => ({ id: c.id, label: c.meta.label, status: 'missing', messageId: 'empty', message: EMPTY_MESSAGE, spans: [] }) as CriterionResult),
      };
    }
    const reply = analyseText(text, context.coachName);
    return {
      criteria: criteria.map((criterion, index) => {
        const verdict = criterion.check(reply, context);
        const template = criterion.meta.messages[verdict.messageId];
        const message = format(template ?? verdict.messageId, verdict.data) + (reply.truncated && index === 0 ? TRUNCATED_NOTE : '');
        return { id: criterion.id, label: criterion.meta.label, status: verdict.status, messageId: verdict.messageId, message, spans: verdict.spans } as CriterionResult;
      }),
    };
  };
}
