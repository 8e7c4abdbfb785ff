import type { Criterion, JudgeContext, Span, TextAnalysis, Token, Verdict } from '../types.ts';
import {
  CLIENT_ACTS,
  NEGATIONS,
  PRAISE_ADJECTIVES,
  PRAISE_LEADS,
  PRAISE_NOUNS,
  PRAISE_PHRASES,
  REPROACH,
  THANKS_QUALIFIERS,
  CLIENT_ACT_VERBS,
  WEAK_ADJECTIVES,
} from '../lexicon/appreciation.ts';
import { wordMatcher } from '../text/lexicon-match.ts';
import { CLIENT_SUBJECTS, CLIENT_WORDS, phrases, quote, sentenceTokens } from '../text/match.ts';
import { byForm } from '../messages.ts';

export const id = 'appreciation' as const;
export const label = 'Compliment of waardering';
export const why =
  'In het beperkte welkom start je ieder bericht met een oprecht compliment, erkenning of waardering, gericht op de cliënt: op inhoud, proces of gevoel. Zo voelt de cliënt zich gezien voordat je je boodschap brengt.';

const praiseAdjective = wordMatcher(PRAISE_ADJECTIVES);
const weakAdjective = wordMatcher(WEAK_ADJECTIVES);
const clientAct = wordMatcher(CLIENT_ACTS);
const praiseNoun = wordMatcher(PRAISE_NOUNS);
const thanksQualifier = wordMatcher(THANKS_QUALIFIERS);
const ACT_VERBS = new Set(CLIENT_ACT_VERBS);
const EXCLAMATIONS = new Set(['chapeau', 'bravo', 'hulde', 'respect', 'kanjer', 'topper', 'wauw', 'wow', 'knap', 'klasse']);
const PRAISE_PHRASE = phrases(PRAISE_PHRASES, 'iu');
const THANKS = /^(?:(?:heel|hartelijk|ontzettend|enorm|super|alvast)\s+)*(?:bedankt|dank(?:\s+(?:je|jij|u|jullie))?(?:\s+wel)?|dankjewel|dankuwel|thanks|thnx)(?![\p{L}])/iu;
const FALSE_FRIENDS = /(?<![\p{L}])(?:eerlijk\s+gezegd|goed\s+om\s+te\s+weten|goed\s+nieuws|mooi\s+weer|zie\s+ik\s+graag|ga\s+ik\s+graag)(?![\p{L}])/giu;

type Kind = 'praise' | 'weak' | 'thanks' | 'negated' | 'reproach';

interface Finding {
  kind: Kind;
  span: Span;
  sentence: number;
}

function isClientRef(token: Token | undefined): boolean {
  return token !== undefined && CLIENT_WORDS.has(token.lower) && token.lower !== 'zelf';
}

/** Praise aimed at someone else: "Wat fijn dat uw leidinggevende…". */
function aimedAtClient(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (next && (next.lower === 'dat' || next.lower === 'hoe' || next.lower === 'van' || next.lower === 'om')) {
    let k = at + 2;
    while (tokens[k] && ['ook', 'nu', 'toch', 'al', 'zo', 'echt', 'dus'].includes(tokens[k]!.lower)) k++;
    const subject = tokens[k];
    if (!subject) return false;
    if (CLIENT_SUBJECTS.has(subject.lower) || subject.lower === 'jezelf' || subject.lower === 'uzelf') return true;
    if (subject.lower === 'jouw' || subject.lower === 'uw' || subject.lower === 'je') return clientAct.has(tokens[k + 1]?.lower ?? '');
    if (next.lower !== 'dat') return tokens.slice(k).some(isClientRef);
    return false;
  }
  return tokens.some((t, i) => i !== at && isClientRef(t)) || tokens.some((t) => clientAct.has(t.lower));
}

/** "in goede orde", "een mooie dag": an inflected adjective before a noun that is not the client's act. */
function attributiveElsewhere(tokens: Token[], at: number): boolean {
  const word = tokens[at]!;
  const next = tokens[at + 1];
  if (!word.lower.endsWith('e') || !next || next.start - word.end > 1) return false;
  if (['dat', 'hoe', 'van', 'om', 'en', 'of', 'als', 'is', 'was'].includes(next.lower)) return false;
  if (clientAct.has(next.lower) || praiseNoun.has(next.lower)) return false;
  const before = tokens.slice(Math.max(0, at - 3), at).map((t) => t.lower).join(' ');
  return !/(?:bent|ben je|was je|ben jij|bent u|is u) een$/.test(before);
}

function negatedBefore(tokens: Token[], at: number): boolean {
  for (let k = Math.max(0, at - 3); k < at; k++) if (NEGATIONS.has(tokens[k]!.lower)) return true;
  return false;
}

/** "Fijn dat je dit opschrijft": the clause after the adjective names something the client did. */
function praisesAnAct(tokens: Token[], at: number): boolean {
  if (tokens[at + 1]?.lower !== 'dat') return false;
  for (let k = at + 2; k < tokens.length && k < at + 16; k++) if (ACT_VERBS.has(tokens[k]!.lower)) return true;
  return false;
}

/** "Wat beschrijf je dat mooi", "Wat heeft u dat nauwkeurig gedaan": an exclamation that starts with "wat" and a verb. */
function watExclamation(tokens: Token[]): boolean {
  const second = tokens[1]?.lower ?? '';
  return tokens[0]?.lower === 'wat' && !['een', 'als', 'is', 'was', 'er', 'ik', 'we', 'wij', 'je', 'jij', 'u'].includes(second);
}

function ledBy(tokens: Token[], at: number): boolean {
  if (at === 0 || watExclamation(tokens)) return true;
  for (let k = Math.max(0, at - 3); k < at; k++) if (PRAISE_LEADS.has(tokens[k]!.lower)) return true;
  return false;
}

function span(tokens: Token[], from: number, to: number): Span {
  return { start: tokens[from]!.start, end: tokens[Math.min(to, tokens.length - 1)]!.end };
}

function reproachAround(reply: TextAnalysis, index: number): boolean {
  const here = reply.sentences[index]!.text;
  const next = reply.sentences[index + 1]?.text ?? '';
  return REPROACH.test(here) || REPROACH.test(next) || /^nou\b/iu.test(here);
}

/** Praise by an adjective: "Wat knap dat je…", "Je bent echt sterk". */
function adjectivePraise(reply: TextAnalysis, index: number, tokens: Token[], masked: Set<number>): Finding | null {
  if (reply.sentences[index]!.question) return null;
  for (let i = 0; i < tokens.length; i++) {
    if (masked.has(i)) continue;
    const word = tokens[i]!.lower;
    const strong = praiseAdjective.has(word);
    const weak = !strong && weakAdjective.has(word);
    if (!strong && !weak) continue;
    if (!ledBy(tokens, i) || !aimedAtClient(tokens, i) || attributiveElsewhere(tokens, i)) continue;
    const found = span(tokens, Math.max(0, i - 1), i + 2);
    if (negatedBefore(tokens, i)) return { kind: 'negated', span: found, sentence: index };
    if (tokens[i + 1]?.lower === 'hoor' && reproachAround(reply, index)) return { kind: 'reproach', span: found, sentence: index };
    return { kind: strong || praisesAnAct(tokens, i) ? 'praise' : 'weak', span: found, sentence: index };
  }
  return null;
}

/** "Wat een mooi inzicht", "Wat een moed". */
function watEenPraise(tokens: Token[], index: number): Finding | null {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.lower !== 'wat' || tokens[i + 1]!.lower !== 'een') continue;
    let k = i + 2;
    let praised = false;
    while (k < tokens.length && k < i + 6 && (praiseAdjective.has(tokens[k]!.lower) || tokens[k]!.lower === 'en')) {
      praised ||= tokens[k]!.lower !== 'en';
      k++;
    }
    const noun = tokens[k];
    if (!noun) continue;
    praised ||= praiseNoun.has(noun.lower);
    if (praised && (clientAct.has(noun.lower) || praiseNoun.has(noun.lower) || tokens.some(isClientRef))) {
      return { kind: 'praise', span: span(tokens, i, k), sentence: index };
    }
  }
  return null;
}

function phrasePraise(reply: TextAnalysis, index: number, tokens: Token[]): Finding | null {
  const sentence = reply.sentences[index]!;
  PRAISE_PHRASE.lastIndex = 0;
  const m = PRAISE_PHRASE.exec(sentence.text);
  if (!m) return null;
  const start = sentence.start + m.index;
  const at = tokens.findIndex((t) => t.start >= start);
  const aimed = tokens.some(isClientRef) || tokens.some((t) => clientAct.has(t.lower));
  if (!aimed) return null;
  const found = { start, end: start + m[0].length };
  if (at >= 0 && negatedBefore(tokens, at)) return { kind: 'negated', span: found, sentence: index };
  return { kind: 'praise', span: found, sentence: index };
}

/** "Bedankt voor je bericht" (bare) or "Bedankt dat je zo open schrijft" (specific). */
function thanks(reply: TextAnalysis, index: number, tokens: Token[]): Finding | null {
  const sentence = reply.sentences[index]!;
  const m = THANKS.exec(sentence.text);
  if (!m) return null;
  const specific = tokens.some((t) => thanksQualifier.has(t.lower)) || /\bdat\s+(?:je|jij|u)\b/iu.test(sentence.text);
  const found = { start: sentence.start, end: sentence.end };
  return { kind: specific ? 'praise' : 'thanks', span: found, sentence: index };
}

function maskedTokens(reply: TextAnalysis, index: number, tokens: Token[]): Set<number> {
  const masked = new Set<number>();
  const sentence = reply.sentences[index]!;
  FALSE_FRIENDS.lastIndex = 0;
  for (let m = FALSE_FRIENDS.exec(sentence.text); m; m = FALSE_FRIENDS.exec(sentence.text)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    tokens.forEach((t, i) => {
      if (t.start >= start && t.end <= end) masked.add(i);
    });
  }
  return masked;
}

/** "Chapeau!", "Wat knap!": a short exclamation of praise next to a sentence about the client. */
function shortPraise(reply: TextAnalysis, index: number, tokens: Token[]): Finding | null {
  const sentence = reply.sentences[index]!;
  if (tokens.length > 3 || sentence.question) return null;
  const praised = tokens.some((t) => praiseAdjective.has(t.lower) || EXCLAMATIONS.has(t.lower)) || PRAISE_PHRASE.test(sentence.text);
  PRAISE_PHRASE.lastIndex = 0;
  if (!praised || tokens.some((t) => NEGATIONS.has(t.lower))) return null;
  const neighbour = (i: number) => (i >= reply.bodyFirst && i <= reply.bodyLast ? sentenceTokens(reply, i) : []);
  if (!neighbour(index - 1).some(isClientRef) && !neighbour(index + 1).some(isClientRef)) return null;
  return { kind: 'praise', span: { start: sentence.start, end: sentence.end }, sentence: index };
}

export function findInSentence(reply: TextAnalysis, index: number): Finding | null {
  const tokens = sentenceTokens(reply, index);
  if (tokens.length === 0) return null;
  const masked = maskedTokens(reply, index, tokens);
  const candidates = [
    thanks(reply, index, tokens),
    watEenPraise(tokens, index),
    phrasePraise(reply, index, tokens),
    adjectivePraise(reply, index, tokens, masked),
    shortPraise(reply, index, tokens),
  ].filter((f): f is Finding => f !== null);
  const rank: Record<Kind, number> = { reproach: 5, negated: 4, praise: 3, weak: 2, thanks: 1 };
  candidates.sort((a, b) => rank[b.kind] - rank[a.kind]);
  return candidates[0] ?? null;
}

function suggestion(context: JudgeContext): string {
  return byForm(
    context,
    'bijvoorbeeld ‘Knap dat je deze stap hebt gezet.’ of ‘Wat beschrijf je dat helder.’',
    'bijvoorbeeld ‘Knap dat u deze stap hebt gezet.’ of ‘Wat beschrijft u dat helder.’',
  );
}

export function check(reply: TextAnalysis, context: JudgeContext): Verdict {
  const text = (f: Finding) => quote(reply.text.slice(reply.sentences[f.sentence]!.start, reply.sentences[f.sentence]!.end));
  const openingEnd = Math.min(reply.bodyFirst + 1, reply.bodyLast);
  const opening: Finding[] = [];
  for (let i = reply.bodyFirst; i <= openingEnd; i++) {
    const found = findInSentence(reply, i);
    if (found) opening.push(found);
  }
  const praise = opening.find((f) => f.kind === 'praise');
  if (praise) {
    return { status: 'met', spans: [praise.span], message: `Je opent met waardering voor de cliënt: ${text(praise)}.` };
  }
  const bad = opening.find((f) => f.kind === 'negated' || f.kind === 'reproach');
  if (bad) {
    const what = bad.kind === 'negated' ? 'Dit is ontkende lof, geen compliment' : 'Dit leest als sarcasme, niet als een oprecht compliment';
    return { status: 'missing', spans: [bad.span], message: `${what}: ${text(bad)}. Zoek iets wat de cliënt wél goed deed en benoem dat oprecht, ${suggestion(context)}` };
  }
  for (let i = openingEnd + 1; i <= reply.bodyLast; i++) {
    const later = findInSentence(reply, i);
    if (later?.kind === 'praise') {
      return {
        status: 'partial',
        spans: [later.span],
        message: `Je compliment ${text(later)} komt pas later in je bericht. Zet waardering juist in de eerste zinnen, zodat de cliënt zich meteen gezien voelt.`,
      };
    }
  }
  const weak = opening.find((f) => f.kind === 'weak' || f.kind === 'thanks');
  if (weak) {
    const what = weak.kind === 'thanks' ? 'Een bedankje is vriendelijk, maar nog standaard' : 'Dit is vriendelijk, maar gaat meer over jouw blijdschap dan over wat de cliënt deed';
    return { status: 'partial', spans: [weak.span], message: `${what}: ${text(weak)}. Maak het persoonlijk met een oprecht compliment, ${suggestion(context)}` };
  }
  return {
    status: 'missing',
    spans: [],
    message: `Je eerste zinnen bevatten geen compliment of waardering voor de cliënt. Begin met een oprecht compliment, bijvoorbeeld over de stap die de cliënt zette: ${suggestion(context).replace('bijvoorbeeld ', '')}`,
  };
}

export const appreciation: Criterion = { id, label, check };
