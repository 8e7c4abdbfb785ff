import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { CONTENT_SOURCES, YAML_COLLECTIONS, isContentFile } from '../../../src/lib/content/sources.ts';
import { listContentFiles } from '../../../src/lib/content/files-node.ts';
import { loadExercise, loadExercises } from '../../../src/lib/exercise-files/load-node.ts';
import { formatProblem } from '../../../src/lib/exercise-files/validate.ts';
import { course } from '../../../src/course.config.ts';
import { minimalExercise } from './exercise-fixture.ts';

/**
 * `npm run check` and the build validation read exactly the files the content
 * collections load (`exercises/**\/*.{yaml,yml}`), not only the top level.
 * Each case runs on a small course in a temporary folder.
 */
let root = '';
const GLOSSARY = new Set<string>();

const lesson = (title: string, order: number) =>
  `---\ntitle: ${title}\nsummary: Waar deze les over gaat.\nmodule: welkom\norder: ${order}\nminutes: 6\ngoals:\n  - Je kunt iets uitleggen.\n---\n\nTekst.\n`;

function exercise(id: string, fields: Record<string, unknown> = {}): string {
  return JSON.stringify(minimalExercise(id, fields), null, 2); // JSON is valid YAML
}

function write(path: string, text: string) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}
function lines() {
  return checkContent(root, course, GLOSSARY).map(formatProblem);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'klik-files-'));
  write('src/content/lessons/een-les.mdx', lesson('Een les', 1));
  write('exercises/een.yaml', exercise('een'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('duplicate ids across all exercise files', () => {
  it('a .yml twin next to the .yaml file is refused with one line naming both files', () => {
    write('exercises/een.yml', exercise('een', { title: 'Een andere titel' }));
    const found = lines();
    expect(found).toEqual(['exercises/een.yml: veld "id": oefening "een" staat ook in exercises/een.yaml; een id mag maar in één bestand staan']);
  });

  it('a copy in a sub-folder is refused with one line naming both files', () => {
    write('exercises/extra/een.yaml', exercise('een', { title: 'Een kopie' }));
    expect(lines()).toEqual(['exercises/extra/een.yaml: veld "id": oefening "een" staat ook in exercises/een.yaml; een id mag maar in één bestand staan']);
  });

  it('three copies give two lines, each naming the first file', () => {
    write('exercises/a/een.yml', exercise('een'));
    write('exercises/b/c/een.yaml', exercise('een'));
    expect(lines()).toEqual([
      'exercises/a/een.yml: veld "id": oefening "een" staat ook in exercises/een.yaml; een id mag maar in één bestand staan',
      'exercises/b/c/een.yaml: veld "id": oefening "een" staat ook in exercises/een.yaml; een id mag maar in één bestand staan',
    ]);
  });

  it('a duplicate is reported even when the copy has other problems too', () => {
    write('exercises/extra/een.yaml', exercise('een', { lesson: 'nergens' }));
    const found = lines();
    expect(found).toContain('exercises/extra/een.yaml: veld "id": oefening "een" staat ook in exercises/een.yaml; een id mag maar in één bestand staan');
    expect(found).toContain('exercises/extra/een.yaml: veld "lesson": onbekende les "nergens"; bestaande lessen: een-les');
  });
});

describe('exercises in sub-folders are checked like the others', () => {
  it('an exercise in a sub-folder naming a missing lesson fails with file and field', () => {
    write('exercises/extra/los.yaml', exercise('los', { lesson: 'nergens' }));
    expect(lines()).toEqual(['exercises/extra/los.yaml: veld "lesson": onbekende les "nergens"; bestaande lessen: een-les']);
  });

  it('a .yml file in a deep sub-folder with a broken field fails with file and field', () => {
    write('exercises/a/b/diep.yml', exercise('diep', { criteria: ['zomaar'] }));
    expect(lines().some((l) => l.startsWith('exercises/a/b/diep.yml: veld "criteria[0].id": onbekend criterium "zomaar"'))).toBe(true);
  });

  it('a valid exercise in a sub-folder is loaded, and found by id', () => {
    write('exercises/extra/los.yml', exercise('los'));
    expect(lines()).toEqual([]);
    expect(loadExercises(root).exercises.map((e) => e.id).sort()).toEqual(['een', 'los']);
    expect(loadExercise(root, 'los')?.title).toBe('Oefening los');
  });

  it('the command line refuses an id that two files define, naming both', () => {
    write('exercises/extra/een.yml', exercise('een'));
    expect(() => loadExercise(root, 'een')).toThrow('exercises/extra/een.yml: veld "id": oefening "een" staat ook in exercises/een.yaml');
  });

  it('a file name that differs from its id, in a sub-folder, names the file', () => {
    write('exercises/extra/anders.yaml', exercise('niet-anders'));
    expect(lines()).toEqual(['exercises/extra/anders.yaml: veld "id": moet gelijk zijn aan de bestandsnaam ("anders")']);
  });
});

describe('lessons are read the way the collection loads them', () => {
  it('a lesson in a sub-folder is refused instead of being silently unknown to exercises', () => {
    write('src/content/lessons/extra/tweede.mdx', lesson('Tweede', 2));
    expect(lines()).toContain(
      'src/content/lessons/extra/tweede.mdx: bestand: een les hoort direct in src/content/lessons/ te staan, niet in een submap',
    );
  });

  it('a lesson file name that is no slug is refused', () => {
    write('src/content/lessons/Mijn Les.mdx', lesson('Mijn les', 2));
    expect(lines()).toContain('src/content/lessons/Mijn Les.mdx: bestand: gebruik voor de bestandsnaam kleine letters, cijfers en streepjes');
  });
});

describe('ids that are also names of JavaScript object properties', () => {
  it('allows the exercise id and lesson slug "constructor" (progress code keeps them as own data)', () => {
    write('src/content/lessons/constructor.mdx', lesson('Constructor', 2));
    write('exercises/constructor.yaml', exercise('constructor', { lesson: 'constructor' }));
    expect(lines()).toEqual([]);
    expect(loadExercise(root, 'constructor')?.lesson).toBe('constructor');
  });

  it('refuses "__proto__" with a clear line, never silently', () => {
    write('src/content/lessons/__proto__.mdx', lesson('Proto', 2));
    write('exercises/__proto__.yaml', exercise('__proto__'));
    const found = lines();
    expect(found).toContain('src/content/lessons/__proto__.mdx: bestand: gebruik voor de bestandsnaam kleine letters, cijfers en streepjes');
    expect(found).toContain('exercises/__proto__.yaml: veld "id": gebruik kleine letters, cijfers en streepjes');
  });
});

describe('one definition of the files, shared with the content collection', () => {
  it('lists exactly what Astro\'s glob loader (tinyglobby) finds with the same pattern', async () => {
    write('exercises/extra/twee.yml', exercise('twee'));
    write('exercises/a/b/drie.yaml', exercise('drie'));
    write('exercises/.verborgen.yaml', exercise('verborgen'));
    write('exercises/.concept/vier.yaml', exercise('vier'));
    write('exercises/notities.txt', 'geen oefening');
    write('exercises/oud.yaml.bak', exercise('oud'));
    write('exercises/HOOFD.YAML', exercise('hoofd'));
    write('exercises/map.yaml/vijf.yaml', exercise('vijf'));
    mkdirSync(join(root, 'elders'));
    writeFileSync(join(root, 'elders/zes.yaml'), exercise('zes'));
    symlinkSync(join(root, 'elders'), join(root, 'exercises/gekoppeld'));

    // Resolve tinyglobby from Astro's own dependencies: the globber its glob() loader uses.
    const requireFromAstro = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
    const { globSync } = (await import(pathToFileURL(requireFromAstro.resolve('tinyglobby')).href)) as typeof import('tinyglobby');
    const source = YAML_COLLECTIONS.exercises;
    const astro = globSync(source.pattern, { cwd: join(root, source.base), expandDirectories: false }).map((f) => `${source.base}/${f}`);
    expect([...listContentFiles(root, source)].sort()).toEqual(astro.sort());
    expect(listContentFiles(root, source)).toContain('exercises/gekoppeld/zes.yaml');
  });

  it('lists shallow files first, so the first of two copies is the one nearest the top', () => {
    write('exercises/a/een.yml', exercise('een'));
    expect(listContentFiles(root, YAML_COLLECTIONS.exercises)).toEqual(['exercises/een.yaml', 'exercises/a/een.yml']);
  });

  it('recognises a changed file anywhere under a content folder (for the dev server)', () => {
    expect(isContentFile('/repo', '/repo/exercises/extra/een.yml')).toBe(true);
    expect(isContentFile('/repo', '/repo/exercises/een.yaml')).toBe(true);
    expect(isContentFile('/repo', '/repo/src/content/lessons/een-les.mdx')).toBe(true);
    expect(isContentFile('/repo', '/repo/exercises/.concept/een.yaml')).toBe(false);
    expect(isContentFile('/repo', '/repo/exercises/notities.txt')).toBe(false);
    expect(isContentFile('/repo', '/repo/src/pages/index.astro')).toBe(false);
    expect(isContentFile('C:\\repo', 'C:\\repo\\exercises\\extra\\een.yml')).toBe(true);
  });

  it('knows the lessons and the exercises as sources', () => {
    expect(CONTENT_SOURCES.lessons.pattern).toBe('**/*.mdx');
    expect(YAML_COLLECTIONS.exercises.pattern).toBe('**/*.{yaml,yml}');
  });
});
