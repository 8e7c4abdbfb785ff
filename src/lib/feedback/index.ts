import { CONTRACT_CRITERION_IDS, CRITERION_IDS, type CriterionId } from './ids.ts';
import type { CriterionKind, CriterionResult, JudgeInput, OptionSchema } from './types.ts';
import { prepareJudgeWith, type Judge } from './judge.ts';
import { registry } from './registry.ts';

/**
 * Klik's feedback engine: judges a coach's written reply on the criteria of
 * `../shared/feedback-criteria.md` (plus Klik's own), locally and without any
 * network. Pure: the same input always gives the same output.
 */

export type { CriterionId } from './ids.ts';
export type { Status, Span, CriterionResult, JudgeInput, CriterionKind } from './types.ts';
export { CONTRACT_CRITERION_IDS, CRITERION_IDS, isCriterionId } from './ids.ts';
export { CRITERIA } from './all-criteria.ts';

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

export { EMPTY_MESSAGE, TRUNCATED_NOTE, type Judge } from './judge.ts';

/**
 * A judge for one exercise or trajectory step (see `prepareJudgeWith`), with
 * the criteria the input names, or the ten of the contract.
 */
export function prepareJudge(input: Omit<JudgeInput, 'reply'>): Judge {
  const ids = input.criteria ?? CONTRACT_CRITERION_IDS;
  const criteria = ids.map((id) => {
    const criterion = registry[id];
    if (!criterion) throw new Error(`Onbekend criterium: ${String(id)}`);
    return criterion;
  });
  return prepareJudgeWith(criteria, input);
}

export function judge(input: JudgeInput): { criteria: CriterionResult[] } {
  return prepareJudge(input)(input.reply);
}
