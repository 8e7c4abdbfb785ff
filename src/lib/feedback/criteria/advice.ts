import { defineCriterion, type Span, type TextAnalysis } from '../types.ts';
import { ADVICE, ADVICE_AS_OPTION, ASKS_FOR_ADVICE, EMERGENCY_HELP, PROCEDURE_WITH_COACH, PROCEDURE_WORDS, RESCUING } from '../lexicon/craft.ts';
import { REPORTED_AFTER, REPORTING } from '../lexicon/curt.ts';
import { phraseList } from '../text/phrases.ts';
import { quoted } from '../text/query.ts';
import { quote } from '../text/match.ts';
import { clauseOrders, obligationsIn, sentenceOrder } from '../text/directives.ts';

const advice = phraseList(ADVICE);
const asOption = phraseList(ADVICE_AS_OPTION);
const asks = phraseList(ASKS_FOR_ADVICE);
const procedure = phraseList(PROCEDURE_WORDS);
const procedureWithCoach = phraseList(PROCEDURE_WITH_COACH);
/** The coach in a sentence: "stuur het formulier naar mij", "in onze mails". */
const COACH_WORDS = new Set(['ik', 'me', 'mij', 'mijn', 'we', 'wij', 'ons', 'onze']);
const emergency = phraseList(EMERGENCY_HELP);
const rescue = phraseList(RESCUING);
/** Words right after an advice phrase that make it a request to the coach: "Misschien kun je me laten weten…". */
const TO_COACH = new Set(['me', 'mij', 'ons']);

interface Advice {
  span: Span;
  sentence: number;
  soft: boolean;
  /** Reassurance rather than a tip: "het komt wel goed". */
  rescue: boolean;
}

/** Did the client ask for advice? A question of the client with "tips", "wat moet ik", "advies"… */
function clientAsked(client: TextAnalysis | null): boolean {
  if (!client) return false;
  return client.sentences.some((s) => (s.question || s.mood === 'indirect-question') && asks.test(client.tokens, s.firstToken, s.lastToken));
}

/**
 * An instruction about the coaching itself ("Zorg dat je het formulier vóór vrijdag invult",
 * "Stuur je mail naar mij"), not advice about the client's life: a word of the
 * procedure, or a word of writing together with the coach.
 */
function aboutProcedure(reply: TextAnalysis, from: number, to: number): boolean {
  if (procedure.test(reply.tokens, from, to)) return true;
  if (!procedureWithCoach.test(reply.tokens, from, to)) return false;
  // The coach who gives the advice ("Mijn advies is om je vader te schrijven") is not the one written to.
  const advising = new Set<number>();
  for (const hit of advice.find(reply.tokens, from, to)) for (let k = hit.from; k < hit.to; k++) advising.add(k);
  for (let k = from; k < to; k++) if (COACH_WORDS.has(reply.tokens[k]!.lower) && !advising.has(k)) return true;
  return false;
}

function adviceIn(reply: TextAnalysis): Advice[] {
  const found: Advice[] = [];
  for (let i = reply.bodyFirst; i <= reply.bodyLast; i++) {
    const sentence = reply.sentences[i]!;
    if (sentence.mood === 'indirect-question' || aboutProcedure(reply, sentence.firstToken, sentence.lastToken)) continue;
    // "Bel vandaag nog 113": pointing to emergency help is a safety instruction.
    if (emergency.test(reply.tokens, sentence.firstToken, sentence.lastToken)) continue;
    const soft = asOption.test(reply.tokens, sentence.firstToken, sentence.lastToken) || sentence.mood.endsWith('question');
    const add = (span: Span, rescue = false) => {
      if (!quoted(reply, span) && !found.some((a) => a.span.start < span.end && span.start < a.span.end)) found.push({ span, sentence: i, soft, rescue });
    };
    for (const hit of advice.find(reply.tokens, sentence.firstToken, sentence.lastToken)) {
      const span = { start: reply.tokens[hit.from]!.start, end: reply.tokens[hit.to - 1]!.end };
      const before = reply.text.slice(Math.max(sentence.start, span.start - 40), span.start);
      const after = reply.text.slice(span.end, span.end + 80);
      if (REPORTING.test(before) || REPORTED_AFTER.test(after) || TO_COACH.has(reply.tokens[hit.to]?.lower ?? '')) continue;
      add(span);
    }
    for (const span of obligationsIn(reply, i)) add(span);
    // "Maak je geen zorgen, het komt wel goed": rescuing with reassurance the client did not ask for.
    for (const hit of rescue.find(reply.tokens, sentence.firstToken, sentence.lastToken)) add({ start: reply.tokens[hit.from]!.start, end: reply.tokens[hit.to - 1]!.end }, true);
    if (sentenceOrder(reply, i) >= 0) add({ start: sentence.start, end: sentence.end });
    for (const span of clauseOrders(reply, i)) add(span);
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
      rescuing: 'Hier stel je de cliënt gerust zonder dat die erom vroeg: {found}. Zo neem je de zorg over in plaats van die te erkennen; vraag liever wat de cliënt nodig heeft.',
    },
  },
  check(reply, context) {
    const found = adviceIn(reply);
    if (found.length === 0) return { status: 'met', messageId: 'none', spans: [] };
    const spans = found.slice(0, 4).map((a) => a.span);
    const text = (a: Advice) => quote(reply.sentences[a.sentence]!.text);
    const tips = found.filter((a) => !a.rescue);
    if (tips.length === 0) return { status: 'missing', messageId: 'rescuing', data: { found: text(found[0]!) }, spans };
    if (clientAsked(context.clientMessage)) {
      const hard = tips.find((a) => !a.soft);
      if (hard) return { status: 'partial', messageId: 'directive', data: { found: text(hard) }, spans };
      return { status: 'met', messageId: 'asked', data: { found: text(tips[0]!) }, spans };
    }
    return { status: 'missing', messageId: 'unasked', data: { found: text(tips[0]!) }, spans };
  },
});

export default adviceCriterion;
