import type { Clause, Person, Sentence, Token } from '../types.ts';
import { CONDITIONAL_OPENERS, NON_NEGATING_AFTER, SUBJECT_PRONOUNS, isPersonNoun, tagOf } from './tags.ts';
import { STOP_WORDS } from './stopwords.ts';

/**
 * Splits sentences into clauses and reads, per clause, who it is about (the
 * client, the coach, "we" or a third party), whether it is negated and whether
 * it is conditional. One pass over the tokens; exact offsets throughout.
 *
 * Dutch word order puts the subject first or right after the finite verb, so
 * the first person word of a clause is taken as its subject: "Wat knap dat
 * *je*…", "*Je man* voelt zich…", "*Ik* voel me…". A possessive before a noun
 * for a person ("je man", "uw leidinggevende") makes the clause about that
 * third party.
 */

const BREAK = /[,;:()–—]|\s-\s|["“”„]/u;
/** "dat", "als" and "of" start a clause only before a subject or a determiner ("Ik vind dat knap" stays one clause). */
const CLAUSE_STARTERS_AFTER = new Set([
  ...SUBJECT_PRONOUNS, 'het', 'er', 'de', 'een', 'mijn', 'jouw', 'uw', 'dit', 'deze', 'die', 'zo', 'daar', 'hier', 'niet', 'ook',
  'dan', 'nu', 'jullie', 'je', 'iemand', 'niemand', 'alles', 'niets', 'zoiets', 'zij', 'dat', 'we',
]);
const NEEDS_STARTER = new Set(['dat', 'als', 'of', 'tot', 'sinds', 'zolang', 'toen', 'zoals']);

function startsClause(tokens: readonly Token[], i: number, text: string, sentenceFirst: number): boolean {
  if (i === sentenceFirst) return true;
  const prev = tokens[i - 1]!;
  const token = tokens[i]!;
  if (BREAK.test(text.slice(prev.end, token.start))) return true;
  const tag = tagOf(token.lower);
  const next = tokens[i + 1]?.lower ?? '';
  // "…dat Thijs zich eenzaam voelt": a name with a verb or "zich" after "dat" starts a clause about someone else
  // (not "dat Kerstmis zwaar voor je is").
  if (tag === 'subordinator') return !NEEDS_STARTER.has(token.lower) || CLAUSE_STARTERS_AFTER.has(next) || nameWithVerb(tokens, i + 1, token.sentence);
  if (token.lower === 'want') return true;
  if (token.lower === 'en' || token.lower === 'maar' || token.lower === 'of') return SUBJECT_PRONOUNS.has(next);
  return false;
}

const NOUN_ARTICLES = new Set(['de', 'een']);
const PERSON_PREFIX_WORDS = new Set(['oud', 'ex', 'schoon', 'stief', 'half', 'groot']);
/** Finite verbs that follow a one-word noun subject: "De arts zegt…", "Een collega was…". */
const FINITE_VERBS = new Set([
  'is', 'was', 'heeft', 'had', 'zegt', 'zei', 'vindt', 'vond', 'wil', 'wilde', 'kan', 'kon', 'moet', 'moest', 'zal', 'zou', 'gaat', 'ging',
  'wordt', 'werd', 'lijkt', 'leek', 'blijft', 'bleef', 'komt', 'kwam', 'ziet', 'zag', 'weet', 'wist', 'denkt', 'dacht', 'voelt', 'voelde', 'maakt', 'maakte',
]);

/** Pronouns that are never a subject: "Het lijkt me zwaar" is not about the coach. */
const OBJECT_ONLY = new Set(['me', 'mij', 'mezelf', 'mijzelf', 'jou', 'hem', 'hen', 'ons', 'onszelf']);

/** The person a clause is about: its first person word, a possessive before a person noun counting as a third party. */
function subjectOf(tokens: readonly Token[], from: number, to: number): { person: Person; at: number } {
  // "De fysiotherapeut is blij met uw vooruitgang": a noun before the finite verb is the subject, and it is nobody in the conversation.
  const start = from + (tagOf(tokens[from]!.lower) === 'subordinator' || tagOf(tokens[from]!.lower) === 'coordinator' ? 1 : 0);
  if (start + 2 < to && NOUN_ARTICLES.has(tokens[start]!.lower) && tagOf(tokens[start + 1]!.lower) === 'other' && FINITE_VERBS.has(tokens[start + 2]!.lower)) {
    return isPersonNoun(tokens[start + 1]!.lower) ? { person: 'third', at: start + 1 } : { person: 'none', at: -1 };
  }
  // "En Bart voelt zich machteloos": a name before the finite verb is someone else, not the client written to.
  if (start + 1 < to && namesSomeone(tokens, start, start > from && tagOf(tokens[from]!.lower) === 'subordinator')) return { person: 'third', at: start };
  for (let i = from; i < to; i++) {
    // "Wat fijn dat Els je zo goed heeft geholpen": a name right after an unsplit "dat" is the subject.
    if (i > from && i + 1 < to && tagOf(tokens[i - 1]!.lower) === 'subordinator' && namesSomeone(tokens, i, true)) return { person: 'third', at: i };
    const person = personAt(tokens, i, from, to);
    if (person) return { person, at: i };
  }
  return { person: 'none', at: -1 };
}

/** A name followed by "zich" or a verb of a person: "Thijs zich", "Ineke zegt". */
function nameWithVerb(tokens: readonly Token[], at: number, sentence: number): boolean {
  const after = tokens[at + 1];
  if (tokens[at]?.sentence !== sentence || after?.sentence !== sentence) return false;
  return (after.lower === 'zich' || FINITE_VERBS.has(after.lower) || PERSON_VERBS.has(after.lower)) && namesSomeone(tokens, at, true);
}

/** Verbs after which a capitalised first word is a person even at the start of a sentence: "Sanne voelt zich…". */
const PERSON_VERBS = new Set(['voelt', 'voelde', 'zegt', 'zei', 'vindt', 'vond', 'denkt', 'dacht', 'wil', 'wilde', 'weet', 'wist', 'schrijft', 'schreef', 'vraagt', 'vroeg']);

/** A capitalised word of no closed class followed by a finite verb, or right after a subordinator: a name ("Bart voelt…", "…, omdat Ineke zegt…"). */
function namesSomeone(tokens: readonly Token[], at: number, afterSubordinator: boolean): boolean {
  const token = tokens[at]!;
  const first = token.text.charAt(0);
  if (first === first.toLowerCase() || tagOf(token.lower) !== 'other' || STOP_WORDS.has(token.lower)) return false;
  // "…, dat Jorrit en Aylin de planning oppakken": right after "dat/omdat/als" a capitalised word is the subject.
  if (afterSubordinator) return true;
  const verb = tokens[at + 1]!.lower;
  if (!FINITE_VERBS.has(verb) && !PERSON_VERBS.has(verb)) return false;
  const sentenceStart = at === 0 || tokens[at - 1]!.sentence !== token.sentence;
  return !sentenceStart || PERSON_VERBS.has(verb) || tokens[at + 2]?.lower === 'zich';
}

/** The person the word at `i` stands for when it can be a subject, or null. */
function personAt(tokens: readonly Token[], i: number, from: number, to: number): Person | null {
  const lower = tokens[i]!.lower;
  const next = tokens[i + 1]?.lower ?? '';
  const tag = tagOf(lower);
  // "je oud-collega's" is written as two words: a person prefix, then the person.
  const personNext = i + 1 < to && (isPersonNoun(next) || (PERSON_PREFIX_WORDS.has(next) && i + 2 < to && isPersonNoun(tokens[i + 2]!.lower)));
  if (isPersonNoun(lower) && (i === from || ARTICLES_BEFORE_PERSON.has(tokens[i - 1]!.lower) || (QUANTIFIERS.has(tokens[i - 1]!.lower) && lower !== 'mensen'))) return 'third';
  if (tag === 'client' || tag === 'client-poss') {
    if (lower === 'jezelf' || lower === 'uzelf') return null;
    return personNext ? 'third' : 'client';
  }
  if (OBJECT_ONLY.has(lower)) return null;
  if (tag === 'coach') return 'coach';
  if (tag === 'coach-poss') return personNext ? 'third' : 'coach';
  if (tag === 'we') return 'we';
  // "hij", "zij", "ze", "men": a third party ("haar"/"zijn" before a noun are possessives of one too).
  if (tag === 'third') return 'third';
  return null;
}

function negatorsOf(tokens: readonly Token[], from: number, to: number): number[] {
  const found: number[] = [];
  for (let i = from; i < to; i++) {
    if (tagOf(tokens[i]!.lower) !== 'negator') continue;
    const next = tokens[i + 1]?.lower ?? '';
    const prev = tokens[i - 1]?.lower ?? '';
    if (i + 1 < to && NON_NEGATING_AFTER.has(next)) continue;
    if (next === 'voor' && ['niets', 'niks'].includes(tokens[i + 2]?.lower ?? '')) continue; // niet voor niets
    if (prev === 'of' && i === to - 1) continue; // "…, of niet?"
    found.push(i);
  }
  return found;
}

/** Clauses of one sentence, appended to `out`. */
/** Words before a person noun that make it a subject: "de arts", "haar moeder". */
const ARTICLES_BEFORE_PERSON = new Set(['de', 'het', 'die', 'deze', 'een', 'haar', 'zijn', 'hun']);
/** "veel ouders", "alle pubers"; not "veel mensen", which generalises about anyone, the client included. */
const QUANTIFIERS = new Set(['veel', 'alle', 'sommige', 'andere', 'meeste', 'zulke', 'beide']);

/** Coordinators after which the subject may be left out: "…, en schaamt zich". */
const ELIDING = new Set(['en', 'maar', 'of']);
/** Reflexive pronouns right after the verb mark a clause that opens with its verb. */
const REFLEXIVES = new Set(['zich', 'je', 'me', 'mij', 'ons']);

export function clausesOf(text: string, tokens: readonly Token[], sentence: Sentence, index: number, out: Clause[]): void {
  const first = sentence.firstToken;
  const last = sentence.lastToken;
  if (first >= last) return;
  let start = first;
  const hypothetical = hasHypothetical(tokens, first, last);
  const push = (from: number, to: number) => {
    const opener = tokens[from]!.lower;
    let client = false;
    let coach = false;
    let third = false;
    let subject = subjectOf(tokens, from, to);
    // "Fleur voelt zich aangevallen, en schaamt zich ervoor": a coordinated clause that opens with its verb shares the subject before it.
    let previous: Clause | undefined;
    for (let c = out.length - 1; c >= 0 && out[c]!.sentence === index && !previous; c--) if (tagOf(out[c]!.opener) !== 'subordinator') previous = out[c];
    if (subject.person === 'none' && from > first && previous && ELIDING.has(opener) && from + 1 < to && tagOf(tokens[from + 1]!.lower) === 'other' && REFLEXIVES.has(tokens[from + 2]?.lower ?? '')) {
      subject = { person: previous.subject, at: previous.subjectAt };
    }
    for (let i = from; i < to; i++) {
      const t = tagOf(tokens[i]!.lower);
      if (t === 'client' || t === 'client-poss') client = true;
      else if (t === 'coach' || t === 'coach-poss') coach = true;
      else if (t === 'third' || isPersonNoun(tokens[i]!.lower)) third = true;
    }
    out.push({
      index: out.length,
      start: tokens[from]!.start,
      end: tokens[to - 1]!.end,
      firstToken: from,
      lastToken: to,
      sentence: index,
      opener: tagOf(opener) === 'subordinator' || tagOf(opener) === 'coordinator' ? opener : '',
      subject: subject.person,
      subjectAt: subject.at,
      mentionsClient: client,
      mentionsCoach: coach,
      mentionsThird: third,
      negators: negatorsOf(tokens, from, to),
      // An "Als…"-sentence is conditional as a whole: "Als je dit volhoudt, ben je goed bezig."
      conditional: CONDITIONAL_OPENERS.has(opener) || (hypothetical && from === first) || (from !== first && CONDITIONAL_OPENERS.has(tokens[first]!.lower)),
    });
  };
  for (let i = first + 1; i < last; i++) {
    if (startsClause(tokens, i, text, first)) {
      push(start, i);
      start = i;
    }
  }
  push(start, last);
}

/** "Het zou knap zijn als…": a main clause with "zou" and a condition. */
function hasHypothetical(tokens: readonly Token[], from: number, to: number): boolean {
  let zou = false;
  for (let i = from; i < to; i++) {
    const lower = tokens[i]!.lower;
    if (lower === 'zou' || lower === 'zouden') zou = true;
    else if (zou && (lower === 'als' || lower === 'indien')) return true;
  }
  return false;
}

/** The clause that holds token `index` (binary search over the clauses of a text). */
export function clauseAt(clauses: readonly Clause[], index: number): Clause | undefined {
  let lo = 0;
  let hi = clauses.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const clause = clauses[mid]!;
    if (index < clause.firstToken) hi = mid - 1;
    else if (index >= clause.lastToken) lo = mid + 1;
    else return clause;
  }
  return undefined;
}

/** Like `negatedAt`, for a phrase from `from` to `to`; negators inside the phrase ("niet meer zien zitten") do not count. */
export function negatedAround(clause: Clause, from: number, to: number): boolean {
  return clause.negators.some((n) => (n < from || n === to || n === to + 1) && (n < from || n >= to));
}
