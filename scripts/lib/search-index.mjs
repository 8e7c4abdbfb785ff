// Builds the search index of the built site with pagefind's Node API. Only the
// content inside `data-pagefind-body` (the <main> of searchable pages, see
// BaseLayout) is indexed; pages without it are skipped. The pages say
// lang="nl", so pagefind uses its Dutch stemmer. Each page's HTML is prepared
// first (see search-html.mjs): block boundaries as spaces, and the text every
// exercise page (or every trajectory page) repeats left out.
import * as pagefind from 'pagefind';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ignoreRepeated, repeatedTexts, spaceBlocks } from './search-html.mjs';

/** Folders whose pages can be found: lessons, the glossary, the exercises and the trajectories. */
export const SEARCH_FOLDERS = ['lessen', 'begrippen', 'oefeningen', 'trajecten'];
/**
 * The exercise overview lists every exercise's title and labels; the exercises
 * themselves are indexed, so the overview would only repeat them.
 */
const NOT_INDEXED = new Set(['oefeningen/index.html', 'trajecten/index.html']);
/** Practice pages: text that the pages of one folder all repeat is boilerplate, not content. */
const PRACTICE = ['oefeningen/', 'trajecten/'];

/** The HTML files under `dir`, as paths relative to `root` with forward slashes. */
function htmlFiles(root, dir) {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(root, path);
    return entry.name.endsWith('.html') ? [relative(root, join(root, path)).split(sep).join('/')] : [];
  });
}

/** The pages to index, with their HTML prepared for pagefind. */
export function searchablePages(dist) {
  const pages = SEARCH_FOLDERS.flatMap((folder) => htmlFiles(dist, folder))
    .filter((path) => !NOT_INDEXED.has(path))
    .map((path) => ({ path, html: readFileSync(join(dist, path), 'utf8') }));
  const repeated = new Map(
    PRACTICE.map((folder) => [folder, repeatedTexts(pages.filter((p) => p.path.startsWith(folder)).map((p) => p.html))]),
  );
  return pages.map(({ path, html }) => {
    const folder = PRACTICE.find((f) => path.startsWith(f));
    return { path, html: spaceBlocks(folder ? ignoreRepeated(html, repeated.get(folder)) : html) };
  });
}

/**
 * @param {string} dist the built site
 * @returns {Promise<{ pages: number, outputPath: string }>}
 */
export async function buildSearchIndex(dist) {
  const outputPath = join(dist, 'pagefind');
  try {
    // Decorative icons (aria-hidden) are no content either.
    const { index, errors: createErrors } = await pagefind.createIndex({ excludeSelectors: ['[aria-hidden="true"]'] });
    if (!index) throw new Error(`pagefind could not create an index: ${createErrors.join('; ')}`);
    let count = 0;
    for (const { path, html } of searchablePages(dist)) {
      const added = await index.addHTMLFile({ sourcePath: path, content: html });
      if (added.errors.length > 0) throw new Error(`pagefind could not index ${path}: ${added.errors.join('; ')}`);
      if (added.file) count += 1;
    }
    if (count === 0) throw new Error(`pagefind found no searchable page in ${dist}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`pagefind could not write its files: ${written.errors.join('; ')}`);
    return { pages: count, outputPath };
  } finally {
    await pagefind.close();
  }
}
