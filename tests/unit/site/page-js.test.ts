import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageJs } from '../../../scripts/lib/page-js.ts';

/**
 * `npm run bench` reports the JavaScript an exercise or trajectory page can load
 * while a trainee uses it (target ≤ 70 KB gzip). A small built site shaped like
 * Vite's output: the figure counts what loads after an action (the model answer)
 * and the criteria the page uses, and leaves out the criteria it never loads.
 */
let dist: string;

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'klik-page-js-'));
  const file = (path: string, text: string) => {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), text);
  };
  file(
    'oefeningen/x/index.html',
    '<script type="module" src="/_astro/page.aaaaaaaa.js"></script><astro-island component-url="/_astro/Island.bbbbbbbb.js" renderer-url="/_astro/client.cccccccc.js"></astro-island>',
  );
  file('_astro/page.aaaaaaaa.js', 'console.log(1);');
  file('_astro/client.cccccccc.js', 'import{a as b}from"./runtime.dddddddd.js";b();');
  file('_astro/runtime.dddddddd.js', 'export const a=()=>1;');
  file(
    '_astro/Island.bbbbbbbb.js',
    'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/Model.eeeeeeee.js","_astro/lexicon.ffffffff.js","_astro/Model.css"])))=>i.map(i=>d[i]);' +
      'import{a}from"./runtime.dddddddd.js";import{e}from"./feedback.gggggggg.js";' +
      'const show=()=>p(()=>import(`./Model.eeeeeeee.js`),__vite__mapDeps([0,2]));',
  );
  file('_astro/Model.eeeeeeee.js', 'export default 1;');
  file(
    '_astro/feedback.gggggggg.js',
    'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/lexicon.ffffffff.js"])))=>i.map(i=>d[i]);' +
      'const m={"./criteria/emotion.ts":()=>e(()=>import(`./emotion.hhhhhhhh.js`),__vite__mapDeps([0])),"./criteria/tone.ts":()=>e(()=>import(`./tone.iiiiiiii.js`),[])};export{m as e};',
  );
  file('_astro/emotion.hhhhhhhh.js', 'import{l}from"./lexicon.ffffffff.js";export default l;');
  file('_astro/lexicon.ffffffff.js', `export const l=\`${'woord.'.repeat(50)}\`;`);
  file('_astro/tone.iiiiiiii.js', `export default \`${'toon.'.repeat(50)}\`;`);
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('pageJs: every file a page can load while it is used', () => {
  it('counts the files loaded at start, after an action, and the criteria the page uses', () => {
    const js = pageJs(dist, '/', 'oefeningen/x/', ['emotion']);
    const via = Object.fromEntries(js.files.map((f) => [f.file.replace(/^_astro\//, ''), f.via]));
    expect(via).toEqual({
      'page.aaaaaaaa.js': 'page',
      'Island.bbbbbbbb.js': 'page',
      'client.cccccccc.js': 'page',
      'runtime.dddddddd.js': 'static',
      'feedback.gggggggg.js': 'static',
      'Model.eeeeeeee.js': 'dynamic',
      'emotion.hhhhhhhh.js': 'dynamic',
      'lexicon.ffffffff.js': 'dynamic',
    });
    const sum = (files: typeof js.files) => files.reduce((n, f) => n + f.gzip, 0);
    expect(js.all).toBe(sum(js.files));
    expect(js.start).toBe(sum(js.files.filter((f) => f.via !== 'dynamic')));
    expect(js.all).toBeGreaterThan(js.start);
  });

  it('leaves out a criterion the page never loads, and counts it when the page uses it', () => {
    const without = pageJs(dist, '/', 'oefeningen/x/', ['emotion']);
    const withTone = pageJs(dist, '/', 'oefeningen/x/', ['emotion', 'tone']);
    expect(without.files.map((f) => f.file)).not.toContain('_astro/tone.iiiiiiii.js');
    expect(withTone.files.map((f) => f.file)).toContain('_astro/tone.iiiiiiii.js');
    expect(withTone.all).toBeGreaterThan(without.all);
  });

  it('counts a chunk that holds several criteria when the page uses any one of them', () => {
    writeFileSync(
      join(dist, '_astro/feedback.gggggggg.js'),
      'const m={"./criteria/emotion.ts":()=>e(()=>import(`./both.jjjjjjjj.js`),[]),"./criteria/tone.ts":()=>e(()=>import(`./both.jjjjjjjj.js`),[])};export{m as e};',
    );
    writeFileSync(join(dist, '_astro/both.jjjjjjjj.js'), `export default \`${'beide.'.repeat(50)}\`;`);
    expect(pageJs(dist, '/', 'oefeningen/x/', ['tone']).files.map((f) => f.file)).toContain('_astro/both.jjjjjjjj.js');
    expect(pageJs(dist, '/', 'oefeningen/x/', []).files.map((f) => f.file)).not.toContain('_astro/both.jjjjjjjj.js');
  });
});
