import { CONTRACT_CRITERION_IDS, CRITERION_IDS, type CriterionId } from './ids.ts';
import type { CriterionKind, CriterionResult, JudgeInput, OptionSchema, Verdict } from './types.ts';
import { analyseClient, analyseText, buildContext } from './analyse.ts';
import { registry } from './registry.ts';

/**
 * Klik's feedback engine: judges a coach's written reply on the criteria of
 * `../shared/feedback-criteria.md` (plus Klik's own), locally and without any
 * network. Pure: the same input always gives the same output.
 */

export type { CriterionId } from './ids.ts';
export type { Status, Span, CriterionResult, JudgeInput, CriterionKind } from './types.ts';
export { CONTRACT_CRITERION_IDS, CRITERION_IDS, isCriterionId } from './ids.ts';
export { CRITERIA } from './criteria/index.ts';

export interface CriterionInfo {
  label: string;
  why: string;
  kind: CriterionKind;
  contract: boolean;
  options: Record<string, OptionSchema>;
}

/** Label, explanation and kind per criterion, for documentation and pages. */
export const criteriaInfo: Record<CriterionId, CriterionInfo> = /* @__PURE__ */ Object.fromEntries(
  /* @__PURE__ */ CRITERION_IDS.map((id) => {
    const { label, why, kind, contract, options } = registry[id].meta;
    return [id, { label, why, kind, contract, options: options ?? {} }];
  }),
) as Record<CriterionId, CriterionInfo>;

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
 * A judge for one exercise or trajectory step: the client's message is
 * analysed once, then every reply is judged against it. The exercise page
 * calls the judge on each pause in typing; the command line calls it once.
 */
export function prepareJudge(input: Omit<JudgeInput, 'reply'>): Judge {
  const ids = input.criteria ?? CONTRACT_CRITERION_IDS;
  for (const id of ids) if (!registry[id]) throw new Error(`Onbekend criterium: ${String(id)}`);
  const context = buildContext(input, analyseClient(input.clientMessage));
  return (raw) => {
    const text = typeof raw === 'string' ? raw : '';
    if (text.trim() === '') {
      return { criteria: ids.map((id) => ({ id, label: registry[id].meta.label, status: 'missing', messageId: 'empty', message: EMPTY_MESSAGE, spans: [] })) };
    }
    const reply = analyseText(text, context.coachName);
    const criteria = ids.map((id, index): CriterionResult => {
      const criterion = registry[id];
      const verdict = criterion.check(reply, context);
      const template = criterion.meta.messages[verdict.messageId];
      const message = format(template ?? verdict.messageId, verdict.data) + (reply.truncated && index === 0 ? TRUNCATED_NOTE : '');
      return { id, label: criterion.meta.label, status: verdict.status, messageId: verdict.messageId, message, spans: verdict.spans };
    });
    return { criteria };
  };
}

export function judge(input: JudgeInput): { criteria: CriterionResult[] } {
  return prepareJudge(input)(input.reply);
}
