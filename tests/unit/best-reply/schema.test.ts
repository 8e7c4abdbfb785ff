import { describe, expect, it } from 'vitest';
import { formatProblem, validateExerciseText } from '../../../src/lib/exercise-files/validate.ts';
import { isBestReply } from '../../../src/lib/exercise-files/schema.ts';
import { minimalExercise } from '../content/exercise-fixture.ts';

/**
 * The "Kies de beste reactie" format (`kind: best-reply`): three options, exactly
 * one best, each explained. Every problem is one Dutch line naming file and field.
 */
const FILE = 'exercises/kies-noor.yaml';

function bestReply(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'kies-noor',
    title: 'Kies: Noor',
    lesson: 'een-les',
    kind: 'best-reply',
    channel: 'chat',
    situation: 'Noor opent de chat.',
    client: { name: 'Noor', message: 'hoi, ik weet het even niet meer' },
    coach: { name: 'Bas' },
    options: [
      { text: 'Hoi Noor, fijn dat je schrijft. Wat weet je even niet meer?', best: true, explanation: 'Kort en warm. Eén open vraag.' },
      { text: 'Geachte mevrouw, vul eerst het formulier in.', explanation: 'Kil en zakelijk. Het formulier kan later.' },
      { text: 'Hoi Noor! Probeer eens een wandeling te maken.', best: false, explanation: 'Ongevraagd advies. Noor zoekt eerst een luisterend oor.' },
    ],
    ...fields,
  };
}

function check(value: Record<string, unknown>) {
  const result = validateExerciseText(FILE, JSON.stringify(value, null, 2), new Set(['een-les']));
  return { exercise: result.exercise, lines: result.problems.map(formatProblem) };
}

const options = bestReply().options as Array<Record<string, unknown>>;

describe('a best-reply exercise file', () => {
  it('is valid with three options of which one is best, without task, criteria or model answer', () => {
    const { exercise, lines } = check(bestReply());
    expect(lines).toEqual([]);
    expect(exercise && isBestReply(exercise)).toBe(true);
    if (!exercise || !isBestReply(exercise)) return;
    expect(exercise.options.map((o) => o.best)).toEqual([true, false, false]);
    expect(exercise.question).toBe('Welke reactie past het best bij dit bericht?');
    expect(exercise.difficulty).toBe('basis');
    expect(exercise.client.form).toBe('je');
  });

  it('keeps its own question when it has one', () => {
    const { exercise } = check(bestReply({ question: 'Wat stuurt Bas het best?' }));
    expect(exercise && isBestReply(exercise) && exercise.question).toBe('Wat stuurt Bas het best?');
  });

  it.each([
    ['two options', { options: options.slice(0, 2) }, `${FILE}: veld "options": geef precies 3 opties; nu 2`],
    ['four options', { options: [...options, { text: 'Nog een.', explanation: 'Te veel. Echt.' }] }, `${FILE}: veld "options": geef precies 3 opties; nu 4`],
    ['no best option', { options: options.map((o) => ({ ...o, best: false })) }, `${FILE}: veld "options": precies één optie heeft best: true; nu geen`],
    ['two best options', { options: options.map((o, i) => ({ ...o, best: i < 2 })) }, `${FILE}: veld "options": precies één optie heeft best: true; nu 2`],
    ['no options at all', { options: undefined }, `${FILE}: veld "options": ontbreekt of is geen lijst; geef precies 3 opties`],
    ['options that are not a list', { options: 'A, B of C' }, `${FILE}: veld "options": ontbreekt of is geen lijst; geef precies 3 opties`],
    ['an option without explanation', { options: [options[0], { text: 'Tekst.' }, options[2]] }, `${FILE}: veld "options[1].explanation": explanation ontbreekt of is geen tekst`],
    ['an empty option text', { options: [options[0], options[1], { ...options[2], text: '  ' }] }, `${FILE}: veld "options[2].text": text is leeg`],
    ['best that is not true or false', { options: [{ ...options[0], best: 'ja' }, options[1], options[2]] }, `${FILE}: veld "options[0].best": moet true of false zijn`],
    ['an option that is not an object', { options: [options[0], 'Hoi Noor', options[2]] }, `${FILE}: veld "options[1]": een optie is een object met text, best en explanation`],
    ['the same text twice', { options: [options[0], options[1], { ...options[1], best: false }] }, `${FILE}: veld "options[2].text": dezelfde tekst als optie 2`],
    ['criteria, which belong to writing exercises', { criteria: ['salutation'] }, `${FILE}: bestand: onbekend veld: criteria`],
    ['a model answer', { modelAnswer: 'Beste Noor,' }, `${FILE}: bestand: onbekend veld: modelAnswer`],
    ['no coach', { coach: undefined }, `${FILE}: veld "coach": Ongeldige invoer: verwacht object, ontving undefined`],
    ['no channel', { channel: undefined }, `${FILE}: veld "channel": ontbreekt; kies uit: mail, chat, platform`],
  ])('refuses %s with one Dutch line', (_what, fields, line) => {
    const value = bestReply(fields);
    for (const [key, v] of Object.entries(fields)) if (v === undefined) delete value[key];
    const { exercise, lines } = check(value);
    expect(exercise).toBeNull();
    expect(lines).toEqual([line]);
  });

  it('refuses an unknown kind, naming every kind', () => {
    expect(check(bestReply({ kind: 'multiple-choice' })).lines).toEqual([
      `${FILE}: veld "kind": onbekende soort "multiple-choice"; kies uit: rewrite, reply, intake-agreements, best-reply`,
    ]);
  });

  it('leaves writing exercises as they were: a reply without criteria is still refused', () => {
    expect(check(minimalExercise('kies-noor', { lesson: 'een-les' })).lines).toEqual([]);
    const withoutCriteria = minimalExercise('kies-noor', { lesson: 'een-les' });
    delete withoutCriteria['criteria'];
    expect(check(withoutCriteria).lines).toEqual([`${FILE}: veld "criteria": Ongeldige invoer: verwacht array, ontving undefined`]);
    expect(check(minimalExercise('kies-noor', { lesson: 'een-les', kind: 'rewrite' })).lines).toEqual([
      `${FILE}: veld "draft": een rewrite-oefening heeft een draft nodig`,
    ]);
    expect(check(minimalExercise('kies-noor', { lesson: 'een-les', options: options })).lines).toEqual([`${FILE}: bestand: onbekend veld: options`]);
  });
});
