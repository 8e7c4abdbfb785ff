/**
 * Content checks for the lessons, the glossary and the sources (read as
 * `npm run check` reads them, which also checks the lessons they name). Plain Node: the
 * MDX files are read from disk and their front matter checked by the lesson
 * schema the content collection uses, so these tests do not need Astro.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../src/lib/content/front-matter.ts';
import { lessonSchema, type LessonFrontMatter } from '../../../src/lib/course/lesson-schema.ts';
import { loadContent } from '../../../src/lib/content/load-content.ts';

const ROOT = join(import.meta.dirname, '../../..');
const LESSON_DIR = join(ROOT, 'src/content/lessons');

/**
 * The fixed course structure, in reading order: slug and module. `order` in the front
 * matter only sorts; its numbers leave gaps so that lessons can be slotted in.
 */
const EXPECTED_LESSONS: ReadonlyArray<{ slug: string; module: string }> = [
  { slug: 'de-klik-in-geschreven-begeleiding', module: 'introductie' },
  { slug: 'sociale-nabijheid-en-ritme', module: 'introductie' },
  { slug: 'het-welkomstritueel', module: 'welkom' },
  { slug: 'het-beperkte-welkom', module: 'welkom' },
  { slug: 'het-schrijfvak', module: 'schrijven' },
  { slug: 'chat-en-e-mail', module: 'schrijven' },
  { slug: 'je-of-u', module: 'schrijven' },
  { slug: 'privacy-en-een-veilig-platform', module: 'veilig' },
  { slug: 'ethische-normen', module: 'veilig' },
  { slug: 'onzekerheden-wegnemen', module: 'veilig' },
  { slug: 'crisis-en-veiligheid', module: 'veilig' },
  { slug: 'vertrouwen-geven-en-zelfregie', module: 'vertrouwen' },
  { slug: 'aansluiten-bij-je-client', module: 'vertrouwen' },
  { slug: 'je-grenzen-kennen', module: 'vertrouwen' },
  { slug: 'aandacht-voor-de-relatie', module: 'relatie-en-proces' },
  { slug: 'aandacht-voor-het-proces', module: 'relatie-en-proces' },
  { slug: 'fase-1-intake-doelen-en-afspraken', module: 'fasen' },
  { slug: 'fase-2-online-begeleiden', module: 'fasen' },
  { slug: 'fase-3-afsluiten', module: 'fasen' },
  { slug: 'jouw-eigen-stijl', module: 'tot-slot' },
  { slug: 'zorg-voor-jezelf', module: 'tot-slot' },
];

/** The glossary ids that lessons (of both authors) link to. */
const EXPECTED_GLOSSARY_IDS = [
  'online-begeleiding', 'geschreven-begeleiding', 'asynchroon-contact', 'klik', 'sociale-nabijheid',
  'contactritme', 'taalstrategie', 'welkomstritueel', 'uitgebreid-welkom', 'beperkt-welkom',
  'directe-boodschap', 'beveiligd-platform', 'ethische-normen', 'verwachtingsmanagement', 'reactietijd',
  'zelfregie', 'spiegelen', 'leervoorkeur', 'comfortzone', 'trajectmatige-online-begeleiding',
  'terugtrekken', 'procescheck', 'intake', 'afsluiting',
  'berichtopbouw', 'open-vraag', 'toetsen', 'ongevraagd-advies', 'taalniveau-b1',
  '113-zelfmoordpreventie', 'huisartsenpost', 'veilig-thuis', 'meldcode', 'intervisie',
  'beroepscode', 'geinformeerde-toestemming', 'driehoekscontract',
  'synchroon-contact', 'chatsessie', 'aanspreekvorm',
];

/** Site routes a lesson may link to with `../../<route>/`. */
const SITE_ROUTES = new Set(['oefeningen', 'trajecten', 'voortgang', 'zoeken', 'begrippen', 'bronnen', 'over']);

/** The trajectories a lesson may link to with `../../trajecten/<id>/`: one file each in `trajectories/`, named by its id. */
const TRAJECTORY_IDS = new Set(
  readdirSync(join(ROOT, 'trajectories'))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => f.replace(/\.ya?ml$/, '')),
);

interface LessonFile {
  slug: string;
  data: LessonFrontMatter;
  body: string;
}

/** Every lesson on disk, its front matter read and checked by the collection's own schema. */
function readLessons(): LessonFile[] {
  return readdirSync(LESSON_DIR)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const front = readFrontMatter(readFileSync(join(LESSON_DIR, file), 'utf8'));
      if (!front.ok) throw new Error(`${file}: ${front.message}`);
      return { slug: file.replace(/\.mdx$/, ''), data: lessonSchema.parse(front.data), body: front.body };
    });
}

const lessons = readLessons();
const content = loadContent(ROOT);
const GLOSSARY = content.lists.glossary;
const SOURCES = content.lists.sources;
const slugs = new Set(lessons.map((l) => l.slug));
const glossaryIds = new Set(GLOSSARY.map((e) => e.id));

/** Every `<Begrip id="…">` in a body. */
function begripIds(body: string): string[] {
  return [...body.matchAll(/<Begrip\s+id="([^"]*)"/g)].map((m) => m[1] ?? '');
}

describe('course structure', () => {
  it('has the expected lessons, each in its module', () => {
    for (const expected of EXPECTED_LESSONS) {
      const lesson = lessons.find((l) => l.slug === expected.slug);
      expect(lesson, `les ${expected.slug} ontbreekt`).toBeDefined();
      expect(lesson?.data.module, `${expected.slug}: module`).toBe(expected.module);
    }
    expect([...slugs].sort()).toEqual(EXPECTED_LESSONS.map((l) => l.slug).sort());
  });

  it('sorts the lessons by order in their reading order, with unique orders', () => {
    const byOrder = [...lessons].sort((a, b) => a.data.order - b.data.order).map((l) => l.slug);
    expect(byOrder).toEqual(EXPECTED_LESSONS.map((l) => l.slug));
    expect(new Set(lessons.map((l) => l.data.order)).size).toBe(lessons.length);
  });
});

describe.each(lessons.map((l) => [l.slug, l] as const))('lesson %s', (_slug, lesson) => {
  it('has a Reflectie, a Kern and at least one Voorbeeld', () => {
    expect(lesson.body).toMatch(/<Reflectie[\s>]/);
    expect(lesson.body).toMatch(/<Kern[\s>]/);
    expect(lesson.body).toMatch(/<Voorbeeld[\s>]/);
  });

  it('starts with text, has no h1 and no HTML comments', () => {
    expect(lesson.body.trimStart()).not.toMatch(/^[#<]/);
    expect(lesson.body).not.toMatch(/^# /m);
    expect(lesson.body).not.toContain('<!--');
  });

  it('only links to glossary entries that exist', () => {
    for (const id of begripIds(lesson.body)) {
      expect(glossaryIds.has(id), `onbekend begrip "${id}"`).toBe(true);
    }
  });

  it('only links to lessons and pages that exist', () => {
    for (const m of lesson.body.matchAll(/\]\((\.\.\/[^)\s]*)\)/g)) {
      const target = m[1] ?? '';
      const sibling = /^\.\.\/([a-z0-9-]+)\/(#[a-z0-9-]+)?$/.exec(target);
      const page = /^\.\.\/\.\.\/([a-z0-9-]+)\/(#[a-z0-9-]+)?$/.exec(target);
      const trajectory = /^\.\.\/\.\.\/trajecten\/([a-z0-9-]+)\/$/.exec(target);
      if (sibling) expect(slugs.has(sibling[1] ?? ''), `link naar onbekende les ${target}`).toBe(true);
      else if (trajectory) expect(TRAJECTORY_IDS.has(trajectory[1] ?? ''), `link naar onbekend traject ${target}`).toBe(true);
      else if (page) expect(SITE_ROUTES.has(page[1] ?? ''), `link naar onbekende pagina ${target}`).toBe(true);
      else expect.fail(`onverwachte relatieve link ${target}`);
    }
  });
});

describe('glossary', () => {
  it('has exactly the agreed ids, each once', () => {
    expect(GLOSSARY.map((e) => e.id).sort()).toEqual([...EXPECTED_GLOSSARY_IDS].sort());
    expect(glossaryIds.size).toBe(GLOSSARY.length);
  });

  it('is sorted by term', () => {
    const terms = GLOSSARY.map((e) => e.term);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'nl')));
  });

  it('explains every entry in one to three sentences', () => {
    for (const entry of GLOSSARY) {
      const sentences = entry.definition.split(/(?<=[.!?])\s+(?=[A-Z‘'"])/).length;
      expect(sentences, `${entry.id}: 1–3 zinnen`).toBeLessThanOrEqual(3);
    }
  });

  it('links every entry from at least one lesson', () => {
    const used = new Set(lessons.flatMap((l) => begripIds(l.body)));
    const unused = GLOSSARY.map((e) => e.id).filter((id) => !used.has(id));
    expect(unused, 'begrippen zonder <Begrip>-link in een les').toEqual([]);
  });

  it('is valid, names only existing lessons, and has no duplicate ids', () => {
    expect(content.problems.filter((p) => p.file === 'src/content/glossary.yaml')).toEqual([]);
  });
});

describe('sources', () => {
  it('has the four sources with unique ids', () => {
    expect(SOURCES.map((s) => s.id).sort()).toEqual(['huls-2007', 'peters', 'ribbers-waringa-2012', 'trajectmatig']);
  });

  it('is valid, names only existing lessons, and has no duplicate ids', () => {
    expect(content.problems.filter((p) => p.file === 'src/content/sources.yaml')).toEqual([]);
  });

  it('invents no year or author', () => {
    const peters = SOURCES.find((s) => s.id === 'peters');
    expect(peters?.year).toBe('z.d.');
    const trajectmatig = SOURCES.find((s) => s.id === 'trajectmatig');
    expect(trajectmatig?.authors).toBe('');
  });
});
