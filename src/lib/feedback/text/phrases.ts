import type { Token } from '../types.ts';

/**
 * Multi-word lexicon entries matched on tokens: "stel je niet aan", "kom op",
 * "hard binnen". A word may end in `*` to match any word that starts with it
 * ("overdrijf*"). Matching walks the tokens once and looks entries up by their
 * first word, so it is linear in the text for a fixed lexicon.
 */

export interface PhraseHit {
  /** Index of the first and one past the last matched token. */
  from: number;
  to: number;
  entry: string;
}

interface Entry {
  words: string[];
  text: string;
}

export interface PhraseList {
  /** All non-overlapping matches in `tokens[from..to)`, longest entry first at each place. */
  find(tokens: readonly Token[], from?: number, to?: number): PhraseHit[];
  /** True when one of the entries matches in the range. */
  test(tokens: readonly Token[], from?: number, to?: number): boolean;
  /** The entries, for tests and documentation. */
  readonly entries: readonly string[];
}

function wordMatches(pattern: string, word: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : pattern === word;
}

export function phraseList(entries: readonly string[]): PhraseList {
  const byFirst = new Map<string, Entry[]>();
  const prefixed: Entry[] = [];
  for (const text of entries) {
    const words = text.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const entry = { words, text };
    if (words[0]!.endsWith('*')) prefixed.push(entry);
    else byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), entry]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);

  function matchAt(tokens: readonly Token[], i: number, to: number): Entry | null {
    const candidates = [...(byFirst.get(tokens[i]!.lower) ?? []), ...prefixed];
    let best: Entry | null = null;
    for (const entry of candidates) {
      if (i + entry.words.length > to) continue;
      if (best && best.words.length >= entry.words.length) continue;
      if (entry.words.every((w, k) => wordMatches(w, tokens[i + k]!.lower))) best = entry;
    }
    return best;
  }

  function find(tokens: readonly Token[], from = 0, to = tokens.length): PhraseHit[] {
    const hits: PhraseHit[] = [];
    for (let i = from; i < to; i++) {
      const entry = matchAt(tokens, i, to);
      if (!entry) continue;
      hits.push({ from: i, to: i + entry.words.length, entry: entry.text });
      i += entry.words.length - 1;
    }
    return hits;
  }

  return {
    find,
    test: (tokens, from = 0, to = tokens.length) => {
      for (let i = from; i < to; i++) if (matchAt(tokens, i, to)) return true;
      return false;
    },
    entries,
  };
}
