import { describe, expect, it } from 'vitest';
import { judge, type CriterionId, type JudgeInput } from '../../../../src/lib/feedback/index.ts';

/**
 * RuleTester-style helper: every `valid` reply must be judged `met`, every
 * `invalid` reply must not be (`partial` or `missing`, or exactly `status` when
 * given). Each case says `why`, which becomes the test name.
 */
export interface RuleCase extends Omit<JudgeInput, 'reply' | 'criteria'> {
  reply: string;
  why: string;
  status?: 'partial' | 'missing';
}

export function judgeOne(id: CriterionId, c: Omit<RuleCase, 'why'>) {
  const { status: _status, ...input } = c as RuleCase;
  const result = judge({ ...input, criteria: [id] }).criteria[0]!;
  return result;
}

function checkShape(c: RuleCase, result: ReturnType<typeof judgeOne>) {
  expect(result.message.length, 'message is empty').toBeGreaterThan(10);
  for (const span of result.spans) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(c.reply.length);
  }
}

export function ruleTester(id: CriterionId, cases: { valid: RuleCase[]; invalid: RuleCase[] }): void {
  describe(`criterion ${id}`, () => {
    for (const c of cases.valid) {
      it(`met: ${c.why}`, () => {
        const result = judgeOne(id, c);
        expect(result.status, `${result.message}\n--- reply ---\n${c.reply}`).toBe('met');
        checkShape(c, result);
      });
    }
    for (const c of cases.invalid) {
      it(`not met: ${c.why}`, () => {
        const result = judgeOne(id, c);
        expect(result.status, `${result.message}\n--- reply ---\n${c.reply}`).not.toBe('met');
        if (c.status) expect(result.status, result.message).toBe(c.status);
        checkShape(c, result);
      });
    }
  });
}

/** The text a span points at, for assertions on exact highlighting. */
export function spanText(reply: string, span: { start: number; end: number }): string {
  return reply.slice(span.start, span.end);
}
