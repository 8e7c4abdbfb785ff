import { describe, expect, it } from 'vitest';
import { highlightSegments, markCount } from '../../../src/lib/exercise-page/highlight.ts';

const join = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('highlightSegments', () => {
  const text = 'Beste Sanne, wat knap dat je schrijft.';

  it('returns one plain segment without spans', () => {
    expect(highlightSegments(text, [])).toEqual([{ start: 0, end: text.length, text, criteria: [], problem: false }]);
    expect(highlightSegments('', [{ id: 'a', spans: [{ start: 0, end: 3 }] }])).toEqual([]);
  });

  it('cuts at span edges and keeps the text whole', () => {
    const segs = highlightSegments(text, [{ id: 'salutation', spans: [{ start: 0, end: 11 }] }]);
    expect(segs.map((s) => [s.text, s.criteria])).toEqual([
      ['Beste Sanne', ['salutation']],
      [', wat knap dat je schrijft.', []],
    ]);
    expect(join(segs)).toBe(text);
  });

  it('splits overlapping spans of several criteria', () => {
    const segs = highlightSegments(text, [
      { id: 'salutation', spans: [{ start: 0, end: 11 }] },
      { id: 'mirroring', spans: [{ start: 6, end: 16 }] },
    ]);
    expect(segs.map((s) => [s.start, s.end, s.criteria])).toEqual([
      [0, 6, ['salutation']],
      [6, 11, ['salutation', 'mirroring']],
      [11, 16, ['mirroring']],
      [16, text.length, []],
    ]);
    expect(join(segs)).toBe(text);
  });

  it('shows only the selected criterion', () => {
    const sources = [
      { id: 'salutation', spans: [{ start: 0, end: 11 }] },
      { id: 'appreciation', spans: [{ start: 13, end: 21 }] },
    ];
    const segs = highlightSegments(text, sources, 'appreciation');
    expect(segs.filter((s) => s.criteria.length).map((s) => s.text)).toEqual(['wat knap']);
    expect(highlightSegments(text, sources, 'closing').every((s) => s.criteria.length === 0)).toBe(true);
  });

  it('merges touching spans of the same criterion and clips spans outside the text', () => {
    const segs = highlightSegments('abcdef', [{ id: 'a', spans: [{ start: 0, end: 2 }, { start: 2, end: 4 }, { start: 5, end: 50 }, { start: -3, end: -1 }] }]);
    expect(segs.map((s) => [s.text, s.criteria.length])).toEqual([
      ['abcd', 1],
      ['e', 0],
      ['f', 1],
    ]);
  });

  it('uses exact UTF-16 offsets (emoji and accents)', () => {
    const t = 'Hoi 😊 Zoë, fijn!';
    const start = t.indexOf('Zoë');
    const segs = highlightSegments(t, [{ id: 'x', spans: [{ start, end: start + 3 }] }]);
    expect(segs.find((s) => s.criteria.length)?.text).toBe('Zoë');
    expect(join(segs)).toBe(t);
  });

  it('keeps markup-like text as plain text', () => {
    const t = '<b>hoi</b> & <script>';
    const segs = highlightSegments(t, [{ id: 'x', spans: [{ start: 3, end: 6 }] }]);
    expect(segs.map((s) => s.text)).toEqual(['<b>', 'hoi', '</b> & <script>']);
  });

  it('flags problem spans', () => {
    const segs = highlightSegments('Mvg, Jan', [
      { id: 'tone', spans: [{ start: 0, end: 3 }], problem: true },
      { id: 'closing', spans: [{ start: 0, end: 8 }] },
    ]);
    expect(segs.map((s) => [s.text, s.problem])).toEqual([
      ['Mvg', true],
      [', Jan', false],
    ]);
  });
});

describe('markCount', () => {
  it('counts separate marks', () => {
    expect(markCount('a b c', [{ start: 0, end: 1 }, { start: 4, end: 5 }])).toBe(2);
  });
});
