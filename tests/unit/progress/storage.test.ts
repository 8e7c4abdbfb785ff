import { describe, expect, it } from 'vitest';
import {
  BACKUP_PREFIX,
  loadProgress,
  persistentEngine,
  PROGRESS_KEY,
  RECOVERED_KEY,
  SafeStorage,
} from '../../../src/lib/progress/storage.ts';
import { emptyProgress } from '../../../src/lib/progress/schema.ts';
import { blockedBackend, FakeStorage } from './fakes.ts';

const now = '2025-03-01T09:00:00.000Z';

describe('SafeStorage', () => {
  it('uses the real storage when it works', () => {
    const fake = new FakeStorage();
    const s = new SafeStorage(() => fake);
    expect(s.mode).toBe('local');
    s.set('klik:a', '1');
    expect(fake.getItem('klik:a')).toBe('1');
    expect(fake.getItem('klik:probe')).toBeNull();
  });

  it('falls back to memory when storage access throws', () => {
    const s = new SafeStorage(blockedBackend);
    expect(s.mode).toBe('memory');
    expect(s.reason).toBe('blocked');
    expect(s.set('klik:a', '1')).toBe(false);
    expect(s.get('klik:a')).toBe('1');
    expect(s.keys()).toEqual(['klik:a']);
  });

  it('falls back to memory when there is no storage (Node)', () => {
    const s = new SafeStorage(() => undefined);
    expect(s.mode).toBe('memory');
  });

  it('keeps reading stored values when storage is full from the start', () => {
    const fake = new FakeStorage();
    fake.setItem(PROGRESS_KEY, '{"version":2}');
    fake.full = true;
    const s = new SafeStorage(() => fake);
    expect(s.mode).toBe('memory');
    expect(s.reason).toBe('quota');
    expect(s.get(PROGRESS_KEY)).toBe('{"version":2}');
  });

  it('switches to memory on a quota error and tells listeners', () => {
    const fake = new FakeStorage();
    fake.quota = 100;
    const s = new SafeStorage(() => fake);
    const reasons: string[] = [];
    s.onFallback((r) => reasons.push(r));
    expect(s.set('klik:a', 'x'.repeat(50))).toBe(true);
    expect(s.set('klik:b', 'y'.repeat(80))).toBe(false);
    expect(reasons).toEqual(['quota']);
    expect(s.get('klik:a')).toBe('x'.repeat(50));
    expect(s.get('klik:b')).toBe('y'.repeat(80));
    expect(fake.getItem('klik:b')).toBeNull();
  });

  it('works as a @nanostores/persistent engine', () => {
    const fake = new FakeStorage();
    const engine = persistentEngine(new SafeStorage(() => fake));
    expect('klik:x' in engine).toBe(false);
    engine['klik:x'] = 'hoi';
    expect('klik:x' in engine).toBe(true);
    expect(engine['klik:x']).toBe('hoi');
    expect(Object.keys(engine)).toEqual(['klik:x']);
    delete engine['klik:x'];
    expect(fake.getItem('klik:x')).toBeNull();
  });
});

describe('loadProgress', () => {
  it('starts empty and ok when nothing is stored', () => {
    const s = new SafeStorage(() => new FakeStorage());
    expect(loadProgress(s, now)).toEqual({ state: emptyProgress(), status: { kind: 'ok' } });
  });

  it('keeps a backup of a value that is not JSON and starts empty', () => {
    const fake = new FakeStorage();
    fake.setItem(PROGRESS_KEY, '{not json');
    const { state, status } = loadProgress(new SafeStorage(() => fake), now);
    const backupKey = `${BACKUP_PREFIX}${now}`;
    expect(status).toEqual({ kind: 'recovered', backupKey });
    expect(fake.getItem(backupKey)).toBe('{not json');
    expect(fake.getItem(RECOVERED_KEY)).toBe(backupKey);
    expect(state).toEqual(emptyProgress());
    expect(JSON.parse(fake.getItem(PROGRESS_KEY) ?? '')).toEqual(emptyProgress());
  });

  it('recovers the valid parts of a value with the wrong shape', () => {
    const fake = new FakeStorage();
    const raw = JSON.stringify({ version: 2, lessons: { goed: { readAt: now }, fout: 'ja' }, exercises: 'kapot' });
    fake.setItem(PROGRESS_KEY, raw);
    const { state, status } = loadProgress(new SafeStorage(() => fake), now);
    expect(status.kind).toBe('recovered');
    expect(state.lessons).toEqual({ goed: { readAt: now } });
    expect(fake.getItem(`${BACKUP_PREFIX}${now}`)).toBe(raw);
  });

  it('keeps a backup of a value from a future version', () => {
    const fake = new FakeStorage();
    const raw = JSON.stringify({ version: 99, lessons: { a: { readAt: now } }, exercises: {} });
    fake.setItem(PROGRESS_KEY, raw);
    const { state, status } = loadProgress(new SafeStorage(() => fake), now);
    expect(status.kind).toBe('recovered');
    expect(state.lessons).toEqual({ a: { readAt: now } });
    expect(fake.getItem(`${BACKUP_PREFIX}${now}`)).toBe(raw);
  });

  it('does not pile up backups of the same corrupt value', () => {
    const fake = new FakeStorage();
    fake.setItem(PROGRESS_KEY, '{not json');
    loadProgress(new SafeStorage(() => fake), now);
    fake.setItem(PROGRESS_KEY, '{not json');
    const { status } = loadProgress(new SafeStorage(() => fake), '2025-03-02T09:00:00.000Z');
    expect(status).toEqual({ kind: 'recovered', backupKey: `${BACKUP_PREFIX}${now}` });
    expect([...fake.data.keys()].filter((k) => k.startsWith(BACKUP_PREFIX))).toHaveLength(1);
  });

  it('never overwrites the corrupt value when no backup can be written', () => {
    const fake = new FakeStorage();
    fake.setItem(PROGRESS_KEY, '{not json');
    fake.quota = 40;
    const s = new SafeStorage(() => fake);
    const { status } = loadProgress(s, now);
    expect(status).toEqual({ kind: 'unavailable', reason: 'quota' });
    expect(fake.getItem(PROGRESS_KEY)).toBe('{not json');
  });

  it('migrates a v1 value and writes it back', () => {
    const fake = new FakeStorage();
    fake.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, lessonsRead: ['a'], updatedAt: now }));
    const { state, status } = loadProgress(new SafeStorage(() => fake), now);
    expect(status).toEqual({ kind: 'ok' });
    expect(state.lessons).toEqual({ a: { readAt: now } });
    expect(JSON.parse(fake.getItem(PROGRESS_KEY) ?? '')).toEqual(state);
  });

  it('reports blocked storage as unavailable', () => {
    const { status } = loadProgress(new SafeStorage(blockedBackend), now);
    expect(status).toEqual({ kind: 'unavailable', reason: 'blocked' });
  });
});
