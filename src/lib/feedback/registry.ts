import type { CriterionId } from './ids.ts';
import type { Criterion } from './types.ts';
import { salutation } from './criteria/salutation.ts';
import { appreciation } from './criteria/appreciation.ts';
import { mirroring } from './criteria/mirroring.ts';
import { emotion } from './criteria/emotion.ts';
import { choice } from './criteria/choice.ts';
import { expectations } from './criteria/expectations.ts';
import { processCheck } from './criteria/process-check.ts';
import { closing } from './criteria/closing.ts';
import { tone } from './criteria/tone.ts';
import { openQuestion } from './criteria/open-question.ts';
import { privacy } from './criteria/privacy.ts';
import { boundaries } from './criteria/boundaries.ts';
import { withdrawal } from './criteria/withdrawal.ts';
import { readability } from './criteria/readability.ts';

/** Every criterion module by id. */
export const registry: Record<CriterionId, Criterion> = {
  salutation,
  appreciation,
  mirroring,
  emotion,
  choice,
  expectations,
  'process-check': processCheck,
  closing,
  tone,
  'open-question': openQuestion,
  privacy,
  boundaries,
  withdrawal,
  readability,
};
