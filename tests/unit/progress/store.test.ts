import { describe, expect, it } from 'vitest';
import { createProgressStore, toSitePath } from '../../../src/lib/progress/store.ts';
import { BACKUP_PREFIX, PROGRESS_KEY, RECOVERED_KEY } from '../../../src/lib/progress/storage.ts';
import { exerciseStatus, summarizeProgress } from '../../../src/lib/progress/status.ts';
import { emptyProgress, LIMITS } from '../../../src/lib/progress/schema.ts';
import { ITEM_PREFIX, lessonKey } from '../../../src/lib/progress/keys.ts';
import { blockedBackend, fakeClock, fakeEvents, FakeStorage } from './fakes.ts';

function setup(fake = new FakeStorage()) {
  const events = fakeEvents();
  const store = createProgressStore({ backend: () => fake, events, now: fakeClock() });
  /** What a fresh page load would see. */
  const stored = () => createProgressStore({ backend: () => fake, events: fakeEvents() }).$progress.get();
  return { fake, events, store, stored };
}

const itemKeys = (fake: FakeStorage) => [...fake.data.keys()].filter((k) => k.startsWith(ITEM_PREFIX)).sort();

describe('progress store', () => {
  it('marks lessons read and unread, persisted', () => {
    const { store, stored, fake } = setup();
    store.markLessonRead('het-welkomstritueel');
    expect(store.$progress.get().lessons['het-welkomstritueel']).toEqual({ readAt: '2025-03-01T09:00:01.000Z' });
    expect(stored().lessons['het-welkomstritueel']).toBeDefined();
    expect(fake.getItem('klik:p:lesson:het-welkomstritueel')).toBe('{"readAt":"2025-03-01T09:00:01.000Z"}');
    store.markLessonRead('het-welkomstritueel');
    expect(store.$progress.get().lessons['het-welkomstritueel']?.readAt).toBe('2025-03-01T09:00:01.000Z');
    store.markLessonUnread('het-welkomstritueel');
    expect(stored().lessons).toEqual({});
    expect(fake.getItem('klik:p:lesson:het-welkomstritueel')).toBeNull();
  });

  it('survives a "reload": a new store on the same storage sees the same progress', () => {
    const { fake, store } = setup();
    store.markLessonRead('a');
    store.recordAttempt('x', 'tekst', { tone: 'met' });
    store.saveDraft('x', 'concept');
    store.setLastVisited('/oefeningen/x/', 'Oefening: X');
    const again = createProgressStore({ backend: () => fake, events: fakeEvents() });
    expect(again.$progress.get()).toEqual(store.$progress.get());
    expect(again.$storageStatus.get()).toEqual({ kind: 'ok' });
  });

  it('records drafts, attempts, reflections and model-answer views', () => {
    const { store, fake } = setup();
    store.saveDraft('x', 'concept');
    store.recordAttempt('x', 'poging 1', { tone: 'met', salutation: 'missing', bogus: 'great' as never });
    const second = store.recordAttempt('x', 'poging 2', { tone: 'met', salutation: 'met' });
    expect(second).toEqual({ stored: true, clipped: false, count: 2 });
    store.saveReflection('x', 'Ik leerde…');
    store.markModelAnswerSeen('x');
    store.markModelAnswerSeen('x');
    const ex = store.$progress.get().exercises.x;
    expect(ex?.draft?.text).toBe('concept');
    expect(ex?.attempts.map((a) => a.text)).toEqual(['poging 1', 'poging 2']);
    expect(ex?.attempts[0]?.statuses).toEqual({ tone: 'met', salutation: 'missing' });
    expect(ex?.reflection?.text).toBe('Ik leerde…');
    expect(ex?.modelAnswerSeen).toBe('2025-03-01T09:00:05.000Z');
    expect(exerciseStatus(ex, ['tone', 'salutation'])).toBe('done');
    store.resetExercise('x');
    expect(store.$progress.get().exercises.x).toBeUndefined();
    expect(itemKeys(fake)).toEqual(['klik:p:meta']);
  });

  it('saves a draft by writing that draft only, however much else is stored', () => {
    const fake = new FakeStorage();
    const { store } = setup(fake);
    for (let i = 0; i < 20; i++) store.recordAttempt(`oefening-${i % 4}`, 'x'.repeat(40_000), { tone: 'met' });
    const writes: Array<[string, number]> = [];
    const setItem = fake.setItem.bind(fake);
    fake.setItem = (key, value) => {
      writes.push([key, value.length]);
      setItem(key, value);
    };
    store.saveDraft('oefening-1', 'Beste Sanne,');
    expect(writes).toEqual([['klik:p:ex:oefening-1:draft', JSON.stringify({ text: 'Beste Sanne,', at: '2025-03-01T09:00:20.000Z' }).length]]);
    writes.length = 0;
    store.saveDraft('oefening-1', 'Beste Sanne,');
    expect(writes).toEqual([]);
  });

  it('says when a text was too long and keeps its start', () => {
    const { store, stored } = setup();
    const long = 'a'.repeat(LIMITS.text + 10);
    expect(store.recordAttempt('x', long, {})).toEqual({ stored: true, clipped: true, count: 1 });
    expect(store.saveDraft('x', long)).toEqual({ stored: true, clipped: true });
    expect(stored().exercises.x?.attempts[0]?.text).toHaveLength(LIMITS.text);
    expect(stored().exercises.x?.draft?.text).toHaveLength(LIMITS.text);
    expect(store.saveDraft('x', 'kort')).toEqual({ stored: true, clipped: false });
  });

  it('keeps the newest attempts only, removing the oldest items', () => {
    const { store, fake, stored } = setup();
    for (let i = 0; i < LIMITS.attemptsKept + 3; i++) store.recordAttempt('x', `poging ${i}`, {});
    expect(itemKeys(fake).filter((k) => k.includes(':attempt:'))).toHaveLength(LIMITS.attemptsKept);
    const attempts = stored().exercises.x?.attempts ?? [];
    expect(attempts[0]?.text).toBe('poging 3');
    expect(attempts.at(-1)?.text).toBe(`poging ${LIMITS.attemptsKept + 2}`);
  });

  it('stores lastVisited relative to the base path', () => {
    const { store } = setup();
    store.setLastVisited('/lessen/ethische-normen/', 'Ethische normen');
    expect(store.$progress.get().lastVisited).toMatchObject({ path: 'lessen/ethische-normen/', title: 'Ethische normen' });
    expect(toSitePath('/cursus/lessen/a/', '/cursus/')).toBe('lessen/a/');
    expect(toSitePath('lessen/a/', '/cursus/')).toBe('lessen/a/');
  });

  it('follows changes from another tab, item by item', () => {
    const { store, events } = setup();
    const seen: number[] = [];
    const off = store.$progress.listen((s) => seen.push(Object.keys(s.lessons).length));
    events.fire('klik:p:lesson:a', JSON.stringify({ readAt: '2025-03-01T10:00:00.000Z' }));
    expect(store.$progress.get().lessons).toEqual({ a: { readAt: '2025-03-01T10:00:00.000Z' } });
    events.fire('klik:p:ex:x:draft', JSON.stringify({ text: 'uit het andere tabblad', at: '2025-03-01T10:00:00.000Z' }));
    expect(store.$progress.get().exercises.x?.draft?.text).toBe('uit het andere tabblad');
    events.fire('klik:p:lesson:a', null);
    expect(store.$progress.get().lessons).toEqual({});
    expect(seen).toEqual([1, 1, 0]);
    off();
  });

  it('re-reads everything when another tab clears the storage', () => {
    const { store, events, fake } = setup();
    store.markLessonRead('a');
    fake.data.clear();
    events.fire(null, null);
    expect(store.$progress.get()).toEqual(emptyProgress());
  });

  it('takes in the whole state written by a tab still running an earlier version', () => {
    const { store, events, fake } = setup();
    store.markLessonRead('nieuw');
    const old = JSON.stringify({ version: 2, lessons: { oud: { readAt: '2025-02-01T09:00:00.000Z' } }, exercises: {} });
    fake.setItem(PROGRESS_KEY, old);
    events.fire(PROGRESS_KEY, old);
    expect(Object.keys(store.$progress.get().lessons).sort()).toEqual(['nieuw', 'oud']);
    expect(fake.getItem(PROGRESS_KEY)).toBeNull();
    expect(fake.getItem('klik:p:lesson:oud')).not.toBeNull();
  });

  it('backs up corrupt data arriving from another tab without writing over it', () => {
    const { store, events, fake } = setup();
    store.markLessonRead('a');
    fake.setItem('klik:p:lesson:a', '{kapot');
    events.fire('klik:p:lesson:a', '{kapot');
    const status = store.$storageStatus.get();
    expect(status.kind).toBe('recovered');
    if (status.kind === 'recovered') expect(JSON.parse(fake.getItem(status.backupKey) ?? '')).toEqual({ 'klik:p:lesson:a': '{kapot' });
    expect(fake.getItem('klik:p:lesson:a')).toBe('{kapot');
  });

  it('recovers from corrupt storage at start-up and keeps the backup until dismissed', () => {
    const fake = new FakeStorage();
    fake.setItem(PROGRESS_KEY, '{not json');
    const { store } = setup(fake);
    const status = store.$storageStatus.get();
    expect(status.kind).toBe('recovered');
    if (status.kind !== 'recovered') return;
    expect(store.readBackup(status.backupKey)).toBe('{not json');
    expect(store.readBackup('klik:theme')).toBeNull();
    store.markLessonRead('a');
    // A reload still shows the notice until it is dismissed.
    const again = createProgressStore({ backend: () => fake, events: fakeEvents() });
    expect(again.$storageStatus.get()).toEqual(status);
    again.dismissRecovered();
    expect(again.$storageStatus.get()).toEqual({ kind: 'ok' });
    expect(fake.getItem(RECOVERED_KEY)).toBeNull();
    expect(fake.getItem(status.backupKey)).toBe('{not json');
  });

  it('keeps working in memory when storage throws', () => {
    const store = createProgressStore({ backend: blockedBackend, events: fakeEvents(), now: fakeClock() });
    expect(store.$storageStatus.get()).toEqual({ kind: 'unavailable', reason: 'blocked' });
    store.markLessonRead('a');
    expect(store.recordAttempt('x', 't', {})).toEqual({ stored: false, clipped: false, count: 1 });
    expect(store.$progress.get().lessons.a).toBeDefined();
    expect(store.$progress.get().exercises.x?.attempts).toHaveLength(1);
  });

  it('switches to memory and reports it when storage fills up; the attempt is kept for the session', () => {
    const fake = new FakeStorage();
    fake.quota = 400;
    const { store } = setup(fake);
    expect(store.$storageStatus.get()).toEqual({ kind: 'ok' });
    expect(store.recordAttempt('x', 'kort', {})).toEqual({ stored: true, clipped: false, count: 1 });
    expect(store.recordAttempt('x', 'a'.repeat(500), {})).toEqual({ stored: false, clipped: false, count: 2 });
    expect(store.$storageStatus.get()).toEqual({ kind: 'unavailable', reason: 'quota' });
    expect(store.$progress.get().exercises.x?.attempts).toHaveLength(2);
    expect(store.recordAttempt('x', 'nog een', {})).toMatchObject({ stored: false, count: 3 });
    store.markLessonRead('b');
    expect(store.$progress.get().lessons.b).toBeDefined();
  });

  it('clears everything, including backups and data of an earlier version', () => {
    const fake = new FakeStorage();
    fake.setItem(PROGRESS_KEY, '{not json');
    fake.setItem('klik:theme', 'dark');
    const { store } = setup(fake);
    store.markLessonRead('a');
    fake.setItem('klik:p:ex:uit-ander-tabblad:draft', JSON.stringify({ text: 't', at: '2025-03-01T09:00:00.000Z' }));
    store.clearProgress();
    expect(store.$progress.get()).toEqual(emptyProgress());
    expect([...fake.data.keys()]).toEqual(['klik:theme']);
    expect(store.$storageStatus.get()).toEqual({ kind: 'ok' });
  });
});

describe('importing into the store', () => {
  const incoming = () => ({ ...emptyProgress(), lessons: { 'andere-les': { readAt: '2025-01-01T00:00:00.000Z' } } });

  it('imports by merging or replacing', () => {
    const { store, stored } = setup();
    store.markLessonRead('mijn-les');
    expect(store.importProgress(incoming(), 'merge')).toEqual({ ok: true, stored: true });
    expect(Object.keys(stored().lessons).sort()).toEqual(['andere-les', 'mijn-les']);
    expect(store.importProgress(incoming(), 'replace')).toEqual({ ok: true, stored: true });
    expect(Object.keys(store.$progress.get().lessons)).toEqual(['andere-les']);
    expect(Object.keys(stored().lessons)).toEqual(['andere-les']);
  });

  it('merges with what another tab just wrote, even before its event arrived', () => {
    const { store, fake, stored } = setup();
    fake.setItem(lessonKey('uit-ander-tabblad'), JSON.stringify({ readAt: '2025-03-01T08:00:00.000Z' }));
    store.importProgress(incoming(), 'merge');
    expect(Object.keys(stored().lessons).sort()).toEqual(['andere-les', 'uit-ander-tabblad']);
  });

  it('never replaces progress with an empty import', () => {
    const { store, fake } = setup();
    store.markLessonRead('mijn-les');
    const before = JSON.stringify([...fake.data]);
    expect(store.importProgress(emptyProgress(), 'replace')).toEqual({ ok: false, reason: 'empty' });
    expect(JSON.stringify([...fake.data])).toBe(before);
    expect(Object.keys(store.$progress.get().lessons)).toEqual(['mijn-les']);
  });

  it('reports a full storage, stores nothing and changes nothing', () => {
    const fake = new FakeStorage();
    const { store } = setup(fake);
    store.markLessonRead('mijn-les');
    store.recordAttempt('x', 'mijn poging', { tone: 'met' });
    fake.quota = [...fake.data].reduce((n, [k, v]) => n + k.length + v.length, 0) + 600;
    const before = JSON.stringify([...fake.data].sort());
    const state = store.$progress.get();
    const big = {
      ...emptyProgress(),
      exercises: Object.fromEntries(
        Array.from({ length: 5 }, (_, i) => [`groot-${i}`, { attempts: [{ at: '2025-02-01T09:00:00.000Z', text: 'b'.repeat(200), statuses: {} }] }]),
      ),
    };
    for (const mode of ['merge', 'replace'] as const) {
      expect(store.importProgress(big, mode)).toEqual({ ok: false, reason: 'quota' });
      expect(JSON.stringify([...fake.data].sort())).toBe(before);
      expect(store.$progress.get()).toEqual(state);
      expect(store.$storageStatus.get()).toEqual({ kind: 'ok' });
    }
  });

  it('says when an import lives in memory only', () => {
    const store = createProgressStore({ backend: blockedBackend, events: fakeEvents(), now: fakeClock() });
    expect(store.importProgress(incoming(), 'merge')).toEqual({ ok: true, stored: false });
    expect(store.$progress.get().lessons['andere-les']).toBeDefined();
  });
});

describe('ids that are names of Object members', () => {
  const IDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

  it.each(IDS)('"%s" works as lesson slug and exercise id in every function', (id) => {
    const { store, stored, fake } = setup();
    expect(store.$progress.get().lessons[id]).toBeUndefined();
    expect(store.$progress.get().exercises[id]).toBeUndefined();

    store.markLessonRead(id);
    expect(store.$progress.get().lessons[id]).toEqual({ readAt: expect.any(String) });
    store.saveDraft(id, 'concept');
    expect(store.recordAttempt(id, 'poging', { tone: 'met' })).toEqual({ stored: true, clipped: false, count: 1 });
    store.saveReflection(id, 'reflectie');
    store.markModelAnswerSeen(id);
    const after = stored();
    expect(Object.keys(after.lessons)).toEqual([id]);
    expect(Object.keys(after.exercises)).toEqual([id]);
    expect(after.exercises[id]?.draft?.text).toBe('concept');
    expect(after.exercises[id]?.attempts.map((a) => a.text)).toEqual(['poging']);
    expect(after.exercises[id]?.reflection?.text).toBe('reflectie');
    expect(exerciseStatus(after.exercises[id], ['tone'])).toBe('done');
    expect(summarizeProgress(after)).toMatchObject({ lessonsRead: 1, exercisesStarted: 1, attempts: 1 });

    // Import, merge and replace keep it as data.
    const incoming = { ...emptyProgress(), lessons: Object.assign(Object.create(null), { [id]: { readAt: '2025-01-01T00:00:00.000Z' } }) };
    store.importProgress(incoming, 'merge');
    expect(stored().lessons[id]?.readAt).not.toBe('2025-01-01T00:00:00.000Z');
    store.importProgress(incoming, 'replace');
    expect(stored().lessons[id]).toEqual({ readAt: '2025-01-01T00:00:00.000Z' });
    expect(stored().exercises[id]).toBeUndefined();

    store.recordAttempt(id, 'weer', {});
    store.resetExercise(id);
    store.markLessonUnread(id);
    expect(stored()).toEqual(emptyProgress());
    expect(itemKeys(fake)).toEqual(['klik:p:meta']);

    // Nothing leaked onto shared prototypes.
    expect(({} as Record<string, unknown>).readAt).toBeUndefined();
    expect(({} as Record<string, unknown>).draft).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(typeof Object.prototype.toString).toBe('function');
  });
});

describe('two tabs writing at the same moment', () => {
  it('lose nothing: attempts on different and on the same exercise, drafts and lesson marks', async () => {
    const { SharedStorage } = await import('./fakes.ts');
    for (let run = 0; run < 50; run++) {
      const shared = new SharedStorage();
      const a = shared.tab();
      const b = shared.tab();
      const one = createProgressStore({ ...a, now: fakeClock('2025-03-01T09:00:00.000Z') });
      const two = createProgressStore({ ...b, now: fakeClock('2025-03-01T09:00:00.000Z') });
      // Both tabs act before either hears of the other (events still queued).
      one.saveDraft('oefening-a', `concept a ${run}`);
      two.saveDraft('oefening-b', `concept b ${run}`);
      one.recordAttempt('oefening-a', `a ${run}`, { tone: 'met' });
      two.recordAttempt('oefening-b', `b ${run}`, { tone: 'met' });
      one.recordAttempt('samen', `een ${run}`, { tone: 'met' });
      two.recordAttempt('samen', `twee ${run}`, { tone: 'partial' });
      one.markLessonRead('les-een');
      two.markLessonRead('les-twee');
      shared.flush();
      const third = createProgressStore({ ...shared.tab() }).$progress.get();
      for (const state of [third, one.$progress.get(), two.$progress.get()]) {
        expect(state.exercises['oefening-a']?.attempts.map((x) => x.text)).toEqual([`a ${run}`]);
        expect(state.exercises['oefening-b']?.attempts.map((x) => x.text)).toEqual([`b ${run}`]);
        expect(state.exercises.samen?.attempts.map((x) => x.text).sort()).toEqual([`een ${run}`, `twee ${run}`]);
        expect(state.exercises['oefening-a']?.draft?.text).toBe(`concept a ${run}`);
        expect(state.exercises['oefening-b']?.draft?.text).toBe(`concept b ${run}`);
        expect(Object.keys(state.lessons).sort()).toEqual(['les-een', 'les-twee']);
      }
    }
  });
});

describe('exerciseStatus and summaries', () => {
  const at = (n: number) => `2025-03-0${n}T09:00:00.000Z`;
  it('derives not-started, in-progress and done from the latest attempt', () => {
    expect(exerciseStatus(undefined, ['tone'])).toBe('not-started');
    expect(exerciseStatus({ attempts: [] }, ['tone'])).toBe('not-started');
    expect(exerciseStatus({ attempts: [], draft: { text: 'x', at: at(1) } }, ['tone'])).toBe('in-progress');
    const attempts = [
      { at: at(3), text: 'b', statuses: { tone: 'partial' as const } },
      { at: at(2), text: 'a', statuses: { tone: 'met' as const } },
    ];
    expect(exerciseStatus({ attempts }, ['tone'])).toBe('in-progress');
    expect(exerciseStatus({ attempts: [attempts[1]!] }, ['tone'])).toBe('done');
    expect(exerciseStatus({ attempts: [attempts[1]!] }, ['tone', 'closing'])).toBe('in-progress');
  });

  it('summarises counts and dates', () => {
    expect(
      summarizeProgress({
        version: 2,
        lessons: { a: { readAt: at(2) } },
        exercises: { x: { attempts: [{ at: at(5), text: '', statuses: {} }], draft: { text: 'd', at: at(1) } }, y: { attempts: [] } },
      }),
    ).toEqual({ lessonsRead: 1, exercisesStarted: 1, attempts: 1, reflections: 0, drafts: 1, firstActivity: at(1), lastActivity: at(5) });
  });
});
