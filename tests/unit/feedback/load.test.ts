import { describe, expect, it } from 'vitest';
import { loadJudge } from '../../../src/lib/feedback/load.ts';
import { prepareJudge, CRITERION_IDS } from '../../../src/lib/feedback/index.ts';

describe('loading only the criteria a page needs', () => {
  const input = { clientMessage: 'Ik ben zo moe en weet niet waar ik moet beginnen.', clientName: 'Sanne', coachName: 'Marloes', form: 'je' as const };
  const reply = 'Beste Sanne,\n\nWat knap dat je schrijft. Je bent moe, lees ik. Waar wil je beginnen?\n\nHartelijke groet,\nMarloes';

  it('judges exactly like the engine with every criterion at hand', async () => {
    const judge = await loadJudge({ ...input, criteria: ['emotion', 'choice', 'closing'] });
    expect(judge(reply)).toEqual(prepareJudge({ ...input, criteria: ['emotion', 'choice', 'closing'] })(reply));
  });

  it('finds the module of every criterion by its id', async () => {
    const judge = await loadJudge({ ...input, criteria: [...CRITERION_IDS] });
    expect(judge(reply).criteria.map((c) => c.id)).toEqual([...CRITERION_IDS]);
  });

  it('in steps (for a slow phone) pauses between the criteria and judges exactly the same', async () => {
    let pauses = 0;
    const criteria = ['emotion', 'choice', 'closing'] as const;
    const judge = await loadJudge({ ...input, criteria }, { pause: async () => void pauses++ });
    expect(pauses).toBe(criteria.length + 3);
    expect(judge(reply)).toEqual(prepareJudge({ ...input, criteria: [...criteria] })(reply));
  });

  it('refuses an unknown criterion', async () => {
    await expect(loadJudge({ ...input, criteria: ['nonsense' as never] })).rejects.toThrow('Onbekend criterium');
  });
});
