import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NEGATIVE_FEELINGS, POSITIVE_FEELINGS, EVALUATIVE } from '../../../src/lib/feedback/lexicon/emotions.ts';
import { CLIENT_ACTS, CLIENT_ACT_VERBS, PRAISE_ADJECTIVES } from '../../../src/lib/feedback/lexicon/appreciation.ts';
import { STOP_WORDS } from '../../../src/lib/feedback/text/stopwords.ts';

/**
 * The browser build may map @nlpjs/core to the small stand-in in
 * src/lib/feedback/text/nlpjs-core-lite.ts. The Dutch stemmer must then give
 * exactly the same stems as with the real package.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
type Stemmer = { stemWord(word: string): string };

async function liteStemmer(): Promise<new () => Stemmer> {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: { contents: "module.exports = require('@nlpjs/lang-nl/src/stemmer-nl.js');", resolveDir: ROOT },
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
    alias: { '@nlpjs/core': resolve(ROOT, 'src/lib/feedback/text/nlpjs-core-lite.ts') },
  });
  const code = result.outputFiles![0]!.text;
  expect(code).not.toContain('defaultContainer');
  const module = { exports: {} as unknown };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports as new () => Stemmer;
}

describe('stemmer with the @nlpjs/core stand-in', () => {
  it('gives the same stems as with the real @nlpjs/core', async () => {
    const Lite = await liteStemmer();
    const Real = createRequire(import.meta.url)('@nlpjs/lang-nl/src/stemmer-nl.js') as new () => Stemmer;
    const lite = new Lite();
    const real = new Real();
    const words = [
      ...NEGATIVE_FEELINGS, ...POSITIVE_FEELINGS, ...EVALUATIVE, ...CLIENT_ACTS, ...CLIENT_ACT_VERBS, ...PRAISE_ADJECTIVES, ...STOP_WORDS,
      'vastgelopen', 'vastlopen', 'onzekerheid', 'boodschappen', 'enveloppen', 'teleurstelling', 'zichtbaarheid', 'creatieve',
      'gehuild', 'afgestudeerden', 'kinderen', 'gesprekken', 'überhaupt', 'café', 'geïrriteerd', 'één', 'coöperatie', 'ideeën',
    ].filter((w) => !w.includes(' ') && !w.includes('\\'));
    expect(words.length).toBeGreaterThan(500);
    const different = words.filter((w) => lite.stemWord(w) !== real.stemWord(w));
    expect(different).toEqual([]);
  });
});
