/**
 * How a criterion's status reads on every page: a Dutch word and an icon,
 * always shown together (never by colour alone). The status type itself is the
 * feedback engine's.
 */
import type { Status } from '../feedback/types.ts';

export type { Status };

export const STATUS_TEXT: Record<Status, string> = {
  met: 'In orde',
  partial: 'Deels',
  missing: 'Nog niet',
};

export const STATUS_ICON: Record<Status, string> = {
  met: '✓',
  partial: '◐',
  missing: '○',
};

/** Is this one of the statuses (for data read back from storage or a file)? */
export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && Object.hasOwn(STATUS_TEXT, value);
}
