/**
 * Speech acts: ways to ask indirectly, rhetorical questions, imperatives, and
 * the irony and dismissal that undo warmth. Entries are words separated by
 * spaces, matched on tokens (see text/phrases.ts); `*` ends a word prefix.
 */

/** Indirect questions and requests to write back, without a question mark: "Ik ben benieuwd hoe…". */
export const INDIRECT_QUESTIONS = [
  'ben benieuwd', 'ben erg benieuwd', 'ben heel benieuwd', 'ben ik benieuwd', 'ben nieuwsgierig', 'benieuwd naar', 'benieuwd hoe',
  'benieuwd wat', 'benieuwd of', 'hoor graag', 'hoor het graag', 'hoor het heel graag', 'hoor ik graag', 'lees graag', 'lees het graag',
  'laat me weten', 'laat mij weten', 'laat me gerust weten', 'laat me maar weten', 'laat je me weten', 'laat u me weten',
  'laat u mij weten', 'laat het me weten', 'laat het gerust weten', 'laat het me gerust weten', 'laat gerust weten', 'laat het weten',
  'vertel gerust', 'vertel me gerust', 'vertel me eens', 'vertel eens', 'vertelt u gerust', 'schrijf gerust', 'schrijf me gerust',
  'schrijft u gerust', 'zeg het gerust', 'zeg het maar', 'zegt u het gerust', 'vraag me af', 'vraag mij af', 'zou graag willen weten',
  'wil graag weten', 'zou graag weten', 'wil ik graag weten', 'mag je me vertellen', 'deel gerust', 'zou je me willen vertellen',
];

/** Questions that invite telling: "Kun je vertellen…?", "Wil je iets meer vertellen over…?". */
export const INVITATIONS = [
  'kun je vertellen', 'kun je me vertellen', 'kun je iets vertellen', 'kun je eens vertellen', 'kun je beschrijven', 'kunt u vertellen',
  'kunt u me vertellen', 'kunt u iets vertellen', 'kunt u beschrijven', 'wil je vertellen', 'wil je iets vertellen', 'wil je me vertellen',
  'wil je iets meer vertellen', 'wilt u vertellen', 'wilt u iets vertellen', 'wilt u iets meer vertellen', 'wil je beschrijven',
  'wilt u beschrijven', 'zou je willen vertellen', 'zou je iets willen vertellen', 'zou u willen vertellen', 'zou u iets willen vertellen',
  'zou je kunnen beschrijven', 'zou u kunnen beschrijven', 'kun je uitleggen', 'kunt u uitleggen', 'wil je toelichten', 'wilt u toelichten',
];

/** Questions that expect no answer. */
export const RHETORICAL = [
  'wie niet', 'wie zou dat niet', 'wie wil dat nou niet', 'waarom ook niet', 'hoe kan het ook anders', 'wat wil je nog meer',
  'wat wilt u nog meer', 'is dat nou zo erg', 'is dat nu zo erg', 'wat is nou', 'wat maakt het uit', 'wie heeft dat nou niet',
  'wie kent dat niet', 'wat had je dan verwacht', 'wat had u dan verwacht', 'hoe moeilijk kan het zijn', 'snap je',
];

/** Phrases that dismiss or minimise what the client feels. */
export const DISMISSALS = [
  'stel je niet aan', 'stel u niet aan', 'stel je toch niet aan', 'niet aanstellen', 'niet zo aanstellen', 'aanstellerij',
  'onzin', 'nonsens', 'flauwekul', 'kom op', 'kop op', 'niet zo zeuren', 'niet zeuren', 'zeur niet', 'welkom in de club',
  'iedereen is moe', 'iedereen is wel eens', 'iedereen is weleens', 'iedereen wordt weleens', 'iedereen wordt wel eens', 'volgende keer beter', 'maar joh', 'iedereen heeft weleens', 'ach joh', 'komt heus goed', 'komt vast goed', 'iedereen heeft dat', 'iedereen heeft dat wel', 'iedereen heeft wel eens',
  'dat heeft iedereen', 'dat heeft iedereen wel', 'dat hebben we allemaal', 'dat hebben we toch allemaal', 'zo erg is het niet',
  'zo erg is het toch niet', 'zo erg is dat niet', 'valt wel mee', 'valt best mee', 'valt reuze mee', 'valt allemaal wel mee',
  'overdrijf*', 'niet overdrijven', 'luxeprobleem', 'luxeproblemen', 'helpt niemand', 'maak je niet druk', 'maak je niet zo druk',
  'maakt u zich niet druk', 'maak u niet druk', 'niet zo dramatisch', 'doe niet zo moeilijk', 'niet zo moeilijk doen',
  'niet zo negatief', 'doorbijten', 'vermannen', 'niks aan de hand', 'niets aan de hand', 'schouders eronder', 'er zijn ergere dingen',
  'anderen hebben het zwaarder', 'het is maar', 'eigen schuld', 'zelf schuld', 'geen drama', 'zo gek is dat niet', 'gewoon doen',
  'stel je voor niks', 'niet zo piekeren', 'niet zo somber', 'even doorzetten', 'dat went wel', 'gaat vanzelf over',
  'valt trouwens best mee', 'valt toch best mee', 'valt eigenlijk best mee', 'valt nog wel mee', 'best mee', 'reuze mee',
  'dat merk je vanzelf', 'merk je vanzelf', 'merkt u vanzelf', 'komt vanzelf goed', 'komt wel goed', 'komt heus wel goed',
  'zoveel mensen hebben', 'veel mensen hebben dat', 'trek het je niet aan', 'niet het einde van de wereld', 'geen einde van de wereld',
  'trek je er niets van aan', 'maakt u zich maar geen zorgen', 'maak je maar geen zorgen', 'maak je geen zorgen',
  'hoort er gewoon bij', 'hoort er nou eenmaal bij', 'hoort er nu eenmaal bij', 'komt veel voor', 'komt heel veel voor', 'komt vaak voor', 'nergens voor nodig',
];

/** Praise that irony turns around: "Goed bezig hoor", "Wat knap dat je ook eens…", "Top, weer niets gedaan". */
export const IRONIC_PRAISE = [
  'knap', 'goed', 'fijn', 'mooi', 'sterk', 'top', 'super', 'geweldig', 'prima', 'leuk', 'bravo', 'chapeau', 'hulde', 'klasse',
  'fantastisch', 'prachtig', 'heerlijk', 'lekker', 'slim', 'dapper', 'moedig', 'gefeliciteerd', 'petje af', 'goed bezig',
  'goed gedaan', 'knap gedaan', 'lekker bezig', 'complimenten', 'respect',
];

/** Markers that turn praise into mockery. */
export const IRONY_MARKERS = ['haha', 'hahaha', 'hihi', 'lol', 'ha ha', 'ook eens', 'ook weleens', 'ook wel eens', 'jaja', 'ja ja', 'nou nou', 'tsja', 'tja'];

/** Reproaches that make praise sarcastic: "Goed bezig hoor, weer een week niets gedaan". */
export const REPROACHES = [
  'werd ook wel tijd', 'ook wel tijd', 'werd tijd', 'eindelijk eens', 'kijk eens aan', 'wie had dat gedacht',
  'alweer', 'weer niks', 'weer niets', 'weer een week niets', 'weer een week niks', 'weer geen', 'weer niet', 'niks gedaan', 'niets gedaan',
  'zoals altijd', 'zoals gewoonlijk', 'typisch', 'lekker bezig', 'schiet lekker op', 'natuurlijk belangrijker', 'nou ja',
];

/** What a client failed to do, which "weer" turns into a reproach: "Goed bezig hoor, weer een presentatie afgezegd". */
export const NEGLECTS = [
  'afgezegd', 'overgeslagen', 'gemist', 'vergeten', 'uitgesteld', 'afgehaakt', 'opgegeven', 'verslapen', 'gespijbeld', 'afgeblazen',
  'laten liggen', 'laten schieten', 'laten zitten',
];

/** Verbs whose bare stem opens an imperative: "Probeer…", "Ga…", "Zorg…". */
export const IMPERATIVE_VERBS = [
  'ga', 'probeer', 'probeert', 'doe', 'zorg', 'neem', 'neemt', 'maak', 'schrijf', 'kijk', 'stop', 'begin', 'let', 'denk', 'zet',
  'houd', 'hou', 'blijf', 'vergeet', 'plan', 'zoek', 'bel', 'lees', 'pak', 'accepteer', 'focus', 'praat', 'vraag', 'geef', 'stel',
  'wees', 'kies', 'loop', 'eet', 'slaap', 'sport', 'beweeg', 'adem', 'ontspan', 'onthoud', 'geniet', 'gun', 'luister', 'bedenk',
  'noteer', 'kom', 'schrap', 'verdeel', 'leg', 'start', 'werk', 'oefen', 'gebruik', 'meld', 'regel', 'spreek', 'vul', 'stuur',
  'download', 'installeer', 'drink', 'ruim', 'gaat', 'zoekt', 'belt', 'maakt', 'schrijft', 'houdt', 'kijkt',
];

/** Words that open an order in the infinitive: "Gewoon volhouden.", "Vooral blijven bewegen.". */
export const INFINITIVE_ORDER_OPENERS = ['gewoon', 'vooral'];

/** Common finite verbs: a clause with one of them is no order in the infinitive ("Het is gewoon lastig beginnen"). */
export const COMMON_FINITE_VERBS = [
  'is', 'was', 'ben', 'bent', 'zijn', 'waren', 'wordt', 'word', 'werd', 'heb', 'hebt', 'heeft', 'had', 'kan', 'kun', 'kunt',
  'kon', 'moet', 'moest', 'wil', 'wilt', 'wilde', 'ga', 'gaat', 'ging', 'kom', 'komt', 'kwam', 'blijft', 'lijkt', 'voelt',
  'klinkt', 'doet', 'deed', 'zal', 'zult', 'zou', 'mag', 'hoeft', 'hoef', 'weet', 'vind', 'vindt', 'loopt', 'staat', 'zit',
];

/** Imperative verbs that give advice ("Probeer…", "Neem…"); not requests to write back. */
export const ADVICE_IMPERATIVES = [
  'probeer', 'probeert', 'ga', 'gaat', 'doe', 'zorg', 'neem', 'neemt', 'maak', 'plan', 'zoek', 'bel', 'pak', 'accepteer', 'focus',
  'praat', 'stop', 'begin', 'blijf', 'vergeet', 'gun', 'geniet', 'ontspan', 'sport', 'beweeg', 'eet', 'slaap', 'drink', 'leg',
  'zet', 'start', 'kies', 'denk', 'luister', 'onthoud', 'houd', 'hou', 'let', 'schrap', 'verdeel', 'regel', 'spreek', 'adem', 'oefen',
  'sta', 'lees', 'wandel', 'vermijd', 'laat',
];
