import type { Criterion, JudgeContext, TextAnalysis, Verdict } from '../types.ts';
import { COACH_SUBJECT, CONCRETE_TIME, CONTACT_NOUNS, CONTACT_VERBS, REPORTED, VAGUE_TIME } from '../lexicon/time.ts';
import { B, E, phrases, quote, type Hit } from '../text/match.ts';
import { byForm } from '../messages.ts';

export const id = 'expectations' as const;
export const label = 'Verwachtingen en werkwijze';
export const why =
  'Weten waar je aan toe bent geeft een veilig gevoel. Bespreek de contactfrequentie en je reactietijd, en laat het weten als je onverwacht meer tijd nodig hebt: dat is verwachtingsmanagement.';

const CONCRETE = new RegExp(`${B}(?:${CONCRETE_TIME.join('|')})${E}`, 'iu');
const VAGUE = new RegExp(`${B}(?:${VAGUE_TIME.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
const CONTACT_NOUN = phrases(CONTACT_NOUNS, 'iu');
const CONTACT_VERB = phrases(CONTACT_VERBS, 'iu');

/** True when the sentence is about the contact between coach and client, not a report of the client's life. */
function aboutContact(text: string): boolean {
  if (REPORTED.test(text)) return false;
  return CONTACT_NOUN.test(text) || (CONTACT_VERB.test(text) && COACH_SUBJECT.test(text));
}

function hitIn(reply: TextAnalysis, index: number, regex: RegExp): Hit | null {
  const sentence = reply.sentences[index]!;
  const m = regex.exec(sentence.text);
  if (!m) return null;
  return { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, text: m[0], sentence: index };
}

export function check(reply: TextAnalysis, context: JudgeContext): Verdict {
  let vague: Hit | null = null;
  for (let i = reply.bodyFirst; i <= reply.bodyLast; i++) {
    const sentence = reply.sentences[i]!;
    if (!aboutContact(sentence.text)) continue;
    const concrete = hitIn(reply, i, CONCRETE);
    if (concrete) {
      return {
        status: 'met',
        spans: [{ start: concrete.start, end: concrete.end }],
        message: `Je maakt de werkwijze concreet: ${quote(sentence.text)}.`,
      };
    }
    vague ??= hitIn(reply, i, VAGUE);
  }
  const example = byForm(context, '‘Na elk bericht krijg je binnen twee werkdagen antwoord van me.’', '‘Na elk bericht krijgt u binnen twee werkdagen antwoord van mij.’');
  if (vague) {
    return {
      status: 'partial',
      spans: [{ start: vague.start, end: vague.end }],
      message: `${quote(vague.text)} is vaag: de cliënt weet nog niet waar die aan toe is. Noem een concrete termijn of dag, bijvoorbeeld ${example}`,
    };
  }
  return {
    status: 'missing',
    spans: [],
    message: `Je maakt geen afspraak over het contact. Laat weten wanneer de cliënt een reactie kan verwachten of hoe vaak jullie schrijven, bijvoorbeeld ${example}`,
  };
}

export const expectations: Criterion = { id, label, check };
