import { describe, expect, it } from 'vitest';
import { createProgressStore, toSitePath } from '../../../src/lib/progress/store.ts';
import { BACKUP_PREFIX, PROGRESS_KEY, RECOVERED_KEY } from '../../../src/lib/progress/storage.ts';
import { exerciseStatus, summarizeProgress } from '../../../src/lib/progress/status.ts';
import { emptyProgress } from '../../../src/lib/progress/schema.ts';
import { blockedBackend, fakeClock, fakeEvents, FakeStorage } from './fakes.ts';

function setup(fake = new FakeStorage()) {
  const events = fakeEvents();
  const store = createProgressStore({ backend: () => fake, events, now: fakeClock() });
  return { fake, events, store, stored: () => JSON.parse(fake.getItem(PROGRESS_KEY) ?? 'null') };
}

describe('progress store', () => {
  it('marks lessons read and unread, persisted', () => {
    const { store, stored } = setup();
    store.markLessonRead('het-welkomstritueel');
    expect(store.$progress.get().lessons['het-welkomstritueel']).toEqual({ readAt: '2025-03-01T09:00:01.000Z' });
    expect(stored().lessons['het-welkomstritueel']).toBeDefined();
    store.markLessonRead('het-welkomstritueel');
    expect(store.$progress.get().lessons['het-welkomstritueel']?.readAt).toBe('2025-03-01T09:00:01.000Z');
    store.markLessonUnread('het-welkomstritueel');
    expect(stored().lessons).toEqual({});
  });

  it('survives a "reload": a new store on the same storage sees the same progress', () => {
    const { fake, store } = setup();
    store.markLessonRead('a');
    store.recordAttempt('x', 'tekst', { tone: 'met' });
    const again = createProgressStore({ backend: () => fake, events: fakeEvents() });
    expect(again.$progress.get()).toEqual(store.$progress.get());
    expect(again.$storageStatus.get()).toEqual({ kind: 'ok' });
  });

  it('records drafts, attempts, reflections and model-answer views', () => {
    const { store } = setup();
    store.saveDraft('x', 'concept');
    store.recordAttempt('x', 'poging 1', { tone: 'met', salutation: 'missing', bogus: 'great' as never });
    store.recordAttempt('x', 'poging 2', { tone: 'met', salutation: 'met' });
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
  });

  it('stores lastVisited relative to the base path', () => {
    const { store } = setup();
    store.setLastVisited('/lessen/ethische-normen/', 'Ethische normen');
    expect(store.$progress.get().lastVisited).toMatchObject({ path: 'lessen/ethische-normen/', title: 'Ethische normen' });
    expect(toSitePath('/cursus/lessen/a/', '/cursus/')).toBe('lessen/a/');
    expect(toSitePath('lessen/a/', '/cursus/')).toBe('lessen/a/');
  });

  it('follows changes from another tab', () => {
    const { store, events } = setup();
    const seen: number[] = [];
    const off = store.$progress.listen((s) => seen.push(Object.keys(s.lessons).length));
    const other = { ...emptyProgress(), lessons: { a: { readAt: '2025-03-01T10:00:00.000Z' } } };
    events.fire(PROGRESS_KEY, JSON.stringify(other));
    expect(store.$progress.get().lessons).toEqual(other.lessons);
    events.fire(PROGRESS_KEY, null);
    expect(store.$progress.get()).toEqual(emptyProgress());
    expect(seen).toEqual([1, 0]);
    off();
  });

  it('backs up corrupt data arriving from another tab without writing over it', () => {
    const { store, events, fake } = setup();
    store.markLessonRead('a');
    fake.setItem(PROGRESS_KEY, '{kapot');
    events.fire(PROGRESS_KEY, '{kapot');
    const status = store.$storageStatus.get();
    expect(status.kind).toBe('recovered');
    if (status.kind === 'recovered') expect(fake.getItem(status.backupKey)).toBe('{kapot');
    expect(fake.getItem(PROGRESS_KEY)).toBe('{kapot');
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
    store.recordAttempt('x', 't', {});
    expect(store.$progress.get().lessons.a).toBeDefined();
    expect(store.$progress.get().exercises.x?.attempts).toHaveLength(1);
  });

  it('switches to memory and reports it when storage fills up', () => {
    const fake = new FakeStorage();
    fake.quota = 400;
    const { store } = setup(fake);
    expect(store.$storageStatus.get()).toEqual({ kind: 'ok' });
    store.recordAttempt('x', 'a'.repeat(500), {});
    expect(store.$storageStatus.get()).toEqual({ kind: 'unavailable', reason: 'quota' });
    expect(store.$progress.get().exercises.x?.attempts).toHaveLength(1);
    store.markLessonRead('b');
    expect(store.$progress.get().lessons.b).toBeDefined();
  });

  it('imports by merging or replacing', () => {
    const { store } = setup();
    store.markLessonRead('mijn-les');
    const incoming = { ...emptyProgress(), lessons: { 'andere-les': { readAt: '2025-01-01T00:00:00.000Z' } } };
    store.importProgress(incoming, 'merge');
    expect(Object.keys(store.$progress.get().lessons).sort()).toEqual(['andere-les', 'mijn-les']);
    store.importProgress(incoming, 'replace');
    expect(Object.keys(store.$progress.get().lessons)).toEqual(['andere-les']);
  });

  it('clears everything, including backups', () => {
    const fake = new FakeStorage();
    fake.setItem(PROGRESS_KEY, '{not json');
    fake.setItem('klik:theme', 'dark');
    const { store } = setup(fake);
    store.markLessonRead('a');
    store.clearProgress();
    expect(store.$progress.get()).toEqual(emptyProgress());
    expect([...fake.data.keys()].filter((k) => k.startsWith(BACKUP_PREFIX) || k === RECOVERED_KEY)).toEqual([]);
    expect(fake.getItem('klik:theme')).toBe('dark');
    expect(store.$storageStatus.get()).toEqual({ kind: 'ok' });
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
