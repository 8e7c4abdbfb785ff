import type { Mood, Sentence, Token } from '../types.ts';
import { phraseList } from './phrases.ts';
import { tagOf } from './tags.ts';
import { wordMatcher } from './lexicon-match.ts';
import { DISMISSALS, IMPERATIVE_VERBS, NEGLECTS, IRONIC_PRAISE, INDIRECT_QUESTIONS, INVITATIONS, IRONY_MARKERS, REPROACHES, RHETORICAL } from '../lexicon/acts.ts';

/**
 * What kind of act each sentence is: a statement, an open, closed, indirect or
 * rhetorical question, or an imperative; and whether it is ironic or
 * dismissive. Read from the tokens of the sentence, once.
 */

const LEADING = new Set(['en', 'maar', 'dus', 'nou', 'oké', 'ok', 'oke', 'trouwens', 'tenslotte', 'verder', 'daarnaast', 'eigenlijk', 'kortom', 'ook', 'dan', 'en', 'tot', 'slot', 'nog', 'vraagje', 'vraag', 'mijn', 'een']);
const PREPOSITIONS = new Set(['aan', 'in', 'op', 'met', 'van', 'voor', 'bij', 'over', 'tot', 'naar', 'uit', 'door', 'om', 'tegen', 'vanuit', 'onder', 'tussen', 'rond']);
const OPEN_AFTER_PREPOSITION = new Set(['welk', 'welke', 'wie', 'wat', 'hoeverre', 'hoe']);

const indirect = phraseList(INDIRECT_QUESTIONS);
const invitations = phraseList(INVITATIONS);
const rhetorical = phraseList(RHETORICAL);
const dismissals = phraseList(DISMISSALS);
const ironyMarkers = phraseList(IRONY_MARKERS);
const reproaches = phraseList(REPROACHES);
const neglects = phraseList(NEGLECTS);

/** Stretches of time that "weer … zonder" counts: "weer een week zonder…", "alweer drie dagen zonder…". */
const STRETCHES = new Set(['dag', 'dagen', 'week', 'weken', 'maand', 'maanden', 'avond', 'avonden', 'weekend', 'weekenden', 'keer', 'jaar', 'nacht', 'nachten']);

/** "weer een presentatie afgezegd", "alweer de les overgeslagen", "weer een week zonder wandeling": a failure pointed out as a habit. */
function reproachesAHabit(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (tokens[i]!.lower !== 'weer' && tokens[i]!.lower !== 'alweer') continue;
    if (neglects.find(tokens, i + 1, Math.min(to, i + 6)).length > 0) return true;
    // "weer een week zonder wandeling": going without, again, for a stretch of time
    // (not "dat je gewoon weer schrijft, zonder eromheen te draaien").
    let stretch = false;
    for (let k = i + 1; k < to && k <= i + 4; k++) {
      if (STRETCHES.has(tokens[k]!.lower)) stretch = true;
      if (tokens[k]!.lower === 'zonder' && stretch) return true;
    }
  }
  return false;
}
const imperatives = new Set(IMPERATIVE_VERBS);
const praiseWord = wordMatcher(IRONIC_PRAISE.filter((w) => !w.includes(' ')));
const praisePhrases = phraseList(IRONIC_PRAISE.filter((w) => w.includes(' ')));

const BREAK = /[:;]/u;
const REPORTING_VERBS = new Set(['zouden', 'vinden', 'vond', 'vonden', 'noemde', 'noemden', 'noemt', 'zei', 'zeiden', 'schreef', 'dacht', 'dachten']);

/** Token indices where a question can start: the sentence start and after a colon or semicolon. */
function questionStarts(text: string, tokens: readonly Token[], sentence: Sentence): number[] {
  const starts = [sentence.firstToken];
  for (let i = sentence.firstToken + 1; i < sentence.lastToken; i++) {
    if (BREAK.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start)) || /,/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start)) && tagOf(tokens[i]!.lower) === 'qword') starts.push(i);
  }
  return starts;
}

/** Skips "En", "Maar", "Tot slot", "Mijn vraag:" at the start of a question. */
function skipLeading(tokens: readonly Token[], i: number, end: number): number {
  while (i < end - 1 && LEADING.has(tokens[i]!.lower)) i++;
  return i;
}

function opensWithQuestionWord(tokens: readonly Token[], i: number, end: number): boolean {
  const lower = tokens[i]?.lower ?? '';
  if (tagOf(lower) === 'qword') return true;
  // "Aan welk draadje…", "In hoeverre…", "Met wie…", "Op welke dag…"
  return PREPOSITIONS.has(lower) && i + 1 < end && OPEN_AFTER_PREPOSITION.has(tokens[i + 1]!.lower);
}

function isRhetorical(text: string, tokens: readonly Token[], sentence: Sentence): boolean {
  if (rhetorical.test(tokens, sentence.firstToken, sentence.lastToken)) return true;
  const last = tokens[sentence.lastToken - 1]?.lower;
  if (last === 'toch' || last === 'hè' || last === 'he') return true;
  // "Wie zou dat niet moeilijk vinden?": "wie" with a negation asks for agreement, not an answer.
  for (const start of questionStarts(text, tokens, sentence)) {
    const first = skipLeading(tokens, start, sentence.lastToken);
    if (tokens[first]?.lower !== 'wie') continue;
    for (let i = first + 1; i < sentence.lastToken; i++) if (tagOf(tokens[i]!.lower) === 'negator') return true;
  }
  return /\?\s*!|!\s*\?/u.test(text.slice(sentence.start, sentence.end));
}

/** "Laat u mij ook even weten…", "en laat ook weten of…": a request to write back, however the words are spread. */
function asksToLetKnow(tokens: readonly Token[], from: number, to: number): boolean {
  const start = skipLeading(tokens, from, to);
  if (tokens[start]?.lower === 'laat') {
    for (let i = start + 1; i < to && i < start + 10; i++) if (tokens[i]!.lower === 'weten' || tokens[i]!.lower === 'horen') return true;
  }
  // "Ik zou het waarderen als je me laat weten wat…"
  for (let i = from; i + 2 < to; i++) {
    if ((tokens[i]!.lower === 'me' || tokens[i]!.lower === 'mij') && (tokens[i + 1]!.lower === 'laat' || tokens[i + 1]!.lower === 'laten') && tokens[i + 2]!.lower === 'weten') return true;
  }
  return false;
}

const KNOWING = new Set(['weten', 'horen', 'lezen', 'vernemen']);
const ASKED_AFTER = new Set(['het', 'van', 'meer', 'iets', 'wat', 'of', 'als', 'wanneer']);

/** What follows "ik hoor/lees … graag" asks something: a question word, "of", "als", "het", "van je", "meer". */
function asksSomething(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tagOf(tokens[k]!.lower) === 'qword' || ASKED_AFTER.has(tokens[k]!.lower)) return true;
  return false;
}
const HEARING = new Set(['hoor', 'lees', 'verneem']);
const COACH_SELF = new Set(['ik', 'me', 'mij']);

/**
 * "Ik hoor ook graag hoe…", "Ik ben heel erg benieuwd naar…", "Ik zou graag van je willen weten…",
 * "Ik vraag me wel af of…": the coach says what they would like to know, with any adverbs between.
 */
function wantsToKnow(tokens: readonly Token[], from: number, to: number): boolean {
  let self = -1;
  for (let i = from; i < to; i++) if (COACH_SELF.has(tokens[i]!.lower) && self < 0) self = i;
  if (self < 0) return false;
  // The marker stands near the coach's "ik": before it ("vraag ik me af") or a few words after.
  for (let i = Math.max(from, self - 2); i < to && i <= self + 6; i++) {
    const lower = tokens[i]!.lower;
    if (lower === 'benieuwd' || lower === 'nieuwsgierig') return true;
    const window = (test: (w: string) => boolean) => {
      for (let k = i + 1; k < to && k <= i + 5; k++) if (test(tokens[k]!.lower)) return true;
      return false;
    };
    // "Ik hoor graag hoe het gaat", "Ik lees het graag als…": not "Ik lees je volgende bericht graag voor vrijdag",
    // which asks for a message, not about anything.
    if (HEARING.has(lower) && window((w) => w === 'graag') && asksSomething(tokens, i + 1, to)) return true;
    if (lower === 'graag' && window((w) => KNOWING.has(w))) return true;
    if ((lower === 'vraag' || lower === 'vroeg') && window((w) => w === 'af')) return true;
  }
  return false;
}

const SAY = new Set(['zeg', 'zegt', 'meld', 'meldt', 'geef']);
const IF = new Set(['als', 'wanneer', 'mocht', 'mochten', 'zodra']);
/** Words between the verb and "het" in a request: "zegt u het", "meld me het", "zeg gerust het". */
const REQUEST_FILLERS = new Set(['u', 'me', 'mij', 'dan', 'gerust', 'maar', 'even']);

/** "Zeg het (dan gerust) als het te veel wordt", "Als dit niet werkt, meld het dan": a request to write back when something is so. */
function invitesIf(tokens: readonly Token[], from: number, to: number): boolean {
  let say = false;
  let condition = false;
  for (let i = from; i < to; i++) {
    const lower = tokens[i]!.lower;
    // "zeg het", "meld het dan", "zegt u het": not "als je er iets van zegt, maakt het…".
    if (SAY.has(lower) && (tokens[i + 1]?.lower === 'het' || (REQUEST_FILLERS.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'het'))) say = true;
    if (IF.has(lower)) condition = true;
  }
  return say && condition;
}

export function moodOf(text: string, tokens: readonly Token[], sentence: Sentence): Mood {
  const { firstToken: from, lastToken: to } = sentence;
  if (from >= to) return 'statement';
  if (sentence.question) {
    if (isRhetorical(text, tokens, sentence)) return 'rhetorical-question';
    for (const start of questionStarts(text, tokens, sentence)) {
      if (opensWithQuestionWord(tokens, skipLeading(tokens, start, to), to)) return 'open-question';
    }
    if (invitations.test(tokens, from, to)) return 'open-question';
    // "Ik ben benieuwd hoe…?" and "Kun je vertellen wat…?" ask openly too.
    const hit = indirect.find(tokens, from, to)[0];
    if (hit && hit.to < to && tagOf(tokens[hit.to]!.lower) === 'qword') return 'open-question';
    return 'closed-question';
  }
  const hit = indirect.find(tokens, from, to)[0];
  if (hit || asksToLetKnow(tokens, from, to) || wantsToKnow(tokens, from, to) || invitesIf(tokens, from, to)) return 'indirect-question';
  const first = skipLeading(tokens, from, to);
  const verb = tokens[first]!.lower;
  if (imperatives.has(verb) && first === from) {
    const next = tokens[first + 1]?.lower ?? '';
    // "Neem je…?" would be a question; "Probeert u…" is a polite imperative.
    if (next !== 'je' && next !== 'jij' && next !== 'ik' && next !== 'we') return 'imperative';
  }
  return 'statement';
}

/**
 * Praise made mockery: a praise word with "haha", "ook eens", a winking emoji
 * or a reproach in the same sentence ("Goed bezig hoor, weer een week niets
 * gedaan"). A friendly "haha" without praise is not irony.
 */
export function isIronic(tokens: readonly Token[], sentence: Sentence, text: string): boolean {
  const { firstToken: from, lastToken: to } = sentence;
  const marker = ironyMarkers.test(tokens, from, to) || /(?:😂|🤣|🙄|😏|😜|😉|;\))/u.test(text.slice(sentence.start, sentence.end));
  const reproach = reproaches.test(tokens, from, to) || reproachesAHabit(tokens, from, to);
  if (marker && reproach) return true;
  if (!marker && !reproach) return false;
  if (praisePhrases.test(tokens, from, to)) return true;
  for (let i = from; i < to; i++) if (praiseWord.has(tokens[i]!.lower)) return true;
  return false;
}

/**
 * "Prachtig hoor, twee weken gesport en nu weer op de bank. Dat schiet lekker op.":
 * praise with "hoor" whose reproach follows in the next sentence.
 */
export function ironicWithNext(tokens: readonly Token[], sentence: Sentence, next: Sentence | undefined): boolean {
  if (!next) return false;
  const { firstToken: from, lastToken: to } = sentence;
  let praiseThenHoor = false;
  for (let i = from; i + 1 < to && i < from + 3; i++) if (praiseWord.has(tokens[i]!.lower) && tokens[i + 1]!.lower === 'hoor') praiseThenHoor = true;
  return praiseThenHoor && (reproaches.test(tokens, next.firstToken, next.lastToken) || reproachesAHabit(tokens, next.firstToken, next.lastToken));
}

const UNIVERSAL = new Set(['elke', 'iedere', 'alle']);

/** Phrases that dismiss or minimise the client's feelings: "Stel je niet aan", "Iedereen is moe", "dat is onzin". */
export function dismissalsIn(tokens: readonly Token[], sentence: Sentence, mood: Mood): Array<{ from: number; to: number }> {
  // "U was bang dat ze het aanstellerij zouden vinden": a report of what others think is no dismissal by the coach.
  let reported = false;
  for (let i = sentence.firstToken; i < sentence.lastToken; i++) if (REPORTING_VERBS.has(tokens[i]!.lower)) reported = true;
  const hits: Array<{ from: number; to: number }> = dismissals.find(tokens, sentence.firstToken, sentence.lastToken).filter(
    // "geen aanstellerij", "niet overdreven": denying the dismissal takes the client seriously.
    (hit) => (!reported || hit.to - hit.from > 2) && !['geen', 'niet'].includes(tokens[hit.from - 1]?.lower ?? ''),
  );
  // "Elke moeder heeft dat", "Alle studenten hebben dat wel": a feeling made ordinary by everyone having it.
  // "Iedereen in de zorg heeft dat wel eens", "alle pubers hebben weleens een dipje": with a few words between.
  for (let i = sentence.firstToken; i + 2 < sentence.lastToken; i++) {
    const word = tokens[i]!.lower;
    // ("Niet iedereen durft weleens hulp te vragen, jij wel" praises.)
    if ((!UNIVERSAL.has(word) && word !== 'iedereen') || tokens[i - 1]?.lower === 'niet') continue;
    for (let k = i + 1; k + 1 < sentence.lastToken && k <= i + 8; k++) {
      const verb = tokens[k]!.lower;
      // "Iedereen die je kent, vindt weleens iets van je keuzes": past a relative clause, the verb is another's.
      if (verb === 'die' && k === i + 1) break;
      const has = (verb === 'heeft' || verb === 'hebben') && ['dat', 'dit', 'het', 'wel', 'toch', 'weleens'].includes(tokens[k + 1]!.lower);
      // "Iedereen verknalt weleens een tentamen", "iedereen met jonge kinderen heeft dat wel eens": what everyone does now and then.
      const sometimes = tokens[k + 1]!.lower === 'weleens' || (tokens[k + 1]!.lower === 'wel' && tokens[k + 2]?.lower === 'eens');
      if (has || (sometimes && tagOf(verb) === 'other' && verb !== 'dat')) {
        hits.push({ from: i, to: k + 2 });
        break;
      }
    }
  }
  // "Ga gewoon aan de slag": an order made light with "gewoon".
  if (mood === 'imperative') {
    for (let i = sentence.firstToken; i < sentence.lastToken; i++) {
      if (tokens[i]!.lower === 'gewoon') hits.push({ from: sentence.firstToken, to: Math.min(i + 1, sentence.lastToken) });
    }
  }
  return hits;
}
