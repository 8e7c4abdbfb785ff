import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTRACT_CRITERION_IDS, CRITERION_IDS } from '../../../src/lib/feedback/index.ts';
import { agreement, loadCases, percent, type LabelledCase } from '../../../scripts/lib/agreement.ts';

/**
 * The project's own corpus of labelled replies (tests/corpus/), written by
 * writers who never read the engine. `dev-*` files may be studied while
 * tuning; `test-*` files are only scored. Both carry a floor per criterion so
 * that a change that makes the engine judge worse fails here.
 */
const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../corpus');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const load = (prefix: string): LabelledCase[] => files.filter((f) => f.startsWith(prefix)).flatMap((f) => loadCases(resolve(DIR, f)));
const dev = load('dev-');
const test = load('test-');

/** Floors: the dev part is studied, so it must stay high; the test part is never tuned on. */
const FLOOR = { dev: 0.94, test: 0.88 } as const;

describe('corpus of labelled replies', () => {
  it('is large enough and well formed', () => {
    expect(dev.length + test.length).toBeGreaterThanOrEqual(300);
    expect(test.length).toBeGreaterThanOrEqual(100);
    const ids = [...dev, ...test].map((c) => c.id);
    expect(new Set(ids).size, 'duplicate case ids').toBe(ids.length);
    for (const c of [...dev, ...test]) {
      expect(c.reply.trim().length, c.id).toBeGreaterThan(0);
      for (const id of CONTRACT_CRITERION_IDS) expect(typeof c.expected[id], `${c.id}: label for ${id}`).toBe('boolean');
      for (const key of Object.keys(c.expected)) expect(CRITERION_IDS as readonly string[], `${c.id}: unknown criterion ${key}`).toContain(key);
    }
  });

  for (const [part, cases] of [['dev', dev], ['test', test]] as const) {
    it(`agrees with the human labels of the ${part} part on every criterion (at least ${FLOOR[part] * 100}%)`, () => {
      const rows = agreement(cases);
      const low = rows.filter((r) => r.agree / r.total < FLOOR[part]).map((r) => `${r.criterion} ${percent(r)}: ${r.misses.slice(0, 8).join('; ')}`);
      expect(low, low.join('\n')).toEqual([]);
    });
  }
});
