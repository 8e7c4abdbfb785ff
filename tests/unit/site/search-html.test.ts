import { describe, expect, it } from 'vitest';
import { blockText, ignoreRepeated, leafTexts, repeatedTexts, spaceBlocks } from '../../../scripts/lib/search-html.mjs';

/** The text pagefind would read: tags dropped without adding spaces (as it does for unknown elements). */
const glued = (html: string) => html.replace(/<[^>]*>/g, '');

describe('what the search index reads of a page', () => {
  it('keeps block boundaries as spaces, so words of two blocks are not glued', () => {
    const html =
      '<dl><dt>Emotie</dt><dd>en groeit de vertrouwensrelatie.</dd><dt>Grenzen benoemen</dt><dd>Vertrouwen groeit.</dd></dl>' +
      '<p><span>Herschrijven</span><span>Niveau: Gevorderd</span></p><span aria-hidden="true">?</span><h2>Reflectievragen</h2>';
    expect(glued(html)).toContain('vertrouwensrelatie.Grenzen');
    const text = glued(spaceBlocks(html)).replace(/\s+/g, ' ');
    expect(text).toContain('vertrouwensrelatie. Grenzen benoemen Vertrouwen');
    expect(text).toContain('Herschrijven Niveau');
    expect(text).toContain('? Reflectievragen');
  });

  it('leaves inline tags inside a word alone', () => {
    expect(glued(spaceBlocks('<p>spiegel<em>en</em> en <mark>klik</mark>ken</p>')).trim()).toBe('spiegelen en klikken');
  });

  it('finds the blocks that several exercise pages repeat, and only those', () => {
    const page = (own: string) =>
      `<main><p>${own}</p><details><summary>Waarom let de feedback hierop?</summary><dl><dt>Aanhef</dt>` +
      `<dd>Het welkomstritueel begint bij de aanhef.</dd></dl></details></main>`;
    const pages = [page('Lin speelt viool.'), page('Joris draait rondjes.'), page('Eva is somber.')];
    const repeated = repeatedTexts(pages);
    expect(repeated).toEqual(new Set(['waarom let de feedback hierop?', 'aanhef', 'het welkomstritueel begint bij de aanhef.']));
    const marked = ignoreRepeated(pages[0]!, repeated);
    expect(marked).toContain('<p>Lin speelt viool.</p>');
    expect(marked).toContain('<dd data-pagefind-ignore>Het welkomstritueel begint bij de aanhef.</dd>');
    expect(marked).toContain('<summary data-pagefind-ignore>');
  });

  it('compares blocks by their visible text', () => {
    expect(blockText('<strong>Persoonlijke</strong>\n  aanhef&nbsp;')).toBe('persoonlijke aanhef');
    expect([...leafTexts('<ul><li>Een</li><li>Een</li><li><b>Twee</b></li></ul>')]).toEqual(['een', 'twee']);
  });
});
