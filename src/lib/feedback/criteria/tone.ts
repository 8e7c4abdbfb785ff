import { defineCriterion, type Span, type TextAnalysis } from '../types.ts';
import { SHORT_GREETING_LINE, SHORTHAND } from '../lexicon/curt.ts';
import { obligationsIn, sentenceOrder } from '../text/directives.ts';
import { listNl, mergeSpans, quote } from '../text/match.ts';
import { lexiconPattern } from '../text/patterns.ts';
import { quoted } from '../text/query.ts';

const SHORT = lexiconPattern(SHORTHAND, { flags: 'giu' });

type Kind = 'shorthand' | 'directive' | 'dismissive' | 'sarcasm';

interface ToneHit extends Span {
  text: string;
  kind: Kind;
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
    for (const span of obligationsIn(reply, index)) add(span.start - sentence.start, reply.text.slice(span.start, span.end), 'directive');
  });
  // A string of orders ("Ga…", "Vermijd…", "Zorg voor…") is directive even without "je moet".
  const orders: number[] = [];
  for (let i = reply.bodyFirst; i <= reply.bodyLast; i++) if (sentenceOrder(reply, i) >= 0) orders.push(i);
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
