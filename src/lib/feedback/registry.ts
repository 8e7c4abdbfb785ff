import type { CriterionId } from './ids.ts';
import type { Criterion } from './types.ts';
import { CRITERIA } from './all-criteria.ts';

/** Every criterion module by id. */
export const registry = Object.fromEntries(CRITERIA.map((c) => [c.id, c])) as unknown as Record<CriterionId, Criterion<CriterionId>>;
