import { CONTRACT_CRITERION_IDS, CRITERION_IDS, type CriterionId } from './ids.ts';
import type { CriterionResult, JudgeInput } from './types.ts';
import { analyseText, buildContext } from './analyse.ts';
import { registry } from './registry.ts';
import { explanations } from './explanations.ts';

/**
 * Klik's feedback engine: judges a coach's written reply on the criteria of
 * `../shared/feedback-criteria.md` (plus Klik's extras), locally and without
 * any network. Pure: the same input always gives the same output.
 */

export type { CriterionId } from './ids.ts';
export type { Status, Span, CriterionResult, JudgeInput } from './types.ts';
export { CONTRACT_CRITERION_IDS, CRITERION_IDS, isCriterionId } from './ids.ts';

/** Label and explanation per criterion, for documentation and pages (not needed to judge). */
export const criteriaInfo: Record<CriterionId, { label: string; why: string }> = /* @__PURE__ */ Object.fromEntries(
  /* @__PURE__ */ CRITERION_IDS.map((id) => [id, { label: registry[id].label, why: explanations[id] }]),
) as Record<CriterionId, { label: string; why: string }>;

export function judge(input: JudgeInput): { criteria: CriterionResult[] } {
  const ids = input.criteria ?? CONTRACT_CRITERION_IDS;
  const context = buildContext(input);
  const reply = analyseText(typeof input.reply === 'string' ? input.reply : '', context.coachName);
  const criteria = ids.map((id): CriterionResult => {
    const criterion = registry[id];
    if (!criterion) throw new Error(`Onbekend criterium: ${String(id)}`);
    const verdict = criterion.check(reply, context);
    return { id, label: criterion.label, status: verdict.status, message: verdict.message, spans: verdict.spans };
  });
  return { criteria };
}
