/**
 * Course text an editor of Dutch and a trainer would stumble over (issue 16, items 9 and 10),
 * checked across everything a trainee reads: lessons, glossary, exercises and trajectories.
 * Plain Node: the files are read from disk.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '../../..');

/** Files under a folder (recursively) whose name matches. */
function filesIn(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => pattern.test(f))
    .sort()
    .map((f) => join(dir, f));
}

const LESSONS = filesIn('src/content/lessons', /\.mdx$/);
const EXERCISES = filesIn('exercises', /\.ya?ml$/);
const TRAJECTORIES = filesIn('trajectories', /\.ya?ml$/);
const COURSE_TEXT = [...LESSONS, 'src/content/glossary.yaml', ...EXERCISES, ...TRAJECTORIES];

function read(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

describe('course text', () => {
  /** Phrases quoted in issue 16 as wrong Dutch or as a wrong promise, with why. */
  const FORBIDDEN: ReadonlyArray<readonly [RegExp, string]> = [
    [/zwart-op-wit/i, 'schrijf ‘zwart op wit’, zonder streepjes'],
    [/bevalt het schrijven met mij je/i, 'verkeerde woordvolgorde'],
    [/veel gehad aan je openhartige berichten/i, 'zet de coach centraal en loopt niet'],
    [/\baan aan\b/i, '‘aanpassen aan’ met dubbel ‘aan’; schrijf ‘afstemmen op’'],
    [/herkent die het later terug/i, '‘terug’ is dubbelop bij herkennen'],
    [/goed nagedacht over mijn vragen/i, 'zet de coach centraal in plaats van de cliënt'],
    // Item 9: the privacy lesson asks ‘of ook beheerders?’; no message may promise otherwise.
    [/alleen (jij|u) en ik\b/i, 'onjuiste belofte: ook een technisch beheerder kan erbij'],
    [/alleen (de cliënt|je cliënt|jij) en (de begeleider|de coach|jij) (ze |de berichten )?(kunnen|kan) lezen/i, 'onjuiste belofte: ook een technisch beheerder kan erbij'],
  ];

  it.each(COURSE_TEXT)('%s has none of the quoted errors', (path) => {
    // An id is a stable route (`/oefeningen/ethiek-zwart-op-wit-amira/`), not text a trainee reads.
    const text = read(path).replace(/^id: .*$/m, '');
    for (const [pattern, why] of FORBIDDEN) {
      const hit = pattern.exec(text);
      expect(hit?.[0], `${path}: ‘${hit?.[0]}’ (${why})`).toBeUndefined();
    }
  });

  it.each(COURSE_TEXT)('%s states a retention term as a practice’s own choice, not as how things are', (path) => {
    // Item 9: ‘drie maanden bewaren, daarna verwijderen’ clashes with record-keeping duties of
    // care professionals when it is written as a fact (‘worden ze verwijderd’, ‘blijven … staan’).
    const text = read(path);
    expect(text).not.toMatch(/drie maanden[^.]*(daarna|dan) worden ze (verwijderd|gewist)/i);
    expect(text).not.toMatch(/blijven (onze|de|je) berichten nog drie maanden/i);
  });
});

/** The people of the course: who is a client and who is a coach, and each client's coach. */
interface Person {
  name: string;
  role: 'client' | 'coach';
  coach?: string;
  where: string;
}

/** First name of a full name ("Ans Kuipers" → "Ans"); "meneer Bosman" stays whole. */
function firstName(name: string): string {
  const trimmed = name.trim();
  if (/^(meneer|mevrouw)\s/i.test(trimmed)) return trimmed;
  return trimmed.split(/\s+/)[0] ?? '';
}

/**
 * People in the lessons: the writer of every example message (`<Voorbeeld van naam>`), and
 * for a coach's message, the client it greets by first name ("Beste Kees,", "Esther,").
 */
function lessonPeople(): Person[] {
  const people: Person[] = [];
  for (const path of LESSONS) {
    const text = read(path);
    for (const m of text.matchAll(/<Voorbeeld\b([^>]*)>([\s\S]*?)<\/Voorbeeld>/g)) {
      const attrs = m[1] ?? '';
      const van = /\bvan="(coach|client)"/.exec(attrs)?.[1] as 'coach' | 'client' | undefined;
      const naam = /\bnaam="([^"]+)"/.exec(attrs)?.[1];
      if (!van || !naam) continue;
      people.push({ name: naam, role: van, where: path });
      if (van !== 'coach') continue;
      const firstLine = (m[2] ?? '').trim().split('\n')[0] ?? '';
      const greeted = /^(?:(?:Beste|Hoi|Hallo|Lieve|Dag|Hi)\s+)?([A-Z][a-zëéïü]+)[,!]/.exec(firstLine)?.[1];
      if (greeted) people.push({ name: greeted, role: 'client', coach: naam, where: path });
    }
  }
  return people;
}

/** People in the exercise and trajectory files: the client and the coach of each. */
function filePeople(paths: string[]): Person[] {
  const people: Person[] = [];
  for (const path of paths) {
    const data = parse(read(path)) as { client?: { name?: string }; coach?: { name?: string } };
    const client = data.client?.name ? firstName(data.client.name) : undefined;
    const coach = data.coach?.name ? firstName(data.coach.name) : undefined;
    if (client) people.push({ name: client, role: 'client', coach, where: path });
    if (coach) people.push({ name: coach, role: 'coach', where: path });
  }
  return people;
}

describe('every person has one name', () => {
  const people = [...lessonPeople(), ...filePeople(EXERCISES), ...filePeople(TRAJECTORIES)];

  it('finds the people of lessons, exercises and trajectories', () => {
    expect(people.filter((p) => p.where.startsWith('src/')).length).toBeGreaterThan(40);
    expect(people.filter((p) => p.where.startsWith('exercises/')).length).toBeGreaterThan(40);
  });

  it('never uses one name for a client in one place and a coach in another', () => {
    const clients = new Map<string, string>();
    for (const p of people) if (p.role === 'client') clients.set(p.name, p.where);
    const clashes = people
      .filter((p) => p.role === 'coach' && clients.has(p.name))
      .map((p) => `${p.name}: coach in ${p.where}, cliënt in ${clients.get(p.name)}`);
    expect(clashes).toEqual([]);
  });

  /** Clients to whom two coaches write on purpose: the same message in two styles. */
  const SHARED_ON_PURPOSE = new Set(['Ingrid']); // jouw-eigen-stijl: Jeroen's and Fatima's style side by side

  it('gives each client one coach (two coaches means two people with one name)', () => {
    const coachOf = new Map<string, Set<string>>();
    for (const p of people) {
      if (p.role !== 'client' || !p.coach || SHARED_ON_PURPOSE.has(p.name)) continue;
      const set = coachOf.get(p.name) ?? new Set<string>();
      set.add(p.coach);
      coachOf.set(p.name, set);
    }
    const clashes = [...coachOf].filter(([, coaches]) => coaches.size > 1).map(([name, coaches]) => `${name}: ${[...coaches].join(', ')}`);
    expect(clashes).toEqual([]);
  });
});
