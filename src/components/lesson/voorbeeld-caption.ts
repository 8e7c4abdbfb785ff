/**
 * The caption line of an example message (`<Voorbeeld>`), in plain TS so that it can be
 * tested without Astro. Weak and strong examples are labelled "Zwakkere versie" and
 * "Sterkere versie", the course's one house style (issue 16, item 7): a lesson's own title
 * says what the example is about, never "Vooraf"/"Achteraf".
 */
export type VoorbeeldWriter = 'coach' | 'client';
export type VoorbeeldKind = 'zwak' | 'sterk';

/** The label of a weak or strong example, or undefined for a plain message. */
export function voorbeeldKindLabel(soort: VoorbeeldKind | undefined): string | undefined {
  if (soort === 'zwak') return 'Zwakkere versie';
  if (soort === 'sterk') return 'Sterkere versie';
  return undefined;
}

/** "Zwakkere versie — bericht van coach Karim", or "Bericht van cliënt Marit". */
export function voorbeeldCaption(van: VoorbeeldWriter, naam: string, soort?: VoorbeeldKind): string {
  const writer = `${van === 'coach' ? 'coach' : 'cliënt'} ${naam}`;
  const kindLabel = voorbeeldKindLabel(soort);
  return kindLabel ? `${kindLabel} — bericht van ${writer}` : `Bericht van ${writer}`;
}
