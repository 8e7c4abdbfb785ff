import type { Clause, Person, Sentence, Span, TextAnalysis, Token } from '../types.ts';
import { clauseAt } from './clauses.ts';

/** Small queries on an analysed text that several criteria share. */

export function clausesIn(reply: TextAnalysis, sentence: Sentence): Clause[] {
  return reply.clauses.slice(sentence.firstClause, sentence.lastClause);
}

export function clauseOf(reply: TextAnalysis, tokenIndex: number): Clause | undefined {
  return clauseAt(reply.clauses, tokenIndex);
}

/** Does a word of `words` stand in the clause? */
export function clauseHas(tokens: readonly Token[], clause: Clause, words: ReadonlySet<string>): boolean {
  for (let k = clause.firstToken; k < clause.lastToken; k++) if (words.has(tokens[k]!.lower)) return true;
  return false;
}

/** The clause after `clause` in the same sentence, when it is a "dat/hoe/om/als"-clause that completes it. */
export function complementOf(reply: TextAnalysis, clause: Clause): Clause | undefined {
  const next = reply.clauses[clause.index + 1];
  // ", dat zul je zien": "dat" with its verb right after it points back; it opens no complement.
  const pointing = reply.tokens[next?.firstToken ?? -1]?.lower === 'dat' && FINITE_AFTER_DAT.has(reply.tokens[(next?.firstToken ?? -1) + 1]?.lower ?? '');
  if (next && next.sentence === clause.sentence && COMPLEMENT_OPENERS.has(reply.tokens[next.firstToken]!.lower) && !pointing) return next;
  // "Dat je dit opschrijft, vind ik sterk": the complement comes first.
  const previous = reply.clauses[clause.index - 1];
  const sentence = reply.sentences[clause.sentence]!;
  if (previous && previous.index === sentence.firstClause && previous.sentence === clause.sentence && reply.tokens[previous.firstToken]!.lower === 'dat') return previous;
  return undefined;
}

/** Finite verbs that follow a pointing "dat" at once: "dat zul je zien", "dat is knap". */
const FINITE_AFTER_DAT = new Set(['zul', 'zult', 'zal', 'is', 'was', 'kan', 'kun', 'mag', 'moet', 'heb', 'hebt', 'heeft', 'wordt', 'klinkt', 'lijkt', 'weet', 'snap', 'begrijp', 'vind', 'vindt', 'zie', 'ziet', 'merk', 'merkt', 'hoor', 'lees']);

const COMPLEMENT_OPENERS = new Set(['dat', 'hoe', 'om', 'wat', 'waarmee', 'waarop', 'hoeveel']);

/**
 * Who a clause is about, looking through a complement: in "Wat knap dat je…",
 * "Ik vind het mooi hoe u…" the praise is about the subject of the dat-clause.
 */
export function targetOf(reply: TextAnalysis, clause: Clause): Person {
  const complement = complementOf(reply, clause);
  if (complement && (clause.subject === 'none' || clause.subject === 'coach' || clause.subject === 'we')) {
    return complement.subject === 'none' && complement.mentionsClient ? 'client' : complement.subject;
  }
  if ((clause.subject === 'coach' || clause.subject === 'we') && clause.mentionsClient) return 'client';
  if (clause.subject === 'none' && clause.mentionsClient && !clause.mentionsThird) return 'client';
  return clause.subject;
}

/** True when the index lies in the body (after the salutation, before the closing). */
export function inBody(reply: TextAnalysis, sentenceIndex: number): boolean {
  return sentenceIndex >= reply.bodyFirst && sentenceIndex <= reply.bodyLast;
}

/** True when the span lies inside one of the quoted passages. */
export function quoted(reply: TextAnalysis, span: Span): boolean {
  // Quotes are sorted and do not overlap: find the last one that starts at or before the span.
  const quotes = reply.quotes;
  let lo = 0;
  let hi = quotes.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.start <= span.start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && span.end <= quotes[found]!.end;
}

/** Index of the first token that starts at or after `offset` (binary search), or -1. */
export function tokenAt(reply: TextAnalysis, offset: number): number {
  const tokens = reply.tokens;
  let lo = 0;
  let hi = tokens.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start >= offset) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found;
}
