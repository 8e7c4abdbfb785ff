import type { Span, TextAnalysis } from '../types.ts';

/** Small helpers shared by the criteria: regex search with exact spans, quoting. */

/** Word boundaries that understand accents (JavaScript's \b does not). */
export const B = '(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';

export interface Hit extends Span {
  text: string;
  sentence: number;
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

/** Join a list of quoted findings in Dutch: ‘a’, ‘b’ en ‘c’. */
export function listNl(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}
