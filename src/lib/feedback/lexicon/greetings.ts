/** Words and formulas that open and close a message. */

/** Greeting words that can open a salutation, longest first. */
export const SALUTATION_GREETINGS = [
  'goedemorgen', 'goedemiddag', 'goedenavond', 'goedendag', 'goeiemorgen', 'goeiemiddag', 'goeienavond', 'goeiedag',
  'geachte', 'beste', 'lieve', 'liefste', 'hallo', 'hallootjes', 'hoi', 'hoii', 'hoihoi', 'hey', 'heey', 'hee', 'hé', 'hi', 'hai',
  'dag', 'yo', 'hej', 'dear', 'morgen', 'middag', 'hello', 'ha', 'heej', 'goedenmorgen', 'welkom',
];

/** Words after a greeting that do not name a person. */
export const GENERIC_ADDRESSEES = new Set([
  'cliënt', 'client', 'coach', 'heer', 'mevrouw', 'meneer', 'heer/mevrouw', 'mevrouw/heer', 'lezer', 'deelnemer', 'allemaal',
  'iedereen', 'jij', 'jullie', 'u', 'daar', 'hier', 'collega', 'collega\'s', 'dames', 'heren', 'vriend', 'vriendin', 'mensen',
  'allen', 'e-coach', 'begeleider', 'sir', 'madam', 'team', 'klant', 'relatie', 'zeg', 'hoor', 'weer', 'nogmaals', 'opnieuw',
]);

/** Titles that may precede a surname: "Beste mevrouw El Amrani". */
export const TITLES = new Set(['heer', 'mevrouw', 'meneer', 'mw', 'mw.', 'dhr', 'dhr.', 'mevr', 'mevr.', 'mr', 'mr.', 'dr', 'dr.', 'juffrouw', 'familie']);

/** Surname particles: "de Boer", "van der Berg", "El Amrani". */
export const NAME_PARTICLES = new Set(['de', 'van', 'der', 'den', 'het', 'ten', 'ter', 'te', 'la', 'le', 'da', 'dos', 'von', 'el', 'al', 'op', "in 't", "'t", 'bin', 'ben']);

/**
 * A written-out closing formula at the start of a line, e.g. "Hartelijke groet",
 * "Met vriendelijke groeten", "Een warme groet", "Groetjes", "Liefs", "Tot snel".
 */
export const FULL_CLOSING =
  /^(?:(?:met|een|veel|heel|alvast|en)\s+)*(?:(?:vriendelijke|hartelijke|warme|lieve|fijne|zonnige|goede|hele|vrolijke|collegiale|sportieve|bemoedigende|hartelijk|vriendelijk)\s+(?:en\s+)?)+groet(?:en|jes)?\b|^(?:(?:veel|heel\s+veel|lieve|dikke)\s+)?groetjes\b|^(?:veel\s+)?liefs\b|^tot\s+(?:snel|gauw|zo|dan|later|de\s+volgende\s+keer|volgende\s+week|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|binnenkort)\b|^alle\s+goeds\b|^(?:hartelijke|vriendelijke|warme)\s+groeten\b|^(?:een\s+)?(?:knuffel|omhelzing)\b|^(?:(?:veel\s+)?(?:sterkte|succes|plezier)\s+(?:en|,)\s+)(?:een\s+)?(?:(?:hartelijke|warme|vriendelijke|lieve)\s+)?groet(?:en|jes)?\b|^(?:met\s+)?(?:hartelijke|vriendelijke|warme)\s+groet\b/iu;

/** A wish followed by a greeting: "Veel sterkte en een warme groet", "Fijne week en hartelijke groet". */
export const WISH_AND_GREETING =
  /^(?:[\p{L}'-]+[\s,]+){1,6}?(?:en\s+|,\s*)(?:een\s+|veel\s+|lieve\s+)?(?:(?:hartelijke|vriendelijke|warme|lieve|fijne|zonnige|goede|hele)\s+)?groet(?:en|jes)?(?![\p{L}])/iu;

/** A bare "Groet" or "Groeten": written out, but curt. */
export const PLAIN_CLOSING = /^(?:met\s+)?groet(?:en)?\b/iu;

/** Abbreviated closings: "Mvg", "M.v.g.", "Gr.", "Grt", "Vr.gr.", "Hgr". */
export const SHORT_CLOSING = /^(?:m\.?\s?v\.?\s?g\.?|mvgr\.?|m\.?\s?vr\.?\s?gr\.?|vr\.?\s?gr\.?|h\.?\s?gr\.?|gr\.?|grt\.?|grtz|grz|gr\s*,|groetz)(?![\p{L}])/iu;

/** Lines that belong to a pasted signature block: contact details. */
export const SIGNATURE_CONTACT = /[|@]|www\.|https?:|(?:^|\s)(?:t|tel|telefoon|m|mob|mobiel|e|e-mail|email)\s*[.:]?\s*[+\d(]|\d[\d\s-]{7,}/iu;

/** Job titles and organisation words (also as the end of a compound: "mantelzorgconsulent"); a signature line when the line is short. */
export const SIGNATURE_TITLE =
  /(?:coach|manager|adviseur|consulent|medewerker|begeleider|hulpverlener|psycholoog|therapeut|trainer|werker|specialist|functionaris|directeur|assistent|verpleegkundige|coördinator|coordinator|teamleider|praktijk|afdeling)(?![\p{L}])|(?<![\p{L}])(?:team|b\.v\.|bv)(?![\p{L}])/iu;

/** One-word lines that end a message but are not a name. */
export const NOT_A_NAME = new Set([
  'succes', 'groet', 'groeten', 'groetjes', 'dank', 'bedankt', 'doei', 'dag', 'hoi', 'tot', 'sterkte', 'ciao', 'bye', 'doeg',
  'later', 'oké', 'ok', 'top', 'super', 'fijn', 'prima', 'graag', 'alvast', 'thanks', 'liefs', 'mvg', 'gr', 'grt', 'mzzl',
  'chapeau', 'bravo', 'hulde', 'respect', 'proficiat', 'gefeliciteerd', 'welkom', 'knap', 'sterk', 'klasse', 'wauw', 'wow',
  'jammer', 'helaas', 'dus', 'ja', 'nee', 'echt', 'zeker', 'precies', 'inderdaad', 'goed', 'mooi', 'heerlijk', 'balen',
]);
