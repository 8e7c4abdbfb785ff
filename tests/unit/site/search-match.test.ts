import { describe, expect, it } from 'vitest';
import { isRealMatch, queryTerms, wordFits } from '../../../src/components/search/match.ts';

describe('telling a real search match from pagefind’s stand-in prefix', () => {
  it('rejects the single letters that stood in for unrelated words', () => {
    // What pagefind marked for the queries of the issue, before the fix.
    expect(isRealMatch('zzzqqq', 'De belangrijkste begrippen van A tot Z. Bij elk begrip', [6])).toBe(false);
    expect(isRealMatch('aardappel', 'De belangrijkste begrippen van A tot Z. Bij elk begrip', [4])).toBe(false);
    expect(isRealMatch('blablabla', 'Met vriendelijke groet, B. Jansen Praktijk Horizon', [3])).toBe(false);
  });

  it('accepts the word itself, a half-typed word and other forms of it', () => {
    const content = 'Bij spiegelen neem je woorden over. Gevoelens benoemen helpt.';
    expect(isRealMatch('spiegelen', content, [1])).toBe(true);
    expect(isRealMatch('spieg', content, [1])).toBe(true);
    expect(isRealMatch('gespiegeld', content, [1])).toBe(true);
    expect(isRealMatch('Gevoel', content, [6])).toBe(true);
    expect(isRealMatch('cliënt', 'de client schrijft', [1])).toBe(true);
  });

  it('needs every word of a longer query to be matched', () => {
    const content = 'Welkom in de cursus, van A tot Z.';
    expect(isRealMatch('welkom', content, [0])).toBe(true);
    expect(isRealMatch('welkom zzzqqq', content, [0, 7])).toBe(false);
  });

  it('treats an empty or punctuation-only query as no match', () => {
    expect(queryTerms(' … ? ')).toEqual([]);
    expect(isRealMatch('?!', 'Waarom?', [0])).toBe(false);
  });

  it('lets a short query match the words it starts', () => {
    expect(wordFits('je', 'je')).toBe(true);
    expect(wordFits('ab', 'a')).toBe(false);
    expect(wordFits('a', 'aandacht')).toBe(true);
  });
});

import { searchKindOf } from '../../../src/lib/site/search-kind.ts';

describe('the kind of a search result', () => {
  it('follows the path, with or without a base path', () => {
    expect(searchKindOf('/lessen/het-welkomstritueel/')).toBe('les');
    expect(searchKindOf('/cursus/begrippen/', '/cursus/')).toBe('begrip');
    expect(searchKindOf('/cursus/oefeningen/welkom-chat-lin/', '/cursus/')).toBe('oefening');
    expect(searchKindOf('/oefeningen/')).toBe('pagina');
    expect(searchKindOf('/over/')).toBe('pagina');
  });
});
