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
import { addressForm } from './criteria/address-form.ts';
import { tentative } from './criteria/tentative.ts';
import { adviceCriterion } from './criteria/advice.ts';
import { questionLoad } from './criteria/question-load.ts';
import { length } from './criteria/length.ts';

/**
 * Every criterion, in the order the engine reports them: the ten of the
 * shared contract first, then Klik's own. This list is the one source of the
 * ids, the registry, the trainer documentation and the exercise pages: adding
 * a criterion means writing its module, adding it here and giving it a table
 * of cases in tests/unit/feedback/criteria/.
 */
export const CRITERIA = [
  salutation,
  appreciation,
  mirroring,
  emotion,
  choice,
  expectations,
  processCheck,
  closing,
  tone,
  openQuestion,
  privacy,
  boundaries,
  withdrawal,
  readability,
  addressForm,
  tentative,
  adviceCriterion,
  questionLoad,
  length,
] as const;
