import { describe, expect, it } from 'vitest';
import { mergeProgress, replaceProgress } from '../../../src/lib/progress/merge.ts';
import type { ProgressState } from '../../../src/lib/progress/types.ts';
import { CURRENT_VERSION } from '../../../src/lib/progress/version.ts';

const d = (day: number) => `2025-03-${String(day).padStart(2, '0')}T09:00:00.000Z`;

const laptop: ProgressState = {
  version: CURRENT_VERSION,
  lessons: { a: { readAt: d(1) }, b: { readAt: d(5) } },
  exercises: {
    x: {
      draft: { text: 'laptop-concept', at: d(6) },
      attempts: [
        { at: d(2), text: 'eerste', statuses: { tone: 'missing' } },
        { at: d(4), text: 'laptop', statuses: { tone: 'met' } },
      ],
      reflection: { text: 'oud', at: d(2) },
    },
  },
  lastVisited: { path: 'lessen/b/', title: 'B', at: d(6) },
};

const phone: ProgressState = {
  version: CURRENT_VERSION,
  lessons: { a: { readAt: d(3) }, c: { readAt: d(2) } },
  exercises: {
    x: {
      draft: { text: 'telefoon-concept', at: d(3) },
      attempts: [
        { at: d(2), text: 'eerste', statuses: { tone: 'missing' } },
        { at: d(3), text: 'telefoon', statuses: { tone: 'partial' } },
      ],
      reflection: { text: 'nieuw', at: d(7) },
      modelAnswerSeen: d(3),
    },
    y: { attempts: [], draft: { text: 'alleen op telefoon', at: d(1) } },
  },
  lastVisited: { path: 'lessen/c/', title: 'C', at: d(2) },
};

describe('mergeProgress', () => {
  const merged = mergeProgress(laptop, phone);

  it('unites lessons, keeping the newest date', () => {
    expect(merged.lessons).toEqual({ a: { readAt: d(3) }, b: { readAt: d(5) }, c: { readAt: d(2) } });
  });

  it('keeps the newest draft and reflection per exercise', () => {
    expect(merged.exercises.x?.draft).toEqual({ text: 'laptop-concept', at: d(6) });
    expect(merged.exercises.x?.reflection).toEqual({ text: 'nieuw', at: d(7) });
    expect(merged.exercises.x?.modelAnswerSeen).toBe(d(3));
    expect(merged.exercises.y?.draft?.text).toBe('alleen op telefoon');
  });

  it('unites attempts without duplicates, oldest first', () => {
    expect(merged.exercises.x?.attempts.map((a) => a.text)).toEqual(['eerste', 'telefoon', 'laptop']);
  });

  it('keeps the newest lastVisited', () => {
    expect(merged.lastVisited?.path).toBe('lessen/b/');
  });

  it('is symmetric and idempotent', () => {
    expect(mergeProgress(phone, laptop)).toEqual(merged);
    expect(mergeProgress(merged, merged)).toEqual(merged);
  });

  it('does not change its inputs', () => {
    const before = JSON.stringify([laptop, phone]);
    const m = mergeProgress(laptop, phone);
    m.exercises.x?.attempts.push({ at: d(9), text: 'extra', statuses: {} });
    expect(JSON.stringify([laptop, phone])).toBe(before);
  });

  it('replace takes the incoming state as a copy', () => {
    const r = replaceProgress(laptop, phone);
    expect(r).toEqual(phone);
    expect(r).not.toBe(phone);
  });
});
