import { expect, it } from 'vitest';
import { judge, type CriterionId, type JudgeInput } from '../../../../src/lib/feedback/index.ts';

/**
 * RuleTester in the manner of ESLint's: every `valid` reply must be judged
 * `met`, every `invalid` reply must not be (`partial` or `missing`, exactly
 * `status` when given). A case may also fix the message id and the text that
 * is highlighted. Call it inside a `describe` of the criterion's test file.
 */
export interface RuleCase extends Omit<JudgeInput, 'reply' | 'criteria'> {
  reply: string;
  why: string;
  status?: 'partial' | 'missing';
  /** The message id the criterion must give. */
  messageId?: string;
  /** The highlighted text: the first span's text, or every span's text in order. */
  highlight?: string | string[];
}

export function judgeOne(id: CriterionId, c: Omit<RuleCase, 'why'>) {
  const { status: _status, messageId: _messageId, highlight: _highlight, ...input } = c as RuleCase;
  return judge({ ...input, criteria: [id] }).criteria[0]!;
}

function checkCase(c: RuleCase, result: ReturnType<typeof judgeOne>) {
  expect(result.message.length, 'message is empty').toBeGreaterThan(10);
  expect(result.message, 'a placeholder was left unfilled').not.toMatch(/\{\w+\}/);
  for (const span of result.spans) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(c.reply.length);
  }
  if (c.messageId) expect(result.messageId, result.message).toBe(c.messageId);
  if (c.highlight !== undefined) {
    const texts = result.spans.map((s) => c.reply.slice(s.start, s.end));
    if (Array.isArray(c.highlight)) expect(texts).toEqual(c.highlight);
    else expect(texts[0], `spans: ${JSON.stringify(texts)}`).toBe(c.highlight);
  }
}

export function ruleTester(id: CriterionId, cases: { valid: RuleCase[]; invalid: RuleCase[] }): void {
  for (const c of cases.valid) {
    it(`met: ${c.why}`, () => {
      const result = judgeOne(id, c);
      expect(result.status, `${result.message}\n--- reply ---\n${c.reply}`).toBe('met');
      checkCase(c, result);
    });
  }
  for (const c of cases.invalid) {
    it(`not met: ${c.why}`, () => {
      const result = judgeOne(id, c);
      expect(result.status, `${result.message}\n--- reply ---\n${c.reply}`).not.toBe('met');
      if (c.status) expect(result.status, result.message).toBe(c.status);
      checkCase(c, result);
    });
  }
}

/** The text a span points at, for assertions on exact highlighting. */
export function spanText(reply: string, span: { start: number; end: number }): string {
  return reply.slice(span.start, span.end);
}
