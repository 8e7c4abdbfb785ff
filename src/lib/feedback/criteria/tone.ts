import { defineCriterion, type Span, type TextAnalysis } from '../types.ts';
import { DIRECTIVES, EPISTEMIC_LAST, REPORTED_AFTER, REPORTING, SHORT_GREETING_LINE, SHORTHAND } from '../lexicon/curt.ts';
import { ADVICE_IMPERATIVES } from '../lexicon/acts.ts';
import { clauseOf, tokenAt } from '../text/query.ts';
import { listNl, mergeSpans, quote } from '../text/match.ts';
import { lexiconPattern } from '../text/patterns.ts';
import { quoted } from '../text/query.ts';

const SHORT = lexiconPattern(SHORTHAND, { flags: 'giu' });
const DIRECTIVE = lexiconPattern(DIRECTIVES, { flags: 'giu' });
const EPISTEMIC = new Set(EPISTEMIC_LAST);

type Kind = 'shorthand' | 'directive' | 'dismissive' | 'sarcasm';

interface ToneHit extends Span {
  text: string;
  kind: Kind;
}

const adviceImperatives = new Set(ADVICE_IMPERATIVES);
const REQUEST_WORDS = new Set(['gerust', 'me', 'mij', 'terug', 'welkom']);

/** "Dat moet je veel energie hebben gekost": "moet" of likelihood, not of duty, read from the last word of its clause. */
function epistemic(reply: TextAnalysis, offset: number): boolean {
  const index = tokenAt(reply, offset);
  if (index < 0) return false;
  const clause = clauseOf(reply, index)!;
  const last = reply.tokens[clause.lastToken - 1]?.lower ?? '';
  return EPISTEMIC.has(last);
}

/** An order to act: an imperative with an advice verb that is not a request to write back. */
function commands(reply: TextAnalysis, index: number): boolean {
  const sentence = reply.sentences[index]!;
  if (sentence.mood !== 'imperative' || !adviceImperatives.has(reply.tokens[sentence.firstToken]!.lower)) return false;
  for (let k = sentence.firstToken; k < sentence.lastToken; k++) if (REQUEST_WORDS.has(reply.tokens[k]!.lower)) return false;
  return true;
}

function scan(reply: TextAnalysis): ToneHit[] {
  const hits: ToneHit[] = [];
  reply.sentences.forEach((sentence, index) => {
    const add = (start: number, text: string, kind: Kind) => {
      const span = { start: sentence.start + start, end: sentence.start + start + text.length };
      if (!quoted(reply, span)) hits.push({ ...span, text: text.trim(), kind });
    };
    const greeting = SHORT_GREETING_LINE.exec(sentence.text);
    if (greeting) add(0, greeting[0].replace(/[\s,]+$/u, ''), 'shorthand');
    SHORT.lastIndex = 0;
    for (let m = SHORT.exec(sentence.text); m; m = SHORT.exec(sentence.text)) add(m.index, m[0], 'shorthand');
    if (sentence.ironic) add(0, sentence.text, 'sarcasm');
    if (sentence.mood.endsWith('question')) return;
    DIRECTIVE.lastIndex = 0;
    for (let m = DIRECTIVE.exec(sentence.text); m; m = DIRECTIVE.exec(sentence.text)) {
      const before = sentence.text.slice(Math.max(0, m.index - 40), m.index);
      const after = sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
      if (!REPORTING.test(before) && !REPORTED_AFTER.test(after) && !epistemic(reply, sentence.start + m.index)) add(m.index, m[0], 'directive');
    }
  });
  // A string of orders ("Ga…", "Vermijd…", "Zorg voor…") is directive even without "je moet".
  const orders: number[] = [];
  for (let i = reply.bodyFirst; i <= reply.bodyLast; i++) if (commands(reply, i)) orders.push(i);
  if (orders.length >= 2) {
    for (const i of orders) {
      const s = reply.sentences[i]!;
      const first = reply.tokens[s.firstToken]!;
      hits.push({ start: first.start, end: first.end, text: first.text, kind: 'directive' });
    }
  }
  for (const dismissal of reply.dismissals) {
    if (!quoted(reply, dismissal)) hits.push({ start: dismissal.start, end: dismissal.end, text: dismissal.text, kind: 'dismissive' });
  }
  return hits;
}

export const tone = defineCriterion({
  id: 'tone',
  meta: {
    label: 'Warme toon',
    why: 'Zakelijke e-mail valt met de deur in huis: afkortingen, bijlagen en opdrachten maken een bericht kil en afstandelijk. In geschreven begeleiding kies je bewust woorden die verbinden, zonder kortaf jargon, dwingende taal of spot.',
    kind: 'avoid',
    contract: true,
    messages: {
      met: 'Je schrijft zonder afkortingen, zakelijke formules of dwingende taal. Zo blijft de toon warm.',
      shorthand: 'Hier klinkt je bericht kortaf: {found}. Schrijf voluit en persoonlijk, bijvoorbeeld ‘Ik stuur je een formulier mee’ in plaats van ‘zie bijlage’.',
      directive: 'Hier klinkt je bericht dwingend: {found}. Nodig uit in plaats van op te dragen, bijvoorbeeld ‘Zou je willen proberen…?’ of ‘Misschien helpt het om…’.',
      dismissive: 'Hier maak je het gevoel van de cliënt kleiner of wuif je het weg: {found}. Neem serieus wat de cliënt schrijft, ook als je wilt relativeren of aanmoedigen.',
      sarcasm: 'Dit leest als spot: {found}. Ironie komt op schrift hard aan, zeker bij een cliënt die zich al onzeker voelt. Schrijf wat je bedoelt, oprecht.',
    },
  },
  check(reply) {
    const hits = scan(reply);
    if (hits.length === 0) return { status: 'met', messageId: 'met', spans: [] };
    const rank: Record<Kind, number> = { sarcasm: 4, dismissive: 3, directive: 2, shorthand: 1 };
    const worst = hits.reduce((a, b) => (rank[b.kind] > rank[a.kind] ? b : a));
    const found = listNl([...new Set(hits.filter((h) => h.kind === worst.kind).map((h) => h.text.toLowerCase()))].slice(0, 5).map(quote));
    const status = worst.kind !== 'shorthand' || hits.length > 1 ? 'missing' : 'partial';
    return { status, messageId: worst.kind, data: { found }, spans: mergeSpans(hits) };
  },
});

export default tone;
