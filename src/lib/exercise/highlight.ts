import type { Span } from './types.ts';

export interface HighlightSource {
  id: string;
  spans: readonly Span[];
  /** True when these spans point at something to improve (e.g. curt tone). */
  problem?: boolean;
}

/** A piece of the text; `criteria` is empty for unmarked text. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  criteria: string[];
  problem: boolean;
}

/**
 * Cuts the text into segments at every span edge, so overlapping spans from
 * several criteria are shown as one run of marks. With `selected`, only that
 * criterion's spans are marked. Offsets are exact UTF-16 offsets; spans outside
 * the text are clipped. The result is meant to be rendered as text nodes.
 */
export function highlightSegments(
  text: string,
  sources: readonly HighlightSource[],
  selected: string | null = null,
): Segment[] {
  const length = text.length;
  const active: { id: string; start: number; end: number; problem: boolean }[] = [];
  for (const source of sources) {
    if (selected !== null && source.id !== selected) continue;
    for (const span of source.spans) {
      if (!Number.isFinite(span.start) || !Number.isFinite(span.end)) continue;
      const start = Math.max(0, Math.min(length, Math.trunc(span.start)));
      const end = Math.max(0, Math.min(length, Math.trunc(span.end)));
      if (end > start) active.push({ id: source.id, start, end, problem: source.problem === true });
    }
  }
  if (length === 0) return [];
  if (active.length === 0) return [{ start: 0, end: length, text, criteria: [], problem: false }];

  const edges = new Set<number>([0, length]);
  for (const a of active) {
    edges.add(a.start);
    edges.add(a.end);
  }
  const points = [...edges].sort((x, y) => x - y);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = active.filter((a) => a.start <= start && a.end >= end);
    const criteria = [...new Set(covering.map((a) => a.id))];
    const problem = covering.some((a) => a.problem);
    const last = segments[segments.length - 1];
    if (last && last.problem === problem && sameMembers(last.criteria, criteria)) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else {
      segments.push({ start, end, text: text.slice(start, end), criteria, problem });
    }
  }
  return segments;
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** How many marks a criterion has in the text (after clipping). */
export function markCount(text: string, spans: readonly Span[]): number {
  return highlightSegments(text, [{ id: 'x', spans }]).filter((s) => s.criteria.length > 0).length;
}
