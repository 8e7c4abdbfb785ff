import { defineCriterion, type Span, type TextAnalysis } from '../types.ts';
import { ADVICE, ADVICE_AS_OPTION, ASKS_FOR_ADVICE, EMERGENCY_HELP, PROCEDURE_WORDS } from '../lexicon/craft.ts';
import { ADVICE_IMPERATIVES } from '../lexicon/acts.ts';
import { REPORTED_AFTER, REPORTING } from '../lexicon/curt.ts';
import { phraseList } from '../text/phrases.ts';
import { quoted } from '../text/query.ts';
import { quote } from '../text/match.ts';

const advice = phraseList(ADVICE);
const asOption = phraseList(ADVICE_AS_OPTION);
const asks = phraseList(ASKS_FOR_ADVICE);
const imperatives = new Set(ADVICE_IMPERATIVES);
const procedure = phraseList(PROCEDURE_WORDS);
const emergency = phraseList(EMERGENCY_HELP);
/** Words right after an advice phrase that make it a request to the coach: "Misschien kun je me laten weten…". */
const TO_COACH = new Set(['me', 'mij', 'ons']);

interface Advice {
  span: Span;
  sentence: number;
  soft: boolean;
}

/** Did the client ask for advice? A question of the client with "tips", "wat moet ik", "advies"… */
function clientAsked(client: TextAnalysis | null): boolean {
  if (!client) return false;
  return client.sentences.some((s) => (s.question || s.mood === 'indirect-question') && asks.test(client.tokens, s.firstToken, s.lastToken));
}

function adviceIn(reply: TextAnalysis): Advice[] {
  const found: Advice[] = [];
  for (let i = reply.bodyFirst; i <= reply.bodyLast; i++) {
    const sentence = reply.sentences[i]!;
    // "Zorg dat je het formulier vóór vrijdag invult": an instruction about the procedure, not advice about the client's life.
    if (sentence.mood === 'indirect-question' || procedure.test(reply.tokens, sentence.firstToken, sentence.lastToken)) continue;
    // "Bel vandaag nog 113": pointing to emergency help is a safety instruction.
    if (emergency.test(reply.tokens, sentence.firstToken, sentence.lastToken)) continue;
    const soft = asOption.test(reply.tokens, sentence.firstToken, sentence.lastToken) || sentence.mood.endsWith('question');
    for (const hit of advice.find(reply.tokens, sentence.firstToken, sentence.lastToken)) {
      const span = { start: reply.tokens[hit.from]!.start, end: reply.tokens[hit.to - 1]!.end };
      const before = reply.text.slice(Math.max(sentence.start, span.start - 40), span.start);
      const after = reply.text.slice(span.end, span.end + 80);
      if (quoted(reply, span) || REPORTING.test(before) || REPORTED_AFTER.test(after) || TO_COACH.has(reply.tokens[hit.to]?.lower ?? '')) continue;
      found.push({ span, sentence: i, soft });
    }
    const first = reply.tokens[sentence.firstToken];
    if (sentence.mood === 'imperative' && first && imperatives.has(first.lower)) {
      let request = false;
      for (let k = sentence.firstToken; k < sentence.lastToken; k++) if (['gerust', 'me', 'mij', 'terug', 'welkom', 'maar'].includes(reply.tokens[k]!.lower)) request = true;
      if (!request) found.push({ span: { start: sentence.start, end: sentence.end }, sentence: i, soft });
    }
  }
  return found;
}

export const adviceCriterion = defineCriterion({
  id: 'advice',
  meta: {
    label: 'Geen ongevraagd advies',
    why: 'Een snel advies voelt behulpzaam, maar neemt de cliënt het eigen zoeken uit handen en zegt tussen de regels dat de coach het beter weet. Geef alleen advies als de cliënt erom vraagt, en breng het dan als mogelijkheid, niet als opdracht.',
    kind: 'avoid',
    contract: false,
    messages: {
      none: 'Je geeft geen ongevraagd advies: de cliënt houdt de regie.',
      asked: 'De cliënt vroeg om advies, en je brengt het als mogelijkheid: {found}.',
      directive: 'De cliënt vroeg om advies, maar je brengt het als opdracht: {found}. Bied het aan als mogelijkheid, bijvoorbeeld ‘Misschien helpt het om…’.',
      unasked: 'Hier geef je advies waar de cliënt niet om vroeg: {found}. Vraag eerst wat de cliënt zelf al probeerde of nodig heeft.',
    },
  },
  check(reply, context) {
    const found = adviceIn(reply);
    if (found.length === 0) return { status: 'met', messageId: 'none', spans: [] };
    const spans = found.slice(0, 4).map((a) => a.span);
    const text = (a: Advice) => quote(reply.sentences[a.sentence]!.text);
    if (clientAsked(context.clientMessage)) {
      const hard = found.find((a) => !a.soft);
      if (hard) return { status: 'partial', messageId: 'directive', data: { found: text(hard) }, spans };
      return { status: 'met', messageId: 'asked', data: { found: text(found[0]!) }, spans };
    }
    return { status: 'missing', messageId: 'unasked', data: { found: text(found[0]!) }, spans };
  },
});

export default adviceCriterion;
