import type { Span, TextAnalysis } from '../types.ts';
import { DIRECTIVES, EPISTEMIC_LAST, REPORTED_AFTER, REPORTING } from '../lexicon/curt.ts';
import { ADVICE_IMPERATIVES, COMMON_FINITE_VERBS, INFINITIVE_ORDER_OPENERS } from '../lexicon/acts.ts';
import { lexiconPattern } from './patterns.ts';
import { clauseOf, clausesIn, tokenAt } from './query.ts';

/**
 * Telling the client what to do, read from a sentence's structure: "je moet",
 * "moet je…" (not "dat moet je veel gekost hebben"), an order at the start of
 * a sentence or of the clause after an "als"-clause ("Als het misgaat, pak
 * dan…"), and an order in the infinitive ("Gewoon volhouden."). Tone and
 * advice both read it.
 */

const DIRECTIVE = lexiconPattern(DIRECTIVES, { flags: 'giu' });
const EPISTEMIC = new Set(EPISTEMIC_LAST);
const imperatives = new Set(ADVICE_IMPERATIVES);
const infinitiveOpeners = new Set(INFINITIVE_ORDER_OPENERS);
const FINITE = new Set(COMMON_FINITE_VERBS);
/** Words in an order that make it a request to write back or a permission: "Schrijf me gerust", "Laat maar weten". */
const REQUEST_WORDS = new Set(['gerust', 'me', 'mij', 'terug', 'welkom']);
/** Words right after an order's verb that soften it into a permission: "Neem maar de tijd". */
const PERMISSION_AFTER = new Set(['maar', 'gerust', 'rustig']);
/** Words after an order's verb that mark the clause as an order although it is not the sentence's first: "pak dan…", "ga gewoon…". */
const ORDER_AFTER = new Set(['dan', 'gewoon', 'eens', 'vooral', 'toch']);
/** Words after a clause-opening verb that are its subject: "…, gaat het al prima" is no order. */
const SUBJECT_AFTER = new Set(['het', 'dat', 'dit', 'er', 'die', 'alles', 'niets', 'iets', 'ze', 'zij', 'hij', 'je', 'jij', 'u', 'ik', 'we', 'wij', 'men', 'iedereen']);
/** "Neem de tijd", "Neem alle tijd die je nodig hebt": a permission, not an order. */
const PERMISSION_OBJECT = 'tijd';
/** A past participle ("aangeschoven", "gegeven") is no infinitive. */
const PARTICIPLE = /^(?:aan|op|uit|in|af|mee|terug|door|over|toe|weg|na|bij|voor|om|ver)?ge\p{L}{3,}$/u;

/** "Dat moet je veel energie hebben gekost": "moet" of likelihood, not of duty, read from the last word of its clause. */
function epistemic(reply: TextAnalysis, offset: number): boolean {
  const index = tokenAt(reply, offset);
  if (index < 0) return false;
  const clause = clauseOf(reply, index)!;
  const last = reply.tokens[clause.lastToken - 1]?.lower ?? '';
  return EPISTEMIC.has(last);
}

/** "Je moet…", "moet je…", "u dient…", "zorg dat je…" in a sentence that is not a question, not reported and not of likelihood. */
export function obligationsIn(reply: TextAnalysis, index: number): Span[] {
  const sentence = reply.sentences[index]!;
  if (sentence.mood.endsWith('question')) return [];
  const found: Span[] = [];
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(sentence.text); m; m = DIRECTIVE.exec(sentence.text)) {
    const before = sentence.text.slice(Math.max(0, m.index - 40), m.index);
    const after = sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    if (!REPORTING.test(before) && !REPORTED_AFTER.test(after) && !epistemic(reply, sentence.start + m.index)) {
      found.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
    }
  }
  return found;
}

/** "Gewoon volhouden", "met de feestdagen gewoon vooraf bepalen": "gewoon/vooral" early, an infinitive last, no finite verb. */
function infinitiveOrder(reply: TextAnalysis, from: number, to: number): boolean {
  const last = reply.tokens[to - 1]?.lower ?? '';
  if (to - from < 2 || !/en$/u.test(last) || PARTICIPLE.test(last) || reply.tokens[to - 2]?.lower === 'te') return false;
  let opener = false;
  for (let k = from; k < to; k++) {
    const word = reply.tokens[k]!.lower;
    if (k < from + 4 && infinitiveOpeners.has(word)) opener = true;
    if (FINITE.has(word)) return false;
  }
  return opener;
}

function requestOrPermission(reply: TextAnalysis, from: number, to: number): boolean {
  if (PERMISSION_AFTER.has(reply.tokens[from + 1]?.lower ?? '')) return true;
  for (let k = from; k < to; k++) if (REQUEST_WORDS.has(reply.tokens[k]!.lower) || (k < from + 4 && reply.tokens[k]!.lower === PERMISSION_OBJECT)) return true;
  return false;
}

/** An order with an advice verb opening the sentence ("Probeer…", "Neem…"), not a request to write back: the first token's index, or -1. */
export function sentenceOrder(reply: TextAnalysis, index: number): number {
  const sentence = reply.sentences[index]!;
  if (sentence.mood !== 'imperative' || !imperatives.has(reply.tokens[sentence.firstToken]!.lower)) return -1;
  const first = clausesIn(reply, sentence)[0];
  return requestOrPermission(reply, sentence.firstToken, first ? first.lastToken : sentence.lastToken) ? -1 : sentence.firstToken;
}

/**
 * Orders the sentence-level mood does not show: an advice verb opening a
 * later clause after an "als"-clause or followed by "dan/gewoon/eens"
 * ("Als het misgaat, pak dan het schema erbij"), and an infinitive order
 * opened by "gewoon" or "vooral" without a subject ("Gewoon volhouden.").
 */
export function clauseOrders(reply: TextAnalysis, index: number): Span[] {
  const sentence = reply.sentences[index]!;
  if (sentence.mood.endsWith('question') || sentence.mood === 'imperative') return [];
  const found: Span[] = [];
  const clauses = clausesIn(reply, sentence);
  clauses.forEach((clause, k) => {
    const first = reply.tokens[clause.firstToken];
    if (!first || clause.subject !== 'none') return;
    const next = reply.tokens[clause.firstToken + 1]?.lower ?? '';
    if (k > 0 && imperatives.has(first.lower) && !first.lower.endsWith('t') && !SUBJECT_AFTER.has(next)) {
      const afterConditional = clauses[k - 1]!.conditional && clauses[k - 1]!.opener !== '';
      if ((afterConditional || ORDER_AFTER.has(next)) && !requestOrPermission(reply, clause.firstToken, clause.lastToken)) {
        found.push({ start: clause.start, end: clause.end });
      }
    }
    if (k === 0 && clause.opener === '' && infinitiveOrder(reply, clause.firstToken, clause.lastToken)) found.push({ start: clause.start, end: clause.end });
  });
  return found;
}
