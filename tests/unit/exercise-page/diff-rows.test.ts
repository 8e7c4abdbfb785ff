import { describe, expect, it } from 'vitest';
import { diffRows, rowStats, similarity, type DiffRow } from '../../../src/lib/exercise-page/diff.ts';

const text = (rows: DiffRow[], side: 'before' | 'after') =>
  rows
    .map((r) => (r.kind === 'changed' ? r[side] : r.kind === 'same' || r.kind === (side === 'before' ? 'removed' : 'added') ? r.text : ''))
    .join('');

describe('diffRows', () => {
  const draft = 'Hoi Hugo,\n\nIk ben blij dat je weer schrijft. Je moet gewoon vaker wandelen. Groet, Sanne';

  it('a sentence rewritten entirely is one removed and one added sentence, never interleaved single words', () => {
    const rewrite = 'Beste Hugo,\n\nWat fijn dat je me na drie weken weer opzoekt. Je moet gewoon vaker wandelen. Groet, Sanne';
    const rows = diffRows(draft, rewrite);
    // The salutation keeps the name: a light edit, "Hoi" → "Beste". The next sentence is new as a whole.
    expect(rows.map((r) => r.kind)).toEqual(['changed', 'removed', 'added', 'same', 'same']);
    const salutation = rows[0]!.kind === 'changed' ? rows[0]!.words : [];
    expect(salutation.filter((p) => p.kind !== 'same').map((p) => p.text)).toEqual(['Hoi', 'Beste']);
    expect(rows[1]).toEqual({ kind: 'removed', text: 'Ik ben blij dat je weer schrijft. ' });
    expect(rows[2]).toEqual({ kind: 'added', text: 'Wat fijn dat je me na drie weken weer opzoekt. ' });
    expect(text(rows, 'before')).toBe(draft);
    expect(text(rows, 'after')).toBe(rewrite);
  });

  it('a lightly edited sentence is one changed row with only the differing words marked', () => {
    const rewrite = draft.replace('Je moet gewoon vaker wandelen.', 'Je zou misschien vaker kunnen wandelen.');
    const rows = diffRows(draft, rewrite);
    const changed = rows.filter((r) => r.kind === 'changed');
    expect(changed).toHaveLength(1);
    const words = changed[0]!.kind === 'changed' ? changed[0]!.words : [];
    expect(words.filter((p) => p.kind === 'removed').map((p) => p.text)).toEqual(['moet gewoon']);
    expect(words.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(['zou misschien', 'kunnen ']);
    expect(words.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe('Je moet gewoon vaker wandelen. ');
    expect(text(rows, 'after')).toBe(rewrite);
  });

  it('keeps new sentences between edited ones in place', () => {
    const before = 'Een zin over werk. Een zin over thuis.';
    const after = 'Een zin over het werk. Iets heel nieuws hier! Een zin over thuis.';
    const rows = diffRows(before, after);
    expect(rows.map((r) => r.kind)).toEqual(['changed', 'added', 'same']);
    expect(text(rows, 'after')).toBe(after);
  });

  it('handles equal, empty and very long texts', () => {
    expect(diffRows('', '')).toEqual([]);
    expect(diffRows('a.', 'a.')).toEqual([{ kind: 'same', text: 'a.' }]);
    expect(diffRows('', 'nieuw')).toEqual([{ kind: 'added', text: 'nieuw' }]);
    const book = 'Een zin. '.repeat(300);
    expect(diffRows(book, book.replace(/Een/g, 'Twee')).map((r) => r.kind)).toEqual(['removed', 'added']);
  });

  it('counts the words of changed rows one by one', () => {
    const stats = rowStats(diffRows('Je moet bellen.', 'Je moet echt bellen.'));
    expect(stats).toEqual({ addedWords: 1, removedWords: 0, changed: true });
  });

  it('measures how many words two sentences share', () => {
    expect(similarity('a b c d', 'a b c d')).toBe(1);
    expect(similarity('a b', 'c d')).toBe(0);
    expect(similarity('', '')).toBe(1);
  });
});
