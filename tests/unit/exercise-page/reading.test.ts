import { describe, expect, it } from 'vitest';
import { readingOrder } from '../../../src/lib/exercise-page/feedback.ts';
import { leadCriterion, MARK_STYLE_NAMES, markStyles } from '../../../src/lib/exercise-page/highlight.ts';

describe('feedback in reading order', () => {
  it('puts open criteria first in the exercise order, met ones after', () => {
    const views = [
      { id: 'salutation', status: 'met' as const },
      { id: 'emotion', status: 'missing' as const },
      { id: 'closing', status: 'met' as const },
      { id: 'mirroring', status: 'partial' as const },
    ];
    const { open, met } = readingOrder(views);
    expect(open.map((v) => v.id)).toEqual(['emotion', 'mirroring']);
    expect(met.map((v) => v.id)).toEqual(['salutation', 'closing']);
  });
});

describe('mark styles', () => {
  it('gives each of up to eight criteria its own style, each with its own line style name', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const styles = markStyles(ids);
    expect(new Set(Object.values(styles)).size).toBe(8);
    expect(new Set(MARK_STYLE_NAMES).size).toBe(MARK_STYLE_NAMES.length);
    expect(markStyles([...ids, 'i']).i).toBe(0);
  });

  it('styles a shared mark after the first criterion in the exercise order', () => {
    const styles = markStyles(['salutation', 'mirroring', 'emotion']);
    expect(leadCriterion(['emotion', 'mirroring'], styles)).toBe('mirroring');
    expect(leadCriterion([], styles)).toBeUndefined();
  });
});

describe('the part of a text the feedback reads', () => {
  it('is the whole text up to the limit, and its first part beyond', async () => {
    const { JUDGE_LIMIT, judgedPart } = await import('../../../src/lib/exercise-page/feedback.ts');
    expect(judgedPart('Beste Sanne,')).toBe('Beste Sanne,');
    const book = 'x'.repeat(JUDGE_LIMIT + 10);
    expect(judgedPart(book)).toHaveLength(JUDGE_LIMIT);
  });
});
