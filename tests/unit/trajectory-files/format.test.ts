import { describe, expect, it, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { validateTrajectoryText, formatProblem } from '../../../src/lib/trajectory-files/validate.ts';
import { loadTrajectories, loadTrajectory } from '../../../src/lib/trajectory-files/load-node.ts';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { course } from '../../../src/course.config.ts';
import { trajectoryFields } from '../../../src/lib/trajectory-files/format-doc.ts';
import { finalReflection } from '../../../src/lib/trajectory-files/schema.ts';

/**
 * A trainer's broken trajectory file is refused with one Dutch line per
 * problem, naming the file and the field, by the same schema everywhere.
 */

const FIXTURE = 'tests/fixtures/trajectories/proef-traject-noor.yaml';
const fixture = () => parse(readFileSync(FIXTURE, 'utf8')) as Record<string, any>;
const FILE = 'trajectories/proef-traject-noor.yaml';

function problemsOf(value: unknown, file = FILE): string[] {
  return validateTrajectoryText(file, JSON.stringify(value, null, 2), new Set(['fase-1-intake-doelen-en-afspraken'])).problems.map(formatProblem);
}

function expectOneLine(value: unknown, pattern: RegExp) {
  const problems = problemsOf(value);
  expect(problems, problems.join('\n')).toHaveLength(1);
  expect(problems[0]).toMatch(pattern);
  expect(problems[0]).not.toContain('\n');
}

describe('trajectory file validation', () => {
  it('accepts the fixture, with defaults filled in', () => {
    const result = validateTrajectoryText(FILE, readFileSync(FIXTURE, 'utf8'), null);
    expect(result.problems).toEqual([]);
    expect(result.trajectory?.steps).toHaveLength(5);
    expect(result.trajectory?.steps[1]?.criteria[1]).toEqual({ id: 'expectations', weight: 1 });
    const { reflection: _r, ...withoutReflection } = fixture();
    const plain = validateTrajectoryText(FILE, JSON.stringify(withoutReflection), null).trajectory!;
    expect(finalReflection(plain)).toMatch(/\?$/);
    plain.steps[4]!.reflection = 'Hoe nam je afscheid?';
    expect(finalReflection(plain)).toBe('Hoe nam je afscheid?');
    expect(finalReflection(result.trajectory!)).toBe('Wat leerde je van het schrijven met Noor over het tempo van een traject?');
  });

  it('names a missing contract field of a step', () => {
    const t = fixture();
    delete t.steps[2].modelReply;
    expectOneLine(t, /^trajectories\/proef-traject-noor\.yaml: veld "steps\[2\]\.modelReply": modelReply ontbreekt/);
  });

  it('names an unknown phase, in Dutch', () => {
    const t = fixture();
    t.steps[4].phase = 'nazorg';
    expectOneLine(t, /veld "steps\[4\]\.phase": onbekende fase "nazorg"; kies uit: intake, begeleiding, afsluiting/);
  });

  it('names an unknown criterion with the same reference schema as exercises', () => {
    const t = fixture();
    t.steps[0].criteria = ['salutation', { id: 'charme', hint: 'x' }];
    expectOneLine(t, /veld "steps\[0\]\.criteria\[1\]\.id": onbekend criterium "charme"/);
  });

  it('names a channel that is not mail or chat', () => {
    expectOneLine({ ...fixture(), channel: 'telefoon' }, /veld "channel": onbekend kanaal "telefoon"; kies uit: mail, chat/);
  });

  it('names a form of address that is not je or u', () => {
    const t = fixture();
    t.client.form = 'jij';
    expectOneLine(t, /veld "client\.form": /);
  });

  it('names an unknown field', () => {
    const t = fixture();
    t.steps[1].antwoord = 'x';
    expectOneLine(t, /veld "steps\[1\]": onbekend veld: antwoord/);
  });

  it('refuses phases out of order and a trajectory without an ending', () => {
    const t = fixture();
    t.steps[3].phase = 'intake';
    expectOneLine(t, /veld "steps\[3\]\.phase": fase intake na begeleiding/);
    const u = fixture();
    u.steps[4].phase = 'begeleiding';
    expectOneLine(u, /veld "steps": elke fase komt aan bod; ontbreekt: afsluiting/);
  });

  it('refuses fewer than five steps', () => {
    const t = fixture();
    t.steps = t.steps.slice(0, 4);
    expect(problemsOf(t).join('\n')).toMatch(/veld "steps": een traject heeft minstens 5 stappen/);
  });

  it('refuses an id that differs from the file name', () => {
    expectOneLine({ ...fixture(), id: 'iets-anders' }, /veld "id": moet gelijk zijn aan de bestandsnaam \("proef-traject-noor"\)/);
  });

  it('refuses an unknown lesson', () => {
    expectOneLine({ ...fixture(), lessons: ['bestaat-niet'] }, /veld "lessons\[0\]": onbekende les "bestaat-niet"/);
  });

  it('refuses YAML that does not parse, naming the line', () => {
    const problems = validateTrajectoryText(FILE, 'id: x\nsteps: [\n', null).problems.map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^trajectories\/proef-traject-noor\.yaml: bestand: ongeldige YAML \(regel \d+\)/);
  });
});

describe('trajectories in a course folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'klik-trajectories-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'src/content/lessons'), { recursive: true });
  writeFileSync(join(root, 'src/content/lessons/fase-1-intake-doelen-en-afspraken.mdx'), '---\ntitle: Les\n---\n');
  mkdirSync(join(root, 'trajectories/sub'), { recursive: true });
  writeFileSync(join(root, 'trajectories/proef-traject-noor.yaml'), readFileSync(FIXTURE, 'utf8'));
  const broken = fixture();
  broken.id = 'kapot';
  delete broken.steps[0].focus;
  writeFileSync(join(root, 'trajectories/sub/kapot.yaml'), JSON.stringify(broken));

  it('are loaded by id, and a broken one is reported by npm run check, one line per problem', () => {
    expect(loadTrajectory(root, 'proef-traject-noor')?.client.name).toBe('Noor');
    expect(loadTrajectory(root, 'bestaat-niet')).toBeNull();
    expect(() => loadTrajectory(root, 'kapot')).toThrow(/trajectories\/sub\/kapot\.yaml: veld "steps\[0\]\.focus"/);
    const { trajectories, problems } = loadTrajectories(root);
    expect(trajectories.map((t) => t.id)).toEqual(['proef-traject-noor']);
    expect(problems.map(formatProblem)).toEqual(['trajectories/sub/kapot.yaml: veld "steps[0].focus": focus ontbreekt of is geen tekst']);
    const lines = checkContent(root, course, new Set()).map(formatProblem);
    expect(lines).toContain('trajectories/sub/kapot.yaml: veld "steps[0].focus": focus ontbreekt of is geen tekst');
  });

  it('refuse the same id in two files', () => {
    writeFileSync(join(root, 'trajectories/sub/proef-traject-noor.yml'), readFileSync(FIXTURE, 'utf8'));
    const lines = loadTrajectories(root).problems.map(formatProblem);
    expect(lines).toContain('trajectories/sub/proef-traject-noor.yml: veld "id": traject "proef-traject-noor" staat ook in trajectories/proef-traject-noor.yaml; een id mag maar in één bestand staan');
    rmSync(join(root, 'trajectories/sub/proef-traject-noor.yml'));
  });
});

describe('the documented trajectory format', () => {
  it('names every contract field', () => {
    const fields = trajectoryFields().map((f) => f.field);
    for (const field of ['id', 'title', 'client.name', 'client.form', 'coach.name', 'channel', 'steps', 'steps[].phase', 'steps[].focus', 'steps[].message', 'steps[].criteria', 'steps[].criteria[].id', 'steps[].modelReply', 'steps[].weakReply']) {
      expect(fields).toContain(field);
    }
  });
});

describe('the trainer documentation of the trajectory format', () => {
  it('in the README is what the schema generates (run "npm run docs" after a change)', async () => {
    const { currentGenerated } = await import('../../../scripts/lib/generated-section.ts');
    const { EXAMPLE_TRAJECTORY, trajectoryDocsMarkdown } = await import('../../../src/lib/trajectory-files/format-doc.ts');
    const generated = trajectoryDocsMarkdown(readFileSync(EXAMPLE_TRAJECTORY, 'utf8')).trim();
    expect(currentGenerated(readFileSync('README.md', 'utf8'), 'trajectory-format')).toBe(generated);
  });
});
