import type { Criterion, JudgeContext, TextAnalysis, Verdict } from '../types.ts';
import { PRIVACY_ACCESS, PRIVACY_RETENTION, PRIVACY_SECURE } from '../lexicon/extras.ts';
import { quote } from '../text/match.ts';
import { anyOf, firstHit } from '../text/patterns.ts';

export const id = 'privacy' as const;
export const label = 'Privacy en veiligheid';
export const why =
  'Online veilig voelen gaat ook over de privacy van gegevens: van wie zijn ze en wie kan erbij? Vertel de cliënt dat je op een beveiligd platform werkt, wie de berichten kan lezen en hoe lang ze bewaard blijven.';

const SECURE = anyOf(PRIVACY_SECURE);
const ACCESS = anyOf(PRIVACY_ACCESS);
const RETENTION = anyOf(PRIVACY_RETENTION);

export function check(reply: TextAnalysis, _context: JudgeContext): Verdict {
  const found = [firstHit(reply, SECURE), firstHit(reply, ACCESS), firstHit(reply, RETENTION)].filter((h) => h !== null);
  const spans = found.map((h) => h.span);
  if (found.length >= 2) {
    return { status: 'met', spans, message: `Je legt uit hoe je met de gegevens van de cliënt omgaat: ${quote(found[0]!.sentence)}.` };
  }
  if (found.length === 1) {
    return {
      status: 'partial',
      spans,
      message: `Je noemt de veiligheid kort (${quote(found[0]!.sentence)}). Maak het volledig: zeg ook wie de berichten kan lezen of hoe lang ze bewaard blijven.`,
    };
  }
  return {
    status: 'missing',
    spans: [],
    message: 'Je zegt niets over privacy. Vertel bijvoorbeeld dat jullie schrijven op een beveiligd platform, dat alleen jij de berichten leest en hoe lang ze bewaard blijven.',
  };
}

export const privacy: Criterion = { id, label, check };
