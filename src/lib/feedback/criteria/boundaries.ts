import { defineCriterion } from '../types.ts';
import { BOUNDARY_LIMIT, BOUNDARY_REFERRAL } from '../lexicon/extras.ts';
import { quote } from '../text/match.ts';
import { anyOf, firstHit, lexiconPattern } from '../text/patterns.ts';

const LIMIT = anyOf(BOUNDARY_LIMIT);
// "Ik ben geen crisisdienst" names a limit, not where to go.
const REFERRAL = lexiconPattern(BOUNDARY_REFERRAL, { notAfter: 'geen' });

export const boundaries = defineCriterion({
  id: 'boundaries',
  meta: {
    label: 'Grenzen benoemen',
    why: 'Vertrouwen groeit als je een realistisch beeld schetst van wat je wel en niet kunt. Ken je grenzen, benoem ze, en verwijs door als een vraag buiten je deskundigheid valt.',
    kind: 'include',
    contract: false,
    messages: {
      met: 'Je benoemt eerlijk je grens ({found}) en wijst de weg naar passende hulp.',
      limitOnly: 'Je noemt je grens ({found}). Zeg er ook bij wat je wél kunt doen of bij wie de cliënt terecht kan.',
      referralOnly: 'Je verwijst door ({found}). Leg ook uit waarom: wat valt buiten wat jij als coach kunt bieden?',
      missing: 'Je zegt niet wat je wel en niet kunt. Benoem je grens en verwijs door, bijvoorbeeld: ‘Medische vragen vallen buiten mijn deskundigheid; daarvoor kun je het beste bij je huisarts terecht.’',
    },
  },
  check(reply) {
    const limit = firstHit(reply, LIMIT);
    const referral = firstHit(reply, REFERRAL);
    if (limit && referral) return { status: 'met', messageId: 'met', data: { found: quote(limit.sentence) }, spans: [limit.span, referral.span] };
    if (limit) return { status: 'partial', messageId: 'limitOnly', data: { found: quote(limit.sentence) }, spans: [limit.span] };
    if (referral) return { status: 'partial', messageId: 'referralOnly', data: { found: quote(referral.sentence) }, spans: [referral.span] };
    return { status: 'missing', messageId: 'missing', spans: [] };
  },
});

export default boundaries;
