import { defineCriterion } from '../types.ts';
import { WITHDRAWAL_BLAME, WITHDRAWAL_INVITE, WITHDRAWAL_NOTICE } from '../lexicon/extras.ts';
import { quote } from '../text/match.ts';
import { anyOf, firstHit } from '../text/patterns.ts';
import { byForm } from '../messages.ts';

const NOTICE = anyOf(WITHDRAWAL_NOTICE);
const INVITE = anyOf(WITHDRAWAL_INVITE);
const BLAME = anyOf(WITHDRAWAL_BLAME);

export const withdrawal = defineCriterion({
  id: 'withdrawal',
  meta: {
    label: 'Terugtrekken opmerken',
    why: 'Een cliënt die later of korter reageert of even niets van zich laat horen, kan op het punt staan af te haken. Merk het op, zeg het vriendelijk en zonder verwijt, en laat weten dat de cliënt welkom is om verder te schrijven.',
    kind: 'include',
    contract: false,
    messages: {
      blame: '{found} klinkt als een verwijt. Dat duwt een cliënt die zich terugtrekt verder weg. Benoem de stilte zacht, bijvoorbeeld {example}',
      met: 'Je benoemt de stilte zonder verwijt ({found}) en nodigt uit om terug te komen.',
      noticeOnly: 'Je merkt de stilte op ({found}). Nodig de cliënt ook warm uit om weer te schrijven.',
      inviteOnly: 'Je nodigt uit ({found}), maar benoemt niet wat je opviel: de late, korte of uitgebleven reactie. Zeg dat zacht, bijvoorbeeld {example}',
      missing: 'Je gaat niet in op de stilte of de korte reactie van de cliënt. Benoem het zacht en nodig uit, bijvoorbeeld {example}',
    },
  },
  check(reply, context) {
    const notice = firstHit(reply, NOTICE);
    const invite = firstHit(reply, INVITE);
    const blame = firstHit(reply, BLAME);
    const example = byForm(context, '‘Ik merk dat het even stil was. Je bent altijd welkom om te schrijven, ook als het maar een paar zinnen zijn.’', '‘Ik merk dat het even stil was. U bent altijd welkom om te schrijven, ook als het maar een paar zinnen zijn.’');
    if (blame) return { status: 'missing', messageId: 'blame', data: { found: quote(blame.sentence), example }, spans: [blame.span] };
    if (notice && invite) return { status: 'met', messageId: 'met', data: { found: quote(notice.sentence) }, spans: [notice.span, invite.span] };
    if (notice) return { status: 'partial', messageId: 'noticeOnly', data: { found: quote(notice.sentence) }, spans: [notice.span] };
    if (invite) return { status: 'partial', messageId: 'inviteOnly', data: { found: quote(invite.sentence), example }, spans: [invite.span] };
    return { status: 'missing', messageId: 'missing', data: { example }, spans: [] };
  },
});

export default withdrawal;
