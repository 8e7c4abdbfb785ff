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

/** A short reply that passes through most of the analysis and the criteria's word lists. */
const SAMPLE =
  'Beste Sanne,\n\nWat knap dat je dit zo open opschrijft. Ik lees dat je je onzeker voelt en slecht slaapt; dat klinkt zwaar. ' +
  'Klopt het dat je moet doorzetten van je leidinggevende? Waar wil je mee beginnen: je slaap of je werk? ' +
  'Hoe ervaar je het om zo te schrijven? Ik reageer binnen twee werkdagen.\n\nHartelijke groet,\nMarloes';

export interface LoadOptions {
  /**
   * Called between steps; when given, loading is split into short tasks (the
   * page passes a function that yields to the browser): the criteria, the
   * analysis warmed on a short text, the client's message, then each
   * criterion warmed on its own, so that no step blocks a slow phone for long.
   */
  pause?: () => Promise<void>;
}

export async function loadJudge(input: Omit<JudgeInput, 'reply'> & { criteria: readonly CriterionId[] }, options: LoadOptions = {}): Promise<Judge> {
  const criteria = await Promise.all(
    input.criteria.map(async (id) => {
      const load = modules[`./criteria/${id}.ts`];
      if (!load) throw new Error(`Onbekend criterium: ${id}`);
      return (await load()).default;
    }),
  );
  const { pause } = options;
  if (!pause) return prepareJudgeWith(criteria, input);
  await pause();
  // The analysis's first run (and its word lists) on a short text, without the client's message.
  const bare = { ...input, clientMessage: '' };
  prepareJudgeWith([], bare)(SAMPLE);
  await pause();
  const judge = prepareJudgeWith(criteria, input);
  for (const criterion of criteria) {
    await pause();
    prepareJudgeWith([criterion], bare)(SAMPLE);
  }
  await pause();
  return judge;
}
