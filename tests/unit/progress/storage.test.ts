import { describe, expect, it } from 'vitest';
import { BACKUP_PREFIX, currentStatus, PROGRESS_KEY, RECOVERED_KEY, SafeStorage, type StorageBackend } from '../../../src/lib/progress/storage.ts';
import { loadItems, ProgressItems } from '../../../src/lib/progress/items.ts';
import { ITEM_PREFIX, META_KEY, textHash } from '../../../src/lib/progress/keys.ts';
import { emptyProgress } from '../../../src/lib/progress/schema.ts';
import { CURRENT_VERSION } from '../../../src/lib/progress/version.ts';
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

  it('trySet writes or reports, and never falls back to memory', () => {
    const fake = new FakeStorage();
    fake.quota = 100;
    const s = new SafeStorage(() => fake);
    expect(s.trySet('klik:a', 'x'.repeat(50))).toBe('ok');
    expect(s.trySet('klik:b', 'y'.repeat(80))).toBe('quota');
    expect(s.mode).toBe('local');
    expect(s.get('klik:b')).toBeNull();
    expect(new SafeStorage(blockedBackend).trySet('klik:a', '1')).toBe('blocked');
  });
});

/** A page load: reads storage the way the store does at start-up. */
function load(fake: FakeStorage | (() => StorageBackend), at = now) {
  const storage = new SafeStorage(typeof fake === 'function' ? fake : () => fake);
  const items = new ProgressItems();
  loadItems(storage, items, at);
  return { state: items.toState(), status: currentStatus(storage), storage };
}

const itemKeys = (fake: FakeStorage) => [...fake.data.keys()].filter((k) => k.startsWith(ITEM_PREFIX)).sort();

describe('loading progress', () => {
  it('starts empty and ok when nothing is stored', () => {
    const fake = new FakeStorage();
    const { state, status } = load(fake);
    expect(state).toEqual(emptyProgress());
    expect(status).toEqual({ kind: 'ok' });
    expect(JSON.parse(fake.getItem(META_KEY) ?? '')).toEqual({ version: CURRENT_VERSION });
  });

  it('moves a whole-state value of an earlier version into items, then removes it', () => {
    const fake = new FakeStorage();
    const v2 = {
      version: 2,
      lessons: { 'het-welkomstritueel': { readAt: now } },
      exercises: {
        x: {
          draft: { text: 'concept', at: now },
          attempts: [{ at: now, text: 'poging', statuses: { tone: 'met' } }],
          reflection: { text: 'reflectie', at: now },
          modelAnswerSeen: now,
        },
      },
      lastVisited: { path: 'lessen/het-welkomstritueel/', title: 'Het welkomstritueel', at: now },
    };
    fake.setItem(PROGRESS_KEY, JSON.stringify(v2));
    const { state, status } = load(fake);
    expect(status).toEqual({ kind: 'ok' });
    expect(state).toEqual({ ...v2, version: CURRENT_VERSION });
    expect(fake.getItem(PROGRESS_KEY)).toBeNull();
    expect(itemKeys(fake)).toEqual([
      'klik:p:ex:x:attempt:20250301090000000-' + textHash('poging'),
      'klik:p:ex:x:draft',
      'klik:p:ex:x:reflection',
      'klik:p:ex:x:seen',
      'klik:p:last',
      'klik:p:lesson:het-welkomstritueel',
      'klik:p:meta',
    ]);
    // A reload reads the items alone and sees the same.
    expect(load(fake).state).toEqual({ ...v2, version: CURRENT_VERSION });
  });

  it('migrates a v1 value through v2 into items', () => {
    const fake = new FakeStorage();
    fake.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, lessonsRead: ['a'], drafts: { x: 'Beste Sanne,' }, updatedAt: now }));
    const { state, status } = load(fake);
    expect(status).toEqual({ kind: 'ok' });
    expect(state.lessons).toEqual({ a: { readAt: now } });
    expect(state.exercises.x?.draft).toEqual({ text: 'Beste Sanne,', at: now });
    expect(fake.getItem(PROGRESS_KEY)).toBeNull();
    expect(JSON.parse(fake.getItem('klik:p:lesson:a') ?? '')).toEqual({ readAt: now });
  });

  it('merges a whole-state value written later by a tab of an earlier version, losing nothing', () => {
    const fake = new FakeStorage();
    fake.setItem('klik:p:lesson:a', JSON.stringify({ readAt: now }));
    fake.setItem(PROGRESS_KEY, JSON.stringify({ version: 2, lessons: { b: { readAt: now } }, exercises: {} }));
    const { state } = load(fake);
    expect(Object.keys(state.lessons).sort()).toEqual(['a', 'b']);
  });

  it('moves a large value into items even when the storage cannot hold both copies at once', () => {
    const fake = new FakeStorage();
    const attempts = Array.from({ length: 5 }, (_, i) => ({ at: `2025-03-01T09:00:0${i}.000Z`, text: `poging ${i} `.repeat(300), statuses: { tone: 'met' } }));
    const raw = JSON.stringify({ version: 2, lessons: { a: { readAt: now } }, exercises: { x: { attempts } } });
    fake.setItem(PROGRESS_KEY, raw);
    fake.quota = Math.round(raw.length * 1.5);
    const { state, status } = load(fake);
    expect(status).toEqual({ kind: 'ok' });
    expect(state.exercises.x?.attempts).toHaveLength(5);
    expect(fake.getItem(PROGRESS_KEY)).toBeNull();
    expect(load(fake).state).toEqual(state);
  });

  it('keeps the old value untouched and works in memory when the items do not fit at all', () => {
    const fake = new FakeStorage();
    const raw = JSON.stringify({ version: 2, lessons: { a: { readAt: now } }, exercises: { x: { attempts: [{ at: now, text: 'x'.repeat(2000), statuses: {} }] } } });
    fake.setItem(PROGRESS_KEY, raw);
    fake.quota = Math.round(raw.length * 0.8);
    const { state, status } = load(fake);
    expect(status).toEqual({ kind: 'unavailable', reason: 'quota' });
    expect(state.exercises.x?.attempts).toHaveLength(1);
    expect(fake.getItem(PROGRESS_KEY)).toBe(raw);
    expect(itemKeys(fake).filter((k) => k !== META_KEY)).toEqual([]);
  });

  it('keeps a backup of a value that is not JSON and starts empty', () => {
    const fake = new FakeStorage();
    fake.setItem(PROGRESS_KEY, '{not json');
    const { state, status } = load(fake);
    const backupKey = `${BACKUP_PREFIX}${now}`;
    expect(status).toEqual({ kind: 'recovered', backupKey });
    expect(fake.getItem(backupKey)).toBe('{not json');
    expect(fake.getItem(RECOVERED_KEY)).toBe(backupKey);
    expect(state).toEqual(emptyProgress());
    expect(fake.getItem(PROGRESS_KEY)).toBeNull();
  });

  it('recovers the valid parts of a value with the wrong shape', () => {
    const fake = new FakeStorage();
    const raw = JSON.stringify({ version: 2, lessons: { goed: { readAt: now }, fout: 'ja' }, exercises: 'kapot' });
    fake.setItem(PROGRESS_KEY, raw);
    const { state, status } = load(fake);
    expect(status.kind).toBe('recovered');
    expect(state.lessons).toEqual({ goed: { readAt: now } });
    expect(fake.getItem(`${BACKUP_PREFIX}${now}`)).toBe(raw);
  });

  it('keeps a backup of a value from a future version', () => {
    const fake = new FakeStorage();
    const raw = JSON.stringify({ version: 99, lessons: { a: { readAt: now } }, exercises: {} });
    fake.setItem(PROGRESS_KEY, raw);
    const { state, status } = load(fake);
    expect(status.kind).toBe('recovered');
    expect(state.lessons).toEqual({ a: { readAt: now } });
    expect(fake.getItem(`${BACKUP_PREFIX}${now}`)).toBe(raw);
  });

  it('does not pile up backups of the same corrupt value', () => {
    const fake = new FakeStorage();
    fake.setItem(PROGRESS_KEY, '{not json');
    load(fake);
    fake.setItem(PROGRESS_KEY, '{not json');
    const { status } = load(fake, '2025-03-02T09:00:00.000Z');
    expect(status).toEqual({ kind: 'recovered', backupKey: `${BACKUP_PREFIX}${now}` });
    expect([...fake.data.keys()].filter((k) => k.startsWith(BACKUP_PREFIX))).toHaveLength(1);
  });

  it('never overwrites the corrupt value when no backup can be written', () => {
    const fake = new FakeStorage();
    fake.setItem(PROGRESS_KEY, '{not json');
    fake.quota = 40;
    const { status } = load(fake);
    expect(status).toEqual({ kind: 'unavailable', reason: 'quota' });
    expect(fake.getItem(PROGRESS_KEY)).toBe('{not json');
  });

  it('backs up unreadable items, keeps what can be kept, and leaves the rest alone', () => {
    const fake = new FakeStorage();
    const good = JSON.stringify({ readAt: now });
    const attempt = JSON.stringify({ at: now, text: 't', statuses: { tone: 'met', salutation: 'geweldig' } });
    const attemptKeyName = `klik:p:ex:x:attempt:20250301090000000-${textHash('t')}`;
    fake.setItem('klik:p:lesson:goed', good);
    fake.setItem('klik:p:lesson:kapot', '{not json');
    fake.setItem(attemptKeyName, attempt);
    const { state, status } = load(fake);
    expect(status.kind).toBe('recovered');
    if (status.kind !== 'recovered') return;
    expect(JSON.parse(fake.getItem(status.backupKey) ?? '')).toEqual({ 'klik:p:lesson:kapot': '{not json', [attemptKeyName]: attempt });
    expect(Object.keys(state.lessons)).toEqual(['goed']);
    expect(state.exercises.x?.attempts[0]?.statuses).toEqual({ tone: 'met' });
    expect(fake.getItem('klik:p:lesson:goed')).toBe(good);
    expect(fake.getItem('klik:p:lesson:kapot')).toBeNull();
  });

  it('reports blocked storage as unavailable', () => {
    const { status } = load(blockedBackend);
    expect(status).toEqual({ kind: 'unavailable', reason: 'blocked' });
  });
});
