/**
 * The course's main sections, in the header of every page (`nav[data-site-nav]`).
 * `path` is relative to the base path; `matches` says which site paths belong
 * to a section, so the section of the page shown is marked current.
 */
export interface SiteSection {
  path: string;
  label: string;
  /** Site paths (relative to the base, no leading slash) that belong to this section. */
  matches: (path: string) => boolean;
}

export const SITE_SECTIONS: readonly SiteSection[] = [
  { path: '', label: 'Lessen', matches: (p) => p === '' || p.startsWith('lessen/') },
  { path: 'oefeningen/', label: 'Oefeningen', matches: (p) => p.startsWith('oefeningen/') },
  { path: 'trajecten/', label: 'Trajecten', matches: (p) => p.startsWith('trajecten/') },
  { path: 'begrippen/', label: 'Begrippen', matches: (p) => p.startsWith('begrippen/') },
  { path: 'bronnen/', label: 'Bronnen', matches: (p) => p.startsWith('bronnen/') },
  { path: 'voortgang/', label: 'Voortgang', matches: (p) => p.startsWith('voortgang/') },
  { path: 'zoeken/', label: 'Zoeken', matches: (p) => p.startsWith('zoeken/') },
];

/** The section a page belongs to; `pathname` is absolute, with the base path. */
export function currentSection(pathname: string, base: string): SiteSection | undefined {
  const normalBase = base.endsWith('/') ? base : `${base}/`;
  const path = pathname.startsWith(normalBase) ? pathname.slice(normalBase.length) : pathname.replace(/^\/+/, '');
  return SITE_SECTIONS.find((s) => s.matches(path));
}
