/**
 * Closed-class Dutch words, tagged once per token: pronouns by person,
 * negators, modal verbs, subordinators and question words. Criteria ask the
 * clause analysis (`clauses.ts`) who a clause is about and whether it is
 * negated, rather than matching these words themselves.
 */

export type Tag =
  | 'client' // je, jij, jou, u, jezelf, uzelf, jullie
  | 'client-poss' // jouw, uw (and "je" before a noun, decided in context)
  | 'coach' // ik, mij, me, mezelf
  | 'coach-poss' // mijn
  | 'we' // we, wij, ons, onze
  | 'third' // hij, zij, ze, men, iedereen…
  | 'negator'
  | 'subordinator'
  | 'coordinator'
  | 'qword'
  | 'modal'
  | 'other';

const TAGS = new Map<string, Tag>();
function tag(words: string, value: Tag): void {
  for (const word of words.split(' ')) TAGS.set(word, value);
}

tag('je jij jou u jezelf uzelf jullie jou', 'client');
tag('jouw uw jouwe uwe', 'client-poss');
tag('ik mij me mezelf mijzelf', 'coach');
tag('mijn', 'coach-poss');
tag('we wij ons onze onszelf', 'we');
tag('hij zij ze hem haar hen hun men iedereen niemand iemand anderen sommigen velen zijzelf hijzelf', 'third');
tag('niet geen nooit niets niks nergens allesbehalve geeneens', 'negator');
tag('dat omdat als wanneer terwijl hoewel zodat doordat nadat voordat zodra indien mits tenzij alsof sinds totdat tot zolang toen zoals waardoor', 'subordinator');
tag('en maar want dus of', 'coordinator');
tag(
  'hoe hoezo hoeveel wat waar waarom wanneer welk welke wie wiens waarover waardoor waarmee waarin waaraan waarop waarvan waarvoor waarbij waaruit waarheen waarnaar',
  'qword',
);
tag('moet moeten moest moesten dient dienen kan kun kunt kunnen kon mag mogen mocht wil wilt willen wou wilde zou zouden hoeft hoef hoeven hoefde', 'modal');

export function tagOf(lower: string): Tag {
  return TAGS.get(lower) ?? 'other';
}

/** People other than the client and the coach: "je man", "uw leidinggevende". */
export const THIRD_PARTY_NOUNS = new Set(
  (
    'man vrouw partner vriend vriendin vriendje vriendinnetje echtgenoot echtgenote leidinggevende manager baas chef collega ' +
    "collega's moeder vader ouders zus zussen broer broers kind kinderen dochter dochters zoon zonen zoontje dochtertje oma opa " +
    'schoonmoeder schoonvader buurvrouw buurman buren huisarts arts dokter psycholoog therapeut docent docenten leraar lerares ' +
    'mentor teamleider werkgever familie vrienden team omgeving klasgenoten studiegenoten medestudenten mama papa ex baby ' +
    'tante oom neef nicht begeleider decaan bedrijfsarts specialist verpleegkundige jongste oudste kleinkind kleinkinderen ' +
    'ouderen bewoners cliënten mensen klanten patiënten leerlingen studenten schoonzus zwager vriendinnen huisgenote ' +
    'huisgenoot huisgenoten kamergenoot teamgenoot teamgenoten juf meester trainer baby dochtertje buurjongen buurmeisje nichtje neefje ' +
    'broertje zusje broertjes zusjes kindje kindjes jongens meiden kleindochter kleinzoon kleindochters kleinzoons ' +
    'puber pubers tiener tieners peuter peuters kleuter kleuters stiefvader stiefmoeder pleegkind pleegkinderen vriendengroep ' +
    'behandelaar hulpverlener fysiotherapeut praktijkondersteuner werker mantelzorger zorgverlener'
  ).split(' '),
);

/** Subject pronouns that start a new clause after "en": "…, en je voelt…". */
export const SUBJECT_PRONOUNS = new Set(['ik', 'je', 'jij', 'u', 'we', 'wij', 'hij', 'zij', 'ze', 'jullie', 'men', 'iedereen']);

/** Words that open a conditional clause. */
export const CONDITIONAL_OPENERS = new Set(['als', 'indien', 'mits', 'tenzij', 'zodra', 'stel']);

/** Negators that do not negate what follows: "niet alleen", "niet voor niets", "niet gek dat". */
export const NON_NEGATING_AFTER = new Set(['alleen', 'enkel', 'gek', 'vreemd', 'raar', 'verwonderlijk', 'zomaar', 'gering', 'weinig', 'toevallig']);

const PERSON_PREFIXES = /^(?:ex|oud|schoon|stief|half|groot|klein|achterklein|over|aanstaande|toekomstige|nieuwe)-?/u;

/**
 * A noun for a person other than the client and the coach, also in compounds:
 * "je oud-collega's", "je schoonmoeder", "haar ex-partner".
 */
export function isPersonNoun(lower: string): boolean {
  if (THIRD_PARTY_NOUNS.has(lower)) return true;
  // "je budgetcoach", "uw jobcoach": another coach; "je coach" alone is the one writing.
  if (lower.length > 7 && lower.endsWith('coach')) return true;
  const part = lower.includes('-') ? lower.slice(lower.lastIndexOf('-') + 1) : lower.replace(PERSON_PREFIXES, '');
  return part !== lower && part.length > 2 && THIRD_PARTY_NOUNS.has(part);
}
