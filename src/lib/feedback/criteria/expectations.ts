import { defineCriterion, type TextAnalysis } from '../types.ts';
import { COACH_SUBJECT, CONCRETE_TIME, CONTACT_NOUNS, CONTACT_VERBS, OPEN_ENDED, REPORTED, VAGUE_TIME } from '../lexicon/time.ts';
import { quote, type Hit } from '../text/match.ts';
import { lexiconPattern } from '../text/patterns.ts';
import { byForm } from '../messages.ts';

const CONCRETE = lexiconPattern(CONCRETE_TIME);
const VAGUE = lexiconPattern(VAGUE_TIME);
const CONTACT_NOUN = lexiconPattern(CONTACT_NOUNS);
const CONTACT_VERB = lexiconPattern(CONTACT_VERBS);

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

export const expectations = defineCriterion({
  id: 'expectations',
  meta: {
    label: 'Verwachtingen en werkwijze',
    why: 'Een cliënt die weet wanneer er antwoord komt en hoe vaak jullie schrijven, hoeft niet te gissen en kan zich ontspannen. Maak die afspraken concreet, en meld het tijdig als een reactie later komt dan afgesproken.',
    kind: 'include',
    contract: true,
    messages: {
      met: 'Je maakt de werkwijze concreet: {found}.',
      vague: '{found} is vaag: de cliënt weet nog niet waar die aan toe is. Noem een concrete termijn of dag, bijvoorbeeld {example}',
      missing: 'Je maakt geen afspraak over het contact. Laat weten wanneer de cliënt een reactie kan verwachten of hoe vaak jullie schrijven, bijvoorbeeld {example}',
    },
  },
  check(reply, context) {
    let vague: Hit | null = null;
    for (let i = reply.bodyFirst; i <= reply.bodyLast; i++) {
      const sentence = reply.sentences[i]!;
      if (!aboutContact(sentence.text)) continue;
      const concrete = OPEN_ENDED.test(sentence.text) ? null : hitIn(reply, i, CONCRETE);
      if (concrete) return { status: 'met', messageId: 'met', data: { found: quote(sentence.text) }, spans: [{ start: concrete.start, end: concrete.end }] };
      vague ??= hitIn(reply, i, OPEN_ENDED) ?? hitIn(reply, i, VAGUE);
    }
    const example = byForm(context, '‘Na elk bericht krijg je binnen twee werkdagen antwoord van me.’', '‘Na elk bericht krijgt u binnen twee werkdagen antwoord van mij.’');
    if (vague) return { status: 'partial', messageId: 'vague', data: { found: quote(vague.text), example }, spans: [{ start: vague.start, end: vague.end }] };
    return { status: 'missing', messageId: 'missing', data: { example }, spans: [] };
  },
});

export default expectations;
