import { describe, expect, it } from 'vitest';
import { exerciseKey, LAST_KEY, lessonKey, META_KEY } from '../../../src/lib/progress/keys.ts';
import { affectsShownProgress, probeProgress, writeLastVisited } from '../../../src/lib/progress/probe.ts';
import { createProgressStore, toSitePath } from '../../../src/lib/progress/store.ts';
import { LIMITS } from '../../../src/lib/progress/schema.ts';
import { FakeStorage } from './fakes.ts';

const at = '2025-03-01T09:00:00.000Z';

describe('the progress probe of every page', () => {
  it('finds nothing for a first-time reader, even after pages recorded the schema version and the last page', () => {
    const fake = new FakeStorage();
    expect(probeProgress(fake)).toBe('none');
    fake.setItem(META_KEY, '{"version":3}');
    fake.setItem(LAST_KEY, JSON.stringify({ path: 'lessen/x/', title: 'X', at }));
    fake.setItem('klik:theme', 'dark');
    expect(probeProgress(fake)).toBe('none');
  });

  it.each([
    ['a read lesson', lessonKey('een')],
    ['a draft', exerciseKey('x', 'draft')],
    ['a trajectory step', 'klik:p:step:traject%2F1:draft'],
    ['an unknown item of a later version', 'klik:p:iets'],
    ['the whole state of an earlier version', 'klik:progress'],
    ['a backup', 'klik:progress:backup:2025-03-01'],
    ['a recovery to report', 'klik:progress:recovered'],
  ])('sends the page to the store for %s', (_label, key) => {
    const fake = new FakeStorage();
    fake.setItem(key, '{}');
    expect(probeProgress(fake)).toBe('stored');
  });

  it('reports blocked storage instead of throwing', () => {
    const throwing = {
      get length(): number {
        throw new Error('geblokkeerd');
      },
      key: () => null,
      setItem: () => undefined,
    };
    expect(probeProgress(throwing)).toBe('unavailable');
    expect(probeProgress(null)).toBe('unavailable');
  });

  it('knows which storage events of another tab matter', () => {
    expect(affectsShownProgress(lessonKey('een'))).toBe(true);
    expect(affectsShownProgress(null)).toBe(true);
    expect(affectsShownProgress('klik:progress')).toBe(true);
    expect(affectsShownProgress(LAST_KEY)).toBe(false);
    expect(affectsShownProgress('klik:theme')).toBe(false);
  });

  it('records the last page exactly as the store does, and the store reads it back', () => {
    const fake = new FakeStorage();
    expect(writeLastVisited(fake, '/cursus/lessen/x/', 'T'.repeat(400), at, '/cursus/')).toBe(true);
    const store = createProgressStore({ backend: () => fake, now: () => at });
    expect(store.$progress.get().lastVisited).toEqual({ path: 'lessen/x/', title: 'T'.repeat(LIMITS.title), at });
    expect(store.$storageStatus.get()).toEqual({ kind: 'ok' });
    expect(toSitePath('/cursus/lessen/x/', '/cursus/')).toBe('lessen/x/');
  });

  it('says so when storage refuses the write', () => {
    const full = { length: 0, key: () => null, setItem: () => { throw new Error('vol'); } };
    expect(writeLastVisited(full, '/lessen/x/', 'X', at, '/')).toBe(false);
    expect(writeLastVisited(null, '/lessen/x/', 'X', at, '/')).toBe(false);
  });
});
