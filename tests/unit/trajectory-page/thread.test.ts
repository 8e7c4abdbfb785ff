import { describe, expect, it } from 'vitest';
import { summaryRows, threadOf } from '../../../src/lib/trajectory-page/thread.ts';
import { trajectoryStatus } from '../../../src/lib/trajectory-page/status.ts';
import type { TrajectoryProgress } from '../../../src/lib/progress/types.ts';

const steps = [
  { phase: 'intake', focus: 'Welkom', message: 'Hoi, ik ben Noor.', criteria: ['salutation', 'closing'] },
  { phase: 'begeleiding', focus: 'Na de stilte', when: 'Drie weken later', message: 'Sorry dat ik zo lang niets liet horen.', criteria: ['withdrawal'] },
  { phase: 'afsluiting', focus: 'Afscheid', message: 'Dit is mijn laatste bericht.', criteria: ['closing'] },
];
const reply = (at: string, text: string, statuses: Record<string, 'met' | 'partial' | 'missing'>) => ({ at, text, statuses });

describe('the thread of a trajectory', () => {
  it('shows only the first client message before anything is sent', () => {
    expect(threadOf(steps, undefined)).toEqual([{ author: 'client', step: 1, text: 'Hoi, ik ben Noor.' }]);
    expect(trajectoryStatus(undefined, 3)).toEqual({ status: 'not-started', text: 'Niet begonnen', current: 1 });
  });

  it('opens the next client message after a reply, shows the newest version of a revised reply and says where the trainee is', () => {
    const p: TrajectoryProgress = {
      steps: {
        '1': { replies: [reply('2025-03-01T09:00:00.000Z', 'Beste Noor', { salutation: 'met', closing: 'missing' }), reply('2025-03-02T09:00:00.000Z', 'Beste Noor, groet Bas', { salutation: 'met', closing: 'met' })] },
        '2': { replies: [], draft: { text: 'Beste', at: '2025-03-02T10:00:00.000Z' } },
      },
    };
    expect(threadOf(steps, p)).toEqual([
      { author: 'client', step: 1, text: 'Hoi, ik ben Noor.' },
      { author: 'coach', step: 1, text: 'Beste Noor, groet Bas', at: '2025-03-02T09:00:00.000Z', revised: true },
      { author: 'client', step: 2, text: 'Sorry dat ik zo lang niets liet horen.', when: 'Drie weken later' },
    ]);
    expect(trajectoryStatus(p, 3)).toEqual({ status: 'in-progress', text: 'Stap 2 van 3', current: 2 });
  });

  it('sums up per step the criteria the sent reply met, once finished', () => {
    const p: TrajectoryProgress = {
      steps: {
        '1': { replies: [reply('2025-03-01T09:00:00.000Z', 'a', { salutation: 'met', closing: 'partial' })] },
        '2': { replies: [reply('2025-03-02T09:00:00.000Z', 'b', { withdrawal: 'met' })] },
        '3': { replies: [reply('2025-03-03T09:00:00.000Z', 'c', { closing: 'met' })] },
      },
    };
    expect(trajectoryStatus(p, 3)).toEqual({ status: 'done', text: 'Afgerond', current: 4 });
    expect(threadOf(steps, p)).toHaveLength(6);
    expect(summaryRows(steps, p).map((r) => [r.step, r.met, r.notMet, r.revised])).toEqual([
      [1, ['salutation'], ['closing'], false],
      [2, ['withdrawal'], [], false],
      [3, ['closing'], [], false],
    ]);
  });
});
