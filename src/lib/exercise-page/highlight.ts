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
  if (length === 0) return [];
  // Sweep over the span edges once: +1 where a span opens, -1 where it closes (n log n in the number of spans).
  const events: Array<{ at: number; id: string; delta: 1 | -1; problem: boolean }> = [];
  for (const source of sources) {
    if (selected !== null && source.id !== selected) continue;
    for (const span of source.spans) {
      if (!Number.isFinite(span.start) || !Number.isFinite(span.end)) continue;
      const start = Math.max(0, Math.min(length, Math.trunc(span.start)));
      const end = Math.max(0, Math.min(length, Math.trunc(span.end)));
      if (end <= start) continue;
      const problem = source.problem === true;
      events.push({ at: start, id: source.id, delta: 1, problem }, { at: end, id: source.id, delta: -1, problem });
    }
  }
  if (events.length === 0) return [{ start: 0, end: length, text, criteria: [], problem: false }];
  events.sort((a, b) => a.at - b.at);
  const open = new Map<string, number>();
  let problems = 0;
  const segments: Segment[] = [];
  let from = 0;
  let e = 0;
  const emit = (to: number) => {
    if (to <= from) return;
    const criteria = [...open.keys()];
    const problem = problems > 0;
    const last = segments[segments.length - 1];
    if (last && last.end === from && last.problem === problem && sameMembers(last.criteria, criteria)) last.end = to;
    else segments.push({ start: from, end: to, text: '', criteria, problem });
    from = to;
  };
  while (e < events.length) {
    const at = events[e]!.at;
    emit(at);
    for (; e < events.length && events[e]!.at === at; e++) {
      const event = events[e]!;
      const count = (open.get(event.id) ?? 0) + event.delta;
      if (count > 0) open.set(event.id, count);
      else open.delete(event.id);
      if (event.problem) problems += event.delta;
    }
  }
  emit(length);
  for (const segment of segments) segment.text = text.slice(segment.start, segment.end);
  return segments;
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** How many marks a criterion has in the text (after clipping): its spans with overlapping and touching ones joined. */
export function markCount(text: string, spans: readonly Span[]): number {
  return highlightSegments(text, [{ id: 'x', spans }]).filter((s) => s.criteria.length > 0).length;
}

/**
 * Each criterion has its own mark style: a colour and, never colour alone, a
 * line style, named here for the legend. Styles follow the exercise's order of
 * criteria; a ninth criterion would share the first one's style.
 */
export const MARK_STYLE_NAMES = [
  'doorgetrokken lijn',
  'dubbele lijn',
  'stippellijn',
  'streepjeslijn',
  'lijn boven en onder',
  'dubbele lijn boven en onder',
  'stippellijn boven en onder',
  'streepjeslijn boven en onder',
] as const;

/** Criterion id → its mark style (0 … 7), in the given order. */
export function markStyles(ids: readonly string[]): Record<string, number> {
  return Object.fromEntries(ids.map((id, i) => [id, i % MARK_STYLE_NAMES.length]));
}

/** The criterion whose style a mark shared by several criteria gets: the first in the exercise's order. */
export function leadCriterion(criteria: readonly string[], styles: Readonly<Record<string, number>>): string | undefined {
  let lead: string | undefined;
  for (const id of criteria) if (lead === undefined || (styles[id] ?? 99) < (styles[lead] ?? 99)) lead = id;
  return lead;
}
