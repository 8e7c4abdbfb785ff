import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { minimalExercise } from './exercise-fixture.ts';

/**
 * A trainer's broken exercise file must stop the build with one readable line
 * naming the file and the field. Each case builds a temporary copy of the course.
 */
const ROOT = resolve('.');
const SKIP = new Set(['node_modules', '.git', '.astro', '.cache', 'test-results', 'playwright-report']);
let copy = '';

const VALID = minimalExercise('kapot', { title: 'Een kapotte oefening', lesson: '' });

function build(fileText: string | null): { status: number | null; output: string } {
  if (fileText === null) rmSync(join(copy, 'exercises', 'kapot.yaml'), { force: true });
  else writeFileSync(join(copy, 'exercises', 'kapot.yaml'), fileText);
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, KLIK_OUT_DIR: join(copy, 'out'), BASE_PATH: '/', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function yamlOf(value: Record<string, unknown>): string {
  return JSON.stringify(value, null, 2); // JSON is valid YAML
}

describe('broken content fails the build, naming the file and the field', () => {
  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'klik-broken-'));
    for (const name of readdirSync(ROOT)) {
      if (SKIP.has(name) || name.startsWith('dist')) continue;
      cpSync(join(ROOT, name), join(copy, name), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    VALID.lesson = readdirSync(join(ROOT, 'src/content/lessons'))[0]!.replace(/\.mdx$/, '');
  });
  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('an unknown criterion id', () => {
    const { status, output } = build(yamlOf({ ...VALID, criteria: ['salutation', 'zomaar-iets'] }));
    expect(status).not.toBe(0);
    expect(output).toMatch(/exercises\/kapot\.yaml: veld "criteria\[1\]\.id": onbekend criterium "zomaar-iets"/);
  });

  it('an unknown lesson', () => {
    const { status, output } = build(yamlOf({ ...VALID, lesson: 'bestaat-niet' }));
    expect(status).not.toBe(0);
    expect(output).toMatch(/exercises\/kapot\.yaml: veld "lesson": onbekende les "bestaat-niet"/);
  });

  it('a missing field', () => {
    const { task: _task, ...withoutTask } = VALID;
    const { status, output } = build(yamlOf(withoutTask));
    expect(status).not.toBe(0);
    expect(output).toMatch(/exercises\/kapot\.yaml: veld "task": task ontbreekt/);
  });

  it('YAML that does not parse', () => {
    const { status, output } = build('id: kapot\ntitle: [niet afgesloten\n');
    expect(status).not.toBe(0);
    expect(output).toMatch(/exercises\/kapot\.yaml: bestand: ongeldige YAML \(regel \d+\)/);
  });

  it('a rewrite exercise without a draft', () => {
    const { status, output } = build(yamlOf({ ...VALID, kind: 'rewrite' }));
    expect(status).not.toBe(0);
    expect(output).toMatch(/exercises\/kapot\.yaml: veld "draft": een rewrite-oefening heeft een draft nodig/);
  });

  it('an exercise in a sub-folder naming a missing lesson', () => {
    const extra = join(copy, 'exercises', 'extra');
    mkdirSync(extra, { recursive: true });
    writeFileSync(join(extra, 'los.yml'), yamlOf({ ...VALID, id: 'los', lesson: 'bestaat-niet' }));
    try {
      const { status, output } = build(null);
      expect(status).not.toBe(0);
      expect(output).toMatch(/exercises\/extra\/los\.yml: veld "lesson": onbekende les "bestaat-niet"/);
    } finally {
      rmSync(extra, { recursive: true, force: true });
    }
  });

  it('a .yml twin and a copy in a sub-folder of an existing exercise', () => {
    const existing = readdirSync(join(copy, 'exercises')).find((f) => f.endsWith('.yaml'))!;
    const id = existing.replace(/\.yaml$/, '');
    const text = readFileSync(join(copy, 'exercises', existing), 'utf8');
    const twin = join(copy, 'exercises', `${id}.yml`);
    const extra = join(copy, 'exercises', 'extra');
    writeFileSync(twin, text.replace(/^title: .*$/m, 'title: "Een andere titel"'));
    mkdirSync(extra, { recursive: true });
    writeFileSync(join(extra, existing), text);
    try {
      const { status, output } = build(null);
      expect(status).not.toBe(0);
      expect(output).toContain(`exercises/${id}.yml: veld "id": oefening "${id}" staat ook in exercises/${existing}`);
      expect(output).toContain(`exercises/extra/${existing}: veld "id": oefening "${id}" staat ook in exercises/${existing}`);
    } finally {
      rmSync(twin, { force: true });
      rmSync(extra, { recursive: true, force: true });
    }
  });

  it('the collections themselves check the lesson links (reference), for exercises and trajectories', () => {
    // `astro sync` loads the collections as `astro dev` does (the validation only warns there):
    // Astro's own reference check must name the entry and the field that points nowhere.
    writeFileSync(join(copy, 'exercises', 'kapot.yaml'), yamlOf({ ...VALID, lesson: 'bestaat-niet' }));
    const trajectory = readdirSync(join(copy, 'trajectories')).find((f) => f.endsWith('.yaml'))!;
    const id = trajectory.replace(/\.yaml$/, '');
    const path = join(copy, 'trajectories', trajectory);
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, original.replace(/^lessons:.*(\n {2}- .*)*$/m, '').replace(/^title: /m, 'lessons: [nergens-te-vinden]\ntitle: '));
    try {
      const result = spawnSync('npx', ['astro', 'sync'], { cwd: copy, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(output).toContain('entry "kapot" in collection "exercises" (field: lesson) references "bestaat-niet" in collection "lessons", but that entry does not exist');
      expect(output).toContain(`entry "${id}" in collection "trajectories" (field: lessons[0]) references "nergens-te-vinden" in collection "lessons", but that entry does not exist`);
    } finally {
      writeFileSync(path, original);
      rmSync(join(copy, 'exercises', 'kapot.yaml'), { force: true });
    }
  });

  it('an accent colour without AA contrast, with the measured ratio', () => {
    const config = join(copy, 'src/course.config.ts');
    const original = readFileSync(config, 'utf8');
    writeFileSync(config, original.replace(/accent: \{ light: '#[0-9a-f]{6}'/i, "accent: { light: '#8fc1c9'"));
    try {
      const { status, output } = build(null);
      expect(status).not.toBe(0);
      expect(output).toMatch(/src\/course\.config\.ts: veld "accent\.light": contrast op de achtergrond is 1\.\d\d:1, minstens 4\.5:1 nodig/);
    } finally {
      writeFileSync(config, original);
    }
  });
}, 120_000);
