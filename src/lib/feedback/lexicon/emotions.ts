/**
 * A curated Dutch lexicon of feelings, matched on stems (see text/stem.ts), so
 * "onzeker", "onzekerheid" and "onzekere" are one entry. Compounds that end in
 * an entry of five letters or more also match ("doodsbang", "faalangst",
 * "superteleurgesteld").
 */

/** Unpleasant feelings and how they show (crying, tension). */
export const NEGATIVE_FEELINGS = [
  'angst', 'angstig', 'bang', 'bezorgd', 'bezorgdheid', 'ongerust', 'ongerustheid', 'onzeker', 'onzekerheid', 'zenuwachtig',
  'nerveus', 'zenuwen', 'spanning', 'gespannen', 'spannend', 'stress', 'gestrest', 'paniek', 'paniekerig', 'schrik',
  'geschrokken', 'schrikken', 'schrok', 'verdriet', 'verdrietig', 'droevig', 'somber', 'somberheid', 'neerslachtig',
  'depressief', 'ellendig', 'treurig', 'rouw', 'rouwen', 'gemis', 'heimwee', 'eenzaam', 'eenzaamheid', 'leegte',
  'boos', 'boosheid', 'kwaad', 'woedend', 'woede', 'woest', 'geïrriteerd', 'irritatie', 'ergernis', 'geërgerd',
  'gefrustreerd', 'frustratie', 'frustrerend', 'teleurgesteld', 'teleurstelling', 'teleurstellend', 'schuldig',
  'schuldgevoel', 'schuldgevoelens', 'schaamte', 'schamen', 'schaamt', 'schaam', 'beschaamd', 'gegeneerd', 'machteloos',
  'machteloosheid', 'hulpeloos', 'wanhopig', 'wanhoop', 'uitzichtloos', 'radeloos', 'overweldigd', 'overspoeld',
  'vermoeid', 'vermoeidheid', 'uitgeput', 'uitputting', 'uitputtend', 'opgebrand', 'verward', 'verwarring', 'verloren',
  'verscheurd', 'onbegrepen', 'gekwetst', 'gekrenkt', 'afgewezen', 'buitengesloten', 'waardeloos', 'nutteloos',
  'twijfel', 'twijfels', 'twijfelen', 'onrust', 'onrustig', 'rusteloos', 'ongemakkelijk', 'huilen', 'tranen', 'janken',
  'pijn', 'verdoofd', 'gedeprimeerd', 'jaloers', 'vernederd', 'baal', 'baalt', 'rotgevoel',
  'ontmoedigd', 'moedeloos', 'hopeloos', 'opgejaagd', 'gejaagd', 'overprikkeld', 'prikkelbaar', 'geprikkeld',
  'benauwd', 'bedrukt', 'terneergeslagen', 'ontredderd', 'moe', 'doodmoe', 'kapot', 'gepieker', 'piekeren', 'pieker',
  'ongelukkig', 'angsten', 'vrees', 'vrezen', 'ontgoocheld', 'gefaald', 'mislukt', 'mislukkeling',
  'tekortschieten', 'verlies', 'klote', 'rotsituatie', 'geraakt', 'aangeslagen', 'klem', 'bedroefd', 'onmacht',
  'geschokt', 'ontdaan', 'leeg', 'angstaanjagend', 'faalangst', 'verdrietigheid', 'gekwetstheid', 'heimwee', 'paniekaanval',
];

/**
 * Words that evaluate a situation as hard ("zwaar", "lastig"). They only
 * acknowledge a feeling inside an acknowledging frame: "wat zwaar", "dat klinkt
 * pijnlijk", "dat moet heftig zijn", "vervelend voor je".
 */
export const EVALUATIVE = [
  'heftig', 'zwaar', 'moeilijk', 'lastig', 'pijnlijk', 'vervelend', 'vreselijk', 'verschrikkelijk', 'ingrijpend',
  'confronterend', 'schokkend', 'eng', 'akelig', 'rot', 'beroerd', 'spannend', 'frustrerend', 'uitputtend',
  'moeizaam', 'pittig', 'teleurstellend', 'kwetsend', 'klote', 'balen', 'jammer', 'triest', 'sneu',
];

/** Multi-word expressions of feeling, as regular-expression sources. */
export const FEELING_PHRASES = [
  'van slag', 'in de war', 'op van de zenuwen', 'ten einde raad', 'met de handen in het haar', 'geen puf',
  'niet meer zien zitten', 'ziet? (?:het|dat) niet (?:meer )?zitten', 'zorgen (?:maakt|maken|maak)', '(?:maakt|maak) (?:je|u|jij) (?:zich )?zorgen',
  '(?:veel|grote|die|jouw|uw|zoveel) zorgen', 'doet (?:je |jou |u )?(?:zoveel |veel )?pijn', 'hard (?:aankomt|binnenkomt|aan komt)',
  'raakt (?:je|jou|u)', 'veel met (?:je|jou|u) doet', 'klem (?:zit|zitten)', 'zit(?:ten)? (?:je|u) klem', 'zit(?:ten)? klem',
  'naar gevoel', 'rotgevoel', 'wat naar', '(?:is|klinkt|lijkt me|lijkt mij|voelt|vind ik) (?:heel |erg |echt |best |zo |wel )?naar(?=\\s*(?:[,.!?;:]|$)|\\s+(?:dat|om|voor|als|zeg|hoor)(?![\\p{L}]))', 'knoop in (?:je|uw) maag', 'kapot van', 'buik vol',
];

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

/** Words that strengthen a feeling word; skipped when reading "ik ben heel erg blij". */
export const INTENSIFIERS = new Set([
  'heel', 'erg', 'zo', 'best', 'echt', 'ontzettend', 'enorm', 'behoorlijk', 'nogal', 'flink', 'wat', 'een', 'beetje',
  'super', 'hartstikke', 'vreselijk', 'zeer', 'bijzonder', 'toch', 'ook', 'wel', 'nog', 'steeds', 'daar', 'er', 'erover',
  'oprecht', 'zelf', 'persoonlijk', 'altijd', 'vooral', 'eigenlijk', 'soms', 'helemaal', 'zó', 'dus', 'bijna',
]);

/**
 * Patterns that acknowledge what the client feels ("ik lees dat", "het klinkt
 * alsof", "wat vervelend dat", "ik kan me voorstellen", "dat moet … zijn").
 */
export const ACKNOWLEDGEMENTS = [
  'ik lees', 'lees ik', 'ik hoor', 'hoor ik', 'ik merk', 'merk ik', 'ik zie', 'zie ik', 'klinkt', 'klinkt alsof',
  'lijkt me', 'lijkt mij', 'kan me voorstellen', 'kan mij voorstellen', 'kan me goed voorstellen', 'voorstellen dat',
  'voorstellen hoe', 'voor te stellen', 'dat moet', 'moet wel', 'begrijp', 'begrijpelijk', 'te begrijpen', 'logisch',
  'snap', 'herkenbaar', 'leef met', 'leef mee', 'geen wonder', 'niet gek', 'niet vreemd', 'mag er zijn', 'mogen er zijn',
  'mag er zijn', 'je schrijft', 'u schrijft', 'je vertelt', 'u vertelt', 'je beschrijft', 'u beschrijft', 'voel je',
  'voelt u', 'je voelt', 'u voelt', 'vind ik naar', 'wat naar', 'wat vervelend', 'wat rot', 'wat pijnlijk', 'wat zwaar',
  'wat verdrietig', 'wat moeilijk', 'wat lastig', 'wat heftig', 'wat een', 'dat is',
];
