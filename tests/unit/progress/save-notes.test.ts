import { describe, expect, it } from 'vitest';
import { attemptNoteFor, tooLongNote } from '../../../src/lib/progress/save-notes.ts';

describe('what the exercise page says about saving', () => {
  it('says an attempt was kept only when it was', () => {
    expect(attemptNoteFor({ stored: true, clipped: false, count: 2 }, { kind: 'ok' }).text).toBe('Poging 2 is bewaard.');
    const full = attemptNoteFor({ stored: false, clipped: false, count: 2 }, { kind: 'unavailable', reason: 'quota' });
    expect(full.text).toMatch(/^Poging 2 kon niet worden bewaard: de opslagruimte van je browser is vol\./);
    expect(full.text).not.toContain('is bewaard');
    expect(attemptNoteFor({ stored: false, clipped: false, count: 1 }, { kind: 'unavailable', reason: 'blocked' }).short).toBe('Poging 1 kon niet worden bewaard.');
    expect(attemptNoteFor({ stored: true, clipped: true, count: 3 }, { kind: 'ok' }).text).toBe('Poging 3 is bewaard, maar alleen de eerste 50.000 tekens van je tekst.');
  });

  it('says how long a too-long text is and what is kept', () => {
    expect(tooLongNote(61234)).toBe('Je tekst is 61.234 tekens lang. Alleen de eerste 50.000 tekens worden bewaard, als concept en bij een poging; de rest niet.');
  });
});
