/**
 * A curated Dutch lexicon of feelings, matched on stems (see text/stem.ts), so
 * "onzeker", "onzekerheid" and "onzekere" are one entry. Compounds that end in
 * an entry of five letters or more also match ("doodsbang", "faalangst",
 * "superteleurgesteld").
 */

/** Unpleasant feelings and how they show (crying, tension). */
export const NEGATIVE_FEELINGS = [
  'angst', 'angstig', 'bang', 'bezorgd', 'ongerust', 'onzeker', 'zenuwachtig',
  'nerveus', 'zenuwen', 'spanning', 'gespannen', 'spannend', 'stress', 'gestrest', 'paniek', 'paniekerig', 'schrik',
  'geschrokken', 'schrok', 'verdriet', 'verdrietig', 'droevig', 'somber', 'neerslachtig',
  'depressief', 'ellendig', 'treurig', 'rouw', 'gemis', 'heimwee', 'eenzaam', 'leegte',
  'boos', 'boosheid', 'kwaad', 'woedend', 'woede', 'woest', 'geïrriteerd', 'irritatie', 'ergernis', 'geërgerd',
  'gefrustreerd', 'frustratie', 'frustrerend', 'teleurgesteld', 'teleurstelling', 'teleurstellend', 'schuldig',
  'schuldgevoel', 'schuldgevoelens', 'schaamte', 'schamen', 'beschaamd', 'gegeneerd', 'machteloos',
  'hulpeloos', 'wanhopig', 'uitzichtloos', 'radeloos', 'overweldigd', 'overspoeld',
  'vermoeid', 'uitgeput', 'uitputting', 'opgebrand', 'verward', 'verwarring', 'verloren',
  'verscheurd', 'onbegrepen', 'gekwetst', 'gekrenkt', 'afgewezen', 'buitengesloten', 'waardeloos', 'nutteloos',
  'twijfel', 'onrust', 'rusteloos', 'ongemakkelijk', 'huilen', 'tranen', 'janken', 'trillen', 'trilde', 'beven', 'beefde',
  'pijn', 'verdoofd', 'gedeprimeerd', 'jaloers', 'vernederd', 'vernederend', 'vernedering', 'rouwig', 'baal', 'baalt', 'rotgevoel',
  'ontmoedigd', 'moedeloos', 'hopeloos', 'opgejaagd', 'gejaagd', 'overprikkeld', 'prikkelbaar', 'geprikkeld',
  'benauwd', 'bedrukt', 'terneergeslagen', 'ontredderd', 'moe', 'doodmoe', 'kapot', 'ongelukkig', 'vrees', 'ontgoocheld', 'gefaald', 'mislukt', 'mislukkeling',
  'tekortschieten', 'verlies', 'klote', 'rotsituatie', 'geraakt', 'aangeslagen', 'klem', 'bedroefd', 'onmacht',
  'geschokt', 'ontdaan', 'leeg', 'ongeduld', 'ongeduldig', 'gesloopt', 'angstaanjagend', 'faalangst', 'paniekaanval', 'beangstigend', 'gêne', 'schuldbewust', 'opgelaten', 'jaloezie',
];

/** Feelings that are neither pleasant nor unpleasant, counted like the unpleasant ones: "je was ontroerd". */
export const MIXED_FEELINGS = [
  'ontroerd', 'ontroering', 'geroerd', 'verbaasd', 'verbazing', 'verrast', 'overrompeld', 'overvallen', 'dubbel', 'gemengde',
  'heen en weer', 'onwennig', 'kwetsbaar', 'ontheemd', 'schuchter', 'nostalgisch', 'weemoedig', ];

/**
 * Words that evaluate a situation as hard ("zwaar", "lastig"). They only
 * acknowledge a feeling inside an acknowledging frame: "wat zwaar", "dat klinkt
 * pijnlijk", "dat moet heftig zijn", "vervelend voor je".
 */
export const EVALUATIVE = [
  'heftig', 'zwaar', 'moeilijk', 'lastig', 'pijnlijk', 'vervelend', 'vreselijk', 'verschrikkelijk', 'ingrijpend',
  'confronterend', 'schokkend', 'eng', 'akelig', 'rot', 'beroerd', 'spannend', 'frustrerend', 'uitputtend',
  'moeizaam', 'pittig', 'teleurstellend', 'kwetsend', 'klote', 'balen', 'jammer', 'triest', 'sneu', 'vermoeiend',
];

/** Idioms of feeling, matched on words: "dat kwam hard binnen", "je ziet het niet meer zitten". */
export const FEELING_IDIOMS = [
  'hard binnen', 'hard binnengekomen', 'hard aangekomen', 'kwam hard aan', 'komt hard aan', 'van slag', 'in de war', 'op van de zenuwen',
  'ten einde raad', 'handen in het haar', 'geen puf', 'niet meer zien zitten', 'niet meer ziet zitten', 'het niet zitten',
  'niet meer zitten', 'zorgen maakt', 'zorgen maken', 'zorgen maak', 'maakt je zorgen', 'maakt u zich zorgen', 'maak je zorgen',
  'veel zorgen', 'grote zorgen', 'met zorgen', 'vol zorgen', 'zorgen om', 'zorgen over', 'die zorgen', 'jouw zorgen', 'uw zorgen', 'zoveel zorgen', 'je zorgen', 'doet pijn', 'doet je pijn',
  'doet zeer', 'doet je zeer', 'raakt je', 'raakt jou', 'raakt u', 'heeft je geraakt', 'heeft u geraakt', 'doet veel met je',
  'doet veel met u', 'klem zit', 'klem zitten', 'zit klem', 'zat klem', 'rotgevoel', 'naar gevoel', 'wat naar', 'knoop in je maag',
  'knoop in uw maag', 'brok in je keel', 'kapot van', 'buik vol', 'valt je zwaar', 'valt u zwaar', 'viel je zwaar', 'zit je dwars',
  'zit u dwars', 'dwars zit', 'lekker in je vel', 'goed in je vel', 'lekker in uw vel', 'goed in uw vel', 'op je tandvlees',
  'op uw tandvlees', 'water aan de lippen', 'lood in je schoenen', 'moed in de schoenen', 'zat je dwars', 'zat u dwars', 'zit jou dwars', 'zie je er tegenop', 'ziet u er tegenop', 'zie je op tegen', 'ziet u op tegen', 'zag je op tegen', 'zag u op tegen', 'je ziet op tegen', 'u ziet op tegen',
  'zag je er tegenop', 'zag er tegenop', 'tegenop gezien', 'zie er tegenop', 'ziet er tegenop', 'er tegenop zag', 'ertegen opziet', 'er tegenop ziet', 'tegenop zien', 'uit het veld geslagen', 'er doorheen zit', 'erdoorheen zit',
  'helemaal op', 'in een dip', 'in een dal', 'aan de grond', 'rauw op je dak', 'de grond in', 'door de grond', 'hoog zit', 'zit je hoog',
  'zit u hoog', 'op scherp', 'onder druk', 'overhoop', 'knagend', 'knaagt', 'kriebels', 'hart vasthouden', 'in paniek',
  'ondersteboven', 'uit balans', 'niet gezien', 'niet gehoord', 'niet serieus genomen', 'alleen voelt', 'alleen voel', 'alleen staat',
  'er alleen voor', 'slapeloze nachten', 'wakker van ligt', 'wakker van lag', 'wakker liggen', 'op eieren', 'op je tenen',
  'op uw tenen', 'zit je niet lekker', 'zit u niet lekker', 'lig je wakker', 'ligt u wakker', 'door de mangel', 'kippenvel',
  'klaar mee', 'er klaar mee', 'het zat', 'er genoeg van', 'op reserve', 'doorheen zit', 'doorheen zitten', 'tussen twee vuren',
  'het gehad', 'niet meer weet waar je het zoeken moet', 'met de ziel onder de arm', 'in de put', 'aan het eind van je latijn',
];

/** Feelings that belong together: a client who writes "ik ben niet kwaad" is not "woedend" either. */
export const FEELING_FAMILIES = [
  ['boos', 'boosheid', 'kwaad', 'woedend', 'woede', 'woest', 'geïrriteerd', 'irritatie'],
  ['verdrietig', 'verdriet', 'droevig', 'treurig', 'bedroefd'],
  ['jaloers', 'jaloezie'],
  ['schuldig', 'schuldgevoel', 'schuldgevoelens'],
  ['bang', 'angst', 'angstig', 'ongerust', 'bezorgd'],
  ['eenzaam', 'eenzaamheid', 'alleen'],
  ['schamen', 'schaamte', 'beschaamd'],
  ['teleurgesteld', 'teleurstelling'],
  ['zenuwachtig', 'nerveus', 'zenuwen', 'gespannen', 'spanning', 'spannend', 'onzeker', 'onzekerheid'],
  ['stress', 'gestrest'],
  ['eng', 'doodeng'],
];

/**
 * Empathic frames: what follows them about the client is a feeling or state the coach
 * acknowledges, even in words no list holds ("Ik kan me voorstellen dat je er even klaar mee bent").
 */
export const EMPATHIC_FRAMES = [
  'voorstellen', 'klinkt', 'klinken', 'lijkt', 'begrijp', 'snap', 'logisch', 'herkenbaar', 'invoelen', 'inleven',
];

/** Verbs of perceiving or acknowledging with which the coach names the client's feeling: "Ik lees veel verdriet". */
export const ACKNOWLEDGING_VERBS = [
  'lees', 'las', 'hoor', 'merk', 'zie', 'proef', 'voel', 'begrijp', 'snap', 'voorstellen', 'herken', 'klinkt', 'klinken', 'lijkt',
  'schrijft', 'vertelt', 'beschrijft', 'noemt', 'deelt', 'logisch', 'herkenbaar', 'wonder',
];

/** Words that frame an evaluative word as acknowledgement: "wat zwaar", "dat klinkt pijnlijk", "moet heftig zijn". */
export const EVALUATIVE_FRAMES = ['wat', "zo'n", 'klinkt', 'klinken', 'lijkt', 'moet', 'moeten', 'best', 'echt', 'heel', 'erg', 'behoorlijk', 'nogal', 'zo', 'flink', 'ontzettend', 'enorm', 'vreselijk', 'super', 'beetje', 'misschien', 'ook'];

/** "moeilijk te zeggen", "lastig in te schatten": evaluative words in idioms that are no feeling. */
export const NOT_A_FEELING = [
  'moeilijk te zeggen', 'lastig te zeggen', 'moeilijk in te schatten', 'lastig in te schatten', 'moeilijk te voorspellen',
  'lastig te voorspellen', 'moeilijk te bepalen', 'lastig te bepalen', 'moeilijk te beantwoorden', 'lastig te beantwoorden',
  'moeilijk te plannen', 'lastig te plannen', 'moeilijk te vinden', 'lastig te vinden', 'moeilijke vraag', 'lastige vraag',
  'spannend boek', 'spannende film', 'geen pijn', 'pijn in', 'pijnstillers', 'veel plezier', 'plezier met', 'plezier ermee',
  'veel sterkte', 'sterkte gewenst', 'hoop dat je je', 'hoop dat u zich', 'hoop dat jij je', 'wens je', 'wens u',
];

/** Verbs of missing someone: a feeling only when the client misses ("je mist je dochter"), not "het ging mis". */
export const MISSING_VERBS = ['mist', 'miste', 'misten', 'missen'];

/** What one misses without longing for it: "je mist je eerste les", "u miste de trein". */
export const MISSED_EVENTS = [
  'les', 'lessen', 'college', 'colleges', 'afspraak', 'afspraken', 'trein', 'bus', 'deadline', 'dienst', 'diensten', 'training', 'trainingen',
  'wedstrijd', 'kans', 'kansen', 'vergadering', 'tentamen', 'toets', 'werkdag', 'werkdagen', 'vlucht', 'aansluiting', 'daardoor',
];

/** Parts of the body in which Dutch places a feeling: "een knoop in je buik", "de grond onder uw voeten". */
export const FEELING_BODY = ['buik', 'maag', 'keel', 'hart', 'hoofd', 'schouders', 'voeten', 'borst', 'lijf', 'nek', 'schoenen', 'tenen'];

/** Parts of the body where pain is physical: "de pijn in uw rug", "pijn in mijn heupen". */
export const PAINFUL_PARTS = [
  'rug', 'heup', 'heupen', 'knie', 'knieën', 'nek', 'schouder', 'schouders', 'hoofd', 'buik', 'maag', 'been', 'benen', 'voet', 'voeten',
  'hand', 'handen', 'arm', 'armen', 'gewricht', 'gewrichten', 'spier', 'spieren', 'rib', 'ribben', 'kaak', 'tand', 'kies', 'borst', 'pols', 'enkel',
];

/** Words that put a feeling off as a topic for later: "Over je angst hebben we het later." */
export const LATER = ['later', 'straks', 'volgende keer', 'een andere keer', 'binnenkort', 'een volgend bericht', 'mijn volgende bericht'];

/**
 * Words that only name a feeling of the client when the client is their subject
 * ("je bent trots"), so "ik ben blij" or "de arts is tevreden" do not count.
 */
export const POSITIVE_FEELINGS = [
  'blij', 'trots', 'opgelucht', 'gelukkig', 'dankbaar', 'tevreden', 'enthousiast', 'hoopvol', 'opgewekt', 'vrolijk',
  'energiek', 'zelfverzekerd', 'ontspannen', 'voldaan', 'opluchting', 'blijdschap', 'vreugde', 'plezier',
];

/** General words for feelings: "die gevoelens mogen er zijn". */
export const FEELING_NOUNS = ['gevoel', 'gevoelens', 'emotie', 'emoties', 'gemoed'];

/**
 * How a client says that things are well now: "ik ben opgelucht", "het viel zo mee",
 * "ik voel me lichter". Read in the client's own message, of the client.
 */
export const WELL_NOW = [
  'opgelucht', 'opluchting', 'lichter', 'rustig', 'rustiger', 'kalm', 'kalmer', 'ontspannen', 'blij', 'trots', 'gelukkig',
  'tevreden', 'dankbaar', 'enthousiast', 'hoopvol', 'voldaan', 'voldoening', 'vrolijk', 'opgewekt', 'zelfverzekerd',
];

/** Words before "gevoel" that make it a pleasant one: "een goed gevoel". Any other ("een raar gevoel") is not. */
export const PLEASANT_GEVOEL = ['goed', 'goede', 'fijn', 'fijne', 'prettig', 'prettige', 'lekker', 'lekkere', 'warm', 'warme', 'positief', 'positieve', 'trots', 'blij'];

/** Idioms of things going well: "het viel zo mee", "ik heb er zin in", "goed nieuws". */
export const WELL_NOW_IDIOMS = ['viel mee', 'valt mee', 'viel het mee', 'valt het mee', 'meeviel', 'meevalt', 'zin in', 'goed nieuws', 'gaat goed', 'gaat beter', 'gaat een stuk beter', 'beter in mijn vel', 'goed in mijn vel'];

/** Words that make a stated feeling hypothetical or expected: "ik zou opgelucht moeten zijn", "ik had gedacht dat ik trots zou zijn". */
export const HYPOTHETICAL = ['te', 'voorgenomen', 'voornemen', 'probeer', 'probeerde', 'proberen', 'zou', 'zouden', 'moeten', 'moet', 'verwacht', 'verwachtte', 'gedacht', 'dacht', 'hoopte', 'hoop', 'wil', 'wilde', 'kan', 'kon', 'mag'];

/** Hardship a client may tell of without a word of feeling: "mijn vader is overleden", "ik slaap slecht". */
export const HARDSHIP = [
  'overleden', 'overlijden', 'gestorven', 'sterven', 'dood', 'begrafenis', 'uitvaart', 'ziek', 'zieke', 'ziekte', 'ziekenhuis', 'kanker',
  'diagnose', 'operatie', 'ontslagen', 'ontslag', 'scheiding', 'gescheiden', 'ruzie', 'slecht', 'piekeren', 'pieker', 'malen',
  'verloren', 'schulden', 'geweld',
];

/** "ik voel me er klaar voor", "ik voel me sterker": feeling oneself ready or better. */
export const FEELING_READY = ['beter', 'prima', 'klaar', 'sterk', 'sterker', 'fit', 'fitter'];

/** Finite verbs and adverbs of the past: "ik had er tegenop gezien", "ik was zo bang", "toen". */
export const PAST_WORDS = ['had', 'hadden', 'was', 'waren', 'zag', 'zagen', 'voelde', 'voelden', 'dacht', 'vond', 'vreesde', 'vooraf', 'tevoren', 'toen', 'vroeger'];

/** Words of a feeling's ending: "het rouwen is niet voorbij". */
export const ENDED = ['voorbij', 'weg', 'over', 'verdwenen', 'kwijt', 'opgelost'];

/** Words of a feeling that waned: "de paniekaanvallen zijn veel minder". */
export const WANED = ['minder', 'weg', 'voorbij', 'verdwenen', 'afgenomen', 'gezakt'];

/** Words that make the head a place of a state rather than of thoughts: "een chaos in je hoofd", "je hoofd zit vol". */
export const HEAD_STATES = ['chaos', 'druk', 'vol', 'knoop', 'storm', 'onrust', 'lawaai', 'spanning', 'mist', 'wirwar', 'leeg', 'overvol', 'tollen', 'tolt', 'barst', 'ontploft'];

/** Words that open a turn in what the client tells: "maar", "alleen", "toch". */
export const TURNS = ['maar', 'alleen', 'toch'];
