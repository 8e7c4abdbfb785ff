import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, detectVersion, interpretProgress, MIGRATIONS } from '../../../src/lib/progress/migrations.ts';

const ctx = { now: '2025-03-01T09:00:00.000Z' };

describe('migrations', () => {
  it('has a step from every earlier version', () => {
    for (let v = 1; v < CURRENT_VERSION; v++) expect(MIGRATIONS[v]).toBeTypeOf('function');
  });

  it('migrates v1 (lessonsRead, drafts) to the current shape', () => {
    const v1 = {
      version: 1,
      lessonsRead: ['de-klik-in-geschreven-begeleiding', 'het-welkomstritueel', 'Ongeldig!'],
      drafts: { 'welkom-sanne': 'Beste Sanne,', leeg: '   ' },
      updatedAt: '2024-11-02T08:30:00.000Z',
    };
    const result = interpretProgress(v1, ctx);
    expect(result).toEqual({
      kind: 'ok',
      migratedFrom: 1,
      state: {
        version: CURRENT_VERSION,
        lessons: {
          'de-klik-in-geschreven-begeleiding': { readAt: '2024-11-02T08:30:00.000Z' },
          'het-welkomstritueel': { readAt: '2024-11-02T08:30:00.000Z' },
        },
        exercises: { 'welkom-sanne': { attempts: [], draft: { text: 'Beste Sanne,', at: '2024-11-02T08:30:00.000Z' } } },
      },
    });
  });

  it('treats an unversioned object with lessonsRead as v1 and dates it now', () => {
    const result = interpretProgress({ lessonsRead: ['ethische-normen'] }, ctx);
    expect(result.kind).toBe('ok');
    if (result.kind === 'ok') {
      expect(result.migratedFrom).toBe(1);
      expect(result.state.lessons).toEqual({ 'ethische-normen': { readAt: ctx.now } });
    }
  });

  it('passes a current state through unchanged', () => {
    const state = { version: CURRENT_VERSION, lessons: { a: { readAt: ctx.now } }, exercises: {} };
    expect(interpretProgress(state, ctx)).toEqual({ kind: 'ok', state });
  });

  it('recognises a future version and salvages what it understands', () => {
    const result = interpretProgress({ version: CURRENT_VERSION + 1, lessons: { a: { readAt: ctx.now } }, exercises: {}, badges: ['x'] }, ctx);
    expect(result.kind).toBe('future');
    if (result.kind === 'future') {
      expect(result.version).toBe(CURRENT_VERSION + 1);
      expect(result.salvaged.lessons).toEqual({ a: { readAt: ctx.now } });
    }
  });

  it('refuses values without a usable version', () => {
    expect(detectVersion({ lessons: {} })).toBeNull();
    expect(detectVersion({ version: '2' })).toBeNull();
    expect(detectVersion({ version: 0 })).toBeNull();
    expect(detectVersion({ version: 1.5 })).toBeNull();
    expect(detectVersion([])).toBeNull();
    expect(interpretProgress({ lessons: {} }, ctx).kind).toBe('invalid');
  });

  it('refuses a "version 1" value with version-2 data instead of migrating it to nothing', () => {
    const v2data = { version: 1, lessons: { a: { readAt: ctx.now } }, exercises: { x: { attempts: [{ at: ctx.now, text: 't', statuses: {} }] } } };
    const result = interpretProgress(v2data, ctx);
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.issue.path).toBe('version');
    // What is kept when reading storage leniently is the real data, not an empty state.
    expect(result.salvaged.lessons).toEqual({ a: { readAt: ctx.now } });
    expect(result.salvaged.exercises.x?.attempts).toHaveLength(1);
  });

  it('refuses a "version 2" value with version-1 data, keeping the v1 data when salvaging', () => {
    const result = interpretProgress({ version: 2, lessonsRead: ['a'], updatedAt: ctx.now }, ctx);
    expect(result.kind).toBe('invalid');
    if (result.kind === 'invalid') expect(result.salvaged.lessons).toEqual({ a: { readAt: ctx.now } });
  });

  it('keeps Object member names as ids when migrating v1', () => {
    const result = interpretProgress({ version: 1, lessonsRead: ['constructor', '__proto__'], drafts: { toString: 'concept' } }, ctx);
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(Object.keys(result.state.lessons)).toEqual(['constructor', '__proto__']);
    expect(result.state.exercises['toString']?.draft?.text).toBe('concept');
  });
});
