import type { Criterion, JudgeInput } from './types.ts';
import type { CriterionId } from './ids.ts';
import { prepareJudgeWith, type Judge } from './judge.ts';

/**
 * For the browser: loads only the criteria an exercise or step uses (each
 * criterion module is its own chunk, named after its id), then prepares a
 * judge. Node code (the command line, tests) uses `prepareJudge` from
 * `index.ts`, which has every criterion at hand.
 */
const modules = import.meta.glob<{ default: Criterion }>('./criteria/*.ts');

export async function loadJudge(input: Omit<JudgeInput, 'reply'> & { criteria: readonly CriterionId[] }): Promise<Judge> {
  const criteria = await Promise.all(
    input.criteria.map(async (id) => {
      const load = modules[`./criteria/${id}.ts`];
      if (!load) throw new Error(`Onbekend criterium: ${id}`);
      return (await load()).default;
    }),
  );
  return prepareJudgeWith(criteria, input);
}
