import { defineCriterion, type JudgeContext, type Paragraph, type Span, type TextAnalysis } from '../types.ts';
import { quote } from '../text/match.ts';

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

export const readability = defineCriterion({
  id: 'readability',
  meta: {
    label: 'Leesbaarheid',
    why: 'Een bericht dat prettig leest, nodigt uit tot antwoorden. Korte alinea’s en zinnen van gewone lengte geven rust; een muur van tekst schrikt af, zeker voor een cliënt die moe of onzeker is.',
    kind: 'avoid',
    contract: false,
    messages: {
      met: 'Je bericht leest prettig: korte alinea’s en zinnen van gewone lengte.',
      problems: '{problems}. Korte zinnen en alinea’s lezen rustiger.',
      empty: 'Er staat nog geen tekst om te beoordelen.',
    },
    options: {
      maxParagraphWords: { type: 'number', description: 'Langste alinea in woorden.', minimum: 10 },
      maxSentenceWords: { type: 'number', description: 'Langste zin in woorden.', minimum: 5 },
      maxAverageWords: { type: 'number', description: 'Hoogste gemiddelde zinslengte in woorden.', minimum: 5 },
      wallWords: { type: 'number', description: 'Alinea die als muur van tekst telt, in woorden.', minimum: 20 },
    },
  },
  check(reply, context) {
    const limit = limits(context);
    const bodySentences = reply.sentences.slice(reply.bodyFirst, reply.bodyLast + 1);
    const words = bodySentences.reduce((sum, s) => sum + (s.lastToken - s.firstToken), 0);
    if (words === 0) return { status: 'missing', messageId: 'empty', spans: [] };
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
    if (problems.length === 0) return { status: 'met', messageId: 'met', spans: [] };
    const text = problems.join('; ');
    return { status: wall || problems.length > 1 ? 'missing' : 'partial', messageId: 'problems', data: { problems: `${text.charAt(0).toUpperCase()}${text.slice(1)}` }, spans };
  },
});

export default readability;
