import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTRACT_CRITERION_IDS } from '../../../src/lib/feedback/index.ts';
import { loadExercises } from '../../../src/lib/exercise-files/load-node.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CLI = resolve(ROOT, 'scripts/feedback.ts');

function run(input: string, args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectBadInput(result: ReturnType<typeof run>, pattern: RegExp) {
  expect(result.code, result.stderr).not.toBe(0);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

const good = {
  clientMessage: 'Hoi, ik weet niet goed waar ik moet beginnen. Ik voel me onzeker op mijn werk. Groetjes, Sanne',
  clientName: 'Sanne',
  coachName: 'Marloes',
  reply: 'Beste Sanne,\n\nWat knap dat je deze stap zet. Ik lees dat je je onzeker voelt op je werk.\n\nHoe ervaar je het om zo te schrijven?\n\nHartelijke groet,\nMarloes',
};

describe('feedback command line', { timeout: 120_000 }, () => {
  it('judges one object on all contract criteria, in order', () => {
    const result = run(JSON.stringify(good));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    const output = JSON.parse(result.stdout) as { criteria: Array<{ id: string; status: string; message: string; spans: Array<{ start: number; end: number }> }> };
    expect(output.criteria.map((c) => c.id)).toEqual([...CONTRACT_CRITERION_IDS]);
    for (const c of output.criteria) {
      expect(['met', 'partial', 'missing']).toContain(c.status);
      expect(c.message.length).toBeGreaterThan(0);
      expect(Array.isArray(c.spans)).toBe(true);
    }
    const salutation = output.criteria.find((c) => c.id === 'salutation')!;
    expect(salutation.status).toBe('met');
    expect(good.reply.slice(salutation.spans[0]!.start, salutation.spans[0]!.end)).toBe('Beste Sanne,');
  });

  it('judges only the requested criteria, extras included', () => {
    const result = run(JSON.stringify({ reply: good.reply, criteria: ['tone', 'readability'] }));
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).criteria.map((c: { id: string }) => c.id)).toEqual(['tone', 'readability']);
  });

  it('judges a batch and keeps the order', () => {
    const batch = [good, { reply: 'Hallo,\n\nZie bijlage.\n\nMvg,\nRob', criteria: ['tone'] }, { reply: '' }];
    const result = run(JSON.stringify(batch), ['--batch']);
    expect(result.code, result.stderr).toBe(0);
    const output = JSON.parse(result.stdout) as Array<{ criteria: Array<{ id: string; status: string }> }>;
    expect(output).toHaveLength(3);
    expect(output[0]!.criteria).toHaveLength(CONTRACT_CRITERION_IDS.length);
    expect(output[1]!.criteria).toEqual([expect.objectContaining({ id: 'tone', status: 'missing' })]);
    expect(output[2]!.criteria).toHaveLength(CONTRACT_CRITERION_IDS.length);
  });

  it('rejects input that is not JSON', () => expectBadInput(run('dit is geen json'), /JSON/));
  it('rejects input without a reply', () => expectBadInput(run(JSON.stringify({ clientName: 'Sanne' })), /reply/));
  it('rejects a reply that is not text', () => expectBadInput(run(JSON.stringify({ reply: 42 })), /reply/));
  it('rejects an unknown criterion', () => expectBadInput(run(JSON.stringify({ reply: 'Hoi', criteria: ['salutation', 'charm'] })), /charm/));
  it('rejects an unknown exercise', () => expectBadInput(run(JSON.stringify({ reply: 'Hoi', exercise: 'bestaat-echt-niet' })), /bestaat-echt-niet/));
  it('rejects a batch that is not an array', () => expectBadInput(run(JSON.stringify(good), ['--batch']), /array|lijst/i));
  it('rejects a bad item inside a batch', () => expectBadInput(run(JSON.stringify([good, { reply: 'x', criteria: ['nope'] }]), ['--batch']), /invoer 1/));
  it('rejects an array without --batch', () => expectBadInput(run(JSON.stringify([good])), /object/));
  it('rejects empty input', () => expectBadInput(run(''), /JSON/));

  const npm = [dirname(process.execPath), ...(process.env['PATH'] ?? '').split(delimiter)]
    .map((dir) => resolve(dir, process.platform === 'win32' ? 'npm.cmd' : 'npm'))
    .find((path) => existsSync(path));
  it.runIf(npm !== undefined)('works through the contract command "npm run --silent feedback"', () => {
    const result = spawnSync(npm!, ['run', '--silent', 'feedback'], {
      cwd: ROOT,
      input: JSON.stringify({ reply: good.reply, criteria: ['closing'] }),
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env['PATH'] ?? ''}` },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      criteria: [expect.objectContaining({ id: 'closing', status: 'met' })],
    });
  });

  // Exercises are written by others; use the first one that is valid right now, if any.
  const exerciseId = loadExercises(ROOT).exercises[0]?.id;
  it.runIf(exerciseId !== undefined)('judges a reply to an exercise with its own criteria', () => {
    const id = exerciseId!;
    const result = run(JSON.stringify({ reply: good.reply, exercise: id }));
    expect(result.code, result.stderr).toBe(0);
    const output = JSON.parse(result.stdout) as { criteria: Array<{ id: string }> };
    expect(output.criteria.length).toBeGreaterThan(0);
    const explicit = run(JSON.stringify({ reply: good.reply, exercise: id, criteria: ['tone'] }));
    expect(JSON.parse(explicit.stdout).criteria.map((c: { id: string }) => c.id)).toEqual(['tone']);
  });
});

describe('feedback command line on a "Kies de beste reactie" exercise', { timeout: 120_000 }, () => {
  // A course folder with one lesson and one best-reply exercise (KLIK_ROOT).
  const course = mkdtempSync(join(tmpdir(), 'klik-cli-best-'));
  mkdirSync(join(course, 'exercises'), { recursive: true });
  mkdirSync(join(course, 'src/content/lessons'), { recursive: true });
  writeFileSync(
    join(course, 'src/content/lessons/een-les.mdx'),
    '---\ntitle: Een les\nsummary: Waar deze les over gaat.\nmodule: welkom\norder: 1\nminutes: 6\ngoals:\n  - Je kunt iets uitleggen.\n---\n\nTekst.\n',
  );
  const option = (text: string, best = false) => ({ text, best, explanation: 'Zo past het. Daarom.' });
  writeFileSync(
    join(course, 'exercises/kies-proef.yaml'),
    JSON.stringify({
      id: 'kies-proef',
      title: 'Kies: proef',
      lesson: 'een-les',
      kind: 'best-reply',
      channel: 'chat',
      situation: 'Noor opent de chat.',
      client: { name: 'Noor', message: 'hoi' },
      coach: { name: 'Bas' },
      options: [option('Hoi Noor, fijn dat je er bent.', true), option('Geachte mevrouw.'), option('Probeer een wandeling.')],
    }),
  );
  afterAll(() => rmSync(course, { recursive: true, force: true }));

  it('exits non-zero with one Dutch line: there is no text to judge', () => {
    const result = run(JSON.stringify({ exercise: 'kies-proef', reply: good.reply }), [], { KLIK_ROOT: course });
    expectBadInput(result, /^feedback: oefening "kies-proef" is een "Kies de beste reactie"-oefening: .*geen tekst om te beoordelen$/);
  });
});

describe('feedback command line on a step of a trajectory', { timeout: 120_000 }, () => {
  // A course folder with only the test trajectory (KLIK_ROOT), so the test does not depend on the course's own trajectories.
  const course = mkdtempSync(join(tmpdir(), 'klik-cli-'));
  mkdirSync(join(course, 'trajectories'), { recursive: true });
  mkdirSync(join(course, 'src/content/lessons'), { recursive: true });
  cpSync(resolve(ROOT, 'tests/fixtures/trajectories/proef-traject-noor.yaml'), join(course, 'trajectories/proef-traject-noor.yaml'));
  afterAll(() => rmSync(course, { recursive: true, force: true }));
  const inCourse = (input: unknown, args: string[] = []) => run(JSON.stringify(input), args, { KLIK_ROOT: course });
  const reply = 'Beste Noor,\n\nWe schrijven elkaar één keer per week. Ik antwoord binnen twee werkdagen.\n\nHartelijke groet,\nBas';

  it("judges a reply with that step's criteria, client name and message", () => {
    const result = inCourse({ trajectory: 'proef-traject-noor', step: 2, reply });
    expect(result.code, result.stderr).toBe(0);
    const output = JSON.parse(result.stdout) as { criteria: Array<{ id: string; status: string }> };
    expect(output.criteria.map((c) => c.id)).toEqual(['salutation', 'expectations', 'closing']);
    expect(output.criteria.every((c) => c.status === 'met')).toBe(true);
    const first = JSON.parse(inCourse({ trajectory: 'proef-traject-noor', step: 1, reply }).stdout) as { criteria: Array<{ id: string }> };
    expect(first.criteria.map((c) => c.id)).toEqual(['salutation', 'appreciation', 'closing']);
  });

  it("counts the words of the client's earlier messages in the thread as the client's own", () => {
    // These words are in Noor's first message only; step 2's message has none of them.
    const mirror = 'Beste Noor,\n\nJe schreef dat je elke nacht wakker ligt te piekeren over je diensten op de nieuwe afdeling.\n\nHartelijke groet,\nBas';
    const atStep2 = JSON.parse(inCourse({ trajectory: 'proef-traject-noor', step: 2, reply: mirror, criteria: ['mirroring'] }).stdout) as { criteria: Array<{ status: string }> };
    expect(atStep2.criteria[0]!.status).toBe('met');
    const alone = JSON.parse(run(JSON.stringify({ clientMessage: 'Hoi Bas,\n\nDank je wel. Hoe gaat dit eigenlijk verder, hoe vaak schrijven we?\n\nNoor', clientName: 'Noor', reply: mirror, criteria: ['mirroring'] })).stdout) as { criteria: Array<{ status: string }> };
    expect(alone.criteria[0]!.status).not.toBe('met');
  });

  it('rejects an unknown trajectory', () => expectBadInput(inCourse({ trajectory: 'bestaat-niet', step: 1, reply }), /onbekend traject "bestaat-niet"/));
  it('rejects a step the trajectory does not have', () => expectBadInput(inCourse({ trajectory: 'proef-traject-noor', step: 6, reply }), /geen stap 6; kies 1 tot en met 5/));
  it('rejects step 0 and a step that is not a whole number', () => {
    expectBadInput(inCourse({ trajectory: 'proef-traject-noor', step: 0, reply }), /"step"/);
    expectBadInput(inCourse({ trajectory: 'proef-traject-noor', step: '2', reply }), /"step"/);
    expectBadInput(inCourse({ trajectory: 'proef-traject-noor', reply }), /"step" ontbreekt/);
  });

  it('judges steps in a batch, and refuses a batch with an unknown step, naming the item', () => {
    const ok = inCourse([{ trajectory: 'proef-traject-noor', step: 2, reply }, { trajectory: 'proef-traject-noor', step: 5, reply: 'Hoi,\n\nSucces.' }], ['--batch']);
    expect(ok.code, ok.stderr).toBe(0);
    const output = JSON.parse(ok.stdout) as Array<{ criteria: Array<{ id: string; status: string }> }>;
    expect(output).toHaveLength(2);
    expect(output[1]!.criteria.filter((c) => c.status !== 'met').map((c) => c.id)).toEqual(['salutation', 'appreciation', 'closing']);
    expectBadInput(inCourse([{ trajectory: 'proef-traject-noor', step: 2, reply }, { trajectory: 'proef-traject-noor', step: 42, reply }], ['--batch']), /^feedback: invoer 1: traject "proef-traject-noor" heeft geen stap 42/);
    expectBadInput(inCourse([{ trajectory: 'weg', step: 1, reply }], ['--batch']), /^feedback: invoer 0: onbekend traject "weg"/);
  });
});
