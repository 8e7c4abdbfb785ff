/**
 * The glossary of the course. Lessons link to an entry with `<Begrip id="…">`; the
 * page `/begrippen/` renders every entry with an anchor equal to its id, so the
 * ids below are stable and shared by all lessons. Definitions are Dutch and in
 * our own words. `lessons` lists the slugs of the lessons that explain the term.
 *
 * The list is sorted by term (Dutch collation); a unit test keeps it that way.
 */
export interface GlossaryEntry {
  id: string;
  term: string;
  definition: string;
  /** Lesson slugs where the term is explained. */
  lessons: string[];
}

export const GLOSSARY: GlossaryEntry[] = [
  {
    id: 'afsluiting',
    term: 'Afsluiting',
    definition:
      'De laatste fase van een traject. Je kondigt het einde op tijd aan, kijkt samen met de cliënt terug op de doelen en op wat die geleerd heeft, en neemt persoonlijk afscheid. Ook spreek je af wat er met de berichten gebeurt.',
    lessons: ['fase-3-afsluiten'],
  },
  {
    id: 'asynchroon-contact',
    term: 'Asynchroon contact',
    definition:
      'Contact waarbij je niet tegelijk aanwezig bent: de cliënt schrijft op een moment dat het uitkomt en jij antwoordt later, bijvoorbeeld per e-mail of via een berichtenplatform. Tussen vraag en antwoord zit dus altijd tijd.',
    lessons: ['de-klik-in-geschreven-begeleiding', 'fase-1-intake-doelen-en-afspraken'],
  },
  {
    id: 'beperkt-welkom',
    term: 'Beperkt welkom',
    definition:
      'Een kort welkomstritueel aan het begin van elk bericht, zodra jullie elkaar wat beter kennen: je opent met een oprecht compliment, erkenning of waardering voor de cliënt. Twijfel je of het al zonder kan, dan kies je volgens Peters voor het beperkte welkom.',
    lessons: ['het-beperkte-welkom', 'fase-2-online-begeleiden'],
  },
  {
    id: 'beveiligd-platform',
    term: 'Beveiligd platform',
    definition:
      'Een online omgeving die speciaal is ingericht voor begeleiding, waarin berichten afgeschermd worden bewaard zodat alleen de cliënt en de begeleider ze kunnen lezen. Zo’n platform is veiliger dan gewone e-mail.',
    lessons: ['privacy-en-een-veilig-platform', 'fase-1-intake-doelen-en-afspraken'],
  },
  {
    id: 'comfortzone',
    term: 'Comfortzone',
    definition:
      'Het gebied waarin de cliënt zich vertrouwd en zeker voelt: bekende gedachten, gewoontes en manieren van leren. Als er genoeg vertrouwen is, kun je stap voor stap opdrachten geven die daar net buiten liggen.',
    lessons: ['aansluiten-bij-je-client'],
  },
  {
    id: 'contactritme',
    term: 'Contactritme',
    definition:
      'Het vaste patroon waarin cliënt en begeleider elkaar schrijven, bijvoorbeeld één bericht per week. Een vloeiend ritme helpt om nabijheid op te bouwen; hapert het ritme, dan vraagt de relatie weer extra aandacht.',
    lessons: ['sociale-nabijheid-en-ritme', 'fase-2-online-begeleiden'],
  },
  {
    id: 'directe-boodschap',
    term: 'Directe boodschap',
    definition:
      'Een bericht waarin je zonder welkomstritueel meteen ter zake komt. Dat past pas als jullie in een vast ritme zitten en de nabijheid tussen jullie vanzelfsprekend is.',
    lessons: ['het-beperkte-welkom'],
  },
  {
    id: 'ethische-normen',
    term: 'Ethische normen',
    definition:
      'De waarden en beroepsregels waaraan je je als begeleider houdt, zoals geheimhouding en zorgvuldig omgaan met wat de cliënt je toevertrouwt. Omdat geschreven woorden blijven bestaan, bespreek je met de cliënt hoe je daarmee omgaat.',
    lessons: ['ethische-normen'],
  },
  {
    id: 'geschreven-begeleiding',
    term: 'Geschreven begeleiding',
    definition:
      'Online begeleiding in tekst, bijvoorbeeld per e-mail of chat, zonder stem of beeld. De relatie ontstaat dan helemaal via de woorden die je kiest.',
    lessons: ['de-klik-in-geschreven-begeleiding'],
  },
  {
    id: 'intake',
    term: 'Intake',
    definition:
      'De eerste fase van een traject: kennismaken, de hulpvraag en de doelen helder krijgen in de woorden van de cliënt, en samen afspraken maken over de manier van werken.',
    lessons: ['fase-1-intake-doelen-en-afspraken'],
  },
  {
    id: 'klik',
    term: 'Klik',
    definition:
      'Het gevoel dat het contact tussen cliënt en begeleider goed zit: de cliënt voelt zich veilig, begrepen en heeft vertrouwen. Een goede klik is een belangrijke voorwaarde voor een geslaagd traject, ook als je elkaar alleen schrijft.',
    lessons: ['de-klik-in-geschreven-begeleiding'],
  },
  {
    id: 'leervoorkeur',
    term: 'Leervoorkeur',
    definition:
      'De manier van leren die het best bij iemand past, bijvoorbeeld door te schrijven, te ordenen in lijstjes, te denken in beelden of door te observeren. Werkvormen die hierbij aansluiten, geven de cliënt houvast.',
    lessons: ['aansluiten-bij-je-client'],
  },
  {
    id: 'online-begeleiding',
    term: 'Online begeleiding',
    definition:
      'Professionele begeleiding op afstand: via video, telefoon, chat of e-mail. Deze cursus gaat vooral over de geschreven vorm.',
    lessons: ['de-klik-in-geschreven-begeleiding'],
  },
  {
    id: 'procescheck',
    term: 'Procescheck',
    definition:
      'Een moment waarop je de cliënt vraagt hoe die het traject, de vorm en de manier van werken ervaart, en ruimte geeft voor vragen en voorstellen om iets aan te passen. Zo komen moeilijkheden eerder aan het licht.',
    lessons: ['aandacht-voor-het-proces', 'fase-2-online-begeleiden'],
  },
  {
    id: 'reactietijd',
    term: 'Reactietijd',
    definition:
      'De tijd waarbinnen je als begeleider op een bericht reageert, bijvoorbeeld binnen twee werkdagen. Je spreekt die vooraf af en meldt het vooraf als je onverwacht meer tijd nodig hebt.',
    lessons: ['onzekerheden-wegnemen', 'fase-1-intake-doelen-en-afspraken'],
  },
  {
    id: 'sociale-nabijheid',
    term: 'Sociale nabijheid',
    definition:
      'Het gevoel van verbondenheid, van dicht bij elkaar staan, ook als je elkaar niet ziet. In geschreven begeleiding bouw je die bewust op met je taalgebruik en een vast contactritme.',
    lessons: ['sociale-nabijheid-en-ritme'],
  },
  {
    id: 'spiegelen',
    term: 'Spiegelen',
    definition:
      'Woorden of zinnen van de cliënt overnemen of letterlijk citeren in je antwoord. De cliënt ziet zo dat je goed gelezen hebt en voelt zich begrepen.',
    lessons: ['aansluiten-bij-je-client'],
  },
  {
    id: 'taalstrategie',
    term: 'Taalstrategie',
    definition:
      'Een bewuste keuze in je taalgebruik om iets in het contact te bereiken, bijvoorbeeld meer nabijheid door te laten merken dat je iets van de ander bewonderenswaardig of interessant vindt. Ribbers en Waringa (2012) passen zulke strategieën van Huls (2007) toe op online begeleiding.',
    lessons: ['sociale-nabijheid-en-ritme'],
  },
  {
    id: 'terugtrekken',
    term: 'Terugtrekken',
    definition:
      'Gedrag waaruit blijkt dat een cliënt afhaakt of dreigt af te haken: later of korter reageren, minder persoonlijk schrijven, vragen overslaan of stil blijven. Je benoemt het vriendelijk en zonder verwijt, en nodigt de cliënt uit om weer contact te maken.',
    lessons: ['aandacht-voor-de-relatie'],
  },
  {
    id: 'trajectmatige-online-begeleiding',
    term: 'Trajectmatige online begeleiding',
    definition:
      'Begeleiding waarin het berichtenverkeer deel uitmaakt van een langer traject, dat helemaal of gedeeltelijk online verloopt. Voorbeelden zijn gestructureerde online behandelprogramma’s en maatschappelijk werk waarin berichten een vast onderdeel zijn.',
    lessons: ['aandacht-voor-de-relatie'],
  },
  {
    id: 'uitgebreid-welkom',
    term: 'Uitgebreid welkom',
    definition:
      'Het ruime welkomstritueel aan het begin van een traject: in een reeks berichten neem je de tijd om elkaar te leren kennen en laat je de cliënt wennen aan de online omgeving.',
    lessons: ['het-welkomstritueel', 'fase-1-intake-doelen-en-afspraken'],
  },
  {
    id: 'verwachtingsmanagement',
    term: 'Verwachtingsmanagement',
    definition:
      'Duidelijk maken wat de cliënt van jou en van de begeleiding kan verwachten: de manier van werken, het contactritme en je reactietijd, en laten weten als iets anders loopt. Die duidelijkheid geeft de cliënt rust en veiligheid.',
    lessons: ['onzekerheden-wegnemen', 'fase-1-intake-doelen-en-afspraken'],
  },
  {
    id: 'welkomstritueel',
    term: 'Welkomstritueel',
    definition:
      'De vaste manier waarop je iemand welkom heet voordat het eigenlijke gesprek begint. In een geschreven bericht doe je dat met een persoonlijke aanhef en een warme, waarderende opening.',
    lessons: ['het-welkomstritueel', 'jouw-eigen-stijl'],
  },
  {
    id: 'zelfregie',
    term: 'Zelfregie',
    definition:
      'De mate waarin de cliënt zelf richting geeft aan het eigen proces en de eigen keuzes. Als je de cliënt laat meebeslissen over de volgende stap, versterk je zelfregie en zelfvertrouwen.',
    lessons: ['vertrouwen-geven-en-zelfregie'],
  },
];

/** Looks up an entry by id. */
export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return GLOSSARY.find((entry) => entry.id === id);
}
