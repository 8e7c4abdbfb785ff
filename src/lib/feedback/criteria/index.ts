import { salutation } from './salutation.ts';
import { appreciation } from './appreciation.ts';
import { mirroring } from './mirroring.ts';
import { emotion } from './emotion.ts';
import { choice } from './choice.ts';
import { expectations } from './expectations.ts';
import { processCheck } from './process-check.ts';
import { closing } from './closing.ts';
import { tone } from './tone.ts';
import { openQuestion } from './open-question.ts';
import { privacy } from './privacy.ts';
import { boundaries } from './boundaries.ts';
import { withdrawal } from './withdrawal.ts';
import { readability } from './readability.ts';
import { addressForm } from './address-form.ts';
import { tentative } from './tentative.ts';
import { adviceCriterion } from './advice.ts';
import { questionLoad } from './question-load.ts';
import { length } from './length.ts';

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
