import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { formatProblem } from '../../../src/lib/exercise-files/validate.ts';
import { course } from '../../../src/course.config.ts';
import { z } from 'astro/zod';

/** `npm run check` on a small course in a temporary folder. */
let root = '';
const GLOSSARY = new Set(['spiegelen']);

const lesson = (front: string, body = 'Tekst met <Begrip id="spiegelen">spiegelen</Begrip>.') => `---\n${front}\n---\n\n${body}\n`;
const GOOD_FRONT = 'title: Een les\nsummary: Waar deze les over gaat.\nmodule: welkom\norder: 1\nminutes: 6\ngoals:\n  - Je kunt iets uitleggen.';

function write(path: string, text: string) {
  writeFileSync(join(root, path), text);
}
function lines() {
  return checkContent(root, course, GLOSSARY).map(formatProblem);
}

describe('npm run check, content part', () => {
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'klik-check-'));
    mkdirSync(join(root, 'src/content/lessons'), { recursive: true });
    mkdirSync(join(root, 'exercises'));
    write('src/content/lessons/een-les.mdx', lesson(GOOD_FRONT));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds nothing wrong in a valid course', () => {
    expect(lines()).toEqual([]);
  });

  it('names the lesson file and field of a broken front matter', () => {
    write('src/content/lessons/kapot.mdx', lesson('title: Kapot\nsummary: Iets.\nmodule: onbekend\norder: 2\nminutes: 90\ngoals: []'));
    const found = lines();
    expect(found).toContain('src/content/lessons/kapot.mdx: veld "summary": Te kort: verwacht dat string >=10 tekens heeft');
    expect(found.some((l) => l.startsWith('src/content/lessons/kapot.mdx: veld "module": '))).toBe(true);
    expect(found.some((l) => l.startsWith('src/content/lessons/kapot.mdx: veld "minutes": '))).toBe(true);
    expect(found.some((l) => l.startsWith('src/content/lessons/kapot.mdx: veld "goals": '))).toBe(true);
  });

  it('reports a lesson without front matter, a duplicate order and an unknown glossary term', () => {
    write('src/content/lessons/zonder.mdx', 'Alleen tekst.\n');
    write('src/content/lessons/dubbel.mdx', lesson(GOOD_FRONT.replace('Een les', 'Dubbel'), 'Zie <Begrip id="bestaat-niet">iets</Begrip>.'));
    const found = lines();
    expect(found).toContain('src/content/lessons/zonder.mdx: bestand: front matter (tussen --- en ---) ontbreekt');
    expect(found.some((l) => /dubbel\.mdx: veld "order": 1 wordt ook gebruikt door/.test(l) || /een-les\.mdx: veld "order": 1 wordt ook gebruikt door/.test(l))).toBe(true);
    expect(found).toContain('src/content/lessons/dubbel.mdx: veld "Begrip": begrip "bestaat-niet" staat niet in src/content/glossary.yaml');
  });

  it('names the exercise file and field, for several broken exercises at once', () => {
    write('exercises/onbekende-les.yaml', 'id: onbekende-les\ntitle: T\nlesson: nergens\nkind: reply\nchannel: platform\nsituation: S\nclient: { name: A, message: B }\ncoach: { name: C }\ntask: T\ncriteria: [salutation]\nmodelAnswer: M\nreflection: R\n');
    write('exercises/verkeerde-naam.yaml', 'id: andere-naam\ntitle: T\nlesson: een-les\nkind: reply\nchannel: platform\nsituation: S\nclient: { name: A, message: B }\ncoach: { name: C }\ntask: T\ncriteria: [salutation]\nmodelAnswer: M\nreflection: R\nextra: x\n');
    const found = lines();
    expect(found).toContain('exercises/onbekende-les.yaml: veld "lesson": onbekende les "nergens"; bestaande lessen: een-les');
    expect(found).toContain('exercises/verkeerde-naam.yaml: bestand: onbekend veld: extra');
  });

  it('checks the glossary and the sources lists: fields, duplicate ids, the lessons they name, and <Begrip> links against them', () => {
    mkdirSync(join(root, 'src/content'), { recursive: true });
    const definition = 'Een uitleg die lang genoeg is om echt iets over het begrip te zeggen.';
    write(
      'src/content/glossary.yaml',
      `- { id: spiegelen, term: Spiegelen, definition: "${definition}", lessons: [een-les] }\n` +
        `- { id: spiegelen, term: Nog eens, definition: "${definition}", lessons: [een-les] }\n` +
        `- { id: klik, term: Klik, definition: "${definition}", lessons: [nergens] }\n`,
    );
    write('src/content/sources.yaml', '- { id: boek, cite: Boek, authors: "", year: "vorig jaar", title: T, italicTitle: true, about: Over, lessons: [een-les] }\n');
    write('src/content/lessons/tweede.mdx', lesson(GOOD_FRONT.replace('order: 1', 'order: 2'), 'Zie <Begrip id="klik">klik</Begrip>.'));
    const found = checkContent(root, course).map(formatProblem);
    expect(found).toContain('src/content/glossary.yaml: veld "[1].id": begrip "spiegelen" staat er twee keer in');
    expect(found).toContain('src/content/glossary.yaml: veld "[2].lessons[0]": onbekende les "nergens"; bestaande lessen: een-les, tweede');
    expect(found).toContain('src/content/sources.yaml: veld "[0].year": een jaartal of z.d.');
    // The entry with an unknown lesson is left out, so a link to it is reported too.
    expect(found).toContain('src/content/lessons/tweede.mdx: veld "Begrip": begrip "klik" staat niet in src/content/glossary.yaml');
    expect(found).toHaveLength(4);
  });

  it("answers in Dutch where content is checked, without changing zod's language for anything else", () => {
    write('src/content/lessons/kort.mdx', lesson(GOOD_FRONT.replace('order: 1', 'order: 2').replace('title: Een les', 'title: 12')));
    expect(lines()).toContain('src/content/lessons/kort.mdx: veld "title": Ongeldige invoer: verwacht string, ontving getal');
    expect(z.string().safeParse(12).error?.issues[0]?.message).toBe('Invalid input: expected string, received number');
  });

  it('reports settings whose accent colour fails AA, with the ratio', () => {
    const found = checkContent(root, { ...course, accent: { light: '#1b5e6a', dark: '#2a3a40' } }, GLOSSARY).map(formatProblem);
    expect(found.some((l) => /^src\/course\.config\.ts: veld "accent\.dark": contrast op de achtergrond is \d\.\d\d:1/.test(l))).toBe(true);
  });

  it('reports a missing logo file and an unknown module', () => {
    const found = checkContent(root, { ...course, logo: 'geen-logo.svg', modules: ['welkom', 'bestaat-niet' as 'welkom'] }, GLOSSARY).map(formatProblem);
    expect(found).toContain('src/course.config.ts: veld "logo": bestand public/geen-logo.svg bestaat niet');
    expect(found.some((l) => l.startsWith('src/course.config.ts: veld "modules": onbekende module "bestaat-niet"'))).toBe(true);
  });
});
