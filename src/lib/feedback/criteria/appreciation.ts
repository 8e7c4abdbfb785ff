import { defineCriterion, type Clause, type JudgeContext, type Span, type TextAnalysis, type Token } from '../types.ts';
import {
  CLIENT_ACTS,
  CLIENT_ACT_VERBS,
  EXCLAMATIONS,
  PRAISE_ADJECTIVES,
  PRAISE_LEADS,
  PRAISE_NOUNS,
  PRAISE_PHRASES,
  THANKS,
  THANKS_QUALIFIERS,
  WEAK_ADJECTIVES,
  NOT_PRAISE,
  ACHIEVEMENTS,
  NOT_CLIENT_THINGS,
  PERSON_PRAISE,
  DEEDS,
  GLADNESS,
  THANKED_EFFORTS,
  DEMANDING_VERBS,
  DEMANDED_AMOUNTS,
  OTHERS_PRAISED,
} from '../lexicon/appreciation.ts';
import { wordMatcher } from '../text/lexicon-match.ts';
import { THIRD_PARTY_NOUNS, isPersonNoun, tagOf } from '../text/tags.ts';
import { phraseList } from '../text/phrases.ts';
import { clauseHas, clauseOf, complementOf, inBody, targetOf } from '../text/query.ts';
import { negatedAround } from '../text/clauses.ts';
import { quote } from '../text/match.ts';
import { memoBy } from '../text/memo.ts';
import { byForm } from '../messages.ts';

const praiseAdjective = wordMatcher(PRAISE_ADJECTIVES);
const weakAdjective = wordMatcher(WEAK_ADJECTIVES);
const clientAct = wordMatcher(CLIENT_ACTS);
const praiseNoun = wordMatcher(PRAISE_NOUNS);
const thanksQualifier = wordMatcher(THANKS_QUALIFIERS);
const actVerbs = new Set(CLIENT_ACT_VERBS);
const exclamations = new Set(EXCLAMATIONS);
const praisePhrases = phraseList(PRAISE_PHRASES);
const deeds = new Set(DEEDS);
const thanksPhrases = phraseList(THANKS);
const notPraise = phraseList(NOT_PRAISE);
const leads = new Set(PRAISE_LEADS);
const achievements = new Set(ACHIEVEMENTS);
const notClientThings = new Set(NOT_CLIENT_THINGS);
const personPraise = new Set(PERSON_PRAISE);
const demanding = new Set(DEMANDING_VERBS);
const demandedAmounts = phraseList(DEMANDED_AMOUNTS);
const othersPraised = new Set(OTHERS_PRAISED);
/** Someone or something other than the client: "Wat een betrokken leidinggevende", "Wat een sterk team". */
const notTheClient = (noun: string) => notClientThings.has(noun) || othersPraised.has(noun) || THIRD_PARTY_NOUNS.has(noun) || (!personPraise.has(noun) && isPersonNoun(noun));
/** "Fijn dat je er (weer) bent": a welcome, not praise. */
const BEING_THERE = new Set(['bent', 'is', 'zijn', 'was']);
/** Strong adjectives that still only welcome in "Goed dat je er bent". */
const WELCOMING = new Set(['goed']);
/** A participle of something done ("gedurfd", "neergezet", "tot stand gebracht") or an achievement verb. */
const DONE = /^\p{L}*ge\p{L}{2,}(?:d|t|en)$|^(?:bereikt|besloten|verdiend|volbracht|overwonnen|ontdekt|bedacht|verzonnen)$/u;
/** Finite verbs that make "Wat heb je…!" an exclamation about the client. */
const EXCLAIMING_VERBS = new Set(['heb', 'hebt', 'heeft', 'ben', 'bent', 'is', 'doe', 'doet', 'schrijf', 'schrijft', 'beschrijf', 'beschrijft', 'zet', 'zette', 'pak', 'pakt', 'kun', 'kunt', 'was', 'had']);
const CLIENT_SUBJECT = new Set(['je', 'jij', 'u']);
const HAVING = new Set(['heb', 'hebt', 'heeft', 'hebben', 'had']);
const PLEASURE = new Set(GLADNESS);
const FINITE_AFTER = new Set(['heeft', 'had', 'is', 'was', 'levert', 'leverde', 'geeft', 'gaf']);
const THING_DETERMINERS = new Set(['die', 'de', 'het', 'dat', 'deze', 'dit']);
const INTERJECTIONS = new Set(['oké', 'ok', 'oke', 'okee', 'nou', 'ah', 'oh', 'hé', 'he', 'zo']);
const THANKED_ACTS = new Set(THANKED_EFFORTS);

/**
 * After "Wat heb je een…": a quality of the client ("doorzettingsvermogen"), an
 * achievement, or something done ("…een weg afgelegd") praises the client.
 */
function praisesWhatIsHad(reply: TextAnalysis, from: number): boolean {
  const clause = clauseOf(reply, from);
  if (!clause) return true;
  let attributive = true;
  for (let k = from; k < clause.lastToken; k++) {
    const word = reply.tokens[k]!.lower;
    // "een zorgzame buurvrouw": the inflected adjectives before the noun say nothing about what is had.
    if (attributive && k + 1 < clause.lastToken && (word.endsWith('e') || praiseAdjective.has(word) || weakAdjective.has(word))) continue;
    attributive = false;
    if (praiseNoun.has(word) || achievements.has(word) || clientAct.has(word) || DONE.test(word)) return true;
  }
  return false;
}
/** Exclamations of praise that need a sentence about the client around them: "Petje af, u staat…". */
/** Others named only as a measure of the client: "had niet iedereen gedaan". */
const COMPARATIVE = new Set(['niet iedereen', 'lang niet iedereen', 'niet veel mensen', 'weinig mensen']);
const STANDALONE = new Set(['chapeau', 'petje af', 'hulde', 'bravo', 'gefeliciteerd', 'proficiat', 'respect']);

type Kind = 'praise' | 'weak' | 'thanks' | 'negated' | 'sarcasm' | 'conditional' | 'elsewhere';

interface Finding {
  kind: Kind;
  span: Span;
  sentence: number;
}

/** Ranks findings in one sentence: a problem outweighs praise in the same sentence. */
const RANK: Record<Kind, number> = { sarcasm: 7, negated: 6, conditional: 5, praise: 4, elsewhere: 3, weak: 2, thanks: 1 };

function span(tokens: readonly Token[], from: number, to: number): Span {
  return { start: tokens[from]!.start, end: tokens[Math.min(to, tokens.length) - 1]!.end };
}

/** "in goede orde", "een mooie dag": an inflected adjective before a noun that is not the client's act. */
function attributiveElsewhere(tokens: readonly Token[], at: number, end: number): boolean {
  const word = tokens[at]!;
  const next = at + 1 < end ? tokens[at + 1] : undefined;
  if (!word.lower.endsWith('e') || !next) return false;
  if (['dat', 'hoe', 'van', 'om', 'en', 'of', 'als', 'is', 'was', 'hoor'].includes(next.lower)) return false;
  return !clientAct.has(next.lower) && !praiseNoun.has(next.lower);
}

/** The person noun an adjective stands before ("een sterke vrouw", "zo'n betrokken dochter"), or -1. */
function personAfter(tokens: readonly Token[], at: number, end: number): number {
  for (let k = at + 1; k < end && k <= at + 2; k++) {
    const lower = tokens[k]!.lower;
    if (isPersonNoun(lower) || personPraise.has(lower)) return k;
    // Only an inflected adjective may stand between: "een sterke jonge vrouw", not "Wow, je zus".
    if (!lower.endsWith('e') || lower.length < 4 || tagOf(lower) !== 'other') return -1;
  }
  return -1;
}

const COPULAS = new Set(['bent', 'ben', 'blijft', 'was', 'bleef', 'wordt', 'werd']);

/** "Je bent een sterke vrouw", "u was een betrokken vader": the clause says what the client is. */
function clientIsIt(reply: TextAnalysis, clause: Clause): boolean {
  return clause.subject === 'client' && clauseHas(reply.tokens, clause, COPULAS);
}

/** Is the adjective used to evaluate ("Wat knap", "heel sterk", "Je bent moedig", "Knap dat…")? */
function evaluative(reply: TextAnalysis, at: number, sentenceFirst: number): boolean {
  if (at === sentenceFirst) return true;
  const tokens = reply.tokens;
  for (let k = Math.max(sentenceFirst, at - 3); k < at; k++) if (leads.has(tokens[k]!.lower)) return true;
  const clause = clauseOf(reply, at)!;
  return tokens[sentenceFirst]!.lower === 'wat' || tokens[clause.firstToken]!.lower === 'wat';
}

/** "Je bent sterk", "Je hebt een flinke stap gezet": an adjective about the client or the client's act. */
function describesClient(reply: TextAnalysis, at: number, end: number): boolean {
  const clause = clauseOf(reply, at)!;
  if (clause.subject !== 'client') return false;
  const prev = reply.tokens[at - 1]?.lower ?? '';
  const next = at + 1 < end ? reply.tokens[at + 1]!.lower : '';
  // "Je hebt de opdracht grondig gedaan": a word of praise for how the client acted, right before the final verb.
  // ("Het valt je duidelijk zwaar": an adjective last, not a verb, so "duidelijk" means "clearly".)
  const beforeFinalVerb = at + 2 === clause.lastToken && at > clause.firstToken + 1 && /(?:en|d|t)$/.test(next);
  // "Je zegt meteen helder wat je wilt": an adverb of manner after the client's verb (not "een helder verhaal").
  const word = reply.tokens[at]!.lower;
  const manner = clause.subjectAt >= 0 && clause.subjectAt < at - 1 && !ARTICLES.has(prev) && ADVERBS.has(word) && !ADVERB_EXCLUDED.has(word);
  return ['bent', 'ben', 'was', 'bleef', 'blijft', 'lijkt'].includes(prev) || clientAct.has(next) || beforeFinalVerb || manner || wellWritten(reply, at, clause, end);
}

/** Verbs of putting something into words. */
const WRITING_VERBS = new Set(['schrijft', 'schrijf', 'beschrijft', 'beschrijf', 'omschrijft', 'omschrijf', 'verwoordt', 'verwoord', 'formuleert', 'formuleer', 'legt', 'leg', 'vertelt', 'vertel']);
const INTENSIFIERS = new Set(['heel', 'erg', 'zo', 'echt', 'bijzonder', 'ontzettend']);

/**
 * "U schrijft duidelijk", "Je verwoordt het heel mooi": how the client writes, even with
 * a word that elsewhere means "clearly" — but not "Je schrijft duidelijk dát je moe bent".
 */
function wellWritten(reply: TextAnalysis, at: number, clause: Clause, end: number): boolean {
  if (clause.subjectAt < 0 || clause.subjectAt >= at) return false;
  let k = at - 1;
  while (k > clause.subjectAt && (INTENSIFIERS.has(reply.tokens[k]!.lower) || ['het', 'dat', 'dit'].includes(reply.tokens[k]!.lower))) k--;
  if (!WRITING_VERBS.has(reply.tokens[k]?.lower ?? '') || k <= clause.subjectAt - 2) return false;
  const next = at + 1 < end ? reply.tokens[at + 1]!.lower : '';
  return next !== 'dat';
}

/** "Wat mooi, zo'n vriendschap van twintig jaar": the sentence names something other than the client. */
function namesOthers(reply: TextAnalysis, sentence: { firstToken: number; lastToken: number }): boolean {
  for (let k = sentence.firstToken; k < sentence.lastToken; k++) if (notTheClient(reply.tokens[k]!.lower)) return true;
  return false;
}

/** "Fijn dat je er (weer) bent": the adjective at `at` welcomes the client. */
function welcomes(tokens: readonly Token[], at: number, end: number, presentOnly = false): boolean {
  if (tokens[at + 1]?.lower !== 'dat' || !CLIENT_SUBJECT.has(tokens[at + 2]?.lower ?? '')) return false;
  // "Wat fijn dat u meedoet", "wat leuk dat je de chat hebt gevonden": glad the client joined, a welcome.
  if (!presentOnly && joins(tokens, at + 3, end)) return true;
  if (tokens[at + 3]?.lower !== 'er') return false;
  let k = at + 4;
  while (k < end && ['weer', 'nu', 'ook', 'toch', 'echt'].includes(tokens[k]!.lower)) k++;
  if (k >= end || !BEING_THERE.has(tokens[k]!.lower) || (k + 1 < end && actVerbs.has(tokens[k + 1]!.lower))) return false;
  if (presentOnly && tokens[k]!.lower === 'was') return false;
  // "Fijn dat je er weer bent, en dat je zelf de draad oppakt": the second "dat" praises an act.
  for (let j = k + 1; j + 1 < end; j++) if (tokens[j]!.lower === 'dat' && CLIENT_SUBJECT.has(tokens[j + 1]!.lower)) return false;
  return true;
}

/** Joining the coaching: "meedoet", "je hebt aangemeld", "de chat hebt gevonden". */
const JOINING = new Set(['meedoet', 'meedoen', 'meedoe', 'aangemeld', 'aanmeldt', 'ingeschreven', 'inschrijft', 'deelneemt', 'aangesloten', 'aansluit']);
const FOUND_US = new Set(['chat', 'weg', 'ons', 'mij', 'platform', 'site']);
function joins(tokens: readonly Token[], from: number, end: number): boolean {
  let clauseEnd = from;
  while (clauseEnd < end && clauseEnd < from + 8 && !['en', 'maar', 'want', 'omdat'].includes(tokens[clauseEnd]!.lower)) clauseEnd++;
  for (let k = from; k < clauseEnd; k++) {
    const lower = tokens[k]!.lower;
    if (JOINING.has(lower)) return true;
    if (lower === 'gevonden' && tokens.slice(from, k).some((t) => FOUND_US.has(t.lower))) return true;
  }
  return false;
}

/** "…van je werkgever", "…van haar": what is praised belongs to someone other than the client. */
function ofSomeoneElse(tokens: readonly Token[], at: number, end: number): boolean {
  if (at + 1 >= end || tokens[at]!.lower !== 'van') return false;
  const next = tokens[at + 1]!.lower;
  // "van haar", "van hem", "van zijn zus": a third person or what is theirs.
  if (['haar', 'hem', 'hen', 'hun', 'zijn'].includes(next)) return true;
  const noun = ['je', 'jouw', 'uw', 'de', 'het', 'die', 'deze'].includes(next) ? tokens[at + 2]?.lower ?? '' : next;
  return isPersonNoun(noun);
}

/** "…zet van je", "…stap van u": the noun after the adjective belongs to the client. */
function ofTheClient(tokens: readonly Token[], at: number, end: number): boolean {
  return at + 1 < end && tokens[at]?.lower === 'van' && ['je', 'jou', 'u'].includes(tokens[at + 1]!.lower);
}

/** "heeft u zelf tot stand gebracht", "heb je zelf gedaan": the client did it themselves. */
function ownDoing(reply: TextAnalysis, at: number): boolean {
  const clause = clauseOf(reply, at)!;
  if (clause.subject !== 'client' || negatedAround(clause, at, at + 1)) return false;
  for (let k = at + 1; k < clause.lastToken && k <= at + 4; k++) if (DONE.test(reply.tokens[k]!.lower)) return true;
  return false;
}

const POINTING_BACK = new Set(['dat', 'dit', 'wat']);
const ARTICLES = new Set(['een', 'de', 'het', "zo'n", 'die', 'deze', 'dat', 'dit']);
/** Praise adjectives as written, uninflected: as adverbs of manner they are never a verb ("raak" yes, "raken" no). */
const ADVERBS = new Set(PRAISE_ADJECTIVES);
/**
 * Words too common as adverbs to praise on their own ("je slaapt goed", "je ziet het open"),
 * or that double as words of degree ("je ziet er flink tegenop", "je twijfelt sterk").
 */
const ADVERB_EXCLUDED = new Set(['goed', 'mooi', 'open', 'duidelijk', 'uitgebreid', 'bewust', 'serieus', 'super', 'top', 'flink', 'sterk', 'scherp', 'lief', 'bijzonder', 'geweldig', 'prachtig', 'fantastisch']);

/**
 * "U heeft het schema trouw bijgehouden, en dat is knap werk", "Je belde zelf. Dat is sterk.":
 * a clause that opens with "dat" praises what the client did in the clause just before it.
 */
function pointsBackAtClient(reply: TextAnalysis, clause: Clause): boolean {
  const start = clause.firstToken + (clause.opener && clause.opener !== 'dat' ? 1 : 0);
  if (!POINTING_BACK.has(reply.tokens[start]?.lower ?? '') || clause.subject !== 'none') return false;
  const before = reply.clauses[clause.index - 1];
  if (!before || before.sentence < clause.sentence - 1) return false;
  return before.subject === 'client';
}

const INHERITED: ReadonlySet<Kind> = new Set(['elsewhere', 'conditional', 'sarcasm', 'negated']);

/** The kind a clause opening with "dat"/"dit" takes over from the sentence before it, when that one praised nobody (or only if). */
function pointedBack(reply: TextAnalysis, clause: Clause, index: number): Kind | null {
  if (index <= reply.bodyFirst || clause.index !== reply.sentences[index]!.firstClause || clause.subject !== 'none') return null;
  if (!['dat', 'dit'].includes(reply.tokens[clause.firstToken]?.lower ?? '') || complementOf(reply, clause)) return null;
  const before = best(findings(reply, index - 1));
  return before && INHERITED.has(before.kind) ? before.kind : null;
}

/** The words right after a phrase of recognition name the client: "over hoe jij…", "van iemand die…". */
function complementAboutClient(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end && k < from + 4; k++) {
    const lower = tokens[k]!.lower;
    const tag = tagOf(lower);
    if (lower === 'iemand' && tokens[k + 1]?.lower === 'die') return true;
    if (tag === 'client' || tag === 'client-poss') return true;
    if (tag === 'third' || tag === 'coach' || tag === 'we') return false;
  }
  return false;
}

/**
 * What a praise word at `from..to` amounts to, judged by its clause. A `recognition` (a phrase of
 * appreciation, a quality only a person has) with nobody named is about the client.
 */
function judgeAt(reply: TextAnalysis, index: number, from: number, to: number, strong: boolean, word: { from: number; to: number } = { from, to }, recognition = false): Finding {
  const sentence = reply.sentences[index]!;
  const tokens = reply.tokens;
  const clause = clauseOf(reply, from)!;
  const found = span(tokens, from, to);
  const make = (kind: Kind): Finding => ({ kind, span: found, sentence: index });
  if (sentence.ironic) return make('sarcasm');
  if (negatedAround(clause, word.from, word.to)) return make('negated');
  if (clause.conditional) return make('conditional');
  // "Wat goed van je broer. Dat vraagt moed.", "Als het lukt, ben ik onder de indruk. Dat is niet niks.": "dat" takes the aim of the sentence before it.
  const inherited = pointedBack(reply, clause, index);
  if (inherited) return make(inherited);
  const target = targetOf(reply, clause);
  // "…dat ze jou vragen, zegt veel over hoe jij je werk doet", "dat vraagt nogal wat van iemand die…":
  // what the recognition is about follows it, and it is the client.
  if (target === 'third' && recognition && complementAboutClient(tokens, word.to, clause.lastToken)) return make('praise');
  if (target === 'third') return make('elsewhere');
  // "Mooi dat het traject nu afgerond is": gladness at an event, with the client nowhere in it, is the coach's.
  const complement = complementOf(reply, clause);
  if (target === 'none' && complement && !complement.mentionsClient && complement.opener === 'dat' && PLEASURE.has(tokens[word.from]!.lower)) return make('weak');
  // "Daar heb ik veel respect voor", "dat waardeer ik": the coach's appreciation is of the client unless someone else is named.
  if (clause.subject === 'coach' && !complementOf(reply, clause) && strong && !clause.mentionsThird && !ownWork(reply, clause, from)) return make('praise');
  if (target === 'client') return make(strong || praisesAnAct(reply, clause) ? 'praise' : 'weak');
  if (target === 'coach' || target === 'we') return make(ownWork(reply, clause, from) ? 'elsewhere' : 'weak');
  // Nobody named: praise of the client's message or step ("Wat een eerlijk bericht!") counts; "Mooi weer" does not.
  if (recognition && !sentenceAboutOthers(reply, index)) return make('praise');
  if (pointsBackAtClient(reply, clause)) return make(strong ? 'praise' : 'weak');
  // "Knap, zeker na die stille rit.", "Mooi gezegd, Stijn.": an exclamation that opens the sentence praises the client it is written to.
  if (clause.index === sentence.firstClause && clause.lastToken - clause.firstToken <= 2 && strong && !sentenceAboutOthers(reply, index) && !namesOthers(reply, sentence)) return make('praise');
  return make(factsOf(reply, clause).clientAct ? (strong ? 'praise' : 'weak') : 'elsewhere');
}

interface ClauseFacts {
  /** Names something the client did or wrote: "bericht", "stap". */
  clientAct: boolean;
  /** Index of the first "mijn" in the clause, or -1. */
  mijn: number;
}

/** Facts about a clause, read once per clause. */
const factsOf = memoBy(
  (_reply: TextAnalysis, clause: Clause) => clause,
  (reply: TextAnalysis, clause: Clause): ClauseFacts => {
    const facts = { clientAct: false, mijn: -1 };
    for (let k = clause.firstToken; k < clause.lastToken; k++) {
      const lower = reply.tokens[k]!.lower;
      if (!facts.clientAct && clientAct.has(lower)) facts.clientAct = true;
      if (facts.mijn < 0 && lower === 'mijn') facts.mijn = k;
    }
    return facts;
  },
);

/** "Mijn oefening werkt goed": praise of the coach's own work. */
function ownWork(reply: TextAnalysis, clause: Clause, before: number): boolean {
  const mijn = factsOf(reply, clause).mijn;
  return mijn >= 0 && mijn < before && !clause.mentionsClient;
}

/**
 * "Fijn dat je de brieven hebt opgezocht", "Goed dat je meteen vraagt…": gladness about
 * something the client did is recognition. "Fijn dat je leidinggevende…" is not (a third party).
 * Read once per clause.
 */
/** "het platform werkt weer goed", "uw bericht kwam goed aan", "de opdracht blijkt goed te werken": something working, not the client praised. */
const WORKING = new Set(['werkt', 'werken', 'werkte', 'aan', 'ontvangen', 'doorgekomen', 'binnengekomen', 'aangekomen']);
/** Arriving: "kwam goed aan" says nothing about the client, whoever the subject is ("je bericht kwam goed aan"). */
const ARRIVING = new Set(['aan', 'ontvangen', 'doorgekomen', 'binnengekomen', 'aangekomen']);
function working(reply: TextAnalysis, at: number): boolean {
  const next = reply.tokens[at + 1]?.lower ?? '';
  if (ARRIVING.has(next)) return true;
  if (clauseOf(reply, at)!.subject === 'client') return false;
  return WORKING.has(next) || (next === 'te' && WORKING.has(reply.tokens[at + 2]?.lower ?? '')) || WORKING.has(reply.tokens[at - 1]?.lower ?? '');
}

/** "je bent (echt) een held": the client as subject, "bent/ben" shortly before the word. */
function calledByClient(reply: TextAnalysis, at: number, first: number): boolean {
  const clause = clauseOf(reply, at)!;
  if (clause.subject !== 'client') return false;
  for (let k = Math.max(first, at - 4); k < at; k++) if (['bent', 'ben', 'blijft', 'was'].includes(reply.tokens[k]!.lower)) return true;
  return false;
}

/** Verbs of the coach's understanding that "goed" can qualify: "begrijp ik heel goed". */
const UNDERSTANDING = new Set(['begrijp', 'begrijpen', 'snap', 'snappen', 'voorstellen', 'indenken', 'inleven', 'invoelen', 'volgen', 'volg']);
function coachUnderstands(reply: TextAnalysis, at: number): boolean {
  const clause = clauseOf(reply, at)!;
  if (clause.subject !== 'coach') return false;
  for (let k = clause.firstToken; k < clause.lastToken; k++) if (UNDERSTANDING.has(reply.tokens[k]!.lower)) return true;
  return false;
}

/** "dat het zoveel beter gaat met uw rug": an outcome with "het" as its subject, not something the client did. */
const IMPERSONAL = new Set(['het', 'dit', 'er']);
function impersonal(reply: TextAnalysis, clause: Clause): boolean {
  const at = clause.firstToken + (clause.opener ? 1 : 0);
  return IMPERSONAL.has(reply.tokens[at]?.lower ?? '') && (clause.subjectAt < 0 || at < clause.subjectAt);
}


/**
 * "Fijn dat u zo'n betrokken dochter heeft", "dat u vrede heeft met de keuze": gladness at what the
 * client has (other than a quality: "dat je zoveel vertrouwen hebt"), not at something the client did ("Fijn dat je dit opschrijft", "…dat je weer lucht hebt
 * gevonden"). Read up to the end of the sentence, so "Fijn dat je er bent, en dat je zo eerlijk
 * vertelt…" still praises the telling.
 */
function mereHaving(reply: TextAnalysis, complement: Clause): boolean {
  const tokens = reply.tokens;
  const end = reply.sentences[complement.sentence]!.lastToken;
  let having = false;
  for (let k = complement.firstToken; k < end; k++) {
    const lower = tokens[k]!.lower;
    if (actVerbs.has(lower) || (DONE.test(lower) && k < complement.lastToken)) return false;
    // "…, en dat je zelf de draad weer oppakt": a second dat-clause about the client names a deed.
    if (k >= complement.lastToken && lower === 'dat' && CLIENT_SUBJECT.has(tokens[k + 1]?.lower ?? '')) return false;
    if (k >= complement.lastToken) continue;
    // "Fijn dat je zoveel vertrouwen hebt": having a quality is to the client's credit.
    if (praiseNoun.has(lower) || achievements.has(lower) || lower.endsWith('vertrouwen')) return false;
    // (Not "zijn": "dat je vanavond bent begonnen" is a deed in the perfect tense.)
    having ||= HAVING.has(lower);
  }
  return having;
}

const praisesAnAct = memoBy(
  (reply: TextAnalysis, clause: { index: number }) => reply.clauses[clause.index]!,
  (reply: TextAnalysis, clause: { index: number }): boolean => {
    const own = reply.clauses[clause.index]!;
    const complement = complementOf(reply, own);
    if (complement) {
      if (complement.subject === 'client') return !impersonal(reply, complement) && !mereHaving(reply, complement);
      return complement.subject === 'none' && complement.mentionsClient && !impersonal(reply, complement);
    }
    for (let k = own.firstToken; k < own.lastToken; k++) if (actVerbs.has(reply.tokens[k]!.lower)) return true;
    return false;
  },
);

/** Findings of one sentence, read once (a sentence that points back asks for the one before it). */
const findings = memoBy((reply: TextAnalysis, index: number) => reply.sentences[index]!, findingsOf);

function findingsOf(reply: TextAnalysis, index: number): Finding[] {
  const sentence = reply.sentences[index]!;
  const { firstToken: first, lastToken: last } = sentence;
  if (first >= last || sentence.mood.endsWith('question')) return [];
  const tokens = reply.tokens;
  const masked = new Set<number>();
  for (const hit of notPraise.find(tokens, first, last)) for (let k = hit.from; k < hit.to; k++) masked.add(k);
  // "Chapeau!", "Wat knap!": a short exclamation next to a sentence about the client ("Ok, duidelijk." is none).
  if (last - first <= 3 && !sentence.ironic && neighbourAboutClient(reply, index)) {
    for (let i = first; i < last; i++) {
      const lower = tokens[i]!.lower;
      if (!masked.has(i) && (exclamations.has(lower) || praiseAdjective.has(lower))) return [{ kind: 'praise', span: { start: sentence.start, end: sentence.end }, sentence: index }];
    }
  }
  const out: Finding[] = [];

  for (const hit of thanksPhrases.find(tokens, first, last)) {
    // "Oké, dank je dat je het nu vertelt": an interjection may come first.
    if (hit.from !== first && !(hit.from === first + 1 && INTERJECTIONS.has(tokens[first]!.lower))) continue;
    let specific = false;
    for (let k = hit.to; k < last && k < hit.to + 12 && !specific; k++) specific = (thanksQualifier.has(tokens[k]!.lower) && !masked.has(k)) || (tokens[k]!.lower === 'dat' && ['je', 'jij', 'u'].includes(tokens[k + 1]?.lower ?? ''));
    // "Dank je wel voor het bijhouden van je slaapdagboek": thanks for something the client did.
    // ("Bedankt voor het delen van de link" thanks for a service, not for something of the client's.)
    const of = tokens[hit.to + 3]?.lower === 'van' ? ['je', 'jouw', 'uw'].includes(tokens[hit.to + 4]?.lower ?? '') : true;
    specific ||= tokens[hit.to]?.lower === 'voor' && tokens[hit.to + 1]?.lower === 'het' && THANKED_ACTS.has(tokens[hit.to + 2]?.lower ?? '') && of;
    out.push({ kind: specific ? 'praise' : 'thanks', span: { start: sentence.start, end: sentence.end }, sentence: index });
  }
  for (const hit of praisePhrases.find(tokens, first, last)) {
    if (masked.has(hit.from)) continue;
    // "Dat is echt iets!" praises; "dit is echt iets voor je huisarts", "het is echt iets anders" do not.
    if (hit.entry.endsWith(' iets') && ['voor', 'anders'].includes(tokens[hit.to]?.lower ?? '')) continue;
    // "Ik heb hard gewerkt aan dit schema": the coach's own deed.
    const doer = clauseOf(reply, hit.from)!.subject;
    if (deeds.has(hit.entry) && doer === 'coach') {
      out.push({ kind: 'elsewhere', span: span(tokens, hit.from, hit.to), sentence: index });
      continue;
    }
    // "Dat u dit opschrijft, had niet iedereen gedaan": the others named only to measure the client's step by.
    const aboutClient = sentenceMentionsClient(reply, index) || (!COMPARATIVE.has(hit.entry) && neighbourAboutClient(reply, index));
    if ((STANDALONE.has(hit.entry) || COMPARATIVE.has(hit.entry)) && !sentence.ironic && aboutClient) {
      out.push({ kind: 'praise', span: span(tokens, hit.from, hit.to), sentence: index });
    } else out.push(judgeAt(reply, index, hit.from, hit.to, true, { from: hit.from, to: hit.to }, true));
  }

  for (let i = first; i < last; i++) {
    if (masked.has(i)) continue;
    const lower = tokens[i]!.lower;
    if (lower === 'wat' && tokens[i + 1]?.lower === 'een' && i + 2 < last) {
      // "Wat een moed", "Wat een mooi inzicht"
      let k = i + 2;
      let praised = false;
      while (k < last && k < i + 6 && (praiseAdjective.has(tokens[k]!.lower) || tokens[k]!.lower === 'en')) {
        praised ||= tokens[k]!.lower !== 'en';
        k++;
      }
      const noun = k < last ? tokens[k]!.lower : '';
      // "Wat een goed idee van je werkgever": the idea is someone else's.
      if (praised && ofSomeoneElse(tokens, k + 1, last)) {
        out.push({ kind: 'elsewhere', span: span(tokens, i, Math.min(last, k + 4)), sentence: index });
        i = k;
        continue;
      }
      if (personPraise.has(noun)) {
        // "wat een topper": of the client, unless the sentence is about someone else.
        out.push(sentenceAboutOthers(reply, index) ? { kind: 'elsewhere', span: span(tokens, i, k + 1), sentence: index } : { kind: 'praise', span: span(tokens, i, k + 1), sentence: index });
        i = k;
        continue;
      }
      const achievement = achievements.has(noun) || praiseNoun.has(noun);
      if (noun && praised && !achievement && notTheClient(noun)) {
        out.push({ kind: 'elsewhere', span: span(tokens, i, k + 1), sentence: index });
        i = k;
        continue;
      }
      // "Wat een mooi resultaat heeft die energiemeter opgeleverd": the subject after the verb is a thing, not the client.
      if (noun && praised && FINITE_AFTER.has(tokens[k + 1]?.lower ?? '') && THING_DETERMINERS.has(tokens[k + 2]?.lower ?? '') && k + 2 < last) {
        out.push({ kind: 'elsewhere', span: span(tokens, i, Math.min(last, k + 4)), sentence: index });
        i = k;
        continue;
      }
      if (noun && (achievement || (praised && !notClientThings.has(noun)))) {
        out.push(achievement || clientAct.has(noun) ? { kind: 'praise', span: span(tokens, i, k + 1), sentence: index } : judgeAt(reply, index, i, k + 1, true));
        i = k;
        continue;
      }
    }
    // "Je bent echt een held", "U bent een kanjer": the client called by a word of praise for a person.
    if (personPraise.has(lower) && calledByClient(reply, i, first)) {
      out.push(judgeAt(reply, index, Math.max(first, i - 3), i + 1, true, { from: i, to: i + 1 }, true));
      continue;
    }
    // "Wat heb je veel in beweging gezet!", "wat hebt u een weg afgelegd": an exclamation about the client.
    if (lower === 'wat' && (i === first || i === clauseOf(reply, i)!.firstToken) && EXCLAIMING_VERBS.has(tokens[i + 1]?.lower ?? '') && CLIENT_SUBJECT.has(tokens[i + 2]?.lower ?? '')) {
      // "Wat heeft u een begripvolle leidinggevende", "Wat heb je een mooie stageplek": praise of what the client has, not of the client.
      if (HAVING.has(tokens[i + 1]!.lower) && tokens[i + 3]?.lower === 'een' && !praisesWhatIsHad(reply, i + 4)) {
        out.push({ kind: 'elsewhere', span: span(tokens, i, Math.min(last, i + 6)), sentence: index });
        i = clauseOf(reply, i)!.lastToken - 1;
        continue;
      }
      if (!sentence.ironic) out.push({ kind: 'praise', span: span(tokens, i, Math.min(last, i + 4)), sentence: index });
      continue;
    }
    if (praiseNoun.has(lower) && i > first && ['je', 'jouw', 'uw', 'die', 'deze', "zo'n", 'zulke', 'hoeveel', 'zoveel'].includes(tokens[i - 1]!.lower)) {
      // "Wat een geweldige kleindochter heeft u, zo'n doorzetter!": an apposition praises the one praised just before.
      if (out.some((f) => f.kind === 'elsewhere')) {
        out.push({ kind: 'elsewhere', span: span(tokens, i - 1, i + 1), sentence: index });
        continue;
      }
      out.push(judgeAt(reply, index, i - 1, i + 1, true, { from: i - 1, to: i + 1 }, true));
      continue;
    }
    // "Die verandering heeft u zelf tot stand gebracht", "Dat heeft u echt zelf gedurfd": the client's own doing.
    if (lower === 'zelf' && ownDoing(reply, i)) {
      out.push({ kind: 'praise', span: span(tokens, i, Math.min(last, i + 4)), sentence: index });
      continue;
    }
    // "Dat vraagt veel zelfbeheersing", "dat vraagt nogal wat van iemand die…": what the client's step asked of them.
    if (demanding.has(lower) && i + 1 < last) {
      const amount = demandedAmounts.find(tokens, i + 1, Math.min(last, i + 4))[0];
      let quality = -1;
      for (let k = i + 1; k < last && k <= i + 3 && quality < 0; k++) if (praiseNoun.has(tokens[k]!.lower)) quality = k;
      if (amount || quality > 0) {
        out.push(judgeAt(reply, index, i, (amount?.to ?? quality + 1), true, { from: i, to: i + 1 }, true));
        continue;
      }
    }
    // "Daar zit echt doorzettingsvermogen in", "Dat toont een taaiheid…": a quality of the client shown by what was just said.
    if ((lower === 'zit' || lower === 'toont' || lower === 'toonde') && i + 1 < last) {
      let quality = -1;
      for (let k = i + 1; k < last && k <= i + 4 && quality < 0; k++) if (praiseNoun.has(tokens[k]!.lower)) quality = k;
      if (quality > 0 && (lower !== 'zit' || tokens.slice(quality + 1, Math.min(last, quality + 3)).some((t) => t.lower === 'in'))) {
        out.push(judgeAt(reply, index, i, quality + 1, true, { from: i, to: quality + 1 }, true));
        continue;
      }
    }
    // "Daar spreekt zoveel kracht uit": the quality between "spreekt" and "uit".
    if (lower === 'spreekt' || lower === 'spreken') {
      let quality = -1;
      for (let k = i + 1; k < last && k <= i + 5; k++) {
        if (praiseNoun.has(tokens[k]!.lower)) quality = k;
        if (tokens[k]!.lower === 'uit' && quality > 0) {
          out.push(judgeAt(reply, index, i, k + 1, true, { from: i, to: i + 1 }, true));
          break;
        }
      }
      if (quality > 0) continue;
    }
    // "Wauw, je hebt het gedaan!": an exclamation of admiration opening the sentence counts as a strong word.
    const strong = praiseAdjective.has(lower) || (i === first && exclamations.has(lower));
    if (!strong && !weakAdjective.has(lower)) continue;
    // "Fijn dat je er weer bent", "Leuk dat u er bent": a welcome, not praise of the client.
    // "Dat begrijp ik heel goed", "Ik kan me goed voorstellen…": how well the coach understands, not praise.
    if (lower === 'goed' && (coachUnderstands(reply, i) || working(reply, i))) continue;
    // "Goed dat je er bent" welcomes too; "goed dat je er was" praises showing up somewhere.
    if ((!strong || WELCOMING.has(lower)) && welcomes(tokens, i, last, strong)) continue;
    // "Je bent een sterke vrouw" praises the client; "Fijn dat je zo'n betrokken collega hebt" praises the colleague.
    const person = personAfter(tokens, i, last);
    if (person >= 0) {
      if (clientIsIt(reply, clauseOf(reply, i)!)) out.push(judgeAt(reply, index, Math.max(first, i - 1), person + 1, strong, { from: i, to: i + 1 }));
      continue;
    }
    // "een goede zet van je": an inflected adjective before a noun that is the client's ("van je").
    if (attributiveElsewhere(tokens, i, last) && !ofTheClient(tokens, i + 2, last)) continue;
    if (!evaluative(reply, i, first) && !(strong && describesClient(reply, i, last))) continue;
    out.push(judgeAt(reply, index, Math.max(first, i - 1), Math.min(last, i + 2), strong, { from: i, to: i + 1 }));
  }
  return out;
}

/** A sentence with a third party as the subject of one of its clauses: "je huisgenote heeft je geholpen, wat een topper". */
interface SentenceFacts {
  aboutOthers: boolean;
  mentionsClient: boolean;
}

/** Read once per sentence: does a clause have a third party as subject, does one mention the client? */
const sentenceFacts = memoBy(
  (reply: TextAnalysis, index: number) => reply.sentences[index]!,
  (reply: TextAnalysis, index: number): SentenceFacts => {
    const s = reply.sentences[index]!;
    const facts = { aboutOthers: false, mentionsClient: false };
    for (let c = s.firstClause; c < s.lastClause; c++) {
      const clause = reply.clauses[c]!;
      if (clause.subject === 'third') facts.aboutOthers = true;
      if (clause.mentionsClient) facts.mentionsClient = true;
    }
    return facts;
  },
);

function sentenceAboutOthers(reply: TextAnalysis, index: number): boolean {
  return sentenceFacts(reply, index).aboutOthers;
}

function sentenceMentionsClient(reply: TextAnalysis, index: number): boolean {
  return sentenceFacts(reply, index).mentionsClient;
}

function neighbourAboutClient(reply: TextAnalysis, index: number): boolean {
  return [index - 1, index + 1].some((i) => inBody(reply, i) && sentenceMentionsClient(reply, i));
}

function best(list: Finding[]): Finding | null {
  let top: Finding | null = null;
  for (const f of list) if (!top || RANK[f.kind] > RANK[top.kind]) top = f;
  return top;
}

function example(context: JudgeContext): string {
  return byForm(
    context,
    'bijvoorbeeld ‘Knap dat je deze stap hebt gezet.’ of ‘Wat beschrijf je dat helder.’',
    'bijvoorbeeld ‘Knap dat u deze stap hebt gezet.’ of ‘Wat beschrijft u dat helder.’',
  );
}

export const appreciation = defineCriterion({
  id: 'appreciation',
  meta: {
    label: 'Compliment of waardering',
    why: 'In het beperkte welkom start je ieder bericht met een oprecht compliment, erkenning of waardering, gericht op de cliënt: op inhoud, proces of gevoel. Zo voelt de cliënt zich gezien voordat je je boodschap brengt.',
    kind: 'include',
    contract: true,
    messages: {
      met: 'Je opent met waardering voor de cliënt: {found}.',
      late: 'Je compliment {found} komt pas later in je bericht. Zet waardering juist in de eerste zinnen, zodat de cliënt zich meteen gezien voelt.',
      thanks: 'Een bedankje is vriendelijk, maar nog standaard: {found}. Maak het persoonlijk met een oprecht compliment, {example}',
      weak: 'Dit is vriendelijk, maar gaat meer over jouw blijdschap dan over wat de cliënt deed: {found}. Maak het persoonlijk met een oprecht compliment, {example}',
      negated: 'Dit is ontkende lof, geen compliment: {found}. Zoek iets wat de cliënt wél goed deed en benoem dat oprecht, {example}',
      sarcasm: 'Dit leest als spot, niet als een oprecht compliment: {found}. Een cliënt voelt zich zo niet gezien maar afgewezen. Benoem oprecht wat de cliënt goed deed, {example}',
      conditional: 'Dit compliment hangt af van iets wat de cliënt nog niet deed: {found}. Waardeer wat de cliënt al gedaan heeft, {example}',
      elsewhere: 'Je waardering gaat over iemand of iets anders dan de cliënt: {found}. Richt je compliment op de cliënt zelf, {example}',
      missing: 'Je eerste zinnen bevatten geen compliment of waardering voor de cliënt. Begin met een oprecht compliment, {example}',
    },
  },
  check(reply, context) {
    const text = (f: Finding) => quote(reply.text.slice(reply.sentences[f.sentence]!.start, reply.sentences[f.sentence]!.end));
    const openingEnd = Math.min(reply.bodyFirst + 1, reply.bodyLast);
    const opening: Finding[] = [];
    for (let i = reply.bodyFirst; i <= openingEnd; i++) {
      const top = best(findings(reply, i));
      if (top) opening.push(top);
    }
    const praise = opening.find((f) => f.kind === 'praise');
    if (praise) return { status: 'met', messageId: 'met', data: { found: text(praise) }, spans: [praise.span] };
    const bad = opening.find((f) => f.kind === 'sarcasm' || f.kind === 'negated' || f.kind === 'conditional');
    if (bad) return { status: 'missing', messageId: bad.kind as 'sarcasm' | 'negated' | 'conditional', data: { found: text(bad), example: example(context) }, spans: [bad.span] };
    for (let i = openingEnd + 1; i <= reply.bodyLast; i++) {
      const later = best(findings(reply, i));
      if (later?.kind === 'praise') return { status: 'partial', messageId: 'late', data: { found: text(later) }, spans: [later.span] };
    }
    const weak = opening.find((f) => f.kind === 'weak' || f.kind === 'thanks');
    if (weak) return { status: 'partial', messageId: weak.kind as 'weak' | 'thanks', data: { found: text(weak), example: example(context) }, spans: [weak.span] };
    const elsewhere = opening.find((f) => f.kind === 'elsewhere');
    if (elsewhere) return { status: 'missing', messageId: 'elsewhere', data: { found: text(elsewhere), example: example(context) }, spans: [elsewhere.span] };
    return { status: 'missing', messageId: 'missing', data: { example: example(context) }, spans: [] };
  },
});

export default appreciation;
