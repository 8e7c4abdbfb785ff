import { describe, expect, it } from 'vitest';
import { pageToc } from '../../../src/lib/site/page-toc.ts';

const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase().replaceAll(' ', '-') });

describe('the on-page table of contents of a lesson', () => {
  it('nests h3 sections under their h2 and leaves out other levels', () => {
    const toc = pageToc([h(2, 'Waarom'), h(3, 'Online'), h(4, 'Detail'), h(2, 'Hoe'), h(2, 'Samengevat'), h(3, 'Kern')]);
    expect(toc).toEqual([
      { slug: 'waarom', text: 'Waarom', children: [{ slug: 'online', text: 'Online' }] },
      { slug: 'hoe', text: 'Hoe', children: [] },
      { slug: 'samengevat', text: 'Samengevat', children: [{ slug: 'kern', text: 'Kern' }] },
    ]);
  });

  it('gives a short lesson none', () => {
    expect(pageToc([h(2, 'Een'), h(3, 'Sub'), h(2, 'Twee')])).toEqual([]);
  });

  it('drops an h3 before the first h2 and headings without text', () => {
    const toc = pageToc([h(3, 'Los'), h(2, 'A'), { depth: 2, slug: 'leeg', text: '  ' }, h(2, 'B'), h(2, 'C')]);
    expect(toc.map((e) => e.slug)).toEqual(['a', 'b', 'c']);
    expect(toc[0]!.children).toEqual([]);
  });
});
