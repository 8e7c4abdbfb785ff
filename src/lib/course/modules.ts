/**
 * The modules of the course, in reading order. A lesson names its module by id in
 * its front matter; the table of contents, the overview and the progress page all
 * read this list.
 */
export const MODULES = [
  { id: 'introductie', title: 'Introductie — de klik in geschreven begeleiding' },
  { id: 'welkom', title: 'Welkom' },
  { id: 'schrijven', title: 'Schrijven als vak' },
  { id: 'veilig', title: 'Veilig voelen' },
  { id: 'vertrouwen', title: 'Vertrouwen' },
  { id: 'relatie-en-proces', title: 'Aandacht voor relatie en proces' },
  { id: 'fasen', title: 'De drie fasen van een traject' },
  { id: 'tot-slot', title: 'Tot slot — jouw eigen stijl' },
] as const;

export type ModuleId = (typeof MODULES)[number]['id'];

export const MODULE_IDS = MODULES.map((m) => m.id) as [ModuleId, ...ModuleId[]];

export function moduleTitle(id: string): string {
  return MODULES.find((m) => m.id === id)?.title ?? id;
}
