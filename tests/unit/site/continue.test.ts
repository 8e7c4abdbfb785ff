import { describe, expect, it } from 'vitest';
import { continueTarget } from '../../../src/lib/site/continue.ts';

const storage = (items: Record<string, string>) => ({ getItem: (k: string) => items[k] ?? null });

describe('"Ga verder waar je was" on the home page', () => {
  it('has nowhere to lead on a first visit', () => {
    expect(continueTarget(storage({}))).toBeNull();
    expect(continueTarget(undefined)).toBeNull();
  });

  it('leads to the page last opened', () => {
    const last = JSON.stringify({ path: 'lessen/het-welkomstritueel/', title: 'Het welkomstritueel', at: '2026-11-30T10:00:00.000Z' });
    expect(continueTarget(storage({ 'klik:p:last': last }))).toEqual({ path: 'lessen/het-welkomstritueel/', title: 'Het welkomstritueel' });
  });

  it('reads the last page from progress of an earlier version', () => {
    const legacy = JSON.stringify({ version: 1, lessons: {}, lastVisited: { path: 'oefeningen/welkom-chat-lin/', title: 'Oefening: Lin', at: 'x' } });
    expect(continueTarget(storage({ 'klik:progress': legacy }))?.path).toBe('oefeningen/welkom-chat-lin/');
  });

  it('never leads outside the course, and survives broken or blocked storage', () => {
    const evil = JSON.stringify({ path: '//evil.example/', title: 'x', at: 'x' });
    expect(continueTarget(storage({ 'klik:p:last': evil }))).toBeNull();
    expect(continueTarget(storage({ 'klik:p:last': '{not json' }))).toBeNull();
    expect(continueTarget({ getItem: () => { throw new Error('blocked'); } })).toBeNull();
  });
});
