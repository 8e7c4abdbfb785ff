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

/** At most this many filler words between two words of an entry. */
const MAX_FILLERS = 2;

function wordMatches(pattern: string, word: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : pattern === word;
}

/**
 * @param options.fillers words that may stand between the words of an entry, at most
 *   `MAX_FILLERS` in a row ("dat kwam vast hard aan", "zie je nog op tegen").
 */
export function phraseList(entries: readonly string[], options: { fillers?: ReadonlySet<string> } = {}): PhraseList {
  const fillers = options.fillers;
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

  /** The end of `entry` matched at `i` (one past its last word), or -1. */
  function endOf(entry: Entry, tokens: readonly Token[], i: number, to: number): number {
    let k = i;
    for (let w = 0; w < entry.words.length; w++) {
      if (w > 0 && fillers) for (let skipped = 0; skipped < MAX_FILLERS && k < to && fillers.has(tokens[k]!.lower) && !wordMatches(entry.words[w]!, tokens[k]!.lower); skipped++) k++;
      if (k >= to || !wordMatches(entry.words[w]!, tokens[k]!.lower)) return -1;
      k++;
    }
    return k;
  }

  const NONE: Entry[] = [];

  function matchAt(tokens: readonly Token[], i: number, to: number): { entry: Entry; end: number } | null {
    const listed = byFirst.get(tokens[i]!.lower) ?? NONE;
    if (listed.length === 0 && prefixed.length === 0) return null;
    let best: { entry: Entry; end: number } | null = null;
    // The entries for this first word (longest first), then those whose first word is a prefix.
    for (let c = 0; c < listed.length + prefixed.length; c++) {
      const entry = c < listed.length ? listed[c]! : prefixed[c - listed.length]!;
      if (i + entry.words.length > to) continue;
      if (best && best.entry.words.length >= entry.words.length) continue;
      const end = endOf(entry, tokens, i, to);
      if (end >= 0) best = { entry, end };
    }
    return best;
  }

  function find(tokens: readonly Token[], from = 0, to = tokens.length): PhraseHit[] {
    const hits: PhraseHit[] = [];
    for (let i = from; i < to; i++) {
      const match = matchAt(tokens, i, to);
      if (!match) continue;
      hits.push({ from: i, to: match.end, entry: match.entry.text });
      i = match.end - 1;
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
