import { describe, expect, it } from 'vitest';
import { judge, prepareJudge, criteriaInfo, CRITERION_IDS, CONTRACT_CRITERION_IDS } from '../../../src/lib/feedback/index.ts';

const all = [...CRITERION_IDS];

function expectValid(reply: string, results: ReturnType<typeof judge>['criteria']) {
  expect(results).toHaveLength(all.length);
  for (const r of results) {
    expect(['met', 'partial', 'missing']).toContain(r.status);
    expect(typeof r.message).toBe('string');
    expect(r.message.length).toBeGreaterThan(0);
    for (const s of r.spans) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.end).toBeLessThanOrEqual(reply.length);
    }
  }
}

describe('robustness', { timeout: 30_000 }, () => {
  it.each([
    ['empty', ''],
    ['white space only', '  \n\r\n\t  '],
    ['only emoji', '😊😊🙈👍🏽'],
    ['HTML-looking text', '<p>Beste <b>Sanne</b>,</p><script>alert(1)</script><br>Hoe gaat het?&nbsp;<i>Marloes</i>'],
    ['other scripts', 'مرحبا سارة، كيف حالك؟ 你好吗？ Привет! Как дела?'],
    ['lonely surrogates and control characters', 'Hoi \ud83d Sanne \u0000\u0007 wat fijn\u200b!'],
    ['only punctuation', '?!?!... ,,, ;;; """ \'\'\''],
    ['one very long word', 'a'.repeat(5000)],
  ])('handles %s', (_name, reply) => {
    const result = judge({ reply, clientMessage: reply, clientName: 'Sanne', coachName: 'Marloes', criteria: all });
    expectValid(reply, result.criteria);
  });

  it('judges a pasted text of 100,000 characters and returns results', () => {
    const piece =
      'Beste Sanne, wat knap dat je schrijft! Ik lees dat je je "zo onzeker" voelt. Waar wil je mee beginnen? Ik reageer binnen twee werkdagen. ';
    const reply = piece.repeat(Math.ceil(100_000 / piece.length)).slice(0, 100_000);
    const started = performance.now();
    const result = judge({ reply, clientMessage: reply.slice(0, 5000), clientName: 'Sanne', criteria: all });
    expectValid(reply, result.criteria);
    console.log(`100,000 characters judged in ${Math.round(performance.now() - started)} ms`);
  });

  it('judges a long text without punctuation or line breaks', () => {
    const reply = 'woord '.repeat(20_000);
    expectValid(reply, judge({ reply, criteria: all }).criteria);
  });

  it('judges one "word" of 100,000 letters', () => {
    const reply = 'ab'.repeat(50_000);
    expectValid(reply, judge({ reply, clientMessage: reply, criteria: all }).criteria);
  });

  it('judges pathological repetitions', () => {
    for (const reply of ['wat wil je '.repeat(9000) + '?', 'bijv. '.repeat(15000), '\n'.repeat(100_000), 'zorg dat je '.repeat(8000)]) {
      expectValid(reply, judge({ reply, criteria: all }).criteria);
    }
  });

  it('judges many quote marks and question marks without slowing down', () => {
    const reply = '"\'‘’“”„?'.repeat(5000);
    expectValid(reply, judge({ reply, criteria: all }).criteria);
  });

  it('judges the ten contract criteria by default, in contract order', () => {
    const result = judge({ reply: 'Hoi' });
    expect(result.criteria.map((c) => c.id)).toEqual([...CONTRACT_CRITERION_IDS]);
  });

  it('judges only the requested criteria, in the requested order', () => {
    const result = judge({ reply: 'Hoi', criteria: ['tone', 'privacy'] });
    expect(result.criteria.map((c) => c.id)).toEqual(['tone', 'privacy']);
  });

  it('judges a reply the same whatever the same judge read before', () => {
    // The page keeps one judge per exercise and calls it on every pause in typing.
    const input = { clientName: 'Sanne', coachName: 'Marloes', clientMessage: 'Ik ben zo moe en verdrietig. Ik weet niet waar ik moet beginnen.', criteria: all };
    const reply = 'Beste Sanne,\n\nWat knap dat je schrijft dat je moe en verdrietig bent! Waar wil je beginnen?\n\nHartelijke groet,\nMarloes';
    const fresh = prepareJudge(input)(reply);
    const reused = prepareJudge(input);
    reused('Hoi, wat knap, moe? verdrietig! Waar wil je beginnen? Groet, Marloes');
    reused('Zie bijlage. Mvg');
    reused('');
    expect(reused(reply)).toEqual(fresh);
    expect(judge({ ...input, reply })).toEqual(fresh);
  });

  it('has a Dutch label and reason for every criterion', () => {
    for (const id of CRITERION_IDS) {
      expect(criteriaInfo[id].label.length).toBeGreaterThan(3);
      expect(criteriaInfo[id].why.length).toBeGreaterThan(40);
    }
  });
});
