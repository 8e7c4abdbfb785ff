import { describe, expect, it } from 'vitest';
import { createProgressStore } from '../../../src/lib/progress/store.ts';
import { interpretProgress } from '../../../src/lib/progress/migrations.ts';
import { buildExport, serialiseExport } from '../../../src/lib/progress/export.ts';
import { parseImportText } from '../../../src/lib/progress/import.ts';
import { mergeProgress } from '../../../src/lib/progress/merge.ts';
import { validateProgress } from '../../../src/lib/progress/schema.ts';
import { currentReply, isRevised, stepOf, summarizeProgress, trajectoryOf, trajectoryPosition } from '../../../src/lib/progress/status.ts';
import { CURRENT_VERSION } from '../../../src/lib/progress/version.ts';
import { ITEM_PREFIX, META_KEY, parseKey } from '../../../src/lib/progress/keys.ts';
import { PROGRESS_KEY } from '../../../src/lib/progress/storage.ts';
import { fakeClock, fakeEvents, FakeStorage, SharedStorage } from './fakes.ts';

const T = 'rianne-na-de-kapsalon';
const at = '2025-03-01T09:00:00.000Z';

/** A realistic version-2 state, as the course stored it before trajectories existed. */
const v2 = {
  version: 2,
  lessons: { 'het-welkomstritueel': { readAt: at } },
  exercises: {
    'welkom-chat-lin': {
      draft: { text: 'Hoi Lin,', at },
      attempts: [{ at, text: 'Hoi Lin, welkom!', statuses: { salutation: 'met', closing: 'missing' } }],
      reflection: { text: 'Kort kan warm zijn.', at },
      modelAnswerSeen: at,
    },
  },
  lastVisited: { path: 'oefeningen/welkom-chat-lin/', title: 'Oefening: Lin', at },
};

function setup(fake = new FakeStorage()) {
  const store = createProgressStore({ backend: () => fake, events: fakeEvents(), now: fakeClock() });
  const reload = () => createProgressStore({ backend: () => fake, events: fakeEvents() }).$progress.get();
  return { fake, store, reload };
}

describe('progress version 3: trajectories', () => {
  it('migrates a version-2 state to version 3 without losing anything', () => {
    const result = interpretProgress(v2, { now: at });
    expect(CURRENT_VERSION).toBe(3);
    expect(result).toEqual({ kind: 'ok', migratedFrom: 2, state: { ...v2, version: 3 } });
  });

  it('moves a version-2 whole-state value in storage into items, marked version 3, nothing lost', () => {
    const fake = new FakeStorage();
    fake.setItem(PROGRESS_KEY, JSON.stringify(v2));
    const { reload } = setup(fake);
    expect(reload()).toEqual({ ...v2, version: 3 });
    expect(JSON.parse(fake.getItem(META_KEY)!)).toEqual({ version: 3 });
  });

  it('imports a version-2 export file from before trajectories', () => {
    const file = JSON.stringify({ format: 'klik-progress', version: 2, exportedAt: at, courseVersion: '1.0.0', progress: v2 });
    const result = parseImportText(file, { now: at });
    expect(result.ok && result.file.progress).toEqual({ ...v2, version: 3 });
  });

  it('keeps a draft per step on every keystroke, and a reload sees it', () => {
    const { store, reload, fake } = setup();
    store.saveStepDraft(T, 2, 'Beste R');
    store.saveStepDraft(T, 2, 'Beste Rianne,');
    expect(stepOf(trajectoryOf(reload(), T), 2)?.draft?.text).toBe('Beste Rianne,');
    const keys = [...fake.data.keys()].filter((k) => k.startsWith(ITEM_PREFIX) && k !== META_KEY);
    expect(keys).toEqual(['klik:p:step:rianne-na-de-kapsalon%2F2:draft']);
    expect(parseKey(keys[0]!)).toEqual({ kind: 'stepDraft', id: `${T}/2` });
  });

  it('sends a reply (the draft goes), revises it (marked revised) and knows the position', () => {
    const { store, reload } = setup();
    store.saveStepDraft(T, 1, 'Beste Rianne,');
    const sent = store.sendStepReply(T, 1, 'Beste Rianne,\n\nWelkom.', { salutation: 'met', closing: 'missing' });
    expect(sent).toEqual({ stored: true, clipped: false, count: 1 });
    let t = trajectoryOf(reload(), T);
    expect(stepOf(t, 1)?.draft).toBeUndefined();
    expect(isRevised(stepOf(t, 1))).toBe(false);
    expect(trajectoryPosition(t, 5)).toEqual({ sent: 1, current: 2, finished: false });
    store.saveStepDraft(T, 2, 'Beste Rianne, fijn');
    store.sendStepReply(T, 1, 'Beste Rianne,\n\nWelkom.\n\nGroet, Bas', { salutation: 'met', closing: 'met' });
    t = trajectoryOf(reload(), T);
    expect(isRevised(stepOf(t, 1))).toBe(true);
    expect(currentReply(stepOf(t, 1))?.text).toMatch(/Groet, Bas$/);
    expect(stepOf(t, 1)?.replies[0]?.text).toBe('Beste Rianne,\n\nWelkom.');
    expect(stepOf(t, 2)?.draft?.text).toBe('Beste Rianne, fijn');
    for (let n = 2; n <= 5; n++) store.sendStepReply(T, n, `Antwoord ${n}`, {});
    expect(trajectoryPosition(trajectoryOf(reload(), T), 5)).toEqual({ sent: 5, current: 6, finished: true });
    expect(summarizeProgress(reload()).trajectoriesStarted).toBe(1);
  });

  it('keeps the first reply and the newest revisions when a step is revised very often', () => {
    const { store, reload } = setup();
    for (let i = 0; i < 30; i++) store.sendStepReply(T, 1, `versie ${i}`, {});
    const replies = stepOf(trajectoryOf(reload(), T), 1)!.replies;
    expect(replies).toHaveLength(20);
    expect(replies[0]!.text).toBe('versie 0');
    expect(replies.at(-1)!.text).toBe('versie 29');
  });

  it('is safe in two tabs: a reply sent in one and a draft typed in the other both survive', () => {
    const shared = new SharedStorage();
    const one = shared.tab();
    const two = shared.tab();
    const a = createProgressStore({ ...one, now: fakeClock('2025-03-01T10:00:00.000Z') });
    const b = createProgressStore({ ...two, now: fakeClock('2025-03-01T11:00:00.000Z') });
    a.sendStepReply(T, 1, 'Eerste antwoord', { salutation: 'met' });
    b.saveStepDraft(T, 2, 'Concept in tab twee');
    b.saveTrajectoryReflection('ander-traject', 'Reflectie');
    shared.flush();
    for (const store of [a, b]) {
      const t = trajectoryOf(store.$progress.get(), T);
      expect(currentReply(stepOf(t, 1))?.text).toBe('Eerste antwoord');
      expect(stepOf(t, 2)?.draft?.text).toBe('Concept in tab twee');
      expect(trajectoryOf(store.$progress.get(), 'ander-traject')?.reflection?.text).toBe('Reflectie');
    }
    a.resetTrajectory(T);
    shared.flush();
    expect(trajectoryOf(b.$progress.get(), T)).toBeUndefined();
    expect(trajectoryOf(b.$progress.get(), 'ander-traject')).toBeDefined();
  });

  it('goes into the export file and back, and merges replies of two devices', () => {
    const { store } = setup();
    store.sendStepReply(T, 1, 'Antwoord', { salutation: 'met' });
    store.markStepModelSeen(T, 1);
    store.saveTrajectoryReflection(T, 'Ik leerde geduld.');
    const state = store.$progress.get();
    const text = serialiseExport(buildExport(state, { courseVersion: '1.0.0', now: '2025-03-02T00:00:00.000Z' }));
    const imported = parseImportText(text, { now: '2025-03-02T00:00:00.000Z' });
    expect(imported.ok && imported.file.progress).toEqual(JSON.parse(JSON.stringify(state)));
    const other = { version: CURRENT_VERSION, lessons: {}, exercises: {}, trajectories: { [T]: { steps: { '1': { replies: [{ at: '2025-03-01T12:00:00.000Z', text: 'Herzien', statuses: {} }] } } } } };
    const merged = mergeProgress(state, other);
    expect(stepOf(trajectoryOf(merged, T), 1)?.replies.map((r) => r.text)).toEqual(['Antwoord', 'Herzien']);
    expect(trajectoryOf(merged, T)?.reflection?.text).toBe('Ik leerde geduld.');
  });

  it('refuses a file with a broken trajectory, naming where', () => {
    const bad = { version: 3, lessons: {}, exercises: {}, trajectories: { [T]: { steps: { nul: { replies: [] } } } } };
    expect(validateProgress(bad)).toEqual({ ok: false, issue: { path: `trajectories.${T}.steps`, message: 'bevat een ongeldig stapnummer' } });
    const badReply = { version: 3, lessons: {}, exercises: {}, trajectories: { [T]: { steps: { '1': { replies: [{ at, text: 5, statuses: {} }] } } } } };
    expect(validateProgress(badReply)).toEqual({ ok: false, issue: { path: `trajectories.${T}.steps.1.replies.0.text`, message: 'is geen tekst' } });
  });
});
