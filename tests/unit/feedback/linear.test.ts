import { describe, expect, it } from 'vitest';
import { judge, CRITERION_IDS } from '../../../src/lib/feedback/index.ts';

/**
 * Time grows linearly with the text, even for the inputs that once froze the
 * page (a trigger word repeated tens of thousands of times). Measured as a
 * ratio between a text and one ten times as long, so a slow machine does not
 * matter; the absolute figures are in `npm run bench`.
 */
const WORST = ['knap ', 'je moet ', 'Wat knap dat je ', 'bang ', 'zie bijlage ', '? ', 'haha knap, ', 'Hoe? ', 'stress, ', 'kwam vast echt nog hard '];

/** The fastest of five runs: the machine's other work only ever adds time, so the minimum is the engine's own cost. */
function fastestTime(reply: string): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    judge({ reply, clientMessage: reply.slice(0, 2000), criteria: [...CRITERION_IDS] });
    times.push(performance.now() - started);
  }
  return Math.min(...times);
}

describe('engine time on long inputs', () => {
  for (const unit of WORST) {
    it(`grows linearly for ${JSON.stringify(unit)} repeated (100k chars at most 12 × 10k chars)`, () => {
      const ten = unit.repeat(Math.ceil(10_000 / unit.length));
      const hundred = unit.repeat(Math.ceil(100_000 / unit.length));
      fastestTime(ten); // warm up
      // The shorter time has a floor of 2 ms, so that a pause of the shared machine is not read as growth.
      const ratio = fastestTime(hundred) / Math.max(fastestTime(ten), 2);
      expect(ratio).toBeLessThan(12);
    });
  }

  // The client's message is read too (how the client says they feel): a long one stays linear as well.
  for (const unit of ['ik ben opgelucht, maar ik voel me ook bang. ', 'het viel mee, maar mijn vader is ziek en ik mis hem. ']) {
    it(`grows linearly for a client message of ${JSON.stringify(unit)} repeated`, () => {
      const time = (client: string) => {
        const times: number[] = [];
        for (let i = 0; i < 5; i++) {
          const started = performance.now();
          judge({ reply: 'Beste Sanne,\n\nWat moet dat zwaar voor je zijn. Ik lees veel verdriet.', clientMessage: client, criteria: [...CRITERION_IDS] });
          times.push(performance.now() - started);
        }
        return Math.min(...times);
      };
      const ten = unit.repeat(Math.ceil(10_000 / unit.length));
      const hundred = unit.repeat(Math.ceil(100_000 / unit.length));
      time(ten);
      expect(time(hundred) / Math.max(time(ten), 2)).toBeLessThan(12);
    });
  }

  it('says when only the beginning and end of a very long text were read', () => {
    const result = judge({ reply: `Beste Sanne,\n\n${'Dit is een zin. '.repeat(5000)}\n\nHartelijke groet,\nMarloes`, coachName: 'Marloes', criteria: ['salutation', 'closing'] });
    expect(result.criteria[0]!.message).toContain('begin en het einde');
    expect(result.criteria.map((c) => c.status)).toEqual(['met', 'met']);
  });
});
