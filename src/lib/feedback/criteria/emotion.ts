import { defineCriterion, type Clause, type JudgeContext, type Sentence, type Span, type TextAnalysis, type Token } from '../types.ts';
import {
  ACKNOWLEDGING_VERBS,
  EVALUATIVE,
  EVALUATIVE_FRAMES,
  FEELING_IDIOMS,
  FEELING_NOUNS,
  MIXED_FEELINGS,
  MISSING_VERBS,
  MISSED_EVENTS,
  FEELING_BODY,
  PAINFUL_PARTS,
  LATER,
  FEELING_FAMILIES,
  EMPATHIC_FRAMES,
  NEGATIVE_FEELINGS,
  NOT_A_FEELING,
  POSITIVE_FEELINGS,
  WELL_NOW,
  WELL_NOW_IDIOMS,
  HYPOTHETICAL,
  PLEASANT_GEVOEL,
  HARDSHIP,
  FEELING_READY,
  PAST_WORDS,
  ENDED,
  WANED,
  HEAD_STATES,
  TURNS,
} from '../lexicon/emotions.ts';
import { wordMatcher } from '../text/lexicon-match.ts';
import { wordKeys } from '../text/stem.ts';
import { phraseList } from '../text/phrases.ts';
import { clauseHas, clauseOf } from '../text/query.ts';
import { negatedAround } from '../text/clauses.ts';
import { tagOf } from '../text/tags.ts';
import { listNl, mergeSpans, quote } from '../text/match.ts';
import { byForm } from '../messages.ts';
import { memoBy } from '../text/memo.ts';

const negative = wordMatcher([...NEGATIVE_FEELINGS, ...MIXED_FEELINGS], { compounds: true });
const evaluativeWord = wordMatcher(EVALUATIVE, { variants: false });
const positive = wordMatcher(POSITIVE_FEELINGS, { variants: false });
const feelingNoun = wordMatcher(FEELING_NOUNS, { compounds: true });
/** Particles and adverbs that Dutch puts inside an idiom: "dat kwam vast hard aan", "zie je nog steeds op tegen". */
const IDIOM_FILLERS = new Set(['vast', 'echt', 'wel', 'best', 'ook', 'nog', 'steeds', 'toch', 'flink', 'behoorlijk', 'zo', 'erg', 'heel', 'misschien', 'waarschijnlijk', 'eigenlijk', 'even', 'enorm', 'er', 'daar', 'nu', 'soms', 'al', 'duidelijk']);
const idioms = phraseList(FEELING_IDIOMS, { fillers: IDIOM_FILLERS });
const notAFeeling = phraseList(NOT_A_FEELING);
const acknowledging = wordMatcher(ACKNOWLEDGING_VERBS);
const evaluativeFrames = new Set(EVALUATIVE_FRAMES);
const DEMONSTRATIVES = new Set(['die', 'dat', 'deze', 'dit', 'jouw', 'uw', 'je', "zo'n", 'zoveel', 'veel', 'zulke', 'het', 'wat', 'een', 'de']);
const FEEL_VERBS = new Set(['voel', 'voelt', 'voelde', 'voelen', 'gevoeld']);
const FIND_VERBS = new Set(['vind', 'vindt', 'vond', 'vinden']);
const families = FEELING_FAMILIES.map((words) => wordMatcher(words));
const empathic = wordMatcher(EMPATHIC_FRAMES);
const STATE_VERBS = new Set([
  'bent', 'ben', 'was', 'zit', 'zat', 'voelt', 'voelde', 'vindt', 'vond', 'hebt', 'heb', 'had', 'heeft', 'wordt', 'werd', 'weet', 'wist', 'ziet', 'zag',
  'ligt', 'lag', 'staat', 'stond', 'loopt', 'liep', 'valt', 'viel', 'doet', 'deed', 'raakt', 'raakte', 'kost', 'kostte', 'zwaar',
]);

/** The family of a feeling word ("woedend" → anger), or -1. */
function familyOf(word: string): number {
  return families.findIndex((family) => family.has(word));
}

/**
 * Feelings the client denied in their own message: "Iedereen verwacht dat ik kwaad
 * ben, maar dat ben ik niet." A reply that names them projects rather than reads.
 */
const deniedIn = memoBy(
  (client: TextAnalysis) => client,
  (client: TextAnalysis): Set<number> => {
    const denied = new Set<number>();
    const familiesIn = (from: number, to: number) => {
      const found: number[] = [];
      for (let k = from; k < to; k++) {
        const family = familyOf(client.tokens[k]!.lower);
        if (family >= 0) found.push(family);
      }
      return found;
    };
    for (const sentence of client.sentences) {
      for (let c = sentence.firstClause; c < sentence.lastClause; c++) {
        const clause = client.clauses[c]!;
        if (clause.negators.length === 0 || clause.subject !== 'coach') continue;
        // "Ik ben niet kwaad": the feeling in the negated clause itself.
        const here = familiesIn(clause.firstToken, clause.lastToken);
        here.forEach((f) => denied.add(f));
        // "…dat ik kwaad ben, maar dat ben ik niet": a negated "dat ben ik" takes back the clauses before it.
        const first = client.tokens[clause.firstToken + (clause.opener ? 1 : 0)]?.lower;
        if (here.length === 0 && (first === 'dat' || first === 'het')) {
          familiesIn(sentence.firstToken, clause.firstToken).forEach((f) => denied.add(f));
        }
      }
    }
    return denied;
  },
);

/** Does the span name a feeling the client denied ("ik ben niet eens zo verdrietig")? */
function deniedWithin(tokens: readonly Token[], from: number, to: number, denied: ReadonlySet<number>): boolean {
  if (denied.size === 0) return false;
  for (let k = from; k < to; k++) if (denied.has(familyOf(tokens[k]!.lower))) return true;
  return false;
}

const wellNow = wordMatcher(WELL_NOW, { variants: false });
const wellNowIdioms = phraseList(WELL_NOW_IDIOMS, { fillers: new Set([...IDIOM_FILLERS, 'reuze', 'hartstikke', 'achteraf']) });
const hypothetical = new Set(HYPOTHETICAL);
const feelingReady = new Set(FEELING_READY);
const pleasantGevoel = new Set(PLEASANT_GEVOEL);

/**
 * Does the client write of an unpleasant feeling of their own at `k`: a feeling word, missing
 * someone ("dan mis ik thuis"), feeling oneself something not pleasant ("ik voel me een
 * verrader"), or a feeling that is not a pleasant one ("een raar gevoel in mijn buik")?
 */
function unwellAt(client: TextAnalysis, k: number, clause: Clause): boolean {
  const word = client.tokens[k]!.lower;
  if (negative.has(word) || evaluativeWord.has(word)) return true;
  // "het voelt raar", "ik voel me een verrader"; not "het voelt | alsof er een last van me af is gevallen".
  // ("ik voel dat het klopt" is a conviction.)
  if (FEEL_VERBS.has(word) && client.tokens[k + 1]?.lower !== 'dat' && (clause.subject === 'coach' || (clause.subject === 'none' && k + 1 < clause.lastToken))) {
    for (let j = clause.firstToken; j < clause.lastToken; j++) {
      const other = client.tokens[j]!.lower;
      if (wellNow.has(other) || pleasantGevoel.has(other) || feelingReady.has(other)) return false;
    }
    return true;
  }
  if (clause.subject !== 'coach') return false;
  if (missingVerbs.has(word) || word === 'mis') return !missesAnEvent(client, k, clause);
  // "ik heb het gevoel dat ik het nu zelf kan" is a belief, not a feeling ("een naar gevoel dat blijft" is one).
  const belief = client.tokens[k - 1]?.lower === 'het' && (client.tokens[k + 1]?.lower === 'dat' || client.tokens[k + 2]?.lower === 'dat');
  return feelingNoun.has(word) && !pleasantGevoel.has(client.tokens[k - 1]?.lower ?? '') && !belief;
}

/** Does a word in the clause make a feeling hypothetical or expected: "ik zou opgelucht moeten zijn", "ik dacht dat het meeviel"? Read once per clause. */
const hypotheticalIn = memoBy(
  (_text: TextAnalysis, clause: Clause) => clause,
  (text: TextAnalysis, clause: Clause): boolean => {
    if (clause.conditional) return true;
    // "ik dacht dat het wel meeviel": the clause that governs a dat-clause counts too.
    const previous = text.clauses[clause.index - 1];
    const from = clause.opener === 'dat' && previous && previous.sentence === clause.sentence ? previous.firstToken : clause.firstToken;
    for (let k = from; k < clause.lastToken; k++) if (hypothetical.has(text.tokens[k]!.lower)) return true;
    return false;
  },
);

const past = new Set(PAST_WORDS);

/** "zonder te huilen", "zonder angst": a feeling that is absent. */
function withoutBefore(text: TextAnalysis, at: number, clause: Clause): boolean {
  for (let k = Math.max(clause.firstToken, at - 2); k < at; k++) if (text.tokens[k]!.lower === 'zonder') return true;
  return false;
}

/** Is the clause told in the past: "ik had er tegenop gezien", "ik was zo bang"? Read once per clause. */
const pastIn = memoBy(
  (_text: TextAnalysis, clause: Clause) => clause,
  (text: TextAnalysis, clause: Clause): boolean => clauseHas(text.tokens, clause, past),
);

/** An idiom of a pleasant feeling: "lekker in je vel", "goed in uw vel". */
function pleasantIdiom(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.lower === 'lekker' || tokens[k]!.lower === 'goed') return true;
  return false;
}

const ended = new Set(ENDED);

/** "dat het rouwen niet voorbij is", "je angst is nog niet weg": the negation is of its ending, so the feeling goes on. */
function persists(tokens: readonly Token[], clause: Clause, to: number): boolean {
  return clause.negators.some((n) => n >= to && n + 1 < clause.lastToken && ended.has(tokens[n + 1]!.lower));
}

const waned = new Set(WANED);

/** "De paniekaanvallen zijn veel minder", "de angst is weg": a word of waning shortly after the feeling at `at` (not "ik voel me minder waard"). */
function diminishedAfter(text: TextAnalysis, clause: Clause, at: number): boolean {
  for (let k = at + 1; k < clause.lastToken && k <= at + 4; k++) if (waned.has(text.tokens[k]!.lower)) return true;
  return false;
}

const hardship = wordMatcher(HARDSHIP, { variants: false });
const turns = new Set(TURNS);

/**
 * Does the client turn to hardship after `from` ("…, maar mijn vader is overleden", "Alleen slaap ik
 * slecht"): a clause opened by "maar", "alleen" or "toch" that tells of a death, an illness, bad sleep…?
 */
function hardshipAfterTurn(text: TextAnalysis, from: number): boolean {
  let turned = false;
  for (const clause of text.clauses) {
    if (clause.firstToken <= from) continue;
    // A turn runs on to the end of its sentence.
    if (turns.has(text.tokens[clause.firstToken]!.lower)) turned = true;
    else if (text.clauses[clause.index - 1]?.sentence !== clause.sentence) turned = false;
    if (!turned) continue;
    for (let k = clause.firstToken; k < clause.lastToken; k++) if (hardship.has(text.tokens[k]!.lower)) return true;
  }
  return false;
}

interface ClientMood {
  /** What the client writes of feeling well now ("opgelucht", "viel mee"), stated of themselves. */
  well: string[];
  /** The client also writes of an unpleasant feeling that still holds. */
  unwell: boolean;
  /** Stems and families of every unpleasant feeling the client names, held or over. */
  felt: Set<string>;
  families: Set<number>;
}

/**
 * How the client says they feel in their own message. "Ik voel me echt lichter nu" is a
 * client who feels well; "Ik zou opgelucht moeten zijn, maar ik voel me een verrader" is not.
 * A feeling that was and is over ("ik had er weken tegenop gezien, maar het viel zo mee")
 * does not hold any more.
 */
const clientMood = memoBy(
  (client: TextAnalysis) => client,
  (client: TextAnalysis): ClientMood => {
    const mood: ClientMood = { well: [], unwell: false, felt: new Set(), families: new Set() };
    const feel = (from: number, to: number) => {
      for (let k = from; k < to; k++) {
        const lower = tokens[k]!.lower;
        // Only the idiom's own words, not "er", "in", "je".
        if (tagOf(lower) !== 'other') continue;
        mood.felt.add(wordKeys(lower)[0]!);
        const family = familyOf(lower);
        if (family >= 0) mood.families.add(family);
      }
    };
    const tokens = client.tokens;
    let firstWell = tokens.length;
    const well = (from: number, to: number) => {
      mood.well.push(client.text.slice(tokens[from]!.start, tokens[to - 1]!.end));
      firstWell = Math.min(firstWell, from);
    };
    for (const sentence of client.sentences) {
      if (sentence.question) continue;
      for (const hit of wellNowIdioms.find(tokens, sentence.firstToken, sentence.lastToken)) {
        const clause = clauseOf(client, hit.from)!;
        if (clause.negators.length === 0 && !hypotheticalIn(client, clause)) well(hit.from, hit.to);
      }
      for (let k = sentence.firstToken; k < sentence.lastToken; k++) {
        const word = tokens[k]!.lower;
        if (!wellNow.has(word)) continue;
        const clause = clauseOf(client, k)!;
        if (word === 'gelukkig' && (k === clause.firstToken || (k === clause.firstToken + 1 && clause.opener !== '') || tokens[k + 1]?.lower === 'getrouwd')) continue;
        // "Ik ben trots op mijn dochter": pride in someone else says nothing of how the client is.
        if (tokens[k + 1]?.lower === 'op' && !['mezelf', 'mijzelf', 'me', 'mij'].includes(tokens[k + 2]?.lower ?? '')) continue;
        if ((clause.subject === 'coach' || clause.subject === 'none') && clause.negators.length === 0 && !hypotheticalIn(client, clause)) well(k, k + 1);
      }
    }
    // "Het werk gaat goed. Maar mijn vader is vorige week overleden", "Alleen slaap ik slecht": a turn to hardship after the well-being.
    if (mood.well.length > 0) mood.unwell = hardshipAfterTurn(client, firstWell);
    // "Ik had er weken tegenop gezien, maar het viel zo mee": a feeling told in the past, by a client who feels well now, is over.
    const holds = (clause: Clause, at: number) => !(mood.well.length > 0 && pastIn(client, clause)) && !diminishedAfter(client, clause, at);
    for (const sentence of client.sentences) {
      if (sentence.question) continue;
      for (let k = sentence.firstToken; k < sentence.lastToken; k++) {
        const clause = clauseOf(client, k)!;
        // "als ik er een voel aankomen", "zonder te huilen": no feeling that holds.
        if (!unwellAt(client, k, clause) || negatedAround(clause, k, k + 1) || clause.conditional || withoutBefore(client, k, clause)) continue;
        // Whoever it is about, the word is the client's: "de zorgen over mijn kleinzoon".
        feel(k, k + 1);
        if (clause.subject !== 'third' && holds(clause, k)) mood.unwell = true;
      }
      for (const hit of idioms.find(tokens, sentence.firstToken, sentence.lastToken)) {
        const clause = clauseOf(client, hit.from)!;
        feel(hit.from, hit.to);
        if (clause.subject !== 'third' && holds(clause, hit.to - 1)) mood.unwell = true;
      }
    }
    return mood;
  },
);

/** Does a feeling the reply names come from the client's own message, or is it a pleasant one? */
function readFromClient(words: string, mood: ClientMood): boolean {
  return words
    .toLowerCase()
    .split(/[^\p{L}'-]+/u)
    .some((t) => t !== '' && (positive.has(t) || wellNow.has(t) || mood.felt.has(wordKeys(t)[0]!) || mood.families.has(familyOf(t))));
}

function deniedByClient(client: TextAnalysis | null): Set<number> {
  return client ? deniedIn(client) : new Set();
}
const missingVerbs = new Set(MISSING_VERBS);
const missedEvents = new Set(MISSED_EVENTS);
const feelingBody = new Set(FEELING_BODY);
const later = phraseList(LATER);
const COACH_SUBJECTS = new Set(['we', 'wij', 'ik']);
// Not "uit": "zet het uit je hoofd" is to stop thinking of it.
const BODY_PREPOSITIONS = new Set(['in', 'onder', 'op', 'door', 'naar']);
/** Words that make the head a place of a state rather than of thoughts (see the lexicon). */
const headStates = new Set(HEAD_STATES);
/** Modal verbs: "kun je", "mag u", "hoef je". */
const MODALS = new Set(['kun', 'kunt', 'kan', 'mag', 'moet', 'hoef', 'hoeft', 'hoeven', 'kunnen', 'mogen']);
const CLIENT_POSSESSIVES = new Set(['je', 'jouw', 'uw']);

/** "je mist je eerste les": missing an event is no longing. */
function missesAnEvent(reply: TextAnalysis, at: number, clause: Clause): boolean {
  for (let k = at + 1; k < clause.lastToken && k <= at + 4; k++) if (missedEvents.has(reply.tokens[k]!.lower)) return true;
  return false;
}

/**
 * "Over je angst hebben we het later", "je schreef dat je bang bent, daar komen we later op":
 * a feeling put off as a topic, without a word that takes it in now.
 */
const parkedSentence = memoBy(
  (reply: TextAnalysis, sentence: Sentence) => sentence,
  (reply: TextAnalysis, sentence: Sentence): boolean => {
    // The coach (or "we") puts it off: "hebben we het later over", "kom ik straks op terug"; not "om het straks zonder mij te doen".
    const putOff = later.find(reply.tokens, sentence.firstToken, sentence.lastToken).some((hit) => {
      const clause = clauseOf(reply, hit.from)!;
      // The coach before the word of time, with no "om … te" between them ("ik lees angst om het straks alleen te doen").
      let coach = false;
      for (let k = clause.firstToken; k < clause.lastToken; k++) {
        const lower = reply.tokens[k]!.lower;
        if (COACH_SUBJECTS.has(lower)) coach = true;
        else if (lower === 'om' && k < hit.from) coach = false;
      }
      return coach;
    });
    if (!putOff) return false;
    for (let k = sentence.firstToken; k < sentence.lastToken; k++) if (empathic.has(reply.tokens[k]!.lower)) return false;
    return true;
  },
);

type Holder = 'client' | 'coach' | 'third' | 'denied' | 'none';

interface Found {
  /** Feelings the client denied and the reply names anyway. */
  projected: string[];
  client: Span[];
  words: string[];
  coach: string[];
  third: string[];
  denied: Span[];
  frames: Span[];
}

interface ClauseFacts {
  /** The coach perceives or acknowledges: "Ik lees veel verdriet", "Ik kan me voorstellen…". */
  acknowledges: boolean;
  /** "Je hoeft je niet…": a feeling is waved away. */
  hoeven: boolean;
  /** First token that makes a feeling the coach's own ("ik ben", "ik voel me"), or -1. */
  own: number;
}

/** Facts about a clause, read once per clause. */
function laterInClause(reply: TextAnalysis, clause: Clause, from: number, words: ReadonlySet<string>): boolean {
  for (let k = from; k < clause.lastToken; k++) if (words.has(reply.tokens[k]!.lower)) return true;
  return false;
}

const factsOf = memoBy(
  (_reply: TextAnalysis, clause: Clause) => clause,
  (reply: TextAnalysis, clause: Clause): ClauseFacts => {
    const facts = { acknowledges: false, hoeven: false, own: -1 };
    for (let k = clause.firstToken; k < clause.lastToken; k++) {
      const lower = reply.tokens[k]!.lower;
      if (acknowledging.has(lower)) facts.acknowledges = true;
      // "Die opluchting mag er helemaal zijn"
      if ((lower === 'mag' || lower === 'mogen') && reply.tokens[k + 1]?.lower === 'er') facts.acknowledges = true;
      if (lower.startsWith('hoef') || lower === 'hoeven') facts.hoeven = true;
      const prev = k > clause.firstToken ? reply.tokens[k - 1]!.lower : '';
      const ownVerb = ['ben', 'word', 'was', 'werd', 'raak', 'schrik', 'baal', 'vind'].includes(lower) && (prev === 'ik' || reply.tokens[k + 1]?.lower === 'ik');
      const prev2 = k > clause.firstToken + 1 ? reply.tokens[k - 2]!.lower : '';
      const feelMe = (lower === 'me' || lower === 'mij') && (prev === 'voel' || prev === 'voelde' || prev2 === 'voel' || prev2 === 'voelde');
      // "…dat ik me er zelf ongemakkelijk bij voel": "ik me" opening a verb-final clause that ends in "voel".
      const feelMeLate = lower === 'ik' && ['me', 'mij'].includes(reply.tokens[k + 1]?.lower ?? '') && laterInClause(reply, clause, k + 2, FEEL_VERBS);
      if (facts.own < 0 && (ownVerb || feelMe || feelMeLate)) facts.own = k;
    }
    return facts;
  },
);

function acknowledges(reply: TextAnalysis, clause: Clause): boolean {
  return factsOf(reply, clause).acknowledges;
}

/** "zwaar voor je", "pijnlijk voor u" */
function forClient(reply: TextAnalysis, at: number, end: number): boolean {
  const next = reply.tokens[at + 1]?.lower;
  const after = reply.tokens[at + 2]?.lower ?? '';
  return at + 2 < end + 1 && (next === 'voor' || next === 'met') && ['je', 'jou', 'u', 'jullie'].includes(after);
}

const COMPLEMENT_OPENERS = new Set(['dat', 'hoe', 'of', 'alsof', 'wat']);
/** Verbs of perceiving, knowing and saying whose object can be a clause. */
const PERCEIVING = wordMatcher([
  'merken', 'merkt', 'merkte', 'zien', 'ziet', 'zie', 'zag', 'zagen', 'zeggen', 'zegt', 'zei', 'zeiden', 'denken', 'denkt', 'dacht', 'dachten',
  'vinden', 'vindt', 'vond', 'vonden', 'vertellen', 'vertelt', 'vertelde', 'weten', 'weet', 'wist', 'wisten', 'horen', 'hoort', 'hoorde',
  'voelen', 'voelt', 'voelde', 'schrijven', 'schrijft', 'schreef', 'vragen', 'vraagt', 'vroeg', 'begrijpen', 'begrijpt', 'snappen', 'snapt',
  'vrezen', 'vreest', 'hopen', 'hoopt', 'ervaren', 'ervaart',
]);

/** Is the clause the object of a clause about someone else: "de ouderen merken | dat het onrustig is"? */
function complementOfThird(reply: TextAnalysis, clause: Clause): boolean {
  const previous = reply.clauses[clause.index - 1];
  if (previous === undefined || previous.sentence !== clause.sentence || previous.subject !== 'third' || !COMPLEMENT_OPENERS.has(clause.opener)) return false;
  for (let k = previous.firstToken; k < previous.lastToken; k++) if (PERCEIVING.has(reply.tokens[k]!.lower)) return true;
  return false;
}

/** Is the clause before this one in the sentence an acknowledgement: "Ik snap dat het confronterend is"? */
function acknowledgedBefore(reply: TextAnalysis, clause: Clause): boolean {
  const previous = reply.clauses[clause.index - 1];
  if (previous && previous.sentence === clause.sentence && previous.subject !== 'third' && acknowledges(reply, previous)) return true;
  // "Dat het eng is, snap ik goed": the acknowledgement after the feeling; "…, schrijft u": the client's own words, reported.
  const next = reply.clauses[clause.index + 1];
  if (next === undefined || next.sentence !== clause.sentence || !acknowledges(reply, next)) return false;
  return next.subject === 'coach' || (next.subject === 'client' && next.lastToken - next.firstToken <= 3);
}

const ARTICLES = new Set(['de', 'die', 'deze', 'een']);
const COPULAS = new Set(['is', 'was', 'wordt', 'werd', 'blijft', 'bleef', 'lijkt', 'leek', 'raakt', 'raakte', 'zijn', 'waren']);

/** "De arts is …", "Die collega was …": the clause's subject is a noun, and the word comes after its verb. */
function nounSubject(reply: TextAnalysis, clause: Clause, from: number): boolean {
  const start = clause.firstToken + (clause.opener ? 1 : 0);
  const verb = start + 2;
  return ARTICLES.has(reply.tokens[start]?.lower ?? '') && COPULAS.has(reply.tokens[verb]?.lower ?? '') && from > verb;
}

const LIKENING = new Set(['klinkt', 'klonk', 'lijkt', 'leek', 'voelt', 'voelde']);

/** "Het klinkt als een zware week": a likening before the word. */
function likenedBefore(reply: TextAnalysis, clause: Clause, from: number): boolean {
  // "als een…" may start a clause of its own: then the likening verb ends the clause before it.
  const previous = reply.clauses[clause.index - 1];
  const start = clause.opener === 'als' && previous && previous.sentence === clause.sentence ? previous.lastToken - 1 : clause.firstToken;
  for (let k = start; k + 1 < from; k++) if (LIKENING.has(reply.tokens[k]!.lower) && reply.tokens[k + 1]!.lower === 'als') return true;
  return false;
}

const POINTING = new Set(['dat', 'het', 'dit', 'wat', "zo'n", 'die', 'deze']);
const FEELING_ACTIVITIES = new Set(['rouwen', 'huilen', 'janken', 'schamen', 'treuren']);
const NOT_NAMING = new Set(['minder', 'meer', 'zonder', 'tegen']);

/** A feeling verb as a noun ("rouwen", "huilen"), without an article or possessive. */
function generalActivity(tokens: readonly Token[], from: number, to: number): boolean {
  const word = tokens[from]!.lower;
  const before = tokens[from - 1]?.lower ?? '';
  if (DEMONSTRATIVES.has(before) || before === 'te' || before === 'zitten' || before === 'liggen') return false;
  return to - from === 1 && word.endsWith('en') && FEELING_ACTIVITIES.has(word);
}

const BEING = new Set(['bent', 'ben', 'was', 'is', 'voel', 'voelt', 'voelde', 'word', 'wordt', 'werd', 'lijkt', 'klinkt']);

/** "U bent minder boos", "je voelt je minder somber": a state of the client, stated. */
function statedOfClient(tokens: readonly Token[], clause: Clause): boolean {
  for (let k = clause.firstToken; k < clause.lastToken; k++) if (BEING.has(tokens[k]!.lower)) return true;
  return false;
}

const MAX_LIST_ITEMS = 12;

/** A short item of an enumeration whose lead clause is about the coach: "ik help bij: stress, rouw". */
function listedUnderCoach(reply: TextAnalysis, clause: Clause): boolean {
  const short = (c: Clause) => c.subject === 'none' && c.lastToken - c.firstToken <= 3;
  if (!short(clause)) return false;
  // A dozen items at most, so a pasted list of thousands stays linear.
  let c = clause.index - 1;
  while (c >= 0 && c > clause.index - MAX_LIST_ITEMS && reply.clauses[c]!.sentence === clause.sentence && short(reply.clauses[c]!)) c--;
  const lead = reply.clauses[c];
  // ("Ik lees veel: verdriet, boosheid" perceives the client's feelings.)
  if (!lead || lead.sentence !== clause.sentence || (lead.subject !== 'coach' && lead.subject !== 'we') || acknowledges(reply, lead)) return false;
  // The list follows a colon after the lead clause.
  const next = reply.tokens[lead.lastToken];
  return !!next && reply.text.slice(reply.tokens[lead.lastToken - 1]!.end, next.start).includes(':');
}

/** Whose feeling a word at `from..to` names, and whether it is denied. */
function holderOf(reply: TextAnalysis, from: number, to: number, kind: 'negative' | 'positive' | 'noun' | 'evaluative' | 'idiom'): Holder {
  const clause = clauseOf(reply, from)!;
  const sentence = reply.sentences[clause.sentence]!;
  const tokens = reply.tokens;
  const facts = factsOf(reply, clause);
  // "Je hoeft je niet te schamen", "Schamen hoeft echt niet": waved away.
  if (facts.hoeven && clause.negators.length > 0) return 'denied';
  // "Zo spannend is het echt niet": a fronted feeling word negated at the end of its clause.
  const fronted = from - clause.firstToken <= 1 && clause.negators.some((n) => n > to);
  const negated = (negatedAround(clause, from, to) || fronted) && !persists(tokens, clause, to);
  // A negated unpleasant feeling is denied ("je bent niet bang"); a negated pleasant one names an unpleasant one ("je voelt je niet gelukkig").
  if (negated && kind !== 'positive' && kind !== 'idiom') return 'denied';
  // "maakt u zich vooral niet te veel zorgen" denies; "je zit niet lekker in je vel" names an unpleasant feeling.
  if (negated && kind === 'idiom' && !pleasantIdiom(tokens, from, to)) return 'denied';
  // "Trots kun je hier niet op zijn": a pleasant feeling the client may not have is withheld, not named.
  if (negated && kind === 'positive' && clauseHas(tokens, clause, MODALS) && !acknowledgedBefore(reply, clause)) return 'denied';
  // "minder stress" as a goal names no feeling; "u bent al minder boos" says how the client feels now.
  // ("Tegen die onrust helpt een wandeling": a feeling as a target to fix.)
  const before = DEMONSTRATIVES.has(tokens[from - 1]?.lower ?? '') && tokens[from - 1]?.lower !== 'je' ? tokens[from - 2]?.lower : tokens[from - 1]?.lower;
  if (kind !== 'idiom' && NOT_NAMING.has(before ?? '') && !(clause.subject === 'client' && statedOfClient(tokens, clause))) return 'none';
  // "Ik heb ervaring met allerlei thema's: stress, slapen, rouw": a topic in a list about the coach.
  if (clause.subject === 'none' && listedUnderCoach(reply, clause)) return 'none';
  // "Rouwen kost energie", "Dat hoort bij rouwen": a feeling as an activity of anyone, said of nobody.
  if (kind === 'negative' && clause.subject === 'none' && !clause.mentionsClient && generalActivity(tokens, from, to)) return 'none';
  const ackHere = (acknowledges(reply, clause) && clause.subject !== 'third') || acknowledgedBefore(reply, clause);
  // "…dat de frustratie over je broer nog doorwerkt": the feeling comes before the person, so it is not that person's.
  const subject = clause.subject === 'third' && clause.subjectAt > from ? 'none' : clause.subject;
  if (kind === 'evaluative') {
    // "een lastige situatie": an attribute of a thing, not a feeling.
    const next = tokens[from + 1];
    // "Het klinkt als een zware week": after "klinkt als" the thing stands for what the client goes through.
    if (!likenedBefore(reply, clause, from) && tokens[from]!.lower.endsWith('e') && next && from + 1 < clause.lastToken && !['voor', 'om', 'dat', 'is', 'was', 'hoor'].includes(next.lower)) return 'none';
  }
  if (subject === 'client') return 'client';
  // "De fysiotherapeut is blij met uw vooruitgang": a feeling said of a named someone, not of the client.
  if ((kind === 'positive' || kind === 'negative') && subject === 'none' && nounSubject(reply, clause, from)) return 'third';
  if (kind === 'evaluative' && subject !== 'third' && likenedBefore(reply, clause, from)) return 'client';
  if (kind === 'evaluative') {
    let framed = forClient(reply, from, clause.lastToken) || ackHere;
    let pointing = tokens[sentence.firstToken]!.lower === 'wat';
    for (let k = Math.max(clause.firstToken, from - 3); k < from; k++) pointing ||= POINTING.has(tokens[k]!.lower);
    for (let k = Math.max(sentence.firstToken, from - 3); k < from && !framed; k++) framed = pointing && evaluativeFrames.has(tokens[k]!.lower);
    if (!framed && !(pointing && POINTING.has(tokens[clause.firstToken]!.lower))) return 'none';
  }
  if (subject === 'third') return 'third';
  if (subject === 'coach' || subject === 'we') {
    if (forClient(reply, from, clause.lastToken)) return 'client';
    const own = facts.own;
    if (own >= 0 && own < from) return kind === 'evaluative' ? 'none' : 'coach';
    // "Ik lees veel verdriet": the clause itself perceives the client's feeling. A feeling word
    // in a clause about the coach that perceives nothing is the coach's own ("Ik schrok, toen ik je bericht las").
    if (acknowledges(reply, clause) || (kind === 'noun' && ackHere)) return 'client';
    return kind === 'evaluative' ? 'none' : 'coach';
  }
  // "…en de ouderen merken vast dat het onrustig is": what a third party perceives is theirs.
  if (subject === 'none' && !clause.mentionsClient && complementOfThird(reply, clause)) return 'third';
  // Nobody named in the clause: "Dat kwam hard binnen", "Wat een verdriet", "Die onzekerheid…".
  if (kind === 'idiom' || kind === 'evaluative') return 'client';
  if (clause.mentionsClient || ackHere || DEMONSTRATIVES.has(tokens[from - 1]?.lower ?? '')) return kind === 'positive' && !ackHere ? 'none' : 'client';
  // An unpleasant feeling named with nobody else in the sentence ("een ochtend vol spanning") is the client's, to whom the coach writes.
  if (kind === 'negative' && !sentenceHasThird(reply, clause.sentence)) return 'client';
  if (sentenceTouchesClient(reply, clause.sentence)) return kind === 'positive' ? 'none' : 'client';
  return 'none';
}

interface SentenceFacts {
  /** A clause mentions the client or acknowledges something. */
  touchesClient: boolean;
  /** A clause has someone else as its subject. */
  hasThird: boolean;
}

/** Facts about a sentence, read once per sentence. */
const sentenceFacts = memoBy(
  (reply: TextAnalysis, index: number) => reply.sentences[index]!,
  (reply: TextAnalysis, index: number): SentenceFacts => {
    const sentence = reply.sentences[index]!;
    const facts = { touchesClient: false, hasThird: false };
    for (let c = sentence.firstClause; c < sentence.lastClause; c++) {
      const clause = reply.clauses[c]!;
      // "Je collega's hebben het zwaar": a possessive "je" before someone else does not address the client.
      if ((clause.mentionsClient && clause.subject !== 'third') || acknowledges(reply, clause)) facts.touchesClient = true;
      if (clause.subject === 'third') facts.hasThird = true;
    }
    return facts;
  },
);

const sentenceHasThird = (reply: TextAnalysis, index: number) => sentenceFacts(reply, index).hasThird;
const sentenceTouchesClient = (reply: TextAnalysis, index: number) => sentenceFacts(reply, index).touchesClient;

/** "je gaat het vast leuk vinden": a prediction, not a feeling the client has. Read once per clause. */
const predicts = memoBy(
  (_reply: TextAnalysis, clause: Clause) => clause,
  (reply: TextAnalysis, clause: Clause): boolean => {
    for (let k = clause.firstToken; k < clause.lastToken; k++) if (['gaat', 'ga', 'zal', 'zult', 'zullen', 'gaan'].includes(reply.tokens[k]!.lower)) return true;
    return false;
  },
);

/** "Ik hoop dat je je snel beter voelt": a wish. Read once per clause. */
const wishedFor = memoBy(
  (_reply: TextAnalysis, clause: Clause) => clause,
  (reply: TextAnalysis, clause: Clause): boolean => {
    const previous = reply.clauses[clause.index - 1];
    if (!previous || previous.sentence !== clause.sentence) return false;
    for (let k = previous.firstToken; k < previous.lastToken; k++) if (['hoop', 'hopen', 'wens', 'wensen'].includes(reply.tokens[k]!.lower)) return true;
    return false;
  },
);

/** "je voelt je vast rot", "u voelt zich overvallen": a feeling verb with the client as subject names a feeling. */
function feelFrame(reply: TextAnalysis, at: number, end: number): number {
  const tokens = reply.tokens;
  const lower = tokens[at]!.lower;
  const clause = clauseOf(reply, at)!;
  // "dat je het gek vindt", "je vindt het eng": how the client finds something names a feeling.
  if (FIND_VERBS.has(lower) && clause.subject === 'client' && !predicts(reply, clause) && (tokens[at + 1]?.lower === 'het' || tokens[at - 2]?.lower === 'het' || tokens[at - 3]?.lower === 'het')) {
    return clause.lastToken > at + 2 || tokens[at - 2]?.lower === 'het' || tokens[at - 3]?.lower === 'het' ? clause.lastToken : -1;
  }
  if (!FEEL_VERBS.has(lower) || wishedFor(reply, clause)) return -1;
  // Verb last, as in a subordinate clause: "dat u zich gepasseerd voelt", "dat het raar voelt" (after "ik snap").
  // "…dat u zich er weer bij voelt horen": the verb may have an infinitive after it.
  // "Dat u zich een buitenstaander voelt in uw eigen familie": in a subordinate clause a phrase may follow the verb.
  const subordinate = tagOf(clause.opener) === 'subordinator';
  if ((at >= clause.lastToken - 2 || (subordinate && at >= clause.lastToken - 6)) && at > clause.firstToken + 1) {
    // "…of met hoe u zich voelt": asking about a feeling names none.
    // "Ik hoor hoe dom je je voelt" names it: "hoe" with a word of degree or a feeling before the subject.
    for (let k = clause.firstToken; k < at; k++) {
      if (tokens[k]!.lower !== 'hoe' && tokens[k]!.lower !== 'wat') continue;
      if (['je', 'jij', 'u', 'jullie', 'het', 'zich'].includes(tokens[k + 1]?.lower ?? '')) return -1;
    }
    let reflexive = false;
    for (let k = clause.firstToken; k < at; k++) if (['zich', 'je', 'jezelf', 'uzelf'].includes(tokens[k]!.lower) && k > clause.firstToken) reflexive = true;
    const pointing = tokens[clause.firstToken + 1]?.lower === 'het' || tokens[clause.firstToken]?.lower === 'het';
    if ((clause.subject === 'client' && reflexive) || (pointing && (acknowledgedBefore(reply, clause) || clause.subject === 'client'))) return -2;
  }
  if (clause.subject !== 'client') return -1;
  let k = at + 1;
  while (k < end && ['je', 'jij', 'u', 'zich', 'jezelf', 'uzelf'].includes(tokens[k]!.lower)) k++;
  if (k === at + 1 || k >= clause.lastToken) return -1;
  return clause.lastToken;
}

/** "Ik hoor hoe dom je je voelt", "Ik lees hoe eenzaam u zich voelt": the index of "hoe", or -1. */
function exclaimedFeeling(reply: TextAnalysis, at: number): number {
  const tokens = reply.tokens;
  if (!FEEL_VERBS.has(tokens[at]!.lower)) return -1;
  const clause = clauseOf(reply, at)!;
  if (at !== clause.lastToken - 1 || !acknowledges(reply, clause)) return -1;
  for (let k = clause.firstToken; k + 2 < at; k++) {
    if (tokens[k]!.lower !== 'hoe') continue;
    const next = tokens[k + 1]!.lower;
    if (['je', 'jij', 'u', 'jullie', 'het', 'zich', 'ik'].includes(next)) return -1;
    for (let j = k + 2; j < at; j++) if (['je', 'jij', 'u'].includes(tokens[j]!.lower)) return k;
    return -1;
  }
  return -1;
}

/** Indices of the sentences with a dismissal, once per text. */
const dismissedSentences = memoBy(
  (reply: TextAnalysis) => reply,
  (reply: TextAnalysis) => new Set(reply.dismissals.map((d) => d.sentence)),
);

const MUST = new Set(['moet', 'moeten', 'moest']);

/** "Twijfel is normaal, maar je moet het gewoon doen": a feeling granted and overruled in one breath. */
function yesBut(reply: TextAnalysis, sentence: Sentence): boolean {
  for (let c = sentence.firstClause + 1; c < sentence.lastClause; c++) {
    const clause = reply.clauses[c]!;
    if (clause.opener !== 'maar') continue;
    for (let k = clause.firstToken; k < clause.lastToken; k++) {
      const lower = reply.tokens[k]!.lower;
      // "…, maar je moet gewoon door": "gewoon" makes light of it; "moet" only when it is the client who must.
      if (lower === 'gewoon' || (MUST.has(lower) && clause.subject === 'client')) return true;
      // "U voelt zich nutteloos, maar dat is echt niet nodig": the feeling itself declared needless.
      if (lower === 'nodig' && clause.negators.length > 0 && POINTING.has(reply.tokens[clause.firstToken + 1]?.lower ?? '')) return true;
    }
  }
  return false;
}

const CHECK_WORDS = new Set(['klopt', 'herken', 'herkent', 'vergis', 'begrijp', 'lees', 'zie', 'hoor', 'zit', 'kan', 'lijkt', 'klinkt', 'alsof']);

/** "Klopt het dat…?", "Herken je dat je…?", "Lees ik goed dat…?": a question that checks a reading. */
function checksReading(reply: TextAnalysis, sentence: Sentence): boolean {
  for (let k = sentence.firstToken; k < sentence.lastToken && k < sentence.firstToken + 6; k++) if (CHECK_WORDS.has(reply.tokens[k]!.lower)) return true;
  return false;
}

const painfulParts = new Set(PAINFUL_PARTS);
function mentionsPainfulPart(text: TextAnalysis, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const word = text.tokens[k]!.lower;
    if (painfulParts.has(word) || (word.endsWith('pijn') && word.length > 4)) return true;
  }
  return false;
}

/** Pain of the body: a body part in the sentence, or a client who writes of pain in a body part. */
function physicalPain(reply: TextAnalysis, sentence: Sentence, client: TextAnalysis | null): boolean {
  if (mentionsPainfulPart(reply, sentence.firstToken, sentence.lastToken)) return true;
  return client !== null && clientPhysicalPain(client);
}

const clientPhysicalPain = memoBy(
  (client: TextAnalysis) => client,
  (client: TextAnalysis): boolean =>
    client.sentences.some((s) => {
      let pain = false;
      for (let k = s.firstToken; k < s.lastToken; k++) pain ||= client.tokens[k]!.lower.endsWith('pijn');
      return pain && mentionsPainfulPart(client, s.firstToken, s.lastToken);
    }),
);

/** "het voelt raar", "het is een beetje eng": a state felt, with a verb of feeling or a word for how hard it is. */
function feltState(reply: TextAnalysis, clause: Clause): boolean {
  for (let k = clause.firstToken; k < clause.lastToken; k++) {
    const lower = reply.tokens[k]!.lower;
    if (FEEL_VERBS.has(lower) || evaluativeWord.has(lower) || negative.has(lower)) return true;
  }
  return false;
}

/** "Gelukkig …", "maar gelukkig …": the adverb at the start of a clause. */
function luckily(reply: TextAnalysis, at: number): boolean {
  const clause = clauseOf(reply, at)!;
  return at === clause.firstToken || (at === clause.firstToken + 1 && clause.opener !== '');
}

/** The first question word (or "of") of an indirect question: what the coach asks about follows it. */
function askedFrom(tokens: readonly Token[], first: number, last: number): number {
  for (let k = first; k < last; k++) if (tagOf(tokens[k]!.lower) === 'qword' || tokens[k]!.lower === 'of') return k;
  return last;
}

/** A client pronoun between the question word and the feeling: "hoe je …", "wat u …". */
function askedOfClient(tokens: readonly Token[], asked: number, at: number): boolean {
  for (let k = asked + 1; k < at && k <= asked + 3; k++) {
    const tag = tagOf(tokens[k]!.lower);
    if (tag === 'client') return true;
    if (tag === 'coach' || tag === 'third' || tag === 'we') return false;
  }
  return false;
}

function scanSentence(reply: TextAnalysis, index: number, found: Found, denied: ReadonlySet<number>, client: TextAnalysis | null): void {
  const sentence = reply.sentences[index]!;
  // "Hoe voel je je?" asks for a feeling without naming one; "Klopt het dat je je buitengesloten voelt?" names it.
  if (sentence.mood === 'open-question' || sentence.mood === 'rhetorical-question' || sentence.mood === 'imperative' || sentence.ironic) return;
  // A closed question names a feeling only as a check of what the coach reads ("Klopt het dat je je schuldig voelt?"), not as a plain "Ben je boos?".
  if (sentence.mood === 'closed-question' && !checksReading(reply, sentence)) return;
  // A feeling waved away in the same sentence or the next ("Overweldigd… Welkom in de club!") is not acknowledged.
  const dismissed = dismissedSentences(reply).has(index) || (index < reply.bodyLast && dismissedSentences(reply).has(index + 1)) || yesBut(reply, sentence);
  const tokens = reply.tokens;
  const { firstToken: first, lastToken: last } = sentence;
  const skip = new Set<number>();
  for (const hit of notAFeeling.find(tokens, first, last)) for (let k = hit.from; k < hit.to; k++) skip.add(k);
  // "Laat me weten hoe dit schema voor je voelt": after the question word the coach asks how something feels
  // without naming a feeling ("Ik ben benieuwd hoe je nu met die angst omgaat" does name one).
  const asked = sentence.mood === 'indirect-question' ? askedFrom(tokens, first, last) : last;
  const record = (from: number, to: number, holder: Holder) => {
    // "Ik ben benieuwd hoe je nu met die angst omgaat": the asked part has a subject of its own.
    if (holder === 'coach' && from > asked && askedOfClient(tokens, asked, from)) holder = 'client';
    const span = { start: tokens[from]!.start, end: tokens[to - 1]!.end };
    const text = reply.text.slice(span.start, span.end);
    if (holder === 'client' && dismissed) holder = 'denied';
    if (holder === 'client' && parkedSentence(reply, sentence)) return;
    if (holder === 'client' && deniedWithin(tokens, from, to, denied)) {
      found.projected.push(text);
      return;
    }
    if (holder === 'client') {
      found.client.push(span);
      found.words.push(text);
    } else if (holder === 'coach') found.coach.push(text);
    else if (holder === 'third') found.third.push(text);
    else if (holder === 'denied') found.denied.push(span);
  };
  for (const hit of idioms.find(tokens, first, last)) {
    for (let k = hit.from; k < hit.to; k++) skip.add(k);
    let holder = holderOf(reply, hit.from, hit.to, 'idiom');
    // "Mijn zin over … kwam hard binnen": what hit hard is the coach's, the one it hit is the client.
    const clause = clauseOf(reply, hit.from)!;
    if (holder === 'coach' && clause.subjectAt >= 0 && tagOf(tokens[clause.subjectAt]!.lower) === 'coach-poss') holder = 'client';
    record(hit.from, hit.to, holder);
  }
  for (let i = first; i < last; i++) {
    if (skip.has(i)) continue;
    // "Ik hoor hoe dom je je voelt": "hoe" with the feeling, after a verb of perceiving.
    const exclaimed = exclaimedFeeling(reply, i);
    if (exclaimed >= asked) continue;
    if (exclaimed >= 0) {
      record(exclaimed, i + 1, 'client');
      continue;
    }
    const frameEnd = feelFrame(reply, i, last);
    if (frameEnd === -2) {
      // The verb-final clause names the feeling; highlight the whole clause unless a feeling word in it was found already.
      const clause = clauseOf(reply, i)!;
      let named = false;
      for (let k = clause.firstToken; k < i && !named; k++) {
        const w = tokens[k]!.lower;
        named = negative.has(w) || positive.has(w) || feelingNoun.has(w) || evaluativeWord.has(w);
      }
      if (!named && i < asked && (!negatedAround(clause, i, i + 1) || !factsOf(reply, clause).hoeven)) record(clause.firstToken, clause.lastToken, 'client');
      continue;
    }
    if (frameEnd > 0) {
      const clause = clauseOf(reply, i)!;
      record(i, frameEnd, negatedAround(clause, i, i + 1) && factsOf(reply, clause).hoeven ? 'denied' : 'client');
      i = frameEnd - 1;
      continue;
    }
    const word = tokens[i]!.lower;
    if (missingVerbs.has(word)) {
      const clause = clauseOf(reply, i)!;
      if (missesAnEvent(reply, i, clause)) continue;
      if (clause.subject === 'client' || (clause.mentionsClient && acknowledges(reply, clause))) record(i, i + 1, 'client');
      continue;
    }
    // "een knoop in je buik", "de grond onder uw voeten": a feeling placed in the client's body.
    if (BODY_PREPOSITIONS.has(word) && CLIENT_POSSESSIVES.has(tokens[i + 1]?.lower ?? '') && feelingBody.has(tokens[i + 2]?.lower ?? '') && i + 2 < last) {
      const clause = clauseOf(reply, i)!;
      // "nog debuggen in je hoofd", "door je hoofd spookt" is thinking; "chaos in je hoofd" a state.
      const thinking = tokens[i + 2]!.lower === 'hoofd' && !clauseHas(reply.tokens, clause, headStates);
      if (clause.subject !== 'third' && tokens[i - 1]?.lower !== 'pijn' && !thinking && !negatedAround(clause, i, i + 3)) record(Math.max(clause.firstToken, i - 2), i + 3, 'client');
      i += 2;
      continue;
    }
    // "Gelukkig regent het niet": "gelukkig" opening a clause means "luckily".
    if (word === 'gelukkig' && luckily(reply, i)) continue;
    // "de pijn in uw rug", "hoe u met die pijn omgaat" to a client in pain: a body's pain, not a feeling.
    if (word.endsWith('pijn') && physicalPain(reply, sentence, client)) continue;
    const kind = negative.has(word) ? 'negative' : positive.has(word) ? 'positive' : feelingNoun.has(word) ? 'noun' : evaluativeWord.has(word) ? 'evaluative' : null;
    if (!kind) continue;
    record(i, i + 1, holderOf(reply, i, i + 1, kind));
  }
  // An empathic frame with the client's state after it: "Ik kan me voorstellen dat je er even klaar mee bent."
  if (found.client.length === 0 && !dismissed) {
    for (let c = sentence.firstClause + 1; c < sentence.lastClause; c++) {
      // The frame first ("Ik kan me voorstellen dat…"), or the state first ("Dat het een beetje eng is, snap ik goed").
      const stateFirst = c === sentence.firstClause + 1 && reply.clauses[c]!.subject === 'coach' && tokens[reply.clauses[c - 1]!.firstToken]!.lower === 'dat';
      const frame = stateFirst ? reply.clauses[c]! : reply.clauses[c - 1]!;
      const state = stateFirst ? reply.clauses[c - 1]! : reply.clauses[c]!;
      // The client as subject ("dat je er even klaar mee bent") or as the one it happens to ("dat het je te veel wordt");
      // or, when the coach reads or understands it, a feeling with "het" ("Ik lees dat het een beetje raar voelt").
      const impersonal = state.subject === 'none' || (state.subject === 'we' && ['onze', 'ons'].includes(tokens[state.subjectAt]!.lower));
      const readState = impersonal && !state.mentionsClient && frame.subject === 'coach' && !state.mentionsThird && feltState(reply, state);
      const aboutClient = state.subject === 'client' || (state.subject === 'none' && state.mentionsClient) || readState;
      if (!aboutClient || frame.subject === 'third' || !['dat', 'alsof', 'hoe'].includes(tokens[state.firstToken]!.lower)) continue;
      let framed = false;
      for (let k = frame.firstToken; k < frame.lastToken && !framed; k++) framed = empathic.has(tokens[k]!.lower) || (readState && acknowledging.has(tokens[k]!.lower));
      // "Het klinkt alsof je jezelf opjaagt": what follows "alsof" is a reading of the client's state, whatever its verb.
      let stateVerb = state.opener === 'alsof' || readState;
      for (let k = state.firstToken; k < state.lastToken && !stateVerb; k++) stateVerb = STATE_VERBS.has(tokens[k]!.lower);
      if (framed && stateVerb && !wishedFor(reply, state)) record(state.firstToken, state.lastToken, 'client');
    }
  }
  // Acknowledging without naming a feeling: "Ik kan me voorstellen dat…", "Dat begrijp ik."
  for (let c = sentence.firstClause; c < sentence.lastClause; c++) {
    const clause = reply.clauses[c]!;
    if (acknowledges(reply, clause) && !dismissed) found.frames.push({ start: clause.start, end: clause.end });
  }
}

function example(context: JudgeContext): string {
  return byForm(context, '‘Ik lees dat je je onzeker voelt.’', '‘Ik lees dat u zich onzeker voelt.’');
}

export const emotion = defineCriterion({
  id: 'emotion',
  meta: {
    label: 'Gevoel benoemen',
    why: 'In elk bericht besteed je aandacht aan de emoties die je bij de cliënt opmerkt. Door een gevoel te benoemen of te erkennen voelt de cliënt zich gezien en begrepen, en groeit de vertrouwensrelatie.',
    kind: 'include',
    contract: true,
    messages: {
      met: 'Je benoemt wat de cliënt voelt: {found}.',
      projected: 'Je noemt een gevoel dat de cliënt zelf tegensprak ({found}). Lees nog eens wat de cliënt wél schrijft te voelen en benoem dat, bijvoorbeeld {example}',
      misread: 'Je noemt een gevoel dat de cliënt zelf niet beschrijft ({found}). De cliënt schrijft juist iets anders: {own}. Sluit daarbij aan en vraag eventueel of er ook iets anders speelt.',
      denied: 'Je spreekt het gevoel van de cliënt tegen of maakt het kleiner ({found}). Erken het gevoel eerst, ook als je de cliënt wilt geruststellen, bijvoorbeeld {example}',
      coachOnly: 'Je noemt alleen je eigen gevoel ({found}). Benoem ook het gevoel van de cliënt, bijvoorbeeld {example}',
      thirdOnly: 'Je noemt het gevoel van iemand anders ({found}), niet dat van de cliënt. Benoem wat de cliënt zelf voelt, bijvoorbeeld {example}',
      frameOnly: 'Je sluit aan bij de cliënt ({found}), maar noemt geen gevoel. Zeg welk gevoel je leest, bijvoorbeeld {example}',
      missing: 'Je gaat niet in op wat de cliënt voelt. Benoem of erken het gevoel dat je leest, bijvoorbeeld {example} of ‘Wat vervelend dat…’.',
    },
  },
  check(reply, context) {
    const found: Found = { projected: [], client: [], words: [], coach: [], third: [], denied: [], frames: [] };
    const denied = deniedByClient(context.clientMessage);
    for (let i = reply.bodyFirst; i <= reply.bodyLast; i++) scanSentence(reply, i, found, denied, context.clientMessage);
    const mood = context.clientMessage ? clientMood(context.clientMessage) : null;
    // The client writes of feeling well, with no unpleasant feeling that still holds, and the reply names only unpleasant ones.
    if (found.words.length && mood && mood.well.length > 0 && !mood.unwell && !found.words.some((w) => readFromClient(w, mood))) {
      return { status: 'missing', messageId: 'misread', data: { found: quote(found.words[0]!), own: quote(mood.well[0]!) }, spans: [] };
    }
    if (found.words.length) {
      const words = [...new Set(found.words.map((w) => w.toLowerCase()))].slice(0, 4).map(quote);
      return { status: 'met', messageId: 'met', data: { found: listNl(words) }, spans: mergeSpans(found.client) };
    }
    const data = (text: string) => ({ found: quote(text), example: example(context) });
    if (found.projected.length) return { status: 'missing', messageId: 'projected', data: data(found.projected[0]!), spans: [] };
    if (found.denied.length) {
      const first = found.denied[0]!;
      return { status: 'missing', messageId: 'denied', data: data(reply.text.slice(first.start, first.end)), spans: found.denied.slice(0, 3) };
    }
    if (found.coach.length) return { status: 'partial', messageId: 'coachOnly', data: data(found.coach[0]!), spans: [] };
    if (found.third.length) return { status: 'missing', messageId: 'thirdOnly', data: data(found.third[0]!), spans: [] };
    if (found.frames.length) {
      const first = found.frames[0]!;
      return { status: 'partial', messageId: 'frameOnly', data: data(reply.text.slice(first.start, first.end)), spans: found.frames.slice(0, 2) };
    }
    return { status: 'missing', messageId: 'missing', data: { example: example(context) }, spans: [] };
  },
});

export default emotion;
