/**
 * Criterion id → its Dutch label, as the feedback engine names it: the one
 * source of the labels the pages hand to their islands (build time).
 */
import { criteriaInfo } from '../feedback/index.ts';
import type { CriterionId } from '../feedback/ids.ts';

/** The labels of these criteria (each once), e.g. of an exercise or of every step of a trajectory. */
export function criterionLabels(ids: Iterable<CriterionId>): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const id of ids) labels[id] = criteriaInfo[id].label;
  return labels;
}
