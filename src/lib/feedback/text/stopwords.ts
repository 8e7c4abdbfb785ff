import { keySet, wordKeys } from './stem.ts';

/**
 * Words that say nothing distinctive about a client's story: Dutch function
 * words, very common verbs and adverbs, time words, greetings and the words of
 * the medium itself. Shared words from this list are not "mirroring".
 */

const FUNCTION_WORDS = `
aan al alle alleen als alsof ander andere anders af ben bent ben bij bijna binnen boven daar daarna daarom daarin daarvan daarover
dan dat de deze die dit doch door dus echter een eens eigen en enig enige er erg ergens even ervan erover geen hem haar hen hier
hij hoe hun ik in is je jij jou jouw jullie kan kon kun kunnen maar me mee meer men mij mijn met mezelf mijzelf na naar niet niets niks
noch nog nu of om omdat ons onze ook op over reeds samen sinds te tegen toch toen tot u uw uzelf van veel voor vooral want was waren wat
we wel welk welke wie wij wordt worden zal ze zelf zich zij zijn zo zonder zou zouden zulke 's t het jezelf jezelf hun hen elk elke ieder
iedere iets iemand niemand iedereen allemaal alles beide beetje hoor hè he ja nee oké ok oke hoi hey hallo dag beste lieve geachte
heer mevrouw meneer mw dhr coach cliënt client groet groeten groetjes vriendelijke vriendelijk hartelijke hartelijk warme liefs mvg gr
uit onder tussen achter buiten beneden langs rond vanaf vanuit richting behalve ondanks dankzij wegens volgens tijdens heen
zo'n zulk zoiets zoals terwijl zodat hoewel nadat voordat totdat zodra wanneer waar waarom waardoor waarin waarop waarmee waarvan
ermee erbij eraan erin eruit erop ervoor daarmee daarbij daaraan daarop daarvoor daardoor hierover hiervan hiermee hierbij nou tja
`;

const COMMON_VERBS = `
hebben heb hebt heeft had hadden gehad zijn ben bent is was waren geweest worden word wordt werd werden geworden kunnen kan kun kunt kon
konden gekund willen wil wilt wilde wilden gewild moeten moet moest moesten gemoeten mogen mag mocht mochten zullen zal zult zou zouden
gaan ga gaat ging gingen gegaan komen kom komt kwam kwamen gekomen doen doe doet deed deden gedaan maken maak maakt maakte gemaakt
zien zie ziet zag zagen gezien zeggen zeg zegt zei zeiden gezegd weten weet wist wisten geweten vinden vind vindt vond vonden gevonden
denken denk denkt dacht dachten gedacht geven geef geeft gaf gaven gegeven krijgen krijg krijgt kreeg kregen gekregen staan sta staat stond
gestaan zitten zit zat gezeten liggen lig ligt lag gelegen houden houd hou houdt hield gehouden laten laat liet gelaten blijven blijf blijft
bleef gebleven lijken lijkt leek geleken merken merk merkt merkte gemerkt voelen voel voelt voelde gevoeld vragen vraag vraagt vroeg
gevraagd horen hoor hoort hoorde gehoord lezen lees leest las gelezen schrijven schrijf schrijft schreef geschreven werken werk werkt
werkte gewerkt praten praat praatte gepraat kijken kijk kijkt keek gekeken nemen neem neemt nam genomen brengen breng brengt bracht
gebracht zetten zet zette gezet proberen probeer probeert probeerde geprobeerd beginnen begin begint begon begonnen lukken lukt lukte
gelukt helpen help helpt hielp geholpen
`;

const COMMON_WORDS = `
goed goede beter best slecht fijn leuk mooi gewoon echt eigenlijk heel helemaal zeker misschien natuurlijk soms vaak altijd nooit
steeds weer nog al meteen gelijk straks later eerst laatst laatste eerste ding dingen iets keer keren manier mensen mens iemand
tijd tijden moment momenten dag dagen week weken maand maanden jaar jaren uur uren minuut minuten vandaag gisteren morgen avond avonden
ochtend middag nacht nachten weekend nu toen vorig vorige volgend volgende komend komende paar twee drie vier vijf zes zeven acht negen
tien elf twaalf twintig dertig veertig vijftig honderd half hele groot grote klein kleine lang lange kort korte nieuw nieuwe oud oude
werk leven thuis mail e-mail bericht berichten contact vraag vragen antwoord reactie coaching traject begeleiding hulp zin stap
probleem problemen situatie idee gevoel wel ook zo erg best vast hard weinig graag liever meest minder meer genoeg echt precies
via per verder naast vaker snel sneller langer later eerder steeds vaak soms nooit altijd weer opnieuw samen alleen elkaar
huis thuis school tafel dag dagen avond avonden ochtend middag nacht weekend slapen slaap eten werken vrij vrije
`;

/** The closest people around anyone: sharing "moeder" or "collega's" is no mirroring of the client's own words. */
const PEOPLE = "man vrouw partner moeder vader ouders zus broer kind kinderen zoon collega collega's baas vriend vriendin vrienden familie mensen";

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

/** Lower-case surface forms. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...words(FUNCTION_WORDS),
  ...words(COMMON_VERBS),
  ...words(COMMON_WORDS),
  ...words(PEOPLE),
]);

let commonKeys: Set<string> | null = null;

/** Primary stem keys of all listed words, built on first use. */
function stopKeys(): Set<string> {
  commonKeys ??= keySet(STOP_WORDS);
  return commonKeys;
}

const NUMBER = /^[\d.,:]+$/;
const seen = new Map<string, boolean>();

/** True for words that cannot carry a client's own, distinctive wording. */
export function isCommonWord(lower: string): boolean {
  if (lower.length < 3 || NUMBER.test(lower) || STOP_WORDS.has(lower)) return true;
  let common = seen.get(lower);
  if (common === undefined) {
    const keys = stopKeys();
    common = wordKeys(lower).some((key) => keys.has(key));
    if (seen.size >= 20000) seen.clear();
    seen.set(lower, common);
  }
  return common;
}
