// What the search index reads of a built page, prepared before pagefind sees it.
//
// 1. Block boundaries become spaces. Astro writes its HTML without whitespace
//    between elements, and pagefind joins the text of two adjacent blocks
//    without a space unless it knows the element, so a list of criteria came out
//    as "vertrouwensrelatie.Grenzen benoemenVertrouwen". A space around every
//    block-level tag keeps the words apart, and so does a space between an end
//    tag and a start tag that follow each other ("<span>Herschrijven</span>
//    <span>Niveau"). Inline tags next to text (a, em, mark) are left alone,
//    because they may sit inside a word.
// 2. Text that the exercise pages all repeat (the criteria's "why" texts, the
//    loading note, the privacy line) is not indexed: it made every exercise
//    match a concept word that only its boilerplate contains. A block is
//    boilerplate when its text appears on `minPages` or more exercise pages.

const BLOCK_TAGS =
  'address|article|aside|blockquote|br|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul';
const BLOCK_TAG = new RegExp(`(</?(?:${BLOCK_TAGS})(?:\\s[^>]*)?/?>)`, 'gi');

/** Puts a space around every block-level tag, and between an end tag and the start tag after it. */
export function spaceBlocks(html) {
  return html.replace(BLOCK_TAG, ' $1 ').replace(/(<\/[a-z][a-z0-9-]*>)(?=<[a-z])/gi, '$1 ');
}

/** Elements whose text is one block a reader sees: the unit that can be boilerplate. */
const LEAF = /<(p|li|dd|dt|summary|h[2-6]|figcaption)(\s[^>]*)?>([\s\S]*?)<\/\1>/gi;

/** The visible text of an HTML fragment, whitespace collapsed, for comparing blocks. */
export function blockText(fragment) {
  return fragment
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The texts of the leaf blocks of a page (each once). */
export function leafTexts(html) {
  const texts = new Set();
  for (const match of html.matchAll(LEAF)) {
    const text = blockText(match[3] ?? '');
    if (text) texts.add(text);
  }
  return texts;
}

/** Texts of leaf blocks that appear on at least `minPages` of the given pages. */
export function repeatedTexts(pages, minPages = 2) {
  const counts = new Map();
  for (const html of pages) {
    for (const text of leafTexts(html)) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= minPages).map(([text]) => text));
}

/** Marks the leaf blocks whose text is in `repeated` with data-pagefind-ignore. */
export function ignoreRepeated(html, repeated) {
  if (repeated.size === 0) return html;
  return html.replace(LEAF, (whole, tag, attrs = '', inner) => {
    if (!repeated.has(blockText(inner)) || /data-pagefind-ignore/.test(attrs)) return whole;
    return `<${tag}${attrs} data-pagefind-ignore>${inner}</${tag}>`;
  });
}
