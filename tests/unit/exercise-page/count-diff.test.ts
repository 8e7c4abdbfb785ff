import { describe, expect, it } from 'vitest';
import { countCharacters, countWords, formatCounts } from '../../../src/lib/exercise-page/count.ts';
import { diffStats, diffStatsText, sentenceDiff } from '../../../src/lib/exercise-page/diff.ts';

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

describe('sentenceDiff', () => {
  it('shows which sentences stayed, went and came, not single words', () => {
    const draft = 'Hallo,\n\nBedankt voor je aanmelding. Zie bijlage. Groet, Tom';
    const rewrite = 'Hoi Yara,\n\nBedankt voor je aanmelding. Wat fijn dat je schrijft. Groet, Tom';
    const parts = sentenceDiff(draft, rewrite);
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['Hallo,', 'Zie bijlage.']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['Hoi Yara,', 'Wat fijn dat je schrijft.']);
    expect(parts.filter((p) => p.kind === 'same').map((p) => p.text.trim())).toEqual(['Bedankt voor je aanmelding.', 'Groet, Tom']);
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(draft);
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(rewrite);
  });

  it('handles equal and empty texts', () => {
    expect(sentenceDiff('', '')).toEqual([]);
    expect(sentenceDiff('a b', 'a b')).toEqual([{ kind: 'same', text: 'a b' }]);
    expect(sentenceDiff('', 'nieuw')).toEqual([{ kind: 'added', text: 'nieuw' }]);
    expect(sentenceDiff('oud', '')).toEqual([{ kind: 'removed', text: 'oud' }]);
  });

  it('shows a pasted book as all removed and all added instead of comparing for long', () => {
    const book = 'Een zin. '.repeat(300);
    const parts = sentenceDiff(book, `${book}Nog een.`.replace(/Een/g, 'Twee'));
    expect(parts.map((p) => p.kind)).toEqual(['removed', 'added']);
  });

  it('counts changed words', () => {
    const stats = diffStats(sentenceDiff('Je moet bellen.', 'Wil je misschien bellen?'));
    expect(stats.changed).toBe(true);
    expect(stats.addedWords).toBe(4);
    expect(stats.removedWords).toBe(3);
    expect(diffStatsText(stats)).toMatch(/toegevoegd/);
    expect(diffStatsText(diffStats(sentenceDiff('a', 'a')))).toMatch(/nog niets veranderd/);
  });
});

describe('counts of a pasted book', () => {
  it('stay close to the exact counts when the text is very long', () => {
    const line = 'Hoe gaat het met je? Ik lees dat je moe bent. 😊\n';
    const book = line.repeat(5000);
    expect(countWords(line)).toBe(11);
    expect(countWords(book)).toBe(5000 * 12); // the emoji counts as a word in the quick count
    expect(countCharacters(book)).toBe(5000 * countCharacters(line));
  });
});
