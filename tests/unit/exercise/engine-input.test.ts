import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { judge } from '../../../src/lib/feedback/index.ts';
import { loadExercises } from '../../../src/lib/exercises/load-node.ts';
import { buildJudgeInput, mergeFeedback, summarize } from '../../../src/lib/exercise/feedback.ts';
import { highlightSegments } from '../../../src/lib/exercise/highlight.ts';

/** The page logic together with the real engine, on the exercises of this checkout. */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const { exercises } = loadExercises(root);

describe('exercise page logic with the real engine', () => {
  it('finds exercises to work with', () => {
    expect(exercises.length).toBeGreaterThan(0);
  });

  it('gives one view per exercise criterion, in order, with the exercise hints', () => {
    for (const exercise of exercises) {
      const reply = exercise.draft ?? '';
      const views = mergeFeedback(exercise.criteria, judge(buildJudgeInput(exercise, reply)), reply.length);
      expect(views.map((v) => v.id)).toEqual(exercise.criteria.map((c) => c.id));
      for (const [i, v] of views.entries()) {
        expect(v.label).not.toBe(v.id);
        expect(v.hint).toBe(exercise.criteria[i]!.hint);
        for (const s of v.spans) expect(s.end).toBeLessThanOrEqual(reply.length);
      }
    }
  });

  it('turns the salutation met with the client name, and highlights it', () => {
    const exercise = exercises.find((e) => e.criteria.some((c) => c.id === 'salutation'));
    if (!exercise) return;
    const reply = `Beste ${exercise.client.name},\n\nHier volgt mijn reactie.`;
    const views = mergeFeedback(exercise.criteria, judge(buildJudgeInput(exercise, reply)), reply.length);
    const salutation = views.find((v) => v.id === 'salutation')!;
    expect(salutation.status).toBe('met');
    const marked = highlightSegments(reply, views, 'salutation').filter((s) => s.criteria.length);
    expect(marked.map((s) => s.text).join('')).toContain(exercise.client.name);
  });

  it('scores the model answer at least as well as the empty reply', () => {
    for (const exercise of exercises) {
      const score = (text: string) =>
        summarize(mergeFeedback(exercise.criteria, judge(buildJudgeInput(exercise, text)), text.length)).score;
      expect(score(exercise.modelAnswer)).toBeGreaterThanOrEqual(score(''));
    }
  });
});
