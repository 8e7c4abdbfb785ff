import type { CriterionId } from './ids.ts';
import { why as salutation } from './criteria/salutation.ts';
import { why as appreciation } from './criteria/appreciation.ts';
import { why as mirroring } from './criteria/mirroring.ts';
import { why as emotion } from './criteria/emotion.ts';
import { why as choice } from './criteria/choice.ts';
import { why as expectations } from './criteria/expectations.ts';
import { why as processCheck } from './criteria/process-check.ts';
import { why as closing } from './criteria/closing.ts';
import { why as tone } from './criteria/tone.ts';
import { why as openQuestion } from './criteria/open-question.ts';
import { why as privacy } from './criteria/privacy.ts';
import { why as boundaries } from './criteria/boundaries.ts';
import { why as withdrawal } from './criteria/withdrawal.ts';
import { why as readability } from './criteria/readability.ts';

/** Why each criterion matters, in Dutch and tied to the lessons (see each criterion module). */
export const explanations: Record<CriterionId, string> = {
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
