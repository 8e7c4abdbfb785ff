/**
 * Criterion ids. The first ten are the public contract of
 * `../shared/feedback-criteria.md` and keep their meaning; the rest are Klik's
 * own additions that exercises may use.
 */
export const CONTRACT_CRITERION_IDS = [
  'salutation',
  'appreciation',
  'mirroring',
  'emotion',
  'choice',
  'expectations',
  'process-check',
  'closing',
  'tone',
  'open-question',
] as const;

export const EXTRA_CRITERION_IDS = ['privacy', 'boundaries', 'withdrawal', 'readability'] as const;

export const CRITERION_IDS = [...CONTRACT_CRITERION_IDS, ...EXTRA_CRITERION_IDS] as const;

export type CriterionId = (typeof CRITERION_IDS)[number];

export function isCriterionId(value: unknown): value is CriterionId {
  return typeof value === 'string' && (CRITERION_IDS as readonly string[]).includes(value);
}
