import { describe, expect, it } from 'vitest';
import { checkItem, checkProgress, emptyProgress, FUTURE_DATE, isItemId, isSafeSitePath, normaliseDate, own, salvageProgress, validateProgress, LIMITS } from '../../../src/lib/progress/schema.ts';
import { CURRENT_VERSION } from '../../../src/lib/progress/version.ts';

const at = '2025-03-01T09:00:00.000Z';

describe('validateProgress', () => {
  it('accepts a full current state and normalises dates', () => {
    const result = validateProgress({
      version: CURRENT_VERSION,
      lessons: { 'het-welkomstritueel': { readAt: '2025-03-01T10:00:00+01:00' } },
      exercises: {
        'welkom-sanne': {
          draft: { text: 'Beste Sanne,', at },
          attempts: [{ at, text: 'Hoi', statuses: { salutation: 'met', 'open-question': 'missing' } }],
          reflection: { text: 'Ik leerde…', at },
          modelAnswerSeen: at,
        },
      },
      lastVisited: { path: 'lessen/het-welkomstritueel/', title: 'Het welkomstritueel', at },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state.lessons['het-welkomstritueel']).toEqual({ readAt: at });
    expect(result.state.exercises['welkom-sanne']?.attempts[0]?.statuses).toEqual({ salutation: 'met', 'open-question': 'missing' });
  });

  it('accepts missing optional parts', () => {
    expect(validateProgress({ version: 2 })).toEqual({ ok: true, state: emptyProgress() });
  });

  it.each([
    ['lessons as array', { lessons: [] }, 'lessons'],
    ['bad date', { lessons: { a: { readAt: 'gisteren' } } }, 'lessons.a.readAt'],
    ['bad slug', { lessons: { 'Niet Goed': { readAt: at } } }, 'lessons'],
    ['attempt text not a string', { exercises: { x: { attempts: [{ at, text: 42, statuses: {} }] } } }, 'exercises.x.attempts.0.text'],
    ['unknown status', { exercises: { x: { attempts: [{ at, text: '', statuses: { tone: 'great' } }] } } }, 'exercises.x.attempts.0.statuses.tone'],
    ['attempts not a list', { exercises: { x: { attempts: 'veel' } } }, 'exercises.x.attempts'],
    ['external lastVisited', { lastVisited: { path: 'https://evil.example/', title: 't', at } }, 'lastVisited.path'],
    ['javascript lastVisited', { lastVisited: { path: 'javascript:alert(1)', title: 't', at } }, 'lastVisited.path'],
  ])('refuses %s', (_name, value, path) => {
    const result = validateProgress({ version: 2, ...value });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issue.path).toBe(path);
  });

  it('keeps __proto__ and other Object member names as plain ids, without touching prototypes', () => {
    const value = JSON.parse(
      '{"version":2,"lessons":{"__proto__":{"readAt":"2025-03-01T09:00:00.000Z"},"constructor":{"readAt":"2025-03-01T09:00:00.000Z"}},' +
        '"exercises":{"toString":{"attempts":[{"at":"2025-03-01T09:00:00.000Z","text":"t","statuses":{"__proto__":"met","tone":"met"}}]}}}',
    );
    const { state, issues } = checkProgress(value);
    // Criterion ids stay strict (a fixed list): the __proto__ status is dropped.
    expect(issues).toEqual([{ path: 'exercises.toString.attempts.0.statuses', message: 'bevat een onbekende sleutel' }]);
    expect(Object.getPrototypeOf(state.lessons)).toBeNull();
    expect(Object.keys(state.lessons)).toEqual(['__proto__', 'constructor']);
    expect(Object.hasOwn(state.lessons, '__proto__')).toBe(true);
    expect(state.exercises['toString']?.attempts[0]?.statuses).toEqual({ tone: 'met' });
    expect(state.exercises.hasOwnProperty).toBeUndefined();
    expect(({} as Record<string, unknown>).readAt).toBeUndefined();
  });

  it('refuses dates after notAfter when asked to', () => {
    const value = { version: 2, lessons: { a: { readAt: '2025-03-03T09:00:00.000Z' } } };
    expect(validateProgress(value).ok).toBe(true);
    const result = validateProgress(value, { notAfter: '2025-03-02T09:00:00.000Z' });
    expect(result).toEqual({ ok: false, issue: { path: 'lessons.a.readAt', message: FUTURE_DATE } });
  });

  it('keeps strings as plain strings', () => {
    const text = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const result = validateProgress({ version: 2, exercises: { x: { attempts: [{ at, text, statuses: {} }] } } });
    expect(result.ok && result.state.exercises.x?.attempts[0]?.text).toBe(text);
  });

  it('enforces length limits', () => {
    const long = 'a'.repeat(LIMITS.text + 1);
    expect(validateProgress({ version: 2, exercises: { x: { attempts: [], draft: { text: long, at } } } }).ok).toBe(false);
    const lessons = Object.fromEntries(Array.from({ length: LIMITS.lessons + 1 }, (_, i) => [`les-${i}`, { readAt: at }]));
    expect(validateProgress({ version: 2, lessons }).ok).toBe(false);
  });

  it('keeps only the newest attempts beyond the kept limit', () => {
    const attempts = Array.from({ length: LIMITS.attemptsKept + 5 }, (_, i) => ({ at: new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString(), text: `${i}`, statuses: {} }));
    const result = validateProgress({ version: 2, exercises: { x: { attempts: attempts.reverse() } } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const kept = result.state.exercises.x?.attempts ?? [];
    expect(kept).toHaveLength(LIMITS.attemptsKept);
    expect(kept[0]?.text).toBe('5');
    expect(kept.at(-1)?.text).toBe(String(LIMITS.attemptsKept + 4));
  });
});

describe('salvageProgress', () => {
  it('keeps the valid parts of a broken value', () => {
    const state = salvageProgress({
      version: 2,
      lessons: { goed: { readAt: at }, fout: { readAt: 12 } },
      exercises: { x: { attempts: [{ at, text: 'ok', statuses: { tone: 'met' } }, { at: 'nooit', text: 'weg', statuses: {} }] }, y: 'kapot' },
    });
    expect(Object.keys(state.lessons)).toEqual(['goed']);
    expect(state.exercises.x?.attempts.map((a) => a.text)).toEqual(['ok']);
    expect(state.exercises.y).toBeUndefined();
  });

  it('returns an empty state for anything else', () => {
    for (const value of [null, 42, 'tekst', [], undefined]) expect(salvageProgress(value)).toEqual(emptyProgress());
  });
});

describe('helpers', () => {
  it('normaliseDate', () => {
    expect(normaliseDate('2025-03-01T10:00:00+01:00')).toBe(at);
    expect(normaliseDate('morgen')).toBeNull();
    expect(normaliseDate(1700000000000)).toBeNull();
    expect(normaliseDate('1970-01-01T00:00:00Z')).toBeNull();
  });

  it('isSafeSitePath', () => {
    for (const ok of ['lessen/het-welkomstritueel/', '/cursus/oefeningen/x/', 'voortgang/#export', '']) expect(isSafeSitePath(ok)).toBe(true);
    for (const bad of ['https://x.nl/', '//x.nl/', 'javascript:alert(1)', 'data:text/html,hi', 'a\\b', 'a\nb', 'a b']) expect(isSafeSitePath(bad)).toBe(false);
  });
});

describe('ids and items', () => {
  it('accepts any slug Astro or an exercise file can give, and Object member names', () => {
    for (const ok of ['het-welkomstritueel', 'les_1', 'café', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'a.b']) expect(isItemId(ok)).toBe(true);
    for (const bad of ['', 'Niet Goed', 'a:b', 'a/b', '-a', 'x'.repeat(LIMITS.id + 1), 42]) expect(isItemId(bad)).toBe(false);
  });

  it('own() reads own entries only', () => {
    expect(own({}, 'constructor')).toBeUndefined();
    expect(own({ constructor: 1 } as Record<string, number>, 'constructor')).toBe(1);
    expect(own(undefined, 'x')).toBeUndefined();
  });

  it('checks one item at a time', () => {
    expect(checkItem('lesson', { readAt: at })).toEqual({ value: { readAt: at }, issues: [] });
    expect(checkItem('seen', { at })).toEqual({ value: { at }, issues: [] });
    expect(checkItem('draft', { text: 't', at: 'nooit' }).value).toBeNull();
    expect(checkItem('last', { path: 'https://evil.example/', title: 't', at }).value).toBeNull();
    const attempt = checkItem('attempt', { at, text: 't', statuses: { tone: 'met', closing: 'super' } });
    expect(attempt.value).toEqual({ at, text: 't', statuses: { tone: 'met' } });
    expect(attempt.issues).toHaveLength(1);
  });
});
