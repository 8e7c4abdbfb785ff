/**
 * What kind of page a search result is, from its path below the base path.
 * The layout writes it as the pagefind filter `soort` on every indexed page,
 * and the search page puts lessons and the glossary above exercises with it.
 */
export type SearchKind = 'les' | 'begrip' | 'oefening' | 'traject' | 'pagina';

export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  les: 'Les',
  begrip: 'Begrippenlijst',
  oefening: 'Oefening',
  traject: 'Traject',
  pagina: 'Pagina',
};

/** The pagefind filter that holds the kind. */
export const SEARCH_KIND_FILTER = 'soort';

/** `path` is relative to the base path or absolute with it (`/cursus/lessen/x/`), given `base`. */
export function searchKindOf(path: string, base = '/'): SearchKind {
  const rest = (path.startsWith(base) ? path.slice(base.length) : path).replace(/^\/+/, '');
  if (rest.startsWith('lessen/')) return 'les';
  if (rest.startsWith('begrippen/')) return 'begrip';
  if (rest.startsWith('oefeningen/') && rest !== 'oefeningen/') return 'oefening';
  if (rest.startsWith('trajecten/') && rest !== 'trajecten/') return 'traject';
  return 'pagina';
}
