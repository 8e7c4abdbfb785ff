import type { Paragraph, Sentence, Token } from '../types.ts';

/**
 * Sentence splitting and word tokenising with `Intl.Segmenter('nl')`.
 * All positions are UTF-16 offsets into the original text, so emoji, accents
 * and CRLF line ends keep their exact place.
 */

const sentenceSegmenter = new Intl.Segmenter('nl', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('nl', { granularity: 'word' });

/** Abbreviations after which a full stop does not end a sentence (lower case, without the final dot). */
const ABBREVIATIONS = new Set([
  'bijv', 'bv', 'b.v', 'o.a', 'd.w.z', 'm.b.t', 'e.d', 'enz', 'evt', 'ca', 'dhr', 'mevr', 'mw', 'mr', 'dr', 'drs',
  'ir', 'ing', 'prof', 'nr', 'blz', 'p', 'incl', 'excl', 'i.v.m', 'a.s', 't.z.t', 'e.a', 't.a.v', 'n.a.v', 'i.p.v',
  'm.i', 'resp', 'jl', 'vs', 'o.b.v', 'z.g.a.n', 'zgn', 'tel', 'st', 'vgl', 'etc', 'm.n', 'i.o.m', 'm.u.v', 'o.i.d',
]);

const SPACE = /\s/u;
const LAST_WORD = /([\p{L}.]+)\.$/u;
/** Characters that may follow a closing question mark: quotes, brackets, emoji, spaces. */
const AFTER_QUESTION = /[\s"'”’»)\]\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f\ud800-\udfff]/u;
const NEWLINE = /[\r\n]/;

export interface RawSentence {
  start: number;
  end: number;
}

function trimSpan(text: string, start: number, end: number): RawSentence | null {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(text[s]!)) s++;
  while (e > s && SPACE.test(text[e - 1]!)) e--;
  return s < e ? { start: s, end: e } : null;
}

function endsWithAbbreviation(text: string, span: RawSentence, segmentEnd: number): boolean {
  // A line break after the dot always ends the sentence.
  if (NEWLINE.test(text.slice(span.end, segmentEnd))) return false;
  const tail = text.slice(Math.max(span.start, span.end - 12), span.end);
  const match = LAST_WORD.exec(tail);
  return match !== null && ABBREVIATIONS.has(match[1]!.toLowerCase());
}

/**
 * A full stop, question or exclamation mark before a lower-case word: chat writers often start sentences in lower case.
 * In chat an emoji ends a sentence too: "je bent een held 💪 hoe doen jullie het nu?".
 */
const LOWER_START = /(?:[.!?]+["'”’)]*|\p{Extended_Pictographic}[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f]*)\s+(?=\p{Ll})/gu;

/** Segments of the sentence segmenter, split once more where a chat sentence starts in lower case. */
function* segments(text: string): Generator<{ index: number; segment: string }> {
  for (const segment of sentenceSegmenter.segment(text)) {
    let from = 0;
    LOWER_START.lastIndex = 0;
    for (let m = LOWER_START.exec(segment.segment); m; m = LOWER_START.exec(segment.segment)) {
      const cut = m.index + m[0].length;
      const before = segment.segment.slice(Math.max(from, m.index - 12), m.index + 1);
      const word = LAST_WORD.exec(before);
      if (segment.segment[m.index] === '.' && word && ABBREVIATIONS.has(word[1]!.toLowerCase())) continue;
      yield { index: segment.index + from, segment: segment.segment.slice(from, cut) };
      from = cut;
    }
    yield { index: segment.index + from, segment: segment.segment.slice(from) };
  }
}

/** Sentence spans without surrounding white space, abbreviations such as "bijv." kept inside. */
export function splitSentences(text: string): RawSentence[] {
  const result: RawSentence[] = [];
  let pending: RawSentence | null = null;
  for (const segment of segments(text)) {
    const segmentEnd = segment.index + segment.segment.length;
    const span = trimSpan(text, segment.index, segmentEnd);
    if (!span) continue;
    const current: RawSentence = pending ? { start: pending.start, end: span.end } : span;
    if (endsWithAbbreviation(text, current, segmentEnd)) {
      pending = current;
      continue;
    }
    pending = null;
    result.push(current);
  }
  if (pending) result.push(pending);
  return result;
}

/** Paragraph spans: blocks of text separated by an empty line. */
export function splitParagraphs(text: string): RawSentence[] {
  const result: RawSentence[] = [];
  const blank = /\r?\n[ \t]*\r?\n/g;
  let from = 0;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    const span = trimSpan(text, from, m.index);
    if (span) result.push(span);
    from = m.index + m[0].length;
  }
  const last = trimSpan(text, from, text.length);
  if (last) result.push(last);
  return result;
}

export function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/[’‘`´]/g, "'");
}

/** Word-like tokens of the text (no punctuation, no spaces, no emoji). */
export function splitWords(text: string): Array<{ start: number; end: number; text: string }> {
  const words: Array<{ start: number; end: number; text: string }> = [];
  for (const segment of wordSegmenter.segment(text)) {
    if (!segment.isWordLike) continue;
    words.push({ start: segment.index, end: segment.index + segment.segment.length, text: segment.segment });
  }
  return words;
}

export function isQuestionText(sentence: string): boolean {
  let i = sentence.length - 1;
  while (i >= 0 && sentence[i] !== '?' && AFTER_QUESTION.test(sentence[i]!)) i--;
  return sentence[i] === '?';
}

/**
 * Builds sentences, tokens and paragraphs from raw sentence spans: each sentence
 * knows its paragraph and its token range, each token its sentence.
 */
export function buildStructure(
  text: string,
  rawSentences: RawSentence[],
  words: Array<{ start: number; end: number; text: string }> = splitWords(text),
): { sentences: Sentence[]; tokens: Token[]; paragraphs: Paragraph[] } {
  const rawParagraphs = splitParagraphs(text);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  let w = 0;
  let p = 0;
  for (const raw of rawSentences) {
    while (w < words.length && words[w]!.end <= raw.start) w++;
    const firstToken = tokens.length;
    while (w < words.length && words[w]!.start < raw.end) {
      const word = words[w]!;
      tokens.push({ ...word, lower: normaliseWord(word.text), sentence: sentences.length });
      w++;
    }
    while (p < rawParagraphs.length - 1 && rawParagraphs[p]!.end <= raw.start) p++;
    const sentenceText = text.slice(raw.start, raw.end);
    sentences.push({
      start: raw.start,
      end: raw.end,
      text: sentenceText,
      firstToken,
      lastToken: tokens.length,
      paragraph: p,
      question: isQuestionText(sentenceText),
      mood: 'statement',
      ironic: false,
      firstClause: 0,
      lastClause: 0,
    });
  }
  const paragraphs: Paragraph[] = rawParagraphs.map((para) => ({ start: para.start, end: para.end, firstSentence: -1, lastSentence: -1 }));
  sentences.forEach((sentence, i) => {
    const para = paragraphs[sentence.paragraph];
    if (!para) return;
    if (para.firstSentence < 0) para.firstSentence = i;
    para.lastSentence = i;
  });
  return { sentences, tokens, paragraphs };
}

