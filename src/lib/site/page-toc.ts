/**
 * The on-page table of contents of a lesson ("Op deze pagina"), built from the
 * lesson's own h2 and h3 headings. Short lessons get none: a list of two
 * sections only repeats what is already in view.
 */

/** A heading as Astro's render() reports it. */
export interface PageHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface PageTocEntry {
  slug: string;
  text: string;
  children: { slug: string; text: string }[];
}

/** Fewer h2 sections than this, and the lesson gets no on-page table of contents. */
export const MIN_SECTIONS = 3;

/**
 * h2 headings with their h3 headings nested; an h3 before the first h2 is left out
 * (it has no section to belong to). Empty when there are fewer than `minSections` h2s.
 */
export function pageToc(headings: readonly PageHeading[], minSections = MIN_SECTIONS): PageTocEntry[] {
  const entries: PageTocEntry[] = [];
  for (const h of headings) {
    const text = h.text.trim();
    if (!text || !h.slug) continue;
    if (h.depth === 2) entries.push({ slug: h.slug, text, children: [] });
    else if (h.depth === 3) entries.at(-1)?.children.push({ slug: h.slug, text });
  }
  return entries.length >= minSections ? entries : [];
}
