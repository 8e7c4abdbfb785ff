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
  'fijngevoelig', 'gedreven', 'betrokken', 'bewust', 'nauwkeurig', 'lief', 'levendig', 'precies', 'duidelijk', 'beeldend',
  'voelbaar', 'invoelbaar', 'serieus', 'grondig', 'concreet', 'volhardend', 'standvastig', 'creatief', 'vindingrijk', 'taai',
];

/** Warm but weak words: gladness of the coach rather than praise of the client. */
export const WEAK_ADJECTIVES = ['fijn', 'prettig', 'leuk', 'blij', 'heerlijk'];

/** Words that introduce or strengthen an evaluation: "wat knap", "heel sterk", "ik vind het mooi". */
export const PRAISE_LEADS = [
  'wat', 'zo', 'heel', 'erg', 'echt', 'ontzettend', 'enorm', 'super', 'bijzonder', 'hartstikke', 'reuze', 'ongelooflijk',
  'vind', 'vond', 'bent', 'is', 'klinkt', 'zeer', 'werkelijk', 'oprecht', 'razend', 'knap', 'vreselijk', 'supergoed', 'hoe',
];

/** Phrases of praise that name a deed of their clause's subject: "ik heb hard gewerkt aan dit schema" praises nobody but the coach. */
export const DEEDS = [
  'hard gewerkt', 'keihard gewerkt', 'hard aan gewerkt', 'hard voor gewerkt', 'keihard aan gewerkt', 'keihard voor gewerkt',
  'voor elkaar gekregen', 'voor elkaar gebokst', 'zelf bereikt', 'zelf gedaan', 'goed gedaan', 'knap gedaan', 'sterk gedaan', 'mooi gedaan',
  'voor geknokt', 'voor gevochten', 'hard geknokt',
];

/** Verbs, nouns and expressions of appreciation, matched on words: "Ik waardeer het dat…", "petje af". */
export const PRAISE_PHRASES = [
  ...DEEDS,
  'waardeer', 'waardeert', 'waarderen', 'waardering', 'bewonder', 'bewondering', 'bewonderen', 'respect voor', 'veel respect',
  'compliment', 'complimenten', 'complimentje', 'petje af', 'chapeau', 'hulde', 'siert je', 'siert u', 'getuigt van', 'zegt veel over',
  'zegt iets over', 'trots op je', 'trots op jou', 'trots op u', 'vraagt moed', 'vraagt lef', 'vraagt kracht', 'vergt moed', 'vergt lef',
  'kun je trots', 'mag je trots', 'kunt u trots', 'mag u trots', 'goed bezig',
  'onder de indruk', 'diep respect', 'spreekt uit', 'spreekt er uit', 'tekent je', 'tekent u', 'heb ik bewondering', 'dat verdient',
  'verdient een compliment', 'is niet niks', 'niet niks', 'geen kleinigheid', 'geen kleine prestatie', 'geen geringe prestatie', 'verdienste',
  'voor mogelijk hield', 'voor mogelijk had gehouden', 'niet voor mogelijk hield', 'niet voor mogelijk had gehouden', 'nooit voor mogelijk hield', 'nooit voor mogelijk had gehouden', 'is echt iets', 'is heel wat', 'een prestatie', 'een hele prestatie', 'een echte prestatie',
  'een grote verandering', 'trots op zijn', 'trots zijn',
  'gefeliciteerd', 'proficiat', 'zelf verdiend', 'echt verdiend', 'blij voor je', 'blij voor jou', 'blij voor u', 'blij om voor je',
  'valt me op', 'viel me op', 'raakt me', 'ontroert me', 'bravo', 'is moed voor nodig', 'moed voor nodig', 'kost moed', 'kracht voor nodig',
  'lef voor nodig', 'jij gedaan', 'zelf voor elkaar', 'en toch heb je', 'en toch hebt u', 'en toch heeft u',
  'je hebt het toch', 'u hebt het toch', 'je hebt het tóch', 'u hebt het tóch', 'je doet het toch', 'u doet het toch', 'toch gedaan',
  'tóch gedaan', 'toch gezegd', 'tóch gezegd', 'toch maar mooi', 'toch maar mooi gedaan', 'enorme stap', 'belangrijke stap', 'grote stap', 'hele stap', 'flinke stap', 'mooie stap',
  'dappere stap', 'moedige stap', 'van grote waarde', 'van waarde',
  'geen kleine stap', 'geen kleine klus', 'allesbehalve vanzelfsprekend', 'niet vanzelfsprekend', 'dwingt respect af', 'dwingt bewondering af',
  'niet iedereen', 'lang niet iedereen', 'niet veel mensen', 'weinig mensen', 'laat zien dat je',
  'laat zien dat u', 'hoeveel dat van je', 'hoeveel dat van u', 'hoeveel moeite', 'hoeveel moed',
];

/** Nouns for a person that praise someone: "Wat een topper". Whom they praise depends on who the sentence is about. */
export const PERSON_PRAISE = ['topper', 'kanjer', 'held', 'doorzetter', 'vechter', 'bikkel', 'krachtpatser', 'schat'];

/** Achievements that praise after "Wat een…": "Wat een sprong!", "Wat een stappen heb je gezet". */
export const ACHIEVEMENTS = [
  'sprong', 'stap', 'stappen', 'vooruitgang', 'doorbraak', 'prestatie', 'overwinning', 'verandering', 'groei', 'mijlpaal', 'moed',
  'kracht', 'doorzettingsvermogen', 'veerkracht', 'lef', 'durf', 'inzet', 'ontwikkeling', 'weg', 'reis',
];

/** Things that a "Wat een mooi…" does not praise the client for. */
export const NOT_CLIENT_THINGS = [
  'weer', 'dag', 'week', 'weekend', 'zomer', 'winter', 'lente', 'herfst', 'vakantie', 'plek', 'plaats', 'platform', 'oefening', 'app',
  'site', 'website', 'film', 'boek', 'nieuws', 'zon', 'uitzicht', 'foto', 'stad', 'huis', 'tuin', 'kantoor', 'praktijk', 'programma',
  'instrument', 'methode', 'techniek', 'tool', 'model',
];

/** Exclamations that praise on their own next to a sentence about the client: "Chapeau!". */
export const EXCLAMATIONS = ['chapeau', 'bravo', 'hulde', 'respect', 'kanjer', 'topper', 'wauw', 'wow', 'knap', 'klasse', 'proficiat', 'gefeliciteerd', 'top'];

/** Thank-you formulas at the start of a sentence. */
export const THANKS = [
  'bedankt', 'hartelijk bedankt', 'heel erg bedankt', 'ontzettend bedankt', 'alvast bedankt', 'dank je', 'dank je wel', 'dank u',
  'dank u wel', 'dankjewel', 'dankuwel', 'dank voor', 'veel dank', 'hartelijk dank', 'thanks', 'dank jullie',
];

/** Phrases with a praise word that praise nobody: "eerlijk gezegd", "goed om te weten". */
export const NOT_PRAISE = [
  'eerlijk gezegd', 'goed om te weten', 'goed nieuws', 'mooi weer', 'zie ik graag', 'ga ik graag', 'goed te weten', 'het gaat goed',
  'gaat het goed', 'ging goed', 'goed verstaan', 'goed begrijp', 'goed begrepen', 'goed lezen', 'goed voorstellen', 'goed gelezen',
  'mooi meegenomen', 'open vraag', 'open te staan', 'duidelijk maken', 'duidelijk te maken', 'goed idee om', 'een goede week',
  'een fijne week', 'fijn weekend', 'fijne dag', 'goede dag', 'zo goed mogelijk', 'goed voor jezelf', 'goed voor uzelf', 'goed gaat',
  'goed genoeg', 'voor het compliment', 'voor je compliment', 'voor uw compliment', 'voor de complimenten', 'voor je complimenten',
  'voor uw complimenten', 'ok duidelijk', 'oké duidelijk', 'oke duidelijk', 'is me duidelijk', 'is mij duidelijk', 'helemaal duidelijk',
];

/** Acts of the client that a compliment can be about: "Wat een mooi inzicht". */
export const CLIENT_ACTS = [
  'lijst', 'lijstje', 'overzicht', 'dagboek', 'schema', 'formulering', 'tekening', 'opdracht', 'huiswerk', 'antwoord', 'reactie',
  'voorbereiding', 'poging', 'idee', 'verandering', 'sprong', 'weg', 'verslag', 'notities', 'aantekeningen',
  'bericht', 'mail', 'e-mail', 'mailtje', 'berichtje', 'verhaal', 'inzicht', 'stap', 'stappen', 'beschrijving', 'openheid',
  'eerlijkheid', 'moed', 'inzet', 'plan', 'ontdekking', 'keuze', 'besluit', 'doorzettingsvermogen', 'kracht', 'reflectie',
  'analyse', 'woorden', 'toewijding', 'liefde', 'aanpak', 'voornemen', 'veerkracht', 'ontwikkeling', 'groei', 'prestatie',
  'initiatief', 'moeite', 'zelfinzicht', 'lef', 'durf', 'wijsheid', 'zorgzaamheid', 'zorg', 'vraag', 'verwoording',
  'brief', 'update', 'vooruitgang', 'resultaat', 'overwinning', 'actie', 'energie', 'zorgvuldigheid', 'openhartigheid',
];

/** Nouns that praise by themselves after "Wat een…": "Wat een moed!". */
export const PRAISE_NOUNS = [
  'volharding', 'vasthoudendheid', 'zorgvuldigheid', 'creativiteit', 'humor', 'daadkracht', 'openhartigheid',
  'moed', 'kracht', 'inzicht', 'liefde', 'toewijding', 'doorzettingsvermogen', 'lef', 'openheid', 'eerlijkheid',
  'veerkracht', 'zelfinzicht', 'prestatie', 'durf', 'wijsheid', 'zorgzaamheid', 'doorzetter', 'kanjer', 'topper',
  'vechter', 'held', 'overwinning', 'inzet', 'zelfbeheersing', 'discipline', 'geduld', 'vakmanschap',
  'taaiheid', 'vastberadenheid', 'standvastigheid', 'zelfkennis',
];

/** Verbs of demanding: "Dat vraagt veel zelfbeheersing", "dat vergt nogal wat van iemand die…". */
export const DEMANDING_VERBS = ['vraagt', 'vroeg', 'vergt', 'vergde', 'kost', 'kostte', 'vereist'];

/** Amounts after a verb of demanding that make it recognition on their own: "dat vraagt nogal wat". */
export const DEMANDED_AMOUNTS = ['nogal wat', 'heel wat', 'best wat', 'flink wat', 'veel van', 'wat van', 'echt wat', 'ontzettend veel', 'zoveel'];

/** Things and people other than the client that a "Wat een mooi…" praises: the team, the friendship. */
export const OTHERS_PRAISED = ['team', 'vriendschap', 'relatie', 'band', 'gezin', 'familie', 'collega', "collega's", 'werkgever', 'vriendengroep', 'club', 'buren', 'school', 'opleiding', 'bedrijf', 'afdeling'];

/** Adjectives that qualify a thank-you and make it specific: "Bedankt voor je eerlijke bericht". */
export const THANKS_QUALIFIERS = [
  'eerlijk', 'open', 'openhartig', 'mooi', 'helder', 'moedig', 'lief', 'persoonlijk', 'zorgvuldig',
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

/** Words of gladness at how things are ("fijn", "mooi dat…"), not of admiration for a deed ("knap dat…"). */
export const GLADNESS = ['fijn', 'mooi', 'prettig', 'leuk', 'heerlijk', 'goed', 'geweldig', 'fantastisch', 'prachtig', 'super', 'top', 'gaaf', 'tof', 'blij'];

/** Efforts and disclosures thanked for after "voor het": "het bijhouden", "het opschrijven" (not "het invullen van het formulier"). */
export const THANKED_EFFORTS = ['bijhouden', 'opschrijven', 'delen', 'vertellen', 'uitproberen', 'proberen', 'oefenen', 'volhouden', 'doorzetten', 'toevertrouwen', 'benoemen', 'beschrijven', 'uitzoeken', 'uitschrijven'];
