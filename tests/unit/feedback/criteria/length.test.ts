import { describe } from 'vitest';
import { ruleTester } from './rule-tester.ts';

const words = (n: number) => Array.from({ length: n }, () => 'woord').join(' ');
const shortClient = { clientMessage: words(40) };
const longClient = { clientMessage: words(200) };

describe('criterion length', () => {
  ruleTester('length', {
    valid: [
      { ...shortClient, reply: words(120), messageId: 'met', why: 'under 150 words' },
      { ...shortClient, reply: words(150), messageId: 'met', why: 'exactly 150 words' },
      { ...longClient, reply: words(380), messageId: 'met', why: 'under twice a long client message' },
      { reply: words(140), messageId: 'met', why: 'no client message: 150 words at most' },
      { ...shortClient, options: { length: { maxWords: 60 } }, reply: words(55), messageId: 'met', why: "within the exercise's own maximum" },
      { ...longClient, reply: words(400), messageId: 'met', why: 'exactly twice the client message' },
      { ...shortClient, reply: 'Hoi Sam,\n\nFijn dat je schrijft.', messageId: 'met', why: 'a short reply' },
      { ...shortClient, options: { length: { maxWords: 300 } }, reply: words(250), messageId: 'met', why: 'an exercise may allow more' },
    ],
    invalid: [
      { ...shortClient, reply: words(400), messageId: 'tooLong', why: 'a 400-word reply to a 40-word message' },
      { ...shortClient, reply: words(151), messageId: 'tooLong', why: 'one word over 150' },
      { ...longClient, reply: words(401), messageId: 'tooLong', why: 'over twice a long client message' },
      { reply: words(200), messageId: 'tooLong', why: 'no client message and over 150 words' },
      { ...shortClient, options: { length: { maxWords: 60 } }, reply: words(61), messageId: 'tooLong', why: "over the exercise's own maximum" },
      { ...shortClient, reply: words(1000), status: 'missing', messageId: 'tooLong', why: 'far too long' },
      { ...longClient, reply: words(900), messageId: 'tooLong', why: 'a wall of text' },
      { ...shortClient, options: { length: { maxWords: 100 } }, reply: words(140), messageId: 'tooLong', why: 'a lower maximum than the default' },
    ],
  });
});
