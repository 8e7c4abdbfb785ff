import { defineCriterion } from '../types.ts';
import { PRIVACY_ACCESS, PRIVACY_RETENTION, PRIVACY_SECURE } from '../lexicon/extras.ts';
import { quote } from '../text/match.ts';
import { anyOf, firstHit } from '../text/patterns.ts';

const SECURE = anyOf(PRIVACY_SECURE);
const ACCESS = anyOf(PRIVACY_ACCESS);
const RETENTION = anyOf(PRIVACY_RETENTION);

export const privacy = defineCriterion({
  id: 'privacy',
  meta: {
    label: 'Privacy en veiligheid',
    why: 'Online veilig voelen gaat ook over de privacy van gegevens: van wie zijn ze en wie kan erbij? Vertel de cliënt dat je op een beveiligd platform werkt, wie de berichten kan lezen en hoe lang ze bewaard blijven.',
    kind: 'include',
    contract: false,
    messages: {
      met: 'Je legt uit hoe je met de gegevens van de cliënt omgaat: {found}.',
      partial: 'Je noemt de veiligheid kort ({found}). Maak het volledig: zeg ook wie de berichten kan lezen of hoe lang ze bewaard blijven.',
      missing: 'Je zegt niets over privacy. Vertel bijvoorbeeld dat jullie schrijven op een beveiligd platform, wie de berichten kan lezen en hoe lang ze bewaard blijven.',
    },
  },
  check(reply) {
    const found = [firstHit(reply, SECURE), firstHit(reply, ACCESS), firstHit(reply, RETENTION)].filter((h) => h !== null);
    const spans = found.map((h) => h.span);
    if (found.length >= 2) return { status: 'met', messageId: 'met', data: { found: quote(found[0]!.sentence) }, spans };
    if (found.length === 1) return { status: 'partial', messageId: 'partial', data: { found: quote(found[0]!.sentence) }, spans };
    return { status: 'missing', messageId: 'missing', spans: [] };
  },
});

export default privacy;
