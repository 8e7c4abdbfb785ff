import { stemmer as snowballDutch } from '@orama/stemmers/dutch';

/**
 * Dutch word stems for matching words of the client with words of the coach.
 *
 * The Snowball Dutch stemmer of @orama/stemmers does the main work ("onzekerheid" →
 * "onzeker", "werken" → "werk"). On top of it, a small documented normalisation:
 *
 * 1. Canonical form: doubled letters collapse and a final v/z becomes f/s, so
 *    "creatief"/"creatieve", "maak"/"maken" and "stel"/"stellen" share a key.
 * 2. Participles with ge-: a "ge" at the start of the word or after a prefix
 *    ("vast-ge-lopen", "teleur-ge-steld") is dropped and a weak participle
 *    loses its final t/d, so "vastgelopen"/"vastlopen", "gewerkt"/"werken" and
 *    "gehuild"/"huilen" match.
 * 3. Present tense -t: "werkt" also yields the key of "werk".
 *
 * `wordKeys` returns the primary key first, then these variants. Two words match
 * when their key lists share a key.
 */

const cache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 20000;
/** Longer "words" (pasted URLs, key mashing) are not stemmed: no Dutch word is this long. */
export const MAX_WORD = 40;
const VOWEL = /[aeiouyáéíóúàèëïöü]/;
const LETTERS_ONLY = /^[\p{L}'-]+$/u;

/** Collapses doubled letters and normalises a final v/z. */
export function canonical(stem: string): string {
  let out = '';
  for (let i = 0; i < stem.length; i++) {
    if (stem[i] !== stem[i - 1]) out += stem[i];
  }
  if (out.endsWith('v')) out = `${out.slice(0, -1)}f`;
  else if (out.endsWith('z')) out = `${out.slice(0, -1)}s`;
  return out;
}

/** The Snowball stem of a lower-case word, in canonical form. */
export function stem(word: string): string {
  return canonical(snowballDutch(word));
}

/** Inflected adjective forms of participles: "gewaardeerde" → "gewaardeerd". */
function stripInflection(word: string): string {
  if (word.length > 7 && /[dt]en$/.test(word)) return word.slice(0, -2);
  if (word.length > 6 && /[dt]e$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Word forms without the ge- of a participle (see the module comment). */
export function participleForms(word: string): string[] {
  const base = stripInflection(word);
  const strong = base.endsWith('en');
  const weak = /[dt]$/.test(base);
  if (!strong && !weak) return [];
  const forms: string[] = [];
  let from = 0;
  for (let p = base.indexOf('ge', from); p >= 0 && forms.length < 6; p = base.indexOf('ge', from)) {
    from = p + 1;
    if (p === 1) continue;
    const rest = base.slice(p + 2);
    if (rest.length < 3 || !VOWEL.test(rest)) continue;
    const without = base.slice(0, p) + rest;
    if (strong) forms.push(without);
    else {
      const root = without.slice(0, -1);
      forms.push(without, root, `${root}en`);
    }
  }
  return forms;
}

function computeKeys(word: string): string[] {
  if (word.length > MAX_WORD) return [word];
  const keys = [stem(word)];
  const add = (form: string) => {
    const key = stem(form);
    if (key.length >= 2 && !keys.includes(key)) keys.push(key);
  };
  if (word.length >= 5 && LETTERS_ONLY.test(word)) {
    for (const form of participleForms(word)) add(form);
    if (word.endsWith('t') && !word.endsWith('tt')) add(word.slice(0, -1));
  }
  return keys;
}

/** Matching keys of a lower-case word: the primary stem first, then variants. */
export function wordKeys(word: string): readonly string[] {
  let keys = cache.get(word);
  if (!keys) {
    if (cache.size >= CACHE_LIMIT) {
      cache.clear();
    }
    keys = computeKeys(word);
    cache.set(word, keys);
  }
  return keys;
}

/** True when the two words share a key. */
export function sameStem(a: string, b: string): boolean {
  const keysB = wordKeys(b);
  return wordKeys(a).some((key) => keysB.includes(key));
}

/** A set of primary keys for a list of words (lexicons, stop words). */
export function keySet(words: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const word of words) set.add(wordKeys(word)[0]!);
  return set;
}
