import { describe, expect, it } from 'vitest';
import {
  announcementFor,
  buildJudgeInput,
  cleanSpans,
  mergeFeedback,
  spansAreProblems,
  statusesOf,
  summarize,
  summarySentence,
} from '../../../src/lib/exercise/feedback.ts';
import type { EngineResult, IslandExercise } from '../../../src/lib/exercise/types.ts';

const exercise: Pick<IslandExercise, 'client' | 'coach' | 'criteria'> = {
  client: { name: 'Sanne', message: 'Ik weet niet waar ik moet beginnen.', form: 'je' },
  coach: { name: 'Marloes' },
  criteria: [
    { id: 'salutation', weight: 1 },
    { id: 'mirroring', weight: 2, hint: 'Gebruik de woorden van Sanne.' },
    { id: 'closing', weight: 1 },
  ],
};

describe('buildJudgeInput', () => {
  it('passes the client, the coach, the form and the criteria ids', () => {
    expect(buildJudgeInput(exercise, 'Beste Sanne,')).toEqual({
      reply: 'Beste Sanne,',
      clientMessage: 'Ik weet niet waar ik moet beginnen.',
      clientName: 'Sanne',
      coachName: 'Marloes',
      form: 'je',
      criteria: ['salutation', 'mirroring', 'closing'],
    });
  });

  it('keeps the u-form', () => {
    const u = { ...exercise, client: { ...exercise.client, form: 'u' as const } };
    expect(buildJudgeInput(u, '').form).toBe('u');
  });
});

describe('mergeFeedback', () => {
  const result: EngineResult = {
    criteria: [
      { id: 'closing', label: 'Persoonlijke afsluiting', status: 'missing', messageId: 'test', message: 'Sluit af met je naam.', spans: [] },
      { id: 'salutation', label: 'Persoonlijke aanhef', status: 'met', messageId: 'test', message: 'Goed.', spans: [{ start: 0, end: 12 }] },
      { id: 'mirroring', label: 'Spiegelen', status: 'partial', messageId: 'test', message: 'Bijna.', spans: [{ start: 20, end: 10 }, { start: 5, end: 99 }] },
    ],
  };

  it('follows the order of the exercise and adds hints and weights', () => {
    const views = mergeFeedback(exercise.criteria, result, 30);
    expect(views.map((v) => v.id)).toEqual(['salutation', 'mirroring', 'closing']);
    expect(views[1]).toMatchObject({ label: 'Spiegelen', status: 'partial', weight: 2, hint: 'Gebruik de woorden van Sanne.' });
    expect(views[0]!.hint).toBeUndefined();
  });

  it('clips and drops bad spans', () => {
    const views = mergeFeedback(exercise.criteria, result, 30);
    expect(views[1]!.spans).toEqual([{ start: 5, end: 30 }]);
  });

  it('shows a criterion the engine did not return as not yet met', () => {
    const views = mergeFeedback(exercise.criteria, { criteria: [] }, 0, { closing: 'Afsluiting' });
    expect(views[2]).toMatchObject({ id: 'closing', label: 'Afsluiting', status: 'missing', spans: [] });
    expect(views[2]!.message).toMatch(/feedback/);
  });

  it('returns statuses by id', () => {
    expect(statusesOf(mergeFeedback(exercise.criteria, result, 30))).toEqual({
      salutation: 'met',
      mirroring: 'partial',
      closing: 'missing',
    });
  });
});

describe('cleanSpans', () => {
  it('sorts, truncates and removes empty or invalid spans', () => {
    expect(
      cleanSpans([{ start: 4, end: 6 }, { start: 1.7, end: 2.2 }, { start: NaN, end: 3 }, { start: 3, end: 3 }, { start: -5, end: 1 }], 5),
    ).toEqual([{ start: 0, end: 1 }, { start: 1, end: 2 }, { start: 4, end: 5 }]);
    expect(cleanSpans(undefined, 5)).toEqual([]);
  });
});

describe('summarize', () => {
  it('counts statuses and gives the Dutch summary', () => {
    const s = summarize([
      { status: 'met', weight: 1 },
      { status: 'met', weight: 1 },
      { status: 'met', weight: 1 },
      { status: 'met', weight: 1 },
      { status: 'partial', weight: 1 },
      { status: 'missing', weight: 1 },
    ]);
    expect(s).toMatchObject({ met: 4, partial: 1, missing: 1, total: 6, allMet: false, text: '4 van 6 criteria in orde' });
    expect(s.score).toBeCloseTo(4.5 / 6);
    expect(summarySentence(s)).toBe('4 van 6 criteria in orde, 1 deels.');
  });

  it('weights the score', () => {
    const s = summarize([
      { status: 'met', weight: 3 },
      { status: 'missing', weight: 1 },
    ]);
    expect(s.score).toBeCloseTo(0.75);
    const p = summarize([
      { status: 'partial', weight: 2 },
      { status: 'met', weight: 2 },
    ]);
    expect(p.score).toBeCloseTo(0.75);
  });

  it('knows when everything is in order', () => {
    const s = summarize([{ status: 'met', weight: 1 }]);
    expect(s.allMet).toBe(true);
    expect(s.text).toBe('1 van 1 criterium in orde');
    expect(summarySentence(s)).toMatch(/Mooi werk/);
  });

  it('handles no criteria', () => {
    const s = summarize([]);
    expect(s).toMatchObject({ total: 0, score: 0, allMet: false });
  });
});

describe('spansAreProblems', () => {
  it('marks tone findings as problems, matched words not', () => {
    expect(spansAreProblems('tone', 'missing')).toBe(true);
    expect(spansAreProblems('tone', 'met')).toBe(false);
    expect(spansAreProblems('mirroring', 'partial')).toBe(false);
  });
});

describe('announcementFor', () => {
  const view = (id: string, label: string, status: 'met' | 'partial' | 'missing') => ({ id, label, status, message: '', weight: 1, spans: [] });

  it('says nothing when no status changed', () => {
    const views = [view('salutation', 'Aanhef', 'met'), view('closing', 'Afsluiting', 'missing')];
    expect(announcementFor({ salutation: 'met', closing: 'missing' }, views)).toBeNull();
  });

  it('names the criteria that changed, then the summary', () => {
    const views = [view('salutation', 'Aanhef', 'met'), view('closing', 'Afsluiting', 'partial')];
    expect(announcementFor({ salutation: 'missing', closing: 'partial' }, views)).toBe('Aanhef: in orde. 1 van 2 criteria in orde, 1 deels.');
  });

  it('gives only the summary when many changed or nothing was announced before', () => {
    const views = ['a', 'b', 'c', 'd'].map((id) => view(id, id.toUpperCase(), 'met'));
    expect(announcementFor({}, views)).toBe('4 van 4 criteria in orde. Mooi werk!');
    expect(announcementFor(null, views)).toBe('4 van 4 criteria in orde. Mooi werk!');
  });
});
