import { describe, expect, it } from 'vitest';
import { buildExport, courseIdentity, exportFileName, serialiseExport } from '../../../src/lib/progress/export.ts';
import { courseMatch, IMPORT_REASONS, jsonDepth, MAX_IMPORT_BYTES, parseImportText, readImportFile } from '../../../src/lib/progress/import.ts';
import { checkCourseConfig } from '../../../src/lib/course/check-config.ts';
import { course as courseConfig } from '../../../src/course.config.ts';
import { CURRENT_VERSION } from '../../../src/lib/progress/version.ts';
import type { ProgressState } from '../../../src/lib/progress/types.ts';

const at = '2025-03-01T09:00:00.000Z';
const state: ProgressState = {
  version: CURRENT_VERSION,
  lessons: { 'het-welkomstritueel': { readAt: at } },
  exercises: {
    'welkom-sanne': {
      attempts: [{ at, text: 'Beste Sanne, <script>alert(1)</script>', statuses: { salutation: 'met', tone: 'partial' } }],
      reflection: { text: 'Ik merk dat…', at },
    },
  },
  lastVisited: { path: 'lessen/het-welkomstritueel/', title: 'Het welkomstritueel', at },
};

const fileOf = (value: unknown) => JSON.stringify(value);
const validFile = () => buildExport(state, { courseVersion: '1.0.0', now: '2025-03-02T10:00:00.000Z' });

describe('export', () => {
  it('builds the documented file shape', () => {
    const file = validFile();
    expect(file).toEqual({ format: 'klik-progress', version: CURRENT_VERSION, exportedAt: '2025-03-02T10:00:00.000Z', courseVersion: '1.0.0', progress: state });
    expect(file.progress).not.toBe(state);
  });

  it('names the file after the local date', () => {
    expect(exportFileName(new Date(2025, 2, 7, 12))).toBe('klik-voortgang-2025-03-07.json');
  });

  it('round-trips through import', () => {
    const result = parseImportText(serialiseExport(validFile()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.progress).toEqual(state);
    expect(result.file.exportedAt).toBe('2025-03-02T10:00:00.000Z');
    expect(result.file.courseVersion).toBe('1.0.0');
    expect(result.file.summary).toMatchObject({ lessonsRead: 1, exercisesStarted: 1, attempts: 1, reflections: 1, drafts: 0, firstActivity: at, lastActivity: at });
  });

  it('keeps markup in strings as plain text', () => {
    const result = parseImportText(serialiseExport(validFile()));
    expect(result.ok && result.file.progress.exercises['welkom-sanne']?.attempts[0]?.text).toBe('Beste Sanne, <script>alert(1)</script>');
  });
});

describe('import: hostile and broken files', () => {
  const refused = (text: string) => {
    const result = parseImportText(text);
    expect(result.ok).toBe(false);
    return result.ok ? '' : result.reason;
  };

  it('refuses a file that is too big before reading it', async () => {
    let read = false;
    const result = await readImportFile({
      size: MAX_IMPORT_BYTES + 1,
      text: async () => {
        read = true;
        return '';
      },
    });
    expect(result).toEqual({ ok: false, reason: 'Het bestand is te groot (max. 2 MB).' });
    expect(read).toBe(false);
    expect(refused('x'.repeat(MAX_IMPORT_BYTES + 1))).toBe(IMPORT_REASONS.tooBig);
  });

  it('refuses empty files', async () => {
    expect(await readImportFile({ size: 0, text: async () => '' })).toEqual({ ok: false, reason: IMPORT_REASONS.empty });
    expect(refused('   ')).toBe(IMPORT_REASONS.empty);
  });

  it('reports an unreadable file', async () => {
    const result = await readImportFile({ size: 10, text: () => Promise.reject(new Error('io')) });
    expect(result).toEqual({ ok: false, reason: IMPORT_REASONS.unreadable });
  });

  it('refuses deeply nested JSON without parsing it', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(refused(deep)).toBe(IMPORT_REASONS.tooDeep);
    const nested = fileOf({ ...validFile(), extra: JSON.parse('['.repeat(20) + ']'.repeat(20)) });
    expect(refused(nested)).toBe(IMPORT_REASONS.tooDeep);
  });

  it('does not count brackets inside strings as nesting', () => {
    expect(jsonDepth('{"a":"[[[[[[[[[[[[[[[[[[[[[\\"[[[[["}')).toBe(1);
  });

  it('refuses text that is not JSON', () => {
    expect(refused('{not json')).toBe(IMPORT_REASONS.notJson);
    expect(refused('<html><script>alert(1)</script></html>')).toBe(IMPORT_REASONS.notJson);
  });

  it.each([
    ['an array', []],
    ['a string', 'klik'],
    ['null', null],
    ['another format', { format: 'iets-anders', version: 2, progress: {} }],
    ['no progress', { format: 'klik-progress', version: 2 }],
    ['progress as array', { format: 'klik-progress', version: 2, progress: [] }],
  ])('refuses %s as not a Klik file', (_name, value) => {
    expect(refused(fileOf(value))).toBe('Dit bestand is geen Klik-voortgangsbestand.');
  });

  it('refuses bad version numbers', () => {
    for (const version of ['2', 0, -1, 1.5, null]) {
      expect(refused(fileOf({ ...validFile(), version }))).toBe(IMPORT_REASONS.badVersion);
    }
  });

  it('refuses a file from a future version', () => {
    const reason = refused(fileOf({ ...validFile(), version: CURRENT_VERSION + 1 }));
    expect(reason).toContain('nieuwere versie van Klik');
    const inner = refused(fileOf({ ...validFile(), progress: { ...state, version: CURRENT_VERSION + 3 } }));
    expect(inner).toContain('nieuwere versie van Klik');
  });

  it.each([
    ['lessons wrong type', { lessons: 'alles' }],
    ['attempt statuses wrong', { exercises: { x: { attempts: [{ at, text: 'a', statuses: { tone: true } }] } } }],
    ['date not a date', { lessons: { a: { readAt: 12 } } }],
    ['text too long', { exercises: { x: { attempts: [], draft: { text: 'a'.repeat(60_000), at } } } }],
    ['too many attempts', { exercises: { x: { attempts: Array.from({ length: 1001 }, () => 0) } } }],
    ['external link', { lastVisited: { path: 'https://evil.example', title: 'x', at } }],
  ])('refuses wrong types and values: %s', (_name, progress) => {
    const reason = refused(fileOf({ ...validFile(), progress: { version: 2, lessons: {}, exercises: {}, ...progress } }));
    expect(reason).toMatch(/^Dit bestand is beschadigd/);
  });

  it('imports an export of version 1 by migrating it', () => {
    const result = parseImportText(fileOf({ format: 'klik-progress', version: 1, exportedAt: at, courseVersion: '0.1.0', progress: { lessonsRead: ['ethische-normen'], updatedAt: at } }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.file.progress.lessons).toEqual({ 'ethische-normen': { readAt: at } });
  });

  it('ignores a UTF-8 byte order mark and unknown top-level extras', () => {
    const result = parseImportText('\uFEFF' + fileOf({ ...validFile(), note: 'hallo' }));
    expect(result.ok).toBe(true);
  });

  it('does not let __proto__ in a file pollute prototypes', () => {
    const text = `{"format":"klik-progress","version":2,"__proto__":{"polluted":true},"progress":{"version":2,"lessons":{},"exercises":{},"__proto__":{"polluted":true}}}`;
    parseImportText(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('course identity', () => {
  const klik = courseIdentity({ title: 'Klik' });
  const other = courseIdentity({ title: 'Schrijven met Zorg', id: 'zorg-schrijven' });

  it('comes from the course settings: the id, else a slug of the title', () => {
    expect(klik).toEqual({ id: 'klik', title: 'Klik' });
    expect(courseIdentity({ title: 'Één cursus: e-coaching!' })).toEqual({ id: 'een-cursus-e-coaching', title: 'Één cursus: e-coaching!' });
    expect(other).toEqual({ id: 'zorg-schrijven', title: 'Schrijven met Zorg' });
    expect(courseIdentity(courseConfig).title).toBe(courseConfig.title);
  });

  it('is written into exports and read back on import', () => {
    const file = buildExport(state, { courseVersion: '1.0.0', course: klik, now: at });
    expect(file.course).toEqual(klik);
    const result = parseImportText(serialiseExport(file), { now: at });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.course).toEqual(klik);
    expect(courseMatch(result.file, klik)).toBe('same');
    expect(courseMatch(result.file, other)).toBe('other');
    expect(courseMatch({}, klik)).toBe('unknown');
  });

  it('ignores a course field that is not a course identity', () => {
    const result = parseImportText(fileOf({ ...validFile(), course: { id: '<script>', title: 42 } }), { now: at });
    expect(result.ok && result.file.course).toBeUndefined();
  });

  it('npm run check refuses a course id that is not a slug', () => {
    const problems = checkCourseConfig({ ...courseConfig, id: 'Mijn Cursus' }, process.cwd());
    expect(problems.map((p) => p.field)).toContain('id');
    expect(checkCourseConfig({ ...courseConfig, id: 'mijn-cursus' }, process.cwd()).map((p) => p.field)).not.toContain('id');
  });
});

describe('import: version, shape, dates and emptiness', () => {
  const now = '2025-03-02T10:00:00.000Z';

  it('refuses a "version 1" file with version-2 data instead of importing it as empty', () => {
    const result = parseImportText(fileOf({ format: 'klik-progress', version: 1, exportedAt: at, courseVersion: '1.0.0', progress: { ...state, version: undefined } }), { now });
    expect(result).toEqual({ ok: false, reason: IMPORT_REASONS.versionMismatch(1) });
    const inner = parseImportText(fileOf({ ...validFile(), progress: { ...state, version: 1 } }), { now });
    expect(inner).toEqual({ ok: false, reason: IMPORT_REASONS.versionMismatch(1) });
  });

  it('refuses a "version 2" file with version-1 data', () => {
    const result = parseImportText(fileOf({ ...validFile(), progress: { version: 2, lessonsRead: ['a'] } }), { now });
    expect(result).toEqual({ ok: false, reason: IMPORT_REASONS.versionMismatch(2) });
  });

  it('refuses dates more than a day in the future, with where', () => {
    const late = { ...state, lessons: { 'het-welkomstritueel': { readAt: '9999-12-31T00:00:00.000Z' } } };
    expect(parseImportText(fileOf({ ...validFile(), progress: late }), { now })).toEqual({ ok: false, reason: IMPORT_REASONS.futureDate('lessons.het-welkomstritueel.readAt') });
    const tomorrowish = { ...state, lessons: { 'het-welkomstritueel': { readAt: '2025-03-03T09:00:00.000Z' } } };
    expect(parseImportText(fileOf({ ...validFile(), progress: tomorrowish }), { now }).ok).toBe(true);
    const attempt = { ...state, exercises: { x: { attempts: [{ at: '2030-01-01T00:00:00.000Z', text: 't', statuses: {} }] } } };
    const reason = parseImportText(fileOf({ ...validFile(), progress: attempt }), { now });
    expect(reason.ok === false && reason.reason).toContain('in de toekomst');
  });

  it('marks a file with nothing in it as empty', () => {
    const result = parseImportText(fileOf({ ...validFile(), progress: { version: 2, lessons: {}, exercises: {} } }), { now });
    expect(result.ok && result.file.empty).toBe(true);
    const full = parseImportText(serialiseExport(validFile()), { now });
    expect(full.ok && full.file.empty).toBe(false);
  });

  it('imports Object member names as ids', () => {
    const text = `{"format":"klik-progress","version":2,"progress":{"version":2,"lessons":{"constructor":{"readAt":"${at}"},"__proto__":{"readAt":"${at}"}},"exercises":{"hasOwnProperty":{"attempts":[{"at":"${at}","text":"t","statuses":{"tone":"met"}}]}}}}`;
    const result = parseImportText(text, { now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.file.progress.lessons)).toEqual(['constructor', '__proto__']);
    expect(result.file.summary).toMatchObject({ lessonsRead: 2, exercisesStarted: 1, attempts: 1 });
    expect(({} as Record<string, unknown>).readAt).toBeUndefined();
  });
});
