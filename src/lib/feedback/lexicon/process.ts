/**
 * Asking how the client experiences the process, the form and the way of
 * working ("Aandacht voor het proces"), so that difficulties, resistance and
 * irritation do not stay unnoticed in written contact.
 */

/** Words that ask about an experience: "hoe ervaar je", "bevalt het", "hoe is het voor je". */
export const EXPERIENCE: readonly string[] = [
  'erva{1,2}r\\w*', 'ervaring\\w*', 'hoe\\s+(?:klinkt|klinken)', 'overk(?:o|wa)m\\w*', 'landen', 'aankomen', 'aankomt', 'beval\\w*', 'hoe\\s+(?:vind|vindt|voel|voelt|is|was|gaat|ging|werkt|bevalt)\\w*',
  '(?:vind|vindt)\\s+(?:je|jij|u)\\s+(?:het|dit|dat)', 'is\\s+het\\s+voor\\s+(?:je|jou|u)', 'voor\\s+(?:je|jou|u)\\s+is',
  'prettig\\w*', 'fijn\\w*', 'comfortabel', 'werkt\\s+(?:het|dit|dat|deze)', 'past\\s+(?:het|dit|deze|die|dat)',
  'tevreden', 'wat\\s+(?:vind|vindt)\\s+(?:je|jij|u)\\s+van', 'lukt\\s+het\\s+(?:je|u)?\\s*(?:om\\s+)?(?:zo|op\\s+deze)',
  'voelt\\s+(?:het|dit|dat)', 'hoe\\s+(?:kijk|kijkt)\\s+(?:je|jij|u)\\s+(?:aan\\s+)?tegen', 'gaat\\s+het\\s+(?:je|u)\\s+af',
  'zou\\s+(?:je|u)\\s+(?:iets|het)\\s+anders\\s+willen', 'wil\\w*\\s+(?:je|u)\\s+(?:iets|het)\\s+anders',
];

/** Words about the contact, the form or the way of working. */
export const PROCESS: readonly string[] = [
  'op\\s+deze\\s+manier', 'deze\\s+manier', 'zo\\s+via', 'via\\s+(?:de\\s+|het\\s+|een\\s+)?(?:mail|e-mail|email|chat|platform|app|computer|internet|berichten|schrijven|tekst)',
  'per\\s+(?:mail|e-mail|email|chat|bericht)', 'schriftelijk\\w*', '(?:op\\s+te\\s+|te\\s+|op)?schrijven', 'opschrijven', 'op\\s+papier',
  '(?:te\\s+)?mailen', '(?:te\\s+)?chatten', '(?:ons|dit|ons\\s+eerste)\\s+contact', 'het\\s+contact(?!\\s+met\\s+(?!mij|me|ons)\\p{L})', 'samenwerking', 'samenwerken', 'werkwijze',
  'manier\\s+van\\s+werken', '(?:het|dit|ons|je|uw)\\s+traject', '(?:deze|onze|mijn)\\s+(?:begeleiding|coaching)', 'de\\s+(?:begeleiding|coaching)(?!\\s+(?:van|op|bij|door)\\s)',
  '(?:de|deze)\\s+vorm', 'het\\s+tempo', '(?:de|deze|mijn|onze)\\s+opdracht(?:en)?', 'met\\s+opdrachten', 'met\\s+(?:mij|me|elkaar)',
  'mijn\\s+(?:reacties|berichten|vragen|manier)', '(?:de|het)\\s+(?:frequentie|ritme)', 'begeleid\\s+te\\s+worden', 'e-coaching', '(?:deze|onze|zulke|die|de)\\s+(?:werk)?afspraken', '(?:zonder|met|in)\\s+ons\\s+contact',
  'online\\s+(?:begeleiding|coaching|contact)', 'zo\\s+met\\s+een\\s+coach', 'met\\s+een\\s+coach'
];

/** Indirect questions: "Ik ben benieuwd hoe…", "Laat je me weten hoe…". */
export const INDIRECT = '(?:benieuwd|hoor\\s+(?:graag|het\\s+graag)|laat\\s+(?:je\\s+|u\\s+)?(?:me|mij)\\s+(?:gerust\\s+|maar\\s+)?weten|vertel\\s+(?:me\\s+)?(?:gerust\\s+)?(?:eens\\s+)?)\\s*(?:naar\\s+)?(?:hoe|wat|of)';
