import { CRITERIA } from './all-criteria.ts';

/**
 * Criterion ids, read from the one list of criteria. The contract criteria of
 * `../shared/feedback-criteria.md` keep their ids and meaning; the rest are
 * further criteria that exercises and inputs may name.
 */
export type CriterionId = (typeof CRITERIA)[number]['id'];

export const CRITERION_IDS = CRITERIA.map((c) => c.id) as unknown as readonly [CriterionId, ...CriterionId[]];

export const CONTRACT_CRITERION_IDS: readonly CriterionId[] = CRITERIA.filter((c) => c.meta.contract).map((c) => c.id);

export function isCriterionId(value: unknown): value is CriterionId {
  return typeof value === 'string' && (CRITERION_IDS as readonly string[]).includes(value);
}
