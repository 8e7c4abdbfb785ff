import { MAX_WORD, stem, wordKeys } from './stem.ts';

/**
 * A word list matched on stems, built lazily on first use. With `variants: false`,
 * only a word's primary stem counts (not the -t and ge- variants of text/stem.ts),
 * which keeps short adjectives apart ("zwart" is not "zwaar"). With `compounds`, a
 * word that ends in an entry of at least four letters matches too, after a
 * first part of at least three letters ("doods|bang", "faal|angst").
 */
export interface WordMatcher {
  has(lower: string): boolean;
}

const MIN_SUFFIX = 4;
const MIN_PREFIX = 3;
const CACHE_LIMIT = 5000;
/** Prefixes that reverse or change the meaning of what follows ("ont|spanning"), or end in an entry by accident ("ontv|angst", "mev|rouw"). */
const FALSE_PREFIXES = new Set(['ont', 'mev', 'ontv', 'verv']);
/**
 * Words that end in a listed word without being a compound of it: "vangst" (angst), "verontschuldigen"
 * (schuldig), "kwijtgeraakt" (lost, not hurt).
 */
const FALSE_COMPOUNDS = /(?:vangst|vrouw|vrouwen|trouw|trouwen|trouwd|trouwt|ontschuldig\w*|(?:kwijt|aan|op|in|uit|thuis|gewend|bevriend|verslaafd|verzeild|achter|bekend)geraakt)$/;
/**
 * Words whose stem is that of a listed word without sharing its meaning: "ongeluk" (an accident) is not
 * "ongelukkig", "ongemak" (a nuisance) is not "ongemakkelijk", the forms of "leggen" (to lay) are not "leeg", and
 * "ingrijpen" (to step in) is not "ingrijpend" (drastic).
 */
const STEM_COLLISIONS = /ongeluk(?:ken)?$|^ongemak(?:ken)?$|^(?:ge)?leg(?:t|d|de|den|gen)?$|^ingrijp(?:en|t)?$|^ingegrepen$/;

export function wordMatcher(words: readonly string[], options: { compounds?: boolean; variants?: boolean } = {}): WordMatcher {
  let keys: Set<string> | null = null;
  let surfaces: Set<string> | null = null;
  /** Keys long enough to end a compound: "doods|bang" yes, "overleg|gen" on "leeg" no. */
  let compoundKeys: Set<string> | null = null;
  const seen = new Map<string, boolean>();

  function build(): void {
    keys = new Set();
    surfaces = new Set();
    compoundKeys = new Set();
    for (const word of words) {
      if (word.includes(' ')) continue;
      surfaces.add(word);
      const key = wordKeys(word)[0]!;
      keys.add(key);
      if (key.length >= MIN_SUFFIX) compoundKeys.add(key);
    }
  }

  function compound(lower: string, k: Set<string>, s: Set<string>): boolean {
    if (FALSE_COMPOUNDS.test(lower)) return false;
    for (let cut = MIN_PREFIX; cut <= lower.length - MIN_SUFFIX; cut++) {
      if (FALSE_PREFIXES.has(lower.slice(0, cut))) continue;
      const tail = lower.slice(cut);
      if ((tail.length >= MIN_SUFFIX + 1 && s.has(tail)) || k.has(stem(tail))) return true;
    }
    return false;
  }

  function lookup(lower: string): boolean {
    if (lower.length > MAX_WORD || STEM_COLLISIONS.test(lower)) return false;
    if (!keys || !surfaces) build();
    const k = keys!;
    const s = surfaces!;
    const keysOf = wordKeys(lower);
    if (s.has(lower) || (options.variants === false ? k.has(keysOf[0]!) : keysOf.some((key) => k.has(key)))) return true;
    return options.compounds === true && compound(lower, compoundKeys!, s);
  }

  return {
    has(lower: string): boolean {
      let result = seen.get(lower);
      if (result === undefined) {
        if (seen.size >= CACHE_LIMIT) seen.clear();
        result = lookup(lower);
        seen.set(lower, result);
      }
      return result;
    },
  };
}
