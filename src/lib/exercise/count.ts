/**
 * Character and word counts for the editor. Words are the word-like segments of
 * `Intl.Segmenter` (Dutch), so punctuation and spaces don't count; characters are
 * grapheme clusters, so an emoji or an accented letter counts once.
 */

let wordSegmenter: Intl.Segmenter | null | undefined;
let graphemeSegmenter: Intl.Segmenter | null | undefined;

function segmenter(granularity: 'word' | 'grapheme'): Intl.Segmenter | null {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return null;
  if (granularity === 'word') return (wordSegmenter ??= new Intl.Segmenter('nl', { granularity: 'word' }));
  return (graphemeSegmenter ??= new Intl.Segmenter('nl', { granularity: 'grapheme' }));
}

export function countWords(text: string): number {
  const seg = segmenter('word');
  if (!seg) return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
  let n = 0;
  for (const s of seg.segment(text)) if (s.isWordLike) n++;
  return n;
}

export function countCharacters(text: string): number {
  const seg = segmenter('grapheme');
  if (!seg) return Array.from(text).length;
  let n = 0;
  for (const _ of seg.segment(text)) n++;
  return n;
}

export function formatCounts(characters: number, words: number): string {
  return `${characters} ${characters === 1 ? 'teken' : 'tekens'} · ${words} ${words === 1 ? 'woord' : 'woorden'}`;
}
