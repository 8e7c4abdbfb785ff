import { defineCriterion, type Clause, type Sentence } from '../types.ts';
import { CONTACT_TOPICS, CONTACT_WORDS, EXPERIENCE_PHRASES, EXPERIENCE_WORDS, FORM_WORDS } from '../lexicon/process.ts';
import type { TextAnalysis } from '../types.ts';
import { phraseList } from '../text/phrases.ts';
import { THIRD_PARTY_NOUNS } from '../text/tags.ts';
import { quote } from '../text/match.ts';
import { byForm } from '../messages.ts';

const topics = phraseList(CONTACT_TOPICS);
const contactWords = new Set(CONTACT_WORDS);
/** "dit chatritme", "het schrijfritme", "ons mailtempo": the rhythm of the contact, in one word. */
const CONTACT_COMPOUND = /^(?:chat|schrijf|mail|e-mail|bericht|berichten|app|reactie|antwoord|sessie|contact)-?(?:ritme|tempo|frequentie|schema)$/u;
const formWords = new Set(FORM_WORDS);
const experienceWords = new Set(EXPERIENCE_WORDS);
/** "het contact met je moeder", "het schrijven van je scriptie": about someone or something else. */
/** Words that name the contact only when no one else follows: "het contact met je moeder", "het schrijven van je scriptie". */
const AMBIGUOUS = new Map<string, ReadonlySet<string>>([
  ...['contact', 'mailen', 'bericht', 'berichten', 'mail', 'mails', 'planning', 'traject', 'tempo'].map((w) => [w, new Set(['met', 'van', 'voor'])] as const),
  ...['schrijven', 'opschrijven'].map((w) => [w, new Set(['van'])] as const),
]);
/** "het tempo voor je", "het contact met mij": still about the two of them. */
const PEOPLE_HERE = new Set(['mij', 'me', 'ons', 'elkaar', 'je', 'jou', 'u', 'jullie', 'werken', 'schrijven', 'samenwerken', 'contact']);
const experiencePhrases = phraseList(EXPERIENCE_PHRASES);

/** "Wat vind je ervan dat ik je elke week…vraag?": the client's view of what the coach does. */
function coachActsOnClient(reply: TextAnalysis, sentence: Sentence): boolean {
  for (let c = sentence.firstClause; c < sentence.lastClause; c++) {
    const clause = reply.clauses[c]!;
    if (clause.subject !== 'coach') continue;
    if (clause.opener === 'dat' || clause.opener === 'als') return true;
    // "Ik stel nogal wat vragen, zeg het als dat te veel is": how the coach writes to the client.
    for (let k = clause.firstToken; k < clause.lastToken; k++) if (COACH_WRITING.has(reply.tokens[k]!.lower)) return true;
  }
  return false;
}

/** How the coach could write differently: "zal ik het korter houden?", "dat ik het rustiger aan doe". */
const ADJUSTMENTS = new Set(['korter', 'rustiger', 'vaker', 'sneller', 'langzamer', 'trager', 'anders', 'minder']);

function adjustsWriting(reply: TextAnalysis, clause: Clause): boolean {
  if (clause.subject !== 'coach') return false;
  for (let k = clause.firstToken; k < clause.lastToken; k++) if (ADJUSTMENTS.has(reply.tokens[k]!.lower)) return true;
  return false;
}

/** What the coach does in writing: "ik stel", "ik schrijf", "ik stuur". */
const COACH_WRITING = new Set(['stel', 'schrijf', 'schreef', 'stuur', 'stuurde', 'reageer', 'antwoord', 'mail', 'chat', 'app']);
/** "Welke dag komt u het beste uit?": planning a moment is a choice, not a question about the contact. */
const MOMENTS = new Set(['dag', 'dagen', 'tijd', 'tijdstip', 'moment', 'momenten', 'uur', 'avond', 'ochtend', 'middag', 'week']);
const CHOOSING = new Set(['welke', 'welk', 'wanneer']);

function plansAMoment(reply: TextAnalysis, sentence: Sentence): boolean {
  // "Welke dag komt u het beste uit?", "Wanneer zou het je het best passen?": choosing a moment, not judging the contact
  // ("Is dat tijdstip nog steeds handig voor u?" judges it).
  let moment = false;
  let choosing = false;
  for (let k = sentence.firstToken; k < sentence.lastToken; k++) {
    const lower = reply.tokens[k]!.lower;
    if (MOMENTS.has(lower)) moment = true;
    if (CHOOSING.has(lower) || (lower === 'hoe' && reply.tokens[k + 1]?.lower === 'laat')) choosing = true;
  }
  return moment && choosing;
}

interface Topic {
  /** Names the contact itself: its rhythm, a pause, the working together. */
  contact: boolean;
  /** Names it in one word ("werkwijze", "ritme"), not in a phrase such as "mijn bericht". */
  contactWord: boolean;
  /** Names a form of the contact: writing, the messages, the exercises. */
  form: boolean;
  /** Asks for an experience or a preference: "bevalt", "past", "prettig". */
  experience: boolean;
}

/** What a sentence says about the contact, read from its words. */
function topicOf(reply: TextAnalysis, sentence: Sentence): Topic {
  const { firstToken: from, lastToken: to } = sentence;
  const topic = { contact: false, contactWord: false, form: false, experience: experiencePhrases.test(reply.tokens, from, to) };
  let how = false;
  for (const hit of topics.find(reply.tokens, from, to)) {
    const next = hit.to < to ? reply.tokens[hit.to]!.lower : '';
    const after = hit.to + 1 < to ? reply.tokens[hit.to + 1]!.lower : '';
    // "aan het eind van ons traject", "na ons gesprek": the contact as a moment in time, not as the topic.
    const moment = hit.from - 2 >= from && TIME_FRAMES.has(reply.tokens[hit.from - 2]!.lower) && reply.tokens[hit.from - 1]!.lower === 'van';
    const during = hit.from - 1 >= from && ['na', 'tijdens', 'sinds', 'vóór'].includes(reply.tokens[hit.from - 1]!.lower);
    // ("Hoe is het nu, na deze eerste zinnen?": with an experience asked, the contact is what it is about.)
    if ((moment || during) && !topic.experience) continue;
    // "onze berichten van het afgelopen jaar": with "ons/onze/mijn" the contact is ours whatever follows.
    const ours = ['ons', 'onze', 'mijn'].includes(reply.tokens[hit.from]!.lower);
    if (ours || !['met', 'van', 'voor'].includes(next) || PEOPLE_HERE.has(after)) topic.contact = true;
  }
  for (let i = from; i < to; i++) {
    const lower = reply.tokens[i]!.lower;
    const next = i + 1 < to ? reply.tokens[i + 1]!.lower : '';
    const after = i + 2 < to ? reply.tokens[i + 2]!.lower : '';
    const owner = i + 3 < to ? reply.tokens[i + 3]!.lower : '';
    // "hoe jullie samenwerking verloopt" (with the team leader): someone else's contact.
    const previous = reply.tokens[i - 1]?.lower ?? '';
    const others = ['jullie', 'hun', 'zijn', 'haar'].includes(previous);
    // "het huiswerk van Daan": a form word that belongs to someone named.
    const named = next === 'van' && i + 2 < to && /^\p{Lu}/u.test(reply.tokens[i + 2]!.text) && i + 2 > from;
    const elsewhere = others || named || ((AMBIGUOUS.get(lower)?.has(next) ?? false) && (!PEOPLE_HERE.has(after) || THIRD_PARTY_NOUNS.has(owner)));
    // "je pauze", "jouw ritme": the client's own day, not the contact between the two.
    const theirs = ['je', 'jouw', 'uw'].includes(previous) && i > from;
    if ((contactWords.has(lower) || CONTACT_COMPOUND.test(lower)) && !elsewhere && !theirs) topic.contact = topic.contactWord = true;
    // "Laat me weten…", "vertel me…": the coach in the request frame, not the coach as a form of the contact.
    const requestFrame = (lower === 'me' || lower === 'mij') && REQUEST_VERBS.has(previous);
    if (formWords.has(lower) && !elsewhere && !requestFrame) topic.form = true;
    if (experienceWords.has(lower)) topic.experience = true;
    // "Hoe is dit chatten voor je?", "Hoe komen ze bij u over?": how something is for the client.
    if (how && (lower === 'voor' || lower === 'bij') && CLIENT_OBJECT.has(next)) topic.experience = true;
    if (lower === 'hoe') how = true;
  }
  return topic;
}

/** Does an asking sentence concern the contact: its rhythm, form, the coach's messages or a pause? */
function aboutContact(reply: TextAnalysis, sentence: Sentence): boolean {
  const topic = topicOf(reply, sentence);
  let adjusts = false;
  for (let c = sentence.firstClause; c < sentence.lastClause && !adjusts; c++) adjusts = adjustsWriting(reply, reply.clauses[c]!);
  // "Welke dag komt u het beste uit om mijn bericht te ontvangen?": choosing a moment is a choice; only a word
  // for the way of working itself ("…en hoe je deze werkwijze ervaart") still makes it a question about the contact.
  if (plansAMoment(reply, sentence)) return topic.contactWord || adjusts;
  // "Wat hoop je uit deze coaching te halen?", "wat wil je met deze begeleiding bereiken?": a goal, not the experience of the contact.
  if (!topic.experience && !adjusts && pursuesGoal(reply, sentence)) return false;
  return topic.contact || adjusts || (topic.form && topic.experience) || (topic.experience && coachActsOnClient(reply, sentence));
}

const REQUEST_VERBS = new Set(['laat', 'laten', 'vertel', 'vertelt', 'schrijf', 'schrijft', 'meld', 'mail', 'app', 'stuur']);
const GOALS = new Set(['bereiken', 'halen', 'meenemen', 'hoop', 'hoopt', 'verandert', 'veranderen', 'opleveren', 'oplevert']);
function pursuesGoal(reply: TextAnalysis, sentence: Sentence): boolean {
  for (let k = sentence.firstToken; k < sentence.lastToken; k++) if (GOALS.has(reply.tokens[k]!.lower)) return true;
  return false;
}

const ANAPHORS = new Set(['dat', 'dit', 'die', 'ze', 'ervan', 'daarvan', 'daarbij', 'daarover']);
const TIME_FRAMES = new Set(['eind', 'einde', 'begin', 'afloop', 'helft', 'start']);
const CLIENT_OBJECT = new Set(['je', 'jou', 'u', 'jullie']);
/** A closed frame around an open question: "Wilt u me laten weten hoe…?", "Kun je vertellen wat…?". */
function asksOpenly(reply: TextAnalysis, sentence: Sentence): boolean {
  for (let k = sentence.firstToken; k + 1 < sentence.lastToken; k++) {
    if (['weten', 'vertellen', 'horen'].includes(reply.tokens[k]!.lower)) return ['hoe', 'wat', 'of', 'welke', 'waar'].includes(reply.tokens[k + 1]!.lower);
  }
  return false;
}

const AFTER_ANAPHOR = new Set(['voor', 'bij', 'is', 'was', 'zo', 'nu', 'dan', 'eigenlijk', 'echt', 'om', 'tot', 'met', 'in', 'goed', 'prima', 'haalbaar', 'handig']);
const EXPERIENCE_OPENERS = new Set(['past', 'bevalt', 'werkt', 'voelt', 'helpt', 'beviel', 'werkte', 'hielp', 'paste', 'klinkt']);
const UNDERSTOOD = new Set(['duidelijk', 'helder', 'begrijpelijk', 'snap', 'snapt', 'begrijp', 'begrijpt']);


/**
 * "U heeft nu voor het eerst uw verhaal opgeschreven. Hoe was dat voor u?": a short question
 * that points back ("dat") asks about what the sentence before it names.
 */
function followsUpOnContact(reply: TextAnalysis, index: number): boolean {
  if (index <= reply.bodyFirst) return false;
  const sentence = reply.sentences[index]!;
  const { firstToken: from, lastToken: to } = sentence;
  // An open question only: "Is dit zo duidelijk?" checks understanding, not the experience.
  // "Wilt u me laten weten hoe die voor u lezen?" asks openly too.
  // An open question ("Hoe was dat voor je?") or one that opens with the experience ("Past dat bij je?").
  const opening = reply.tokens[from]!.lower;
  // "Laat me weten of dat voor je werkt." asks it indirectly.
  const asks = sentence.mood === 'open-question' || sentence.mood === 'indirect-question' || (sentence.mood === 'closed-question' && (EXPERIENCE_OPENERS.has(opening) || asksOpenly(reply, sentence)));
  if (to - from > 12 || !asks) return false;
  // Checking understanding ("Is dit zo duidelijk?") is not asking about the experience.
  for (let i = from; i < to; i++) if (UNDERSTOOD.has(reply.tokens[i]!.lower)) return false;
  let points = false;
  let asksExperience = topicOf(reply, sentence).experience;
  let how = false;
  for (let i = from; i < to; i++) {
    const lower = reply.tokens[i]!.lower;
    if (lower === 'hoe') how = true;
    // "dat" as a pronoun ("Hoe was dat voor je?"), not as a determiner ("op dit moment") or a conjunction ("klopt het dat je…").
    if (ANAPHORS.has(lower) && (i + 1 === to || AFTER_ANAPHOR.has(reply.tokens[i + 1]!.lower))) points = true;
    // "hoe … voor je": how something is for the client.
    if (lower === 'voor' && CLIENT_OBJECT.has(reply.tokens[i + 1]?.lower ?? '') && how) asksExperience = true;
  }
  const before = topicOf(reply, reply.sentences[index - 1]!);
  return points && asksExperience && (before.contact || before.form);
}
const ASKING = new Set<Sentence['mood']>(['open-question', 'closed-question', 'indirect-question']);

export const processCheck = defineCriterion({
  id: 'process-check',
  meta: {
    label: 'Vraag naar het proces',
    why: 'Online duurt het langer voor je merkt dat iets niet goed loopt. Vraag daarom regelmatig hoe de cliënt het contact, de vorm en de werkwijze ervaart, zodat moeilijkheden, weerstand en irritaties niet onopgemerkt blijven.',
    kind: 'include',
    contract: true,
    messages: {
      met: 'Je vraagt hoe de cliënt het contact ervaart: {found}.',
      contentOnly: 'Je vraag {found} gaat over de inhoud, niet over het contact. Vraag ook naar de werkwijze, bijvoorbeeld {example}',
      missing: 'Je vraagt niet hoe de cliënt het contact of de werkwijze ervaart. Voeg een procesvraag toe, bijvoorbeeld {example}',
    },
  },
  check(reply, context) {
    let contentOnly: Sentence | null = null;
    for (let i = reply.bodyFirst; i <= reply.bodyLast; i++) {
      const sentence = reply.sentences[i]!;
      if (!ASKING.has(sentence.mood)) continue;
      if (aboutContact(reply, sentence) || followsUpOnContact(reply, i)) return { status: 'met', messageId: 'met', data: { found: quote(sentence.text) }, spans: [{ start: sentence.start, end: sentence.end }] };
      contentOnly ??= sentence;
    }
    const example = byForm(context, '‘Hoe bevalt het schrijven je tot nu toe?’', '‘Hoe bevalt het schrijven u tot nu toe?’');
    if (contentOnly) return { status: 'missing', messageId: 'contentOnly', data: { found: quote(contentOnly.text), example }, spans: [] };
    return { status: 'missing', messageId: 'missing', data: { example }, spans: [] };
  },
});

export default processCheck;
