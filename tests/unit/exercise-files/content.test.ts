import { describe, expect, it } from 'vitest';
import { lessonSlugs, loadExercises } from '../../../src/lib/exercise-files/load-node.ts';
import { formatProblem } from '../../../src/lib/exercise-files/validate.ts';
import type { Exercise } from '../../../src/lib/exercise-files/schema.ts';
import { judge } from '../../../src/lib/feedback/index.ts';
import { buildJudgeInput } from '../../../src/lib/exercise-page/feedback.ts';

/**
 * Content checks for the exercises in `exercises/`: every file validates, the course
 * has enough practice per lesson, every model answer passes all of its own criteria
 * and every rewrite draft visibly falls short.
 */

const root = process.cwd();
const { exercises, problems } = loadExercises(root);
const slugs = lessonSlugs(root);

/** Lessons that need at least two exercises each. */
const PRACTICAL_LESSONS = [
  'het-welkomstritueel',
  'het-beperkte-welkom',
  'het-schrijfvak',
  'chat-en-e-mail',
  'je-of-u',
  'privacy-en-een-veilig-platform',
  'ethische-normen',
  'onzekerheden-wegnemen',
  'crisis-en-veiligheid',
  'vertrouwen-geven-en-zelfregie',
  'aansluiten-bij-je-client',
  'je-grenzen-kennen',
  'aandacht-voor-de-relatie',
  'aandacht-voor-het-proces',
  'fase-1-intake-doelen-en-afspraken',
  'fase-2-online-begeleiden',
  'fase-3-afsluiten',
] as const;

/** Lessons that need at least one exercise. */
const OTHER_LESSONS = ['de-klik-in-geschreven-begeleiding', 'sociale-nabijheid-en-ritme', 'jouw-eigen-stijl', 'zorg-voor-jezelf'] as const;

function judgeText(exercise: Exercise, reply: string) {
  return judge(buildJudgeInput(exercise, reply));
}

describe('exercise files', () => {
  it('validate without problems', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('are at least 24', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(24);
  });

  it('have unique ids', () => {
    const ids = exercises.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(PRACTICAL_LESSONS)('include at least two exercises for %s', (lesson) => {
    expect(exercises.filter((e) => e.lesson === lesson).length).toBeGreaterThanOrEqual(2);
  });

  it.each(OTHER_LESSONS)('include at least one exercise for %s', (lesson) => {
    expect(exercises.filter((e) => e.lesson === lesson).length).toBeGreaterThanOrEqual(1);
  });

  it('include every kind, with at least three intake-agreements', () => {
    const count = (kind: Exercise['kind']) => exercises.filter((e) => e.kind === kind).length;
    expect(count('rewrite')).toBeGreaterThan(0);
    expect(count('reply')).toBeGreaterThan(0);
    expect(count('intake-agreements')).toBeGreaterThanOrEqual(3);
  });

  it('include at least five exercises in the u-form', () => {
    expect(exercises.filter((e) => e.client.form === 'u').length).toBeGreaterThanOrEqual(5);
  });
});

describe.each(exercises.map((e) => [e.id, e] as const))('exercise %s', (id, exercise) => {
  it('belongs to an existing lesson', () => {
    expect(slugs.has(exercise.lesson), `${id}: onbekende les "${exercise.lesson}"`).toBe(true);
  });

  it('has 3 to 8 criteria', () => {
    expect(exercise.criteria.length).toBeGreaterThanOrEqual(3);
    expect(exercise.criteria.length).toBeLessThanOrEqual(8);
  });

  it('judges the form of address when the client is addressed with u', () => {
    if (exercise.client.form === 'u') expect(exercise.criteria.map((c) => c.id)).toContain('address-form');
    else expect(exercise.client.form).toBe('je');
  });

  it('has a model answer that meets all of its criteria', () => {
    const result = judgeText(exercise, exercise.modelAnswer);
    expect(result.criteria.map((c) => c.id).sort()).toEqual(exercise.criteria.map((c) => c.id).sort());
    const failures = result.criteria
      .filter((c) => c.status !== 'met')
      .map((c) => `${id}: modelAnswer, criterium ${c.id} is ${c.status}: ${c.message}`);
    expect(failures).toEqual([]);
  });
});

const rewrites = exercises.filter((e) => e.kind === 'rewrite');

describe.each(rewrites.map((e) => [e.id, e] as const))('rewrite exercise %s', (id, exercise) => {
  it('has a draft that misses at least two of its criteria', () => {
    const result = judgeText(exercise, exercise.draft ?? '');
    const missed = result.criteria.filter((c) => c.status !== 'met').map((c) => c.id);
    expect(missed.length, `${id}: draft mist alleen ${missed.join(', ') || 'niets'}`).toBeGreaterThanOrEqual(2);
  });
});
