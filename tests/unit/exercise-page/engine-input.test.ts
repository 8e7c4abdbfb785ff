import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { judge } from '../../../src/lib/feedback/index.ts';
import { loadExercises } from '../../../src/lib/exercise-files/load-node.ts';
import { exerciseSchema, type Exercise } from '../../../src/lib/exercise-files/schema.ts';
import { buildJudgeInput, mergeFeedback, summarize } from '../../../src/lib/exercise-page/feedback.ts';
import { highlightSegments } from '../../../src/lib/exercise-page/highlight.ts';

/** The page logic together with the real engine, on the exercises of this checkout. */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const { exercises } = loadExercises(root);
const byId = exercises.map((exercise) => [exercise.id, exercise] as const);

/** An exercise written for this test, so it does not depend on the course's content. */
const sanne: Exercise = exerciseSchema.parse({
  id: 'test-sanne',
  title: 'Eerste reactie aan Sanne',
  lesson: 'het-welkomstritueel',
  kind: 'reply',
  channel: 'platform',
  situation: 'Sanne schrijft voor het eerst.',
  client: { name: 'Sanne', message: 'Ik weet niet waar ik moet beginnen.' },
  coach: { name: 'Marloes' },
  task: 'Schrijf een eerste reactie.',
  criteria: ['salutation', { id: 'closing', hint: 'Sluit af met je naam.' }],
  modelAnswer: 'Beste Sanne,\n\nFijn dat je schrijft.\n\nHartelijke groet,\nMarloes',
  reflection: 'Wat viel je op?',
});

describe('exercise page logic with the real engine', () => {
  it.each(byId)('%s: one view per criterion, in order, with its label and hint', (_id, exercise) => {
    const reply = exercise.draft ?? '';
    const views = mergeFeedback(exercise.criteria, judge(buildJudgeInput(exercise, reply)));
    expect(views.map((v) => v.id)).toEqual(exercise.criteria.map((c) => c.id));
    for (const [i, v] of views.entries()) {
      expect(v.label).not.toBe(v.id);
      expect(v.hint).toBe(exercise.criteria[i]!.hint);
    }
  });

  it.each(byId)('%s: the model answer scores at least as well as the empty reply', (_id, exercise) => {
    const score = (text: string) => summarize(mergeFeedback(exercise.criteria, judge(buildJudgeInput(exercise, text)))).score;
    expect(score(exercise.modelAnswer)).toBeGreaterThan(score(''));
  });

  it('turns the salutation met with the client name, and highlights it', () => {
    const reply = 'Beste Sanne,\n\nHier volgt mijn reactie.';
    const views = mergeFeedback(sanne.criteria, judge(buildJudgeInput(sanne, reply)));
    expect(views.map((v) => [v.id, v.status])).toEqual([
      ['salutation', 'met'],
      ['closing', 'missing'],
    ]);
    expect(views[1]!.hint).toBe('Sluit af met je naam.');
    const marked = highlightSegments(reply, views, 'salutation').filter((s) => s.criteria.length);
    expect(marked.map((s) => s.text).join('')).toContain('Sanne');
  });
});
