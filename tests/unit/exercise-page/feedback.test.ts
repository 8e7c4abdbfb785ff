import { describe, expect, it } from 'vitest';
import {
  announcementFor,
  buildJudgeInput,
  mergeFeedback,
  NOT_JUDGED_MESSAGE,
  spansAreProblems,
  statusesOf,
  summarize,
  summarySentence,
} from '../../../src/lib/exercise-page/feedback.ts';
import type { EngineResult, IslandExercise } from '../../../src/lib/exercise-page/types.ts';

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
      { id: 'salutation', label: 'Persoonlijke aanhef', status: 'met', messageId: 'test', message: 'Goed.', spans: [{ start: 0, end: 12 }] },
      { id: 'mirroring', label: 'Woorden van de cliënt', status: 'partial', messageId: 'test', message: 'Bijna.', spans: [] },
      { id: 'closing', label: 'Persoonlijke afsluiting', status: 'missing', messageId: 'test', message: 'Sluit af met je naam.', spans: [] },
    ],
  };

  it("shows the engine's verdicts with the exercise's hints and weights", () => {
    const views = mergeFeedback(exercise.criteria, result);
    expect(views).toEqual([
      { id: 'salutation', label: 'Persoonlijke aanhef', status: 'met', message: 'Goed.', weight: 1, spans: [{ start: 0, end: 12 }] },
      { id: 'mirroring', label: 'Woorden van de cliënt', status: 'partial', message: 'Bijna.', weight: 2, hint: 'Gebruik de woorden van Sanne.', spans: [] },
      { id: 'closing', label: 'Persoonlijke afsluiting', status: 'missing', message: 'Sluit af met je naam.', weight: 1, spans: [] },
    ]);
  });

  it('shows every criterion as not yet met, under its label, before the judge is there', () => {
    const views = mergeFeedback(exercise.criteria, null, { salutation: 'Aanhef', mirroring: 'Spiegelen', closing: 'Afsluiting' });
    expect(views.map((v) => [v.label, v.status, v.message])).toEqual([
      ['Aanhef', 'missing', NOT_JUDGED_MESSAGE],
      ['Spiegelen', 'missing', NOT_JUDGED_MESSAGE],
      ['Afsluiting', 'missing', NOT_JUDGED_MESSAGE],
    ]);
    expect(views[1]).toMatchObject({ weight: 2, hint: 'Gebruik de woorden van Sanne.', spans: [] });
  });

  it('returns statuses by id', () => {
    expect(statusesOf(mergeFeedback(exercise.criteria, result))).toEqual({
      salutation: 'met',
      mirroring: 'partial',
      closing: 'missing',
    });
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
