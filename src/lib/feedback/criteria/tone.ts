import type { Criterion, JudgeContext, Span, TextAnalysis, Verdict } from '../types.ts';
import { DIRECTIVES, EPISTEMIC_AFTER, REPORTING, SHORT_GREETING_LINE, SHORTHAND } from '../lexicon/curt.ts';
import { B, E, insideQuote, listNl, mergeSpans, quote } from '../text/match.ts';

export const id = 'tone' as const;
export const label = 'Warme toon';
export const why =
  'Zakelijke e-mail valt met de deur in huis: afkortingen, bijlagen en opdrachten maken een bericht kil en afstandelijk. In geschreven begeleiding kies je bewust woorden die verbinden, zonder kortaf jargon of dwingende taal.';

const SHORT = new RegExp(`${B}(?:${SHORTHAND.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
const DIRECTIVE = new RegExp(`${B}(?:${DIRECTIVES.join('|')})${E}`, 'giu');

interface ToneHit extends Span {
  text: string;
  directive: boolean;
}

function scan(reply: TextAnalysis): ToneHit[] {
  const hits: ToneHit[] = [];
  reply.sentences.forEach((sentence) => {
    const add = (start: number, text: string, directive: boolean) => {
      const span = { start: sentence.start + start, end: sentence.start + start + text.length };
      if (!insideQuote(reply, span)) hits.push({ ...span, text: text.trim(), directive });
    };
    const greeting = SHORT_GREETING_LINE.exec(sentence.text);
    if (greeting) add(0, greeting[0].replace(/[\s,]+$/u, ''), false);
    SHORT.lastIndex = 0;
    for (let m = SHORT.exec(sentence.text); m; m = SHORT.exec(sentence.text)) add(m.index, m[0], false);
    if (sentence.question) return;
    DIRECTIVE.lastIndex = 0;
    for (let m = DIRECTIVE.exec(sentence.text); m; m = DIRECTIVE.exec(sentence.text)) {
      const before = sentence.text.slice(Math.max(0, m.index - 40), m.index);
      const after = sentence.text.slice(m.index + m[0].length);
      if (!REPORTING.test(before) && !EPISTEMIC_AFTER.test(after)) add(m.index, m[0], true);
    }
  });
  return hits;
}

export function check(reply: TextAnalysis, _context: JudgeContext): Verdict {
  const hits = scan(reply);
  if (hits.length === 0) {
    return { status: 'met', spans: [], message: 'Je schrijft zonder afkortingen, zakelijke formules of dwingende taal. Zo blijft de toon warm.' };
  }
  const spans = mergeSpans(hits);
  const found = listNl([...new Set(hits.map((h) => h.text.toLowerCase()))].slice(0, 5).map(quote));
  const directive = hits.some((h) => h.directive);
  const advice = directive
    ? 'Nodig uit in plaats van op te dragen, bijvoorbeeld ‘Zou je willen proberen…?’ of ‘Misschien helpt het om…’.'
    : 'Schrijf voluit en persoonlijk, bijvoorbeeld ‘Ik stuur je een formulier mee’ in plaats van ‘zie bijlage’.';
  const status = directive || hits.length > 1 ? 'missing' : 'partial';
  return { status, spans, message: `Hier klinkt je bericht kortaf of dwingend: ${found}. ${advice}` };
}

export const tone: Criterion = { id, label, check };
