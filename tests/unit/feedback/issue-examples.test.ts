import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { judge, type CriterionId } from '../../../src/lib/feedback/index.ts';
import { loadExercise } from '../../../src/lib/exercise-files/load-node.ts';
import { buildJudgeInput } from '../../../src/lib/exercise-page/feedback.ts';

/**
 * The replies a new trainee tried on the built course ("Feedback a trainee can
 * trust"), judged as a careful trainer would. Each was judged wrongly before
 * the engine read who a sentence is about, negation, irony and speech acts.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function onExercise(id: string, reply: string) {
  const exercise = loadExercise(ROOT, id);
  if (!exercise) throw new Error(`no exercise ${id}`);
  return judge(buildJudgeInput(exercise, reply)).criteria;
}

function one(id: CriterionId, reply: string, extra: Record<string, unknown> = {}) {
  return judge({ reply, criteria: [id], ...extra }).criteria[0]!;
}

const hugo = (q: string) => `Beste Hugo,\n\nFijn dat je me schreef. ${q}\n\nHartelijke groet,\nIlse`;

describe('the examples of the issue', () => {
  it.each([
    'Hoe heb je de weken zonder contact ervaren?',
    'Hoe waren die drie weken zonder contact voor jou?',
    'Hoe vond je het dat je een tijd niets van me hoorde?',
  ])('Hugo: %s is a question about the contact', (question) => {
    const result = onExercise('ritme-na-afwezigheid-hugo', hugo(question)).find((c) => c.id === 'process-check')!;
    expect(result.status, result.message).toBe('met');
  });

  it("Niels: 'Dat kwam hard binnen, lees ik.' acknowledges what he feels", () => {
    const result = one('emotion', 'Beste Niels,\n\nDat kwam hard binnen, lees ik. Dat kan ik me voorstellen.\n\nGroet,\nIlse');
    expect(result.status, result.message).toBe('met');
    expect(result.message).not.toContain('Je gaat niet in op wat de cliënt voelt');
  });

  it("'Aan welk draadje…?' is an open question", () => {
    expect(one('open-question', 'Beste Niels,\n\nAan welk draadje van de knoop wil jij als eerste trekken?').status).toBe('met');
  });

  it("'Welke dag in de week komt u het beste uit?' gives a say in the way of working", () => {
    expect(one('choice', 'Beste mevrouw Postma,\n\nWelke dag in de week komt u het beste uit om te schrijven?', { form: 'u' }).status).toBe('met');
  });

  it("'Ik ben benieuwd wat…' invites without a question mark: not met, and the message says how to ask", () => {
    const result = one('open-question', 'Beste Niels,\n\nIk ben benieuwd wat er voor jou zou veranderen als dit lukt.');
    expect(result.status).not.toBe('met');
    expect(result.messageId).toBe('indirect');
    expect(result.message).not.toContain('geen vraag');
    expect(result.message).toContain('vraag');
  });

  it('a sarcastic, dismissive reply to Sanne gets neither a compliment nor a warm tone', () => {
    const reply =
      'Hoi Sanne,\n\nWat knap dat je ook eens tijd voor jezelf neemt, haha. Constant aan het rennen, welkom in de club. ' +
      'Iedereen is moe als er een kind is. Stel je niet aan en schuldig voelen helpt niemand.\n\nHartelijke groet,\nMarloes';
    const results = onExercise('welkom-eerste-reactie-sanne', reply);
    const status = (id: string) => results.find((c) => c.id === id)!.status;
    expect(status('appreciation')).not.toBe('met');
    expect(status('tone')).not.toBe('met');
    expect(status('emotion')).not.toBe('met');
  });

  it("'Je hoeft je niet te schamen, dat is onzin. Ga gewoon aan de slag.' neither names the feeling nor sounds warm", () => {
    const reply = 'Beste Sanne,\n\nJe hoeft je niet te schamen, dat is onzin. Ga gewoon aan de slag.\n\nGroet,\nMarloes';
    expect(one('emotion', reply).status).not.toBe('met');
    expect(one('tone', reply).status).not.toBe('met');
  });

  it('a signature block with a website under the greeting is not the personal closing the tip asks for', () => {
    const reply = 'Hoi Yara,\n\nWat goed dat je schrijft. Hoe gaat het met je?\n\nHartelijke groet,\nIlse\nE-coach | StudieFit Coaching / www.studiefit.nl';
    const result = onExercise('klik-eerste-bericht-yara', reply).find((c) => c.id === 'closing')!;
    expect(result.status).not.toBe('met');
    expect(result.messageId).toBe('signature');
  });

  it('a je-form reply to mevrouw Postma fails the form of address the task asks for', () => {
    const exercise = loadExercise(ROOT, 'intake-afspraken-hendrika')!;
    const reply = exercise.modelAnswer.replace(/\bu\b/g, 'je').replace(/\buw\b/g, 'jouw');
    const result = onExercise('intake-afspraken-hendrika', reply).find((c) => c.id === 'address-form')!;
    expect(result.status).not.toBe('met');
  });

  it('an empty text box meets no criterion, tone included', () => {
    const results = onExercise('welkom-eerste-reactie-sanne', '   ');
    expect(results.filter((c) => c.status === 'met')).toEqual([]);
    expect(results.every((c) => c.messageId === 'empty')).toBe(true);
  });

  describe('who a sentence is about', () => {
    it.each([
      ['praise of the manager', 'Wat fijn dat je leidinggevende zo meedenkt.'],
      ['praise of the weather', 'Mooi weer vandaag, hè.'],
      ["praise of the coach's own exercise", 'Mijn oefening werkt echt goed, merk ik.'],
      ['sarcasm', 'Goed bezig hoor, weer een week niets gedaan.'],
    ])('%s is no appreciation', (_what, sentence) => {
      expect(one('appreciation', `Hoi Sanne,\n\n${sentence} Hoe gaat het?`).status).not.toBe('met');
    });

    it.each([
      ["the partner's feeling", 'Je man voelt zich vast eenzaam.'],
      ["the coach's feeling", 'Ik voel me er ongemakkelijk bij.'],
      ['a denied feeling', 'Je hoeft niet verdrietig te zijn.'],
    ])("%s is not the client's emotion", (_what, sentence) => {
      expect(one('emotion', `Hoi Sanne,\n\n${sentence}`).status).not.toBe('met');
    });

    it("'Waarom koos je toen voor die baan?' asks about the past, not for a choice", () => {
      expect(one('choice', 'Hoi Sanne,\n\nWaarom koos je toen voor die baan?').status).not.toBe('met');
    });

    it("'Dat je dit opschrijft, zegt veel over je doorzettingsvermogen' is appreciation without stock words", () => {
      expect(one('appreciation', 'Hoi Sanne,\n\nDat je dit opschrijft, zegt veel over je doorzettingsvermogen.').status).toBe('met');
    });

    it("'Je voelt je vast rot' names the client's feeling", () => {
      expect(one('emotion', 'Hoi Sanne,\n\nJe voelt je vast rot na zo’n week.').status).toBe('met');
    });

    it("'Past dit ritme nog bij je?' asks about the contact", () => {
      expect(one('process-check', 'Hoi Sanne,\n\nPast dit ritme nog bij je?').status).toBe('met');
    });
  });
});
