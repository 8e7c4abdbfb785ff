import type { Criterion, JudgeContext, TextAnalysis, Verdict } from '../types.ts';
import { WITHDRAWAL_BLAME, WITHDRAWAL_INVITE, WITHDRAWAL_NOTICE } from '../lexicon/extras.ts';
import { quote } from '../text/match.ts';
import { anyOf, firstHit } from '../text/patterns.ts';
import { byForm } from '../messages.ts';

export const id = 'withdrawal' as const;
export const label = 'Terugtrekken opmerken';
export const why =
  'In elk bericht let je op gedrag dat wijst op (dreigend) terugtrekken uit het contact: een late of korte reactie, een stilte. Benoem het zacht en nodig uit om terug te komen, zonder verwijt.';

const NOTICE = anyOf(WITHDRAWAL_NOTICE);
const INVITE = anyOf(WITHDRAWAL_INVITE);
const BLAME = anyOf(WITHDRAWAL_BLAME);

export function check(reply: TextAnalysis, context: JudgeContext): Verdict {
  const notice = firstHit(reply, NOTICE);
  const invite = firstHit(reply, INVITE);
  const blame = firstHit(reply, BLAME);
  const example = byForm(context, '‘Ik merk dat het even stil was. Je bent altijd welkom om te schrijven, ook als het maar een paar zinnen zijn.’', '‘Ik merk dat het even stil was. U bent altijd welkom om te schrijven, ook als het maar een paar zinnen zijn.’');
  if (blame) {
    return {
      status: 'missing',
      spans: [blame.span],
      message: `${quote(blame.sentence)} klinkt als een verwijt. Dat duwt een cliënt die zich terugtrekt verder weg. Benoem de stilte zacht, bijvoorbeeld ${example}`,
    };
  }
  if (notice && invite) {
    return { status: 'met', spans: [notice.span, invite.span], message: `Je benoemt de stilte zonder verwijt (${quote(notice.sentence)}) en nodigt uit om terug te komen.` };
  }
  if (notice) {
    return { status: 'partial', spans: [notice.span], message: `Je merkt de stilte op (${quote(notice.sentence)}). Nodig de cliënt ook warm uit om weer te schrijven.` };
  }
  if (invite) {
    return {
      status: 'partial',
      spans: [invite.span],
      message: `Je nodigt uit (${quote(invite.sentence)}), maar benoemt niet wat je opviel: de late, korte of uitgebleven reactie. Zeg dat zacht, bijvoorbeeld ${example}`,
    };
  }
  return { status: 'missing', spans: [], message: `Je gaat niet in op de stilte of de korte reactie van de cliënt. Benoem het zacht en nodig uit, bijvoorbeeld ${example}` };
}

export const withdrawal: Criterion = { id, label, check };
