import { describe, expect, it } from 'vitest';
import { scrollToShowBoth } from '../../../src/lib/exercise-page/desk.ts';

const box = (top: number, bottom: number, left: number, right: number) => ({ top, bottom, left, right });

describe('scrollToShowBoth', () => {
  it('does not scroll when message and editor are both in view', () => {
    expect(scrollToShowBoth(80, box(80, 700, 0, 400), box(150, 550, 420, 900), 800, 72)).toBe(0);
  });

  it('brings the desk to the top when the editor or the message is cut off', () => {
    // The desk starts low on the page: the message runs below the screen.
    expect(scrollToShowBoth(500, box(500, 1200, 0, 400), box(560, 960, 420, 900), 800, 72)).toBe(428);
    // Scrolled past: the editor is above the screen, the message is pinned.
    expect(scrollToShowBoth(-300, box(72, 700, 0, 400), box(-240, 160, 420, 900), 800, 72)).toBe(-372);
  });

  it('leaves a phone alone: there the message is above the editor, not beside it', () => {
    expect(scrollToShowBoth(500, box(500, 560, 0, 390), box(600, 900, 0, 390), 844, 0)).toBe(0);
  });
});
