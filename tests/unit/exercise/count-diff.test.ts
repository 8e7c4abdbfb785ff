import { describe, expect, it } from 'vitest';
import { countCharacters, countWords, formatCounts } from '../../../src/lib/exercise/count.ts';
import { diffStats, diffStatsText, wordDiff } from '../../../src/lib/exercise/diff.ts';

describe('countWords', () => {
  it('counts word-like segments only', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   \n ')).toBe(0);
    expect(countWords('Beste Sanne, wat fijn!')).toBe(4);
    expect(countWords('Hartelijke groet,\n\nMarloes')).toBe(3);
    expect(countWords('12 weken — 3 keer 😊')).toBe(4);
  });
});

describe('countCharacters', () => {
  it('counts graphemes', () => {
    expect(countCharacters('')).toBe(0);
    expect(countCharacters('Zoë')).toBe(3);
    expect(countCharacters('hoi 👋🏽')).toBe(5);
  });

  it('formats in Dutch with singular and plural', () => {
    expect(formatCounts(1, 1)).toBe('1 teken · 1 woord');
    expect(formatCounts(12, 3)).toBe('12 tekens · 3 woorden');
  });
});

describe('wordDiff', () => {
  it('shows insertions and deletions by word', () => {
    const parts = wordDiff('Hoi, mvg Jan', 'Beste Sanne, groet Jan');
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(expect.arrayContaining(['Hoi', 'mvg']));
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text).join(' ')).toMatch(/Beste/);
    const before = parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('');
    const after = parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('');
    expect(before).toBe('Hoi, mvg Jan');
    expect(after).toBe('Beste Sanne, groet Jan');
  });

  it('handles equal and empty texts', () => {
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('a b', 'a b')).toEqual([{ kind: 'same', text: 'a b' }]);
    expect(wordDiff('', 'nieuw')).toEqual([{ kind: 'added', text: 'nieuw' }]);
    expect(wordDiff('oud', '')).toEqual([{ kind: 'removed', text: 'oud' }]);
  });

  it('counts changed words', () => {
    const stats = diffStats(wordDiff('Je moet bellen.', 'Wil je misschien bellen?'));
    expect(stats.changed).toBe(true);
    expect(stats.addedWords).toBeGreaterThan(0);
    expect(diffStatsText(stats)).toMatch(/toegevoegd/);
    expect(diffStatsText(diffStats(wordDiff('a', 'a')))).toMatch(/nog niets veranderd/);
  });
});
