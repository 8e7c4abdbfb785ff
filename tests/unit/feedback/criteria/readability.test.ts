import { describe } from 'vitest';
import { ruleTester } from './rule-tester.ts';

const sentence = 'Ik lees dat je een drukke week had met veel afspraken op je werk.';
const para = (n: number) => Array.from({ length: n }, () => sentence).join(' ');

describe('criterion readability', () => {
  ruleTester('readability', {
    valid: [
      { reply: 'Beste Eva,\n\nFijn dat je schrijft.\n\nHoe gaat het nu?\n\nHartelijke groet,\nMarloes', messageId: 'met', why: 'short paragraphs' },
      { reply: `Beste Eva,\n\n${para(3)}\n\n${para(3)}\n\n${para(2)}`, messageId: 'met', why: 'three paragraphs of normal length' },
      { reply: 'Beste Eva,\n\nDit zijn de afspraken:\n- ik reageer binnen twee dagen\n- jij schrijft op maandag\n\nGroet,\nMarloes', messageId: 'met', why: 'a list' },
      { reply: 'hoi eva, top dat je er bent! hoe gaat het?', messageId: 'met', why: 'a single chat line' },
      { reply: `Beste mevrouw Peeters,\n\n${para(2)}\n\n${para(2)}\n\n${para(2)}\n\n${para(2)}`, messageId: 'met', why: 'four paragraphs in the u-form length' },
      { reply: `Beste Eva,\n\n${para(5)}\n\n${para(5)}\n\n${para(5)}`, messageId: 'met', why: 'a long reply split into paragraphs' },
    ],
    invalid: [
      { reply: `Beste Eva,\n\n${para(15)}`, status: 'missing', messageId: 'problems', why: 'a wall of text' },
      {
        reply: 'Beste Eva,\n\nIk heb je bericht gelezen en ik merk dat er heel veel tegelijk speelt, want je schrijft over je werk en over je moeder en over de verhuizing en ook nog over je studie die je eigenlijk wilt afronden voordat de zomer begint en dat is best veel voor één persoon.',
        status: 'partial',
        messageId: 'problems', why: 'one very long sentence',
      },
      { reply: '', status: 'missing', messageId: 'empty', why: 'empty reply' },
      { reply: `Beste Eva,\n\n${para(8)}\n\nGroet,\nMarloes`, status: 'partial', messageId: 'problems', why: 'one long paragraph' },
      {
        reply: `Beste Eva,\n\n${Array.from({ length: 4 }, () => 'Ik lees in je bericht dat je de afgelopen weken veel hebt nagedacht over je werk en over de vraag of je daar nog wel op je plek zit, en dat je daar met niemand echt over kunt praten.').join('\n\n')}`,
        messageId: 'problems', why: 'long sentences throughout',
      },
      { reply: `Beste Eva,\r\n${para(6)}\r\n${para(6)}\r\n${para(6)}`, status: 'missing', messageId: 'problems', why: 'single line breaks only: still one block' },
    ],
  });
});
