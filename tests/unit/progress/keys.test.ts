import { describe, expect, it } from 'vitest';
import { attemptKey, exerciseKey, LAST_KEY, lessonKey, META_KEY, parseKey, textHash } from '../../../src/lib/progress/keys.ts';

const at = '2025-03-01T09:00:00.000Z';

describe('storage keys', () => {
  it.each(['het-welkomstritueel', 'constructor', '__proto__', 'a:b', 'café', '%41'])('round-trips the id %s', (id) => {
    expect(parseKey(lessonKey(id))).toEqual({ kind: 'lesson', id });
    for (const field of ['draft', 'reflection', 'seen'] as const) expect(parseKey(exerciseKey(id, field))).toEqual({ kind: field, id });
    expect(parseKey(attemptKey(id, { at, text: 'tekst' }))).toEqual({ kind: 'attempt', id });
  });

  it('gives the same attempt the same key, and different attempts different keys', () => {
    const key = attemptKey('x', { at, text: 'tekst' });
    expect(key).toBe(`klik:p:ex:x:attempt:20250301090000000-${textHash('tekst')}`);
    expect(attemptKey('x', { at, text: 'tekst' })).toBe(key);
    expect(attemptKey('x', { at, text: 'tekst.' })).not.toBe(key);
    expect(attemptKey('x', { at: '2025-03-01T09:00:00.001Z', text: 'tekst' })).not.toBe(key);
  });

  it('knows meta, last and leaves keys of unknown scopes alone', () => {
    expect(parseKey(META_KEY)).toEqual({ kind: 'meta' });
    expect(parseKey(LAST_KEY)).toEqual({ kind: 'last' });
    expect(parseKey('klik:p:step:traject%2Fstap-1:draft')).toEqual({ kind: 'other' });
    expect(parseKey('klik:p:ex:x:iets')).toEqual({ kind: 'other' });
    expect(parseKey('klik:p:lesson:%E0%A4%A')).toEqual({ kind: 'other' });
    expect(parseKey('klik:progress')).toBeNull();
    expect(parseKey('klik:theme')).toBeNull();
  });
});
