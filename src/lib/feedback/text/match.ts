import type { Sentence, Span, TextAnalysis, Token } from '../types.ts';

/** Small helpers shared by the criteria: regex search with exact spans, quoting. */

/** Word boundaries that understand accents (JavaScript's \b does not). */
export const B = '(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';

/** Builds a case-insensitive Unicode regex whose alternatives are whole words or phrases. */
export function phrases(list: readonly string[], flags = 'giu'): RegExp {
  const body = [...list].sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`${B}(?:${body})${E}`, flags);
}

export interface Hit extends Span {
  text: string;
  sentence: number;
}

/** All matches of a global regex in the given sentences, with offsets into the whole text. */
export function findInSentences(analysis: TextAnalysis, regex: RegExp, first = 0, last = analysis.sentences.length - 1): Hit[] {
  const hits: Hit[] = [];
  for (let i = Math.max(0, first); i <= last && i < analysis.sentences.length; i++) {
    const sentence = analysis.sentences[i]!;
    regex.lastIndex = 0;
    for (let m = regex.exec(sentence.text); m; m = regex.exec(sentence.text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      hits.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, text: m[0], sentence: i });
    }
  }
  return hits;
}

/** First match of a (non-global or global) regex in one sentence. */
export function matchIn(sentence: Sentence, regex: RegExp): Hit | null {
  regex.lastIndex = 0;
  const m = regex.exec(sentence.text);
  regex.lastIndex = 0;
  if (!m) return null;
  return { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, text: m[0], sentence: -1 };
}

export function sentenceTokens(analysis: TextAnalysis, index: number): Token[] {
  const sentence = analysis.sentences[index];
  return sentence ? analysis.tokens.slice(sentence.firstToken, sentence.lastToken) : [];
}

/** Body sentence indices: after the salutation, before the closing. */
export function bodySentences(analysis: TextAnalysis): number[] {
  const list: number[] = [];
  for (let i = analysis.bodyFirst; i <= analysis.bodyLast; i++) list.push(i);
  return list;
}

const MAX_QUOTE = 90;

/** Text for a feedback message: ‘…’ around it, shortened in the middle of long passages. */
export function quote(text: string): string {
  const spaced = text.replace(/\s+/g, ' ').trim();
  // A sentence loses its full stop ("‘Dank je wel’."); abbreviations such as "z.s.m." keep theirs.
  const clean = spaced.includes(' ') ? spaced.replace(/(?<![.\s]\p{L}?)\.$/u, '') : spaced;
  const short = clean.length > MAX_QUOTE ? `${clean.slice(0, MAX_QUOTE - 1).trimEnd()}…` : clean;
  return `‘${short}’`;
}

export function quoteSpan(analysis: TextAnalysis, span: Span): string {
  return quote(analysis.text.slice(span.start, span.end));
}

/** Sorted spans without duplicates or overlaps. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else out.push({ start: span.start, end: span.end });
  }
  return out;
}

/** True when the span lies inside one of the quoted passages. */
export function insideQuote(analysis: TextAnalysis, span: Span): boolean {
  return analysis.quotes.some((q) => span.start >= q.start && span.end <= q.end);
}

/** Second-person words that point at the client. */
export const CLIENT_WORDS = new Set(['je', 'jij', 'jou', 'jouw', 'u', 'uw', 'jezelf', 'uzelf', 'jullie', 'jullie', "je'", 'jouwe', 'uwe', 'zelf']);
export const CLIENT_SUBJECTS = new Set(['je', 'jij', 'u', 'jullie']);

export function hasClientWord(tokens: readonly Token[]): boolean {
  return tokens.some((t) => CLIENT_WORDS.has(t.lower) && t.lower !== 'zelf');
}

/** Join a list of quoted findings in Dutch: ‘a’, ‘b’ en ‘c’. */
export function listNl(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}
