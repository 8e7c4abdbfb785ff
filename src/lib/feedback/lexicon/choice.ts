/**
 * How a coach gives the client a say in the next step ("Vertrouwen geven":
 * ask where the client wants to start or focus first).
 */

const YOU = '(?:je|jij|u|jullie)';
const YOUR = '(?:je|jij|jou|jouw|u|uw|jullie)';
const WH = '(?:waar\\w*|wat|welk\\w*|hoe|met\\s+wat|wie|of)';

/** Questions that ask what the client wants to start with, focus on or prefers. */
export const CHOICE_QUESTIONS: readonly string[] = [
  `${WH}\\s[^?]{0,80}?\\b(?:wil|wilt|zullen|gaan|ga|gaat|kies|kiest)\\s+${YOU}\\b[^?]{0,80}?(?:beginnen|starten|begin|start|eerst|eerste|mee|richten|focussen|oppakken|aanpakken|onderzoeken|bespreken|over\\s+hebben|werken|liefst|liever|verder|verdiepen|inzoomen|kiezen|besteden|aan\\s+de\\s+slag)(?![\\p{L}])`,
  `${WH}\\s[^?]{0,80}?\\bzou\\s+${YOU}\\b[^?]{0,60}?\\b(?:willen|graag)\\b[^?]{0,60}?(?:beginnen|starten|eerst|eerste|mee|richten|oppakken|aanpakken|bespreken|verder|kiezen|besteden|proberen|uitproberen|hebben|aan\\s+de\\s+slag)(?![\\p{L}])`,
  `${WH}\\s+${YOU}\\s[^?]{0,60}?\\b(?:wil|wilt|zou\\s+willen)\\b[^?]{0,40}?(?:beginnen|starten|eerst|eerste|mee|richten|oppakken|aanpakken|bespreken|verder|kiezen|besteden|hebben|aan\\s+de\\s+slag)(?![\\p{L}])`,
  `${WH}\\s+${YOU}\\s[^?]{0,60}?\\b(?:eerst|eerste|het\\s+liefst)\\b[^?]{0,40}?\\b(?:wil|wilt|wilt\\s+hebben|wil\\s+hebben)(?![\\p{L}])`,
  `(?:voorrang|het\\s+meest\\s+aan|meeste\\s+aan)(?![\\p{L}])`,
  `zal\\s+ik(?![\\p{L}])`,
  // "Wil je dat ik je over drie maanden nog eens mail?", "Zou u het prettiger vinden als ik wat korter schrijf?": what the coach does is the client's to decide.
  // (An offer of tips, "Wil je dat ik je wat tips geef?", is a yes or no to advice, not a say in the way of working.)
  `(?:wil|wilt)\\s+${YOU}\\s+(?:\\S+\\s+){0,2}?dat\\s+ik(?![\\p{L}])(?![^?]{0,40}\\b(?:tips?|advies|adviezen|raad)\\b)`,
  `(?:vind|vindt|zou)\\s+${YOU}\\s+het\\s+(?:\\S+\\s+){0,2}?(?:prettiger|fijner|makkelijker|beter)\\s+(?:vinden\\s+)?als\\s+ik(?![\\p{L}])`,
  // "Waar voel je het meest voor?": a preference among ways forward.
  `waar\\s+(?:voel|voelt)\\s+${YOU}\\s+(?:\\S+\\s+){0,2}?(?:meest|meer|eerst)\\s+voor(?![\\p{L}])`,
  `zou\\s+${YOU}\\s[^?]{0,40}?\\b(?:eerst|eerste|het\\s+liefst)\\b[^?]{0,60}?\\bwillen(?![\\p{L}])`,
  `(?:wil|wilt)\\s+${YOU}\\b[^?]{0,120}?\\bof\\b`,
  `${YOU}\\s+(?:wil|wilt)\\b[^?]{0,120}?\\bof\\b`,
  `(?:prettigst|fijnst|liefst)\\s+(?:zijn|is|lijkt|voelt)(?![\\p{L}])`,
  `(?:te\\s+)?kiezen(?![\\p{L}])`,
  `iets\\s+anders\\s+(?:bespreken|doen|aankaarten|inbrengen)`,
  `(?:voorkeur|liefst|liever)(?![\\p{L}])`,
  `${WH}\\s[^?]{0,40}?spreekt\\s+${YOUR}\\b[^?]{0,40}?\\baan`,
  `spreekt\\s+${YOUR}\\s+(?:het\\s+)?(?:meest\\s+)?aan`,
  `${WH}\\s[^?]{0,40}?(?:kies|kiest)\\b`,
  `(?:meeste|grootste)\\s+(?:prioriteit|behoefte)`,
  `behoefte\\s+aan`,
  `welk\\w*\\s+van\\s+(?:die|de|deze|beide)\\s+(?:twee|drie|opties|mogelijkheden|ideeën|voorstellen|routes)`,
  `zie\\s+(?:je|jij|u)\\s+(?:het\\s+)?(?:meest\\s+)?zitten`,
  `(?:heb|hebt|heeft)\\s+(?:je|jij|u)\\s+(?:zelf\\s+)?(?:een\\s+)?(?:beter|ander)\\s+idee`,
  `(?:het\\s+)?(?:best|beste|prettigst|fijnst)\\w*\\s+(?:werken|werkt|passen|past|helpen|helpt|lijkt|lijken|bij\\s+(?:je|jou|u)\\s+passen)`,
  `past\\s+[^?]{0,40}?\\b(?:best|beste)\\b`,
  `beste\\s+(?:plek|plaats|punt|moment)\\s+om\\s+te\\s+(?:starten|beginnen)`,
  `(?:best|beste|liefst|prettigst|makkelijkst)\\s+uit`,
  `(?:uitkomt|uitkomen|schikt|schikken)(?![\\p{L}])`,
  `${WH}\\s[^?]{0,60}?\\b(?:dag|dagen|moment|momenten|tijdstip|tijd|ritme|vorm|manier|volgorde|tempo)\\b[^?]{0,60}?\\b(?:past|passen|wil|wilt|kies|kiest|prefereer|werkt|voorkeur)`,
  // "Laat me weten welke lengte van berichten voor jou prettig is" (not "of deze lengte bij je past", a check).
  `(?:welk\\w*|wat\\s+voor)\\s+(?:lengte|toon|vorm)\\b[^?]{0,60}?\\b(?:past|passen|prettig|fijn|wil|wilt|voorkeur)(?![\\p{L}])`,
  // "Welke van uw nieuwe gewoontes wilt u in ons laatste bericht nog samen bekijken?": what the client wants to do in the coaching.
  `${WH}\\s[^?]{0,100}?\\b(?:wil|wilt|zou)\\s+${YOU}\\b[^?]{0,100}?\\b(?:samen|met\\s+mij|in\\s+ons\\s+(?:volgende|laatste|komende)\\s+(?:bericht|gesprek|chat|mail))(?![\\p{L}])`,
  // "Wat zou voor u een haalbaar doel zijn voor de komende week?": the client sets the next step.
  `${WH}\\s[^?]{0,60}?\\b(?:doel|doelen|stap|stappen|oefening)\\b[^?]{0,40}?\\b(?:komende|volgende)\\s+(?:week|weken|periode|keer)(?![\\p{L}])`,
  // "Hoe zou ik het schrijven voor jou prettiger kunnen maken?": the client's say in how the coach works.
  `(?:hoe|wat)\\s[^?]{0,40}?\\b(?:kan|kun|zou)\\s+ik\\b[^?]{0,60}?\\b(?:prettiger|fijner|makkelijker|beter)(?![\\p{L}])`,
  `(?:wat|waar|welk\\w*)\\s[^?]{0,60}?\\b(?:wil|wilt)\\s+${YOU}\\s+(?:graag\\s+|zelf\\s+|nu\\s+)?(?:als\\s+)?(?:eerst|eerste|volgende)`,
  // "Wat zou je graag willen dat er met die tranen gebeurt: ze onderzoeken, of ze laten?": the client's wish, with the ways laid out.
  `(?:zou|wil|wilt)\\s+${YOU}\\b[^?:]{0,120}:[^?]{1,160}\\bof\\b`,
  // "Wat helpt je nu het meest: een pauze, of juist blijven schrijven?": what suits the client, with the ways laid out.
  `${WH}\\s[^?:]{0,60}?\\b(?:helpt|helpen|past|passen|lijkt|spreekt)\\b[^?:]{0,60}:[^?]{1,200}\\bof\\b`,
];

/** Statements that hand the choice to the client. */
export const CHOICE_STATEMENTS: readonly string[] = [
  `${YOU}\\s+(?:mag|mogen|kunt|kan|kun|kunnen)\\s+(?:zelf\\s+|hierin\\s+|daarin\\s+|nu\\s+|ook\\s+)?(?:kiezen|bepalen|beslissen|aangeven|zeggen\\s+waar)`,
  `(?:mag|kun|kan|kunt|mogen)\\s+${YOU}\\s+(?:zelf\\s+|ook\\s+)?(?:kiezen|bepalen|beslissen|aangeven)`,
  `${YOU}\\s+(?:kiest|bepaalt|beslist)`,
  `(?:kiest|bepaalt|beslist)\\s+${YOU}`,
  `kies\\s+(?:zelf|maar|gerust)`,
  `(?:de\\s+)?keuze\\s+is\\s+aan\\s+(?:jou|u|jullie)`,
  `aan\\s+(?:jou|u|jullie)\\s+de\\s+keuze`,
  `${YOU}\\s+(?:hebt|heeft)\\s+het\\s+(?:voor\\s+het\\s+)?(?:zeggen|stuur)`,
  `laat\\s+(?:me|mij)\\s+(?:maar\\s+|gerust\\s+)?weten\\s+(?:waar|wat|welk\\w*|of)\\b[^.]{0,60}?(?:voorkeur|liefst|liever|beginnen|starten|eerst|kiest|aanspreekt)`,
  `(?:mag|mogen)\\s+(?:het\\s+)?(?:zelf\\s+)?zeggen`,
  `zeg\\s+(?:het\\s+)?maar(?![\\p{L}])`,
  `^(?:en\\s+)?als\\s+${YOU}\\s+(?:dat\\s+)?(?:wilt|wil)(?![\\p{L}])`,
  // "Als je liever even belt, kan dat ook": another way of working offered.
  `(?:als|mocht|mochten)\\s+${YOU}\\s+(?:\\S+\\s+){0,2}?(?:liever|eerder)\\b[^.?!]{0,80}?,\\s*(?:dan\\s+)?(?:kan|mag|kunnen)\\s+(?:dat|het)\\s+(?:ook|gerust|prima|zeker|altijd)`,
];

/** Options laid out without handing over the choice: a partial result. */
export const OPTIONS_OFFERED: readonly string[] = [
  // A time such as "19.00 uur" does not end the sentence part.
  `(?:we|wij)\\s+kunnen\\s(?:[^.?!]|\\.(?=\\d)){0,120}?\\bof\\b`,
  `(?:twee|drie|een\\s+paar|verschillende|meerdere)\\s+(?:manieren|mogelijkheden|opties|routes|richtingen|startpunten|kanten|ingangen|wegen)`,
];

/** Words that make a sentence a directive rather than a choice: "Je moet kiezen". */
export const DIRECTIVE_BEFORE = /(?<![\p{L}])(?:moet|moeten|dient|dienen|verplicht)(?![\p{L}])/iu;
