/**
 * Character and word counts for the editor. Words are the word-like segments of
 * `Intl.Segmenter` (Dutch), so punctuation and spaces don't count; characters are
 * grapheme clusters, so an emoji or an accented letter counts once.
 */

import { countWordRuns } from '../feedback/text/word-runs.ts';

let wordSegmenter: Intl.Segmenter | null | undefined;
let graphemeSegmenter: Intl.Segmenter | null | undefined;

function segmenter(granularity: 'word' | 'grapheme'): Intl.Segmenter | null {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return null;
  if (granularity === 'word') return (wordSegmenter ??= new Intl.Segmenter('nl', { granularity: 'word' }));
  return (graphemeSegmenter ??= new Intl.Segmenter('nl', { granularity: 'grapheme' }));
}

/** Above this length the counts use quick loops instead of the segmenter, so typing stays fluent in a pasted book. */
const EXACT_LIMIT = 50_000;


/** Code points rather than grapheme clusters. */
function quickCharacters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xdc00 || code > 0xdfff) n++;
  }
  return n;
}

export function countWords(text: string): number {
  // An empty text box (most pages at start) needs no segmenter, whose first creation is slow.
  if (text === '') return 0;
  if (text.length > EXACT_LIMIT) return countWordRuns(text);
  const seg = segmenter('word');
  if (!seg) return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
  let n = 0;
  for (const s of seg.segment(text)) if (s.isWordLike) n++;
  return n;
}

export function countCharacters(text: string): number {
  if (text === '') return 0;
  if (text.length > EXACT_LIMIT) return quickCharacters(text);
  const seg = segmenter('grapheme');
  if (!seg) return Array.from(text).length;
  let n = 0;
  for (const _ of seg.segment(text)) n++;
  return n;
}

/** The editor's counts line for a text, e.g. "12 tekens · 2 woorden". */
export function countsLine(text: string): string {
  return formatCounts(countCharacters(text), countWords(text));
}

export function formatCounts(characters: number, words: number): string {
  return `${characters} ${characters === 1 ? 'teken' : 'tekens'} · ${words} ${words === 1 ? 'woord' : 'woorden'}`;
}
