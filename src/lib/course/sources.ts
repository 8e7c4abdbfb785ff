/**
 * The sources the course draws on, as shown on `/bronnen/`. References follow an
 * APA-like style; the title is rendered in italics when `italicTitle` is set.
 * `lessons` lists the slugs of the lessons that draw on the source (a unit test
 * checks that each slug exists).
 *
 * Only what the source material itself says is recorded here: the article by
 * Peters carries no year or journal, and the text about trajectmatige online
 * begeleiding names no author, so neither is invented.
 */
export interface Source {
  id: string;
  /** How lessons refer to the source in running text, e.g. "Ribbers & Waringa (2012)". */
  cite: string;
  /** Authors in reference style, e.g. "Ribbers, A., & Waringa, A."; empty when unknown. */
  authors: string;
  /** Year of publication, or "z.d." (zonder datum) when none is given. */
  year: string;
  title: string;
  /** Books are set in italics; an article without a known container is not. */
  italicTitle: boolean;
  /** A description in square brackets right after the title, e.g. "Artikel". */
  descriptor?: string;
  /** What follows the title: place and publisher. */
  details?: string;
  /** One or two Dutch sentences on what the course takes from the source. */
  about: string;
  /** Lesson slugs that draw on this source. */
  lessons: string[];
}

export const SOURCES: Source[] = [
  {
    id: 'huls-2007',
    cite: 'Huls (2007)',
    authors: 'Huls, E.',
    year: '2007',
    title: "Dilemma's in menselijke interactie: Een inleiding in de strategische mogelijkheden van taalgebruik",
    italicTitle: true,
    details: 'Amsterdam: Boom.',
    about:
      'Een inleiding over de strategische mogelijkheden van taalgebruik. De cursus kent de taalstrategieën van Huls via Ribbers en Waringa (2012) en het artikel van Peters.',
    lessons: ['sociale-nabijheid-en-ritme', 'aansluiten-bij-je-client'],
  },
  {
    id: 'peters',
    cite: 'Peters (z.d.)',
    authors: 'Peters, M.',
    year: 'z.d.',
    title: 'Hoe ik in mijn praktijk als online begeleider een relatie bouw met mijn cliënten',
    italicTitle: false,
    descriptor: 'Artikel',
    about:
      'Een praktijkartikel van Marjanne Peters, online begeleider en trainer, over hoe je in geschreven begeleiding een relatie opbouwt: de klik, sociale nabijheid, het welkomstritueel, veilig voelen en vertrouwen. Het is de basis van het grootste deel van de cursus.',
    lessons: [
      'de-klik-in-geschreven-begeleiding',
      'sociale-nabijheid-en-ritme',
      'het-welkomstritueel',
      'het-beperkte-welkom',
      'privacy-en-een-veilig-platform',
      'ethische-normen',
      'onzekerheden-wegnemen',
      'vertrouwen-geven-en-zelfregie',
      'aansluiten-bij-je-client',
      'je-grenzen-kennen',
      'fase-2-online-begeleiden',
      'jouw-eigen-stijl',
    ],
  },
  {
    id: 'ribbers-waringa-2012',
    cite: 'Ribbers & Waringa (2012)',
    authors: 'Ribbers, A., & Waringa, A.',
    year: '2012',
    title: 'E-coaching: Handboek voor het nieuwe coachen',
    italicTitle: true,
    details: 'Amsterdam: Boom/Nelissen.',
    about:
      'Een handboek over e-coaching. Peters verwijst ernaar omdat het de taalstrategieën van Huls (2007) vertaalt naar online begeleiding, als hulpmiddel om sociale nabijheid te creëren.',
    lessons: ['sociale-nabijheid-en-ritme', 'aansluiten-bij-je-client'],
  },
  {
    id: 'trajectmatig',
    cite: 'Tekst over trajectmatige online begeleiding (z.d.)',
    authors: '',
    year: 'z.d.',
    title: 'Tekst over trajectmatige online begeleiding',
    italicTitle: false,
    descriptor: 'auteur onbekend; onderdeel van de cursusmaterialen',
    about:
      'Een korte tekst zonder vermelde auteur over trajectmatige online begeleiding: aandacht voor de relatie en voor het proces, en de drie fasen van een asynchroon traject. De uitwerking van de drie fasen in deze cursus is gangbare praktijk uit de e-coaching, geen letterlijke weergave van deze tekst.',
    lessons: [
      'aandacht-voor-de-relatie',
      'aandacht-voor-het-proces',
      'fase-1-intake-doelen-en-afspraken',
      'fase-2-online-begeleiden',
      'fase-3-afsluiten',
    ],
  },
];

/**
 * The reference as plain text in APA-like style, e.g. for a search index or a
 * copy button. The page renders the same parts with the title in italics.
 */
export function formatReference(source: Source): string {
  const title = source.descriptor ? `${source.title} [${source.descriptor}].` : `${source.title}.`;
  const details = source.details ? ` ${source.details}` : '';
  return source.authors
    ? `${source.authors} (${source.year}). ${title}${details}`
    : `${title} (${source.year}).${details}`;
}

/** The sources a lesson draws on, in the order of SOURCES. */
export function sourcesForLesson(slug: string): Source[] {
  return SOURCES.filter((source) => source.lessons.includes(slug));
}
