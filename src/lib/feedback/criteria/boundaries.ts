import type { Criterion, JudgeContext, TextAnalysis, Verdict } from '../types.ts';
import { BOUNDARY_LIMIT, BOUNDARY_REFERRAL } from '../lexicon/extras.ts';
import { quote } from '../text/match.ts';
import { anyOf, firstHit } from '../text/patterns.ts';

export const id = 'boundaries' as const;
export const label = 'Grenzen benoemen';
export const why =
  'Vertrouwen groeit als je een realistisch beeld schetst van wat je wel en niet kunt. Ken je grenzen, benoem ze, en verwijs door als een vraag buiten je deskundigheid valt.';

const LIMIT = anyOf(BOUNDARY_LIMIT);
const REFERRAL = anyOf(BOUNDARY_REFERRAL);

export function check(reply: TextAnalysis, _context: JudgeContext): Verdict {
  const limit = firstHit(reply, LIMIT);
  const referral = firstHit(reply, REFERRAL);
  if (limit && referral) {
    return {
      status: 'met',
      spans: [limit.span, referral.span],
      message: `Je benoemt eerlijk je grens (${quote(limit.sentence)}) en wijst de weg naar passende hulp.`,
    };
  }
  if (limit) {
    return { status: 'partial', spans: [limit.span], message: `Je noemt je grens (${quote(limit.sentence)}). Zeg er ook bij wat je wél kunt doen of bij wie de cliënt terecht kan.` };
  }
  if (referral) {
    return {
      status: 'partial',
      spans: [referral.span],
      message: `Je verwijst door (${quote(referral.sentence)}). Leg ook uit waarom: wat valt buiten wat jij als coach kunt bieden?`,
    };
  }
  return {
    status: 'missing',
    spans: [],
    message: 'Je zegt niet wat je wel en niet kunt. Benoem je grens en verwijs door, bijvoorbeeld: ‘Medische vragen vallen buiten mijn deskundigheid; daarvoor kun je het beste bij je huisarts terecht.’',
  };
}

export const boundaries: Criterion = { id, label, check };
