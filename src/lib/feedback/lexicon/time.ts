/**
 * Time expressions for expectation management ("Onzekerheden wegnemen": say
 * what the client may expect: contact frequency, response time, delays).
 */

const NUM = '(?:een|één|1|twee|2|drie|3|vier|4|vijf|5|zes|6|zeven|7|acht|8|tien|10|veertien|14|\\d{1,3}|anderhalve|half|halve)';
const DAY = '(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:avond|ochtend|middag)?';
const UNIT = '(?:uur|uren|dag|dagen|werkdag|werkdagen|week|weken|maand|maanden|kwartier|etmaal)';
const MONTH = '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)';

/** Concrete moments and rhythms: "binnen twee werkdagen", "elke dinsdag", "uiterlijk vrijdag", "eens per week". */
export const CONCRETE_TIME: readonly string[] = [
  `binnen\\s+${NUM}\\s+${UNIT}`,
  `binnen\\s+(?:de|het|een|één)\\s+(?:dag|week|etmaal|werkdag)`,
  `(?:elke|iedere|op|om\\s+de)\\s+(?:${DAY}|werkdag|dag|week|twee\\s+weken|ochtend|avond|maand)`,
  `(?:${DAY})(?:\\s+(?:en|of)\\s+(?:${DAY}))?`,
  `(?:eens|een\\s+keer|één\\s+keer|${NUM}\\s+keer|${NUM}\\s+(?:bericht|berichten|mail|mails|mailtje|reactie|reacties|contact|contactmoment|contactmomenten))\\s+(?:per|in\\s+de|per\\s+twee)\\s+(?:week|dag|maand|weken|twee\\s+weken)`,
  `(?:wekelijks|dagelijks|tweewekelijks|maandelijks)`,
  `uiterlijk\\s+(?:op\\s+)?(?:${DAY}|morgen|overmorgen|vandaag|vanavond|\\d{1,2}|eind|begin|volgende|aanstaande|komende|over)`,
  `(?:vóór|voor|na|op|rond)\\s+(?:${DAY}|\\d{1,2}\\s+${MONTH}|het\\s+weekend|het\\s+einde?\\s+van\\s+de\\s+(?:volgende\\s+)?(?:dag|week|werkdag|middag|ochtend)|\\d{1,2}[:.]\\d{2})`,
  `(?:aanstaande|volgende|komende)\\s+(?:${DAY}|week)`,
  `(?:morgen|overmorgen|vanavond|vanmiddag|vanmorgen|vannacht)`,
  `op\\s+werkdagen`,
  // "We schrijven elkaar nog twee keer", "hebben we nog drie berichten": how much contact is left.
  `nog\\s+(?:${NUM}|een\\s+paar)\\s+(?:keer|berichten|mails|chats|chatsessies|gesprekken|contactmomenten)`,
  `\\d{1,2}\\s+${MONTH}`,
  `\\d{1,2}[:.]\\d{2}\\s*(?:uur)?`,
  `(?:om|rond|voor|na)\\s+\\d{1,2}\\s*uur`,
  `over\\s+${NUM}\\s+${UNIT}`,
  `deze\\s+week`,
  // "We hebben tot half negen", "we hebben 45 minuten": how long a chat lasts.
  `tot\\s+(?:half\\s+)?(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\\d{1,2})(?:\\s*uur|[:.]\\d{2})?(?![\\p{L}])`,
  `(?:hebben|duurt|duren|heb)\\s+(?:\\S+\\s+){0,2}?${NUM}\\s+minuten`,
];

/** Vague promises: "zo snel mogelijk", "binnenkort", "z.s.m.", "later". */
export const VAGUE_TIME: readonly string[] = [
  'zo snel mogelijk', 'zo spoedig mogelijk', 'zo gauw mogelijk', 'zsm', 'z\\.s\\.m\\.?', 'asap', 'spoedig', 'binnenkort',
  'later', 'snel', 'gauw', 'op korte termijn', 'een dezer dagen', 'zodra ik', 'als ik tijd', 'wanneer ik tijd',
  'meer tijd nodig', 'ik hoor (?:wel )?van je', 'ik hoor (?:wel )?van u', 'nog wat', 'binnen afzienbare tijd', 'te zijner tijd',
  't\\.z\\.t\\.?', 'straks', 'nog even', 'zo snel als',
];

/** A delay announced without saying until when: "ik laat nog weten wanneer je antwoord komt". */
export const OPEN_ENDED = /(?<![\p{L}])(?:ik\s+)?laat\s+(?:ik\s+)?(?:je|u|jou)?\s*(?:nog|later|dan)\s+(?:wel\s+)?weten\s+wanneer(?![\p{L}])/iu;

/** Nouns and fixed phrases that make a time expression about the contact by themselves. */
export const CONTACT_NOUNS: readonly string[] = [
  'reactie', 'reacties', 'antwoord', 'bericht', 'berichten', 'berichtje', 'berichtjes', 'mail', 'mails', 'mailtje', 'e-mail',
  'contact', 'contactmoment', 'contactmomenten', 'terugkoppeling', 'krijg je', 'krijgt u', 'hoor je', 'hoort u',
  'ontvang je', 'ontvangt u', '(?:je|jij|u)\\s+hoort', '(?:je|jij|u)\\s+krijgt', '(?:je|jij|u)\\s+ontvangt', 'van me horen', 'van mij horen', 'van me hoort', 'van mij hoort', 'van ons horen',
  'laat ik je weten', 'laat ik u weten', 'bevestiging', '(?:volgende|laatste|eerste)\\s+(?:komt|volgt)',
  'chat', 'chats', 'chatsessie', 'chatsessies', 'sessie', 'sessies', 'dossier', '(?:onze|de)\\s+laatste', 'afsluitend\\s+bericht',
  'afspraak', 'afspraken',
  'schrijf\\s+(?:jij|je)\\s+(?:op|elke|iedere)', 'schrijft\\s+u\\s+(?:op|elke|iedere)', '(?:jij|je|u)\\s+schrijft\\s+(?:op|elke|iedere)',
];

/** Verbs of contact; they need the coach (ik, we, mij) in the sentence, so advice like "schrijf elke dag op" is no arrangement. */
export const CONTACT_VERBS: readonly string[] = [
  'reageer', 'reageren', 'reageert', 'antwoorden', 'antwoordt', 'beantwoord', 'beantwoorden', 'stuur', 'sturen', 'stuurt',
  'verstuur', 'schrijf', 'schrijven', 'mailen', 'mailt', 'afspreken', 'spreken', 'bel', 'bellen', 'bereikbaar', 'beschikbaar',
  'chat', 'chatten', 'app', 'appen', 'terugschrijven', 'terugsturen', 'terug', 'kom', 'bespreken', 'plan', 'plannen', 'inplannen',
  'zien', 'spreek', 'kan',
  // "Ik ben er donderdag om 19 uur weer", "we hebben vanavond 45 minuten": the coach's hours in a chat.
  'ben\\s+(?:er|hier)', 'zijn\\s+(?:er|hier)', 'ben\\s+ik\\s+(?:er|hier)', 'hebben\\s+(?:tot|nog|vanavond|vandaag|vanmiddag|\\d)', 'hebben\\s+we\\s+(?:tot|nog)',
];

/** The coach or coach and client together. */
export const COACH_SUBJECT = /(?<![\p{L}])(?:ik|we|wij|me|mij|ons|elkaar)(?![\p{L}])/iu;

/** Sentences that report what the client wrote ("Je schrijft dat je elke avond…") are not arrangements. */
export const REPORTED =
  /(?<![\p{L}])(?:(?:je|jouw|uw)\s+(?:bericht|berichtje|mail|mailtje|e-mail|reactie)\s+van\s+(?:gisteren|eergisteren|vorige\s+week|(?:afgelopen\s+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\w*)|(?:je|jij|u)\s+(?:schrijft|vertelt|beschrijft|noemt|geeft)\s+(?:aan\s+)?(?:dat|hoe|over|ook|:|"|“|‘)|schrijf\s+(?:je|jij)\s+(?:dat|:)|ik\s+lees\s+(?:dat|hoe|ook)|lees\s+ik\s+(?:dat|hoe)|ik\s+hoor\s+dat|in\s+(?:je|jouw|uw)\s+bericht)/iu;
