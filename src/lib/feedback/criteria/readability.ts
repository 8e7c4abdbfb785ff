import type { Criterion, JudgeContext, Paragraph, Span, TextAnalysis, Verdict } from '../types.ts';
import { quote } from '../text/match.ts';

export const id = 'readability' as const;
export const label = 'Leesbaarheid';
export const why =
  'Een bericht dat prettig leest, nodigt uit tot antwoorden. Korte alinea’s en zinnen van gewone lengte geven rust; een muur van tekst schrikt af, zeker voor een cliënt die moe of onzeker is.';

/** Limits; the exercise may override them through `options.readability`. */
const DEFAULTS = { maxParagraphWords: 90, maxSentenceWords: 35, maxAverageWords: 22, wallWords: 150 };

function limits(context: JudgeContext): typeof DEFAULTS {
  const given = context.options['readability'];
  return given && typeof given === 'object' ? { ...DEFAULTS, ...(given as Partial<typeof DEFAULTS>) } : DEFAULTS;
}

function countWords(reply: TextAnalysis, paragraph: Paragraph): number {
  if (paragraph.firstSentence < 0) return 0;
  const first = reply.sentences[paragraph.firstSentence]!;
  const last = reply.sentences[paragraph.lastSentence]!;
  return last.lastToken - first.firstToken;
}

export function check(reply: TextAnalysis, context: JudgeContext): Verdict {
  const limit = limits(context);
  const bodySentences = reply.sentences.slice(reply.bodyFirst, reply.bodyLast + 1);
  const words = bodySentences.reduce((sum, s) => sum + (s.lastToken - s.firstToken), 0);
  if (words === 0) return { status: 'missing', spans: [], message: 'Er staat nog geen tekst om te beoordelen.' };
  const problems: string[] = [];
  const spans: Span[] = [];
  const longSentences = bodySentences.filter((s) => s.lastToken - s.firstToken > limit.maxSentenceWords);
  if (longSentences.length) {
    spans.push(...longSentences.map((s) => ({ start: s.start, end: s.end })));
    problems.push(`${longSentences.length === 1 ? 'een zin is' : `${longSentences.length} zinnen zijn`} erg lang (${quote(longSentences[0]!.text)})`);
  }
  const average = words / bodySentences.length;
  if (average > limit.maxAverageWords && longSentences.length === 0) problems.push(`je zinnen tellen gemiddeld ${Math.round(average)} woorden`);
  const paragraphs = reply.paragraphs.map((p) => ({ span: p, words: countWords(reply, p) }));
  const longParagraphs = paragraphs.filter((p) => p.words > limit.maxParagraphWords);
  const wall = paragraphs.some((p) => p.words > limit.wallWords);
  if (longParagraphs.length) {
    spans.push(...longParagraphs.map((p) => ({ start: p.span.start, end: p.span.end })));
    problems.push(wall ? 'je bericht is één muur van tekst; verdeel het in korte alinea’s met een witregel ertussen' : 'een alinea is lang; splits hem met een witregel');
  }
  if (problems.length === 0) {
    return { status: 'met', spans: [], message: 'Je bericht leest prettig: korte alinea’s en zinnen van gewone lengte.' };
  }
  const status = wall || problems.length > 1 ? 'missing' : 'partial';
  const text = problems.join('; ');
  return { status, spans, message: `${text.charAt(0).toUpperCase()}${text.slice(1)}. Korte zinnen en alinea’s lezen rustiger.` };
}

export const readability: Criterion = { id, label, check };
