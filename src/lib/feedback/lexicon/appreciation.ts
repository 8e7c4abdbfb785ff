/**
 * Words of praise, recognition and appreciation ("Het beperkte welkom": start
 * each message with a sincere compliment aimed at the client).
 */

/** Adjectives that praise when aimed at the client ("Wat knap dat je…"). Matched on stems. */
export const PRAISE_ADJECTIVES = [
  'knap', 'sterk', 'moedig', 'dapper', 'stoer', 'krachtig', 'bijzonder', 'prachtig', 'geweldig', 'fantastisch', 'super',
  'top', 'gaaf', 'tof', 'bewonderenswaardig', 'indrukwekkend', 'waardevol', 'mooi', 'goed', 'openhartig', 'eerlijk',
  'helder', 'zorgvuldig', 'slim', 'wijs', 'verstandig', 'liefdevol', 'inspirerend', 'flink', 'kranig', 'doortastend',
  'veerkrachtig', 'oprecht', 'open', 'kwetsbaar', 'trouw', 'zorgzaam', 'attent', 'scherp', 'treffend', 'raak',
  'fijngevoelig', 'gedreven', 'betrokken', 'bewust', 'nauwkeurig', 'uitgebreid', 'lief', 'levendig', 'precies', 'duidelijk', 'beeldend', 'knap', 'waardevol',
];

/** Warm but weak words: gladness of the coach rather than praise of the client. */
export const WEAK_ADJECTIVES = ['fijn', 'prettig', 'leuk', 'fijne', 'blij'];

/** Words that introduce or strengthen an evaluation: "wat knap", "heel sterk", "ik vind het mooi". */
export const PRAISE_LEADS = new Set([
  'wat', 'zo', 'heel', 'erg', 'echt', 'ontzettend', 'enorm', 'super', 'bijzonder', 'hartstikke', 'reuze', 'ongelooflijk',
  'vind', 'vond', 'bent', 'is', 'klinkt', 'zeer', 'werkelijk', 'oprecht', 'razend', 'knap',
]);

/** Verbs and nouns of appreciation: "Ik waardeer het dat…", "Ik heb veel respect voor…". */
export const PRAISE_PHRASES = [
  'waardeer', 'waardeert', 'waarderen', 'waardering', 'bewonder', 'bewondering', 'bewonderen', 'respect', 'compliment',
  'complimenten', 'complimentje', 'petje af', 'chapeau', 'hulde', 'siert', 'getuigt van', 'zegt veel over', 'trots op',
  'vraagt moed', 'vraagt lef', 'vraagt kracht', 'vergt moed', 'vergt lef', 'kun je trots', 'mag je trots', 'mag trots',
  'kunt u trots', 'mag u trots', 'goed gedaan', 'goed bezig', 'knap gedaan', 'sterk gedaan', 'wat ik bewonder', 'ik bewonder',
  'heb ik bewondering', 'dat spreekt', 'spreekt er uit', 'spreekt uit', 'tekent je', 'tekent u',
];

/** Acts of the client that a compliment can be about: "Wat een mooi inzicht". */
export const CLIENT_ACTS = [
  'bericht', 'mail', 'e-mail', 'mailtje', 'berichtje', 'verhaal', 'inzicht', 'stap', 'stappen', 'beschrijving', 'openheid',
  'eerlijkheid', 'moed', 'inzet', 'plan', 'ontdekking', 'keuze', 'besluit', 'doorzettingsvermogen', 'kracht', 'reflectie',
  'analyse', 'woorden', 'toewijding', 'liefde', 'aanpak', 'voornemen', 'veerkracht', 'ontwikkeling', 'groei', 'prestatie',
  'initiatief', 'moeite', 'zelfinzicht', 'lef', 'durf', 'wijsheid', 'zorgzaamheid', 'zorg', 'vraag', 'verwoording',
  'brief', 'update', 'vooruitgang', 'resultaat', 'overwinning', 'actie', 'energie', 'zorgvuldigheid', 'openhartigheid',
];

/** Nouns that praise by themselves after "Wat een…": "Wat een moed!". */
export const PRAISE_NOUNS = [
  'moed', 'kracht', 'inzicht', 'liefde', 'toewijding', 'doorzettingsvermogen', 'lef', 'openheid', 'eerlijkheid',
  'veerkracht', 'zelfinzicht', 'prestatie', 'durf', 'wijsheid', 'zorgzaamheid', 'doorzetter', 'kanjer', 'topper',
  'vechter', 'held', 'overwinning',
];

/** Adjectives that qualify a thank-you and make it specific: "Bedankt voor je eerlijke bericht". */
export const THANKS_QUALIFIERS = [
  'eerlijk', 'open', 'openhartig', 'mooi', 'uitgebreid', 'helder', 'moedig', 'lief', 'persoonlijk', 'zorgvuldig',
  'kwetsbaar', 'duidelijk', 'waardevol', 'prachtig', 'bijzonder', 'oprecht',
];

/** Verbs of something the client did; "Fijn dat je dit opschrijft" praises an act, "Fijn dat je iemand hebt" does not. */
export const CLIENT_ACT_VERBS = [
  'schrijf', 'schrijft', 'schreef', 'geschreven', 'opschrijft', 'opgeschreven', 'vertel', 'vertelt', 'verteld', 'deel', 'deelt',
  'gedeeld', 'laat', 'stel', 'stelt', 'gesteld', 'zet', 'gezet', 'neem', 'neemt', 'genomen', 'durf',
  'durft', 'durfde', 'probeer', 'probeert', 'geprobeerd', 'zoek', 'zoekt', 'gezocht', 'kies', 'kiest', 'gekozen', 'gedaan',
  'bijgehouden', 'bijhoudt', 'reageer', 'reageert', 'gereageerd', 'benoem', 'benoemt', 'benoemd', 'beschrijf', 'beschrijft',
  'beschreven', 'opbrengt', 'aangeeft', 'aangegeven', 'volhoudt', 'volgehouden', 'doorzet', 'doorgezet', 'gevonden', 'vindt',
  'terugkomt', 'teruggekomen', 'opnieuw', 'eerlijk', 'open', 'stap', 'gestuurd', 'stuurt', 'stuurde', 'horen', 'gemaild', 'mailt',
  'gevraagd', 'vraagt', 'uitgevoerd', 'geoefend', 'oefent', 'ontdekt', 'gezegd', 'zegt', 'toegeeft', 'gepraat', 'besproken',
];

/** Words that turn praise into its opposite when they come just before it. */
export const NEGATIONS = new Set(['niet', 'geen', 'nooit', 'allesbehalve', 'weinig', 'nauwelijks', 'amper', 'minder']);

/** Markers of sarcasm or reproach around praise: "Nou, knap hoor, alweer…". */
export const REPROACH = /(?<![\p{L}])(?:alweer|weer\s+(?:niks|niets|niet|geen)|niks\s+gedaan|niets\s+gedaan|schiet\s+(?:lekker\s+)?op|lekker\s+bezig|natuurlijk\s+belangrijker|zoals\s+altijd|typisch|nou\s+ja|ja\s+ja)(?![\p{L}])/iu;
