// Builds the search index of the built site with pagefind's Node API. Only the
// content inside `data-pagefind-body` (the <main> of searchable pages, see
// BaseLayout) is indexed; pages without it are skipped. The pages say
// lang="nl", so pagefind uses its Dutch stemmer.
import * as pagefind from 'pagefind';
import { join } from 'node:path';

/** Pages that can be found: lessons, the glossary and the exercises. */
export const SEARCH_GLOB = '{lessen,begrippen,oefeningen}/**/*.html';

/**
 * @param {string} dist the built site
 * @returns {Promise<{ pages: number, outputPath: string }>}
 */
export async function buildSearchIndex(dist) {
  const outputPath = join(dist, 'pagefind');
  try {
    const { index, errors: createErrors } = await pagefind.createIndex({});
    if (!index) throw new Error(`pagefind could not create an index: ${createErrors.join('; ')}`);
    const added = await index.addDirectory({ path: dist, glob: SEARCH_GLOB });
    if (added.errors.length > 0) throw new Error(`pagefind could not index ${dist}: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error(`pagefind found no searchable page in ${dist}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`pagefind could not write its files: ${written.errors.join('; ')}`);
    return { pages: added.page_count, outputPath };
  } finally {
    await pagefind.close();
  }
}
