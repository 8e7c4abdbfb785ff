/**
 * Why "zzzqqq" found the glossary: when no indexed word starts with a search
 * term, pagefind searches for the longest start of the term that *is* a word
 * in the index (so that a half-typed word still finds something). For a word
 * that is nowhere in the course that start can be a single letter: "zzzqqq"
 * became the "Z" of "van A tot Z", "aardappel" the "A", "blablabla" the "B" of
 * "B. Jansen". These helpers tell such a stand-in from a real match by
 * comparing the query with the words pagefind marked in the best result.
 */

/** Lower case, no diacritics, letters and digits only. */
export function normaliseWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words of a query, normalised; punctuation-only parts dropped. */
export function queryTerms(query: string): string[] {
  return query
    .split(/\s+/)
    .map(normaliseWord)
    .filter((t) => t.length > 0);
}

/** Length of the longest common substring of a and b. */
export function commonRun(a: string, b: string): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        row[j] = prev[j - 1]! + 1;
        if (row[j]! > best) best = row[j]!;
      }
    }
    prev = row;
  }
  return best;
}

/** Share of a term that a found word must have in one piece to count as a match for it. */
const MIN_SHARE = 0.6;

/**
 * Whether a found word matches a search term: the word starts with the term
 * (typing), or both share an unbroken run of at least 60% of the term, which
 * covers stemming ("gespiegeld" finds "spiegelen", "gevoelens" finds "gevoel").
 */
export function wordFits(term: string, word: string): boolean {
  const t = normaliseWord(term);
  const w = normaliseWord(word);
  if (!t || !w) return false;
  if (w.startsWith(t)) return true;
  return commonRun(t, w) >= Math.max(1, Math.ceil(t.length * MIN_SHARE));
}

/**
 * Whether a result is a real match for the query: every term of the query fits
 * at least one of the words pagefind marked in it. `content` is the result's
 * plain text and `locations` the positions of the marked words in it.
 */
export function isRealMatch(query: string, content: string, locations: readonly number[]): boolean {
  const words = content.split(/\s+/);
  const marked = locations.map((l) => words[l] ?? '').filter(Boolean);
  const terms = queryTerms(query);
  if (terms.length === 0) return false;
  return terms.every((term) => marked.some((word) => wordFits(term, word)));
}
