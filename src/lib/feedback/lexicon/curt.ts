/**
 * Curt business style that creates distance in written contact: shorthand and
 * abbreviations, business formulas and directives.
 */

/** Shorthand and abbreviations (regular-expression sources, matched as whole words). */
export const SHORTHAND: readonly string[] = [
  'mvg', 'm\\.v\\.g\\.?', 'mvgr\\.?', 'm\\.vr\\.gr\\.?', 'vr\\.gr\\.?', 'grt', 'grtz', 'grtjs', 'z\\.s\\.m\\.?', 'zsm', 'asap',
  'a\\.s\\.a\\.p\\.?', 'fyi', 'f\\.y\\.i\\.?', 'ter info', 'ter informatie', 'ter kennisname', 't\\.k\\.n\\.?', 'zie bijlage',
  'zie de bijlage', 'zie bijgaand', 'in de bijlage', 'bijgaand', 'per omgaande', 'n\\.a\\.v\\.?', 'i\\.v\\.m\\.?', 'm\\.b\\.t\\.?',
  'gr\\.(?=\\s*(?:\\p{Lu}|$))', 'svp', 's\\.v\\.p\\.?', 'a\\.u\\.b\\.?', 'aub', 'thx', 'tnx', 'btw', 'pls', 'plz', 'i\\.o\\.m\\.?', 'ivm', 'mbt', 'nav',
  'in goede orde ontvangen', 'hierbij ontvangt u', 'hierbij ontvang je', 'bij voorbaat dank', 'graag per omgaande',
  'wij verzoeken u', 'ik verzoek u', 'gelieve',
];

/** An abbreviated greeting at the start of a line: "Gr. Gijs", "Gr,". */
export const SHORT_GREETING_LINE = /^(?:gr|groetz)(?:\.|,|\s+(?=\p{Lu})|$)/iu;

/** Directives: telling the client what to do. */
export const DIRECTIVES: readonly string[] = [
  '(?:je|jij|u)\\s+(?:moet|dient)', 'jullie\\s+(?:moeten|dienen)', '(?:moet|dient|dien)\\s+(?:je|jij|u)', '(?:moeten|dienen)\\s+jullie',
  'zorg\\s+(?:er\\s+)?(?:ervoor\\s+|wel\\s+|even\\s+|maar\\s+)?(?:voor\\s+)?dat', 'zorgt\\s+u\\s+(?:er\\s+)?(?:voor\\s+)?dat',
  'zorg\\s+ervoor', '(?:je|u)\\s+bent\\s+verplicht', 'het\\s+is\\s+de\\s+bedoeling\\s+dat\\s+(?:je|u)',
  'ik\\s+verwacht\\s+(?:van\\s+(?:je|jou|u)\\s+)?dat\\s+(?:je|u)', '(?:je|u)\\s+hoort\\s+(?:te|het)',
  '(?:je|jij|u)\\s+(?:niet|echt|wel|gewoon|zeker|toch|nu|eerst|dan)\\s+(?:moet|dient)', '(?:je|u)\\s+(?:moet|dient)\\s+(?:je|zich)',
];

/** Last words of a sentence that make its "moet je" epistemic: "Dat moet je veel energie hebben gekost." */
export const EPISTEMIC_LAST = ['zijn', 'geweest', 'gekost', 'hebben', 'vallen', 'raken', 'denken', 'voelen', 'gevoeld', 'gedaan', 'geraakt', 'lukken', 'meevallen', 'opleveren'];

/** Words just before a directive that report someone's thoughts or words, not the coach's order. */
export const REPORTING = /(?<![\p{L}])(?:gevoel|idee|denkt|dacht|denken|zeggen|zegt|zei|vinden|vindt|vond|alsof|schrijft|schreef|vertelt|vertelde|bang|hoeft|hoef|vroeg|vraagt|wat|hoe|waarom|of|wanneer|hoeveel|waar|welk|welke|wie|waarmee|waarover|waaraan)\s+(?:\p{L}+\s+){0,2}$/iu;

/** A report after a directive: "waar u moet beginnen, schrijft u". */
export const REPORTED_AFTER = /^[^.!?]{0,60}?,\s*(?:schrijf|schrijft|schreef|zeg|zegt|zei|vertel|vertelt|vertelde|denk|denkt|dacht|vraag|vraagt|vroeg)\s+(?:je|jij|u)(?![\p{L}])/iu;
