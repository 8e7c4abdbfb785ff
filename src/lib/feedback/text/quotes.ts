import type { Span } from '../types.ts';

/**
 * Quoted passages: text between double quotes („“ ” " « ») or single quotes
 * (‘ ’ '), on one line and at most 300 characters long. A single quote only
 * opens at the start of a word and closes at its end, so apostrophes in
 * "zo'n", "'s nachts" and "collega's" are not taken for quotes.
 */

const MAX_QUOTE = 300;
const LETTER = /[\p{L}\p{N}]/u;
const DOUBLE_OPEN = new Set(['"', '“', '„', '«', '”']);
const DOUBLE_CLOSE = new Set(['"', '”', '“', '»']);
const SINGLE_OPEN = new Set(["'", '‘', '’']);
const SINGLE_CLOSE = new Set(["'", '’', '‘']);
/** Elided words that start with an apostrophe. */
const ELISION = /^'(s|t|n|k|m)(?![\p{L}])/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

function findClose(text: string, from: number, closers: ReadonlySet<string>, single: boolean): number {
  const limit = Math.min(text.length, from + MAX_QUOTE);
  for (let i = from; i < limit; i++) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') return -1;
    if (!closers.has(ch)) continue;
    if (single && (isLetter(text[i + 1]) || !isLetter(text[i - 1]) && !/[.!?,]/.test(text[i - 1] ?? ''))) continue;
    return i;
  }
  return -1;
}

export function findQuotes(text: string): Span[] {
  const quotes: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const double = DOUBLE_OPEN.has(ch);
    const single = !double && SINGLE_OPEN.has(ch);
    if (!double && !single) continue;
    if (isLetter(text[i - 1]) || !isLetter(text[i + 1])) continue;
    if (single && ELISION.test(text.slice(i, i + 3).replace('’', "'"))) continue;
    const close = findClose(text, i + 1, double ? DOUBLE_CLOSE : SINGLE_CLOSE, single);
    if (close < 0) continue;
    quotes.push({ start: i + 1, end: close });
    i = close;
  }
  return quotes;
}
