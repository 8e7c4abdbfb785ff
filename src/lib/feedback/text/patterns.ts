import type { Span, TextAnalysis } from '../types.ts';
import { B, E } from './match.ts';

export interface PatternOptions {
  /** Regex flags; `g` for finding every hit. Default `iu`. */
  flags?: string;
  /** Whether a match must end at a word boundary too (default); off for lexicons whose entries end in a wildcard. */
  wholeEnd?: boolean;
  /** Anchored at the start of the text ("Beste …" only as the first word). */
  atStart?: boolean;
  /** A word that may not come right before a match: "geen" before "crisisdienst" makes it no referral. */
  notAfter?: string;
}

/**
 * The one compiler for lexicons written as regex sources (choice, time, curt, greetings, extras):
 * a case-insensitive Unicode pattern whose alternatives start, and by default end, at word boundaries
 * that understand accents. Longer alternatives are tried first, so "drie keer per week" wins over "drie".
 */
export function lexiconPattern(list: readonly string[], options: PatternOptions = {}): RegExp {
  const body = [...list].sort((a, b) => b.length - a.length).join('|');
  const start = (options.atStart ? '^' : B) + (options.notAfter ? `(?<!${B}${options.notAfter}\\s+)` : '');
  const end = options.wholeEnd === false ? '' : E;
  return new RegExp(`${start}(?:${body})${end}`, options.flags ?? 'iu');
}

/** A whole-word pattern for one lexicon. */
export function anyOf(list: readonly string[]): RegExp {
  return lexiconPattern(list);
}

/** The first sentence of the body in which the pattern occurs, as the matched span and the sentence text. */
export function firstHit(reply: TextAnalysis, regex: RegExp): { span: Span; sentence: string } | null {
  for (let i = reply.bodyFirst; i <= reply.bodyLast; i++) {
    const sentence = reply.sentences[i]!;
    const m = regex.exec(sentence.text);
    if (m) return { span: { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }, sentence: sentence.text };
  }
  return null;
}
