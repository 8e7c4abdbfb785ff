import { describe } from 'vitest';
import { ruleTester } from './rule-tester.ts';

const body = 'Beste Sanne,\n\nFijn dat je schrijft. Hoe is de week verlopen?';

describe('criterion closing', () => {
  ruleTester('closing', {
    valid: [
      { reply: `${body}\n\nHartelijke groet,\nMarloes`, coachName: 'Marloes', messageId: 'met', highlight: 'Hartelijke groet', why: 'greeting and name on two lines' },
      { reply: `${body}\n\nMet vriendelijke groet,\nJan de Vries`, coachName: 'Jan de Vries', messageId: 'met', highlight: 'Met vriendelijke groet', why: 'formal greeting with full name' },
      { reply: `${body}\n\nWarme groet, Femke`, coachName: 'Femke', messageId: 'met', highlight: 'Warme groet', why: 'greeting and name on one line' },
      { reply: `${body}\n\nGroetjes,\nIlse 😊`, coachName: 'Ilse', messageId: 'met', highlight: 'Groetjes', why: 'groetjes and an emoji' },
      { reply: `${body}\n\nLiefs,\nRoos`, coachName: 'Roos', messageId: 'met', highlight: 'Liefs', why: 'liefs' },
      { reply: `${body}\n\nTot snel!\nDaan`, coachName: 'Daan', messageId: 'met', highlight: 'Tot snel', why: 'tot snel' },
      { reply: `${body}\n\nEen hartelijke groet,\nMarloes\nE-coach | Praktijk De Linde`, coachName: 'Marloes', messageId: 'met', highlight: 'Een hartelijke groet', why: 'a personal closing followed by a signature line' },
      { reply: `${body.replace(/\n/g, '\r\n')}\r\n\r\nHartelijke groeten,\r\nMarloes`, coachName: 'Marloes', messageId: 'met', highlight: 'Hartelijke groeten', why: 'CRLF line ends' },
      { reply: `${body}\n\nVriendelijke groet,\nAnnelies`, messageId: 'met', highlight: 'Vriendelijke groet', why: 'no coach name known: any name' },
      { reply: `${body}\n\nMet warme groet,\n\nMarloes`, coachName: 'Marloes', messageId: 'met', highlight: 'Met warme groet', why: 'a blank line between greeting and name' },
      { reply: `${body}\n\nHartelijke groet en tot volgende week,\nMarloes`, coachName: 'Marloes', messageId: 'met', highlight: 'Hartelijke groet', why: 'greeting with a wish after it' },
      { reply: `${body}\n\nHeel veel sterkte en een warme groet,\nMarloes`, coachName: 'Marloes', messageId: 'met', highlight: 'Heel veel sterkte en een warme groet', why: 'a wish before the greeting' },
      { reply: `${body}\n\nGroet,\nNaomi`, coachName: 'Naomi', messageId: 'plain', highlight: 'Groet', why: 'a short but written-out greeting' },
      { reply: `${body}\n\nWarme groet van Marloes`, coachName: 'Marloes', messageId: 'met', highlight: 'Warme groet', why: '"groet van" + name on one line' },
    ],
    invalid: [
      { reply: `${body}\n\nMvg,\nRob`, coachName: 'Rob', messageId: 'short', highlight: 'Mvg', why: 'abbreviation "Mvg"' },
      { reply: `${body}\n\nGr. Lisa`, coachName: 'Lisa', messageId: 'short', highlight: 'Gr.', why: 'abbreviation "Gr."' },
      { reply: `${body}\n\nMarloes`, coachName: 'Marloes', status: 'partial', messageId: 'nameOnly', highlight: 'Marloes', why: 'a bare name' },
      { reply: `${body}\n\nHartelijke groet,`, coachName: 'Marloes', status: 'partial', messageId: 'noName', highlight: 'Hartelijke groet', why: 'greeting without a name' },
      { reply: `${body}\n\nMarloes Jansen | E-coach | 06-12345678`, coachName: 'Marloes', status: 'missing', messageId: 'signatureOnly', highlight: 'Marloes Jansen | E-coach | 06-12345678', why: 'a signature block only' },
      { reply: body, coachName: 'Marloes', status: 'missing', messageId: 'none', why: 'ends with the last question' },
      { reply: '', status: 'missing', messageId: 'empty', why: 'empty reply' },
      { reply: `${body}\n\nM.v.g. Marloes`, coachName: 'Marloes', messageId: 'short', highlight: 'M.v.g.', why: 'abbreviation "M.v.g."' },
      { reply: `${body}\n\nHartelijke groet,\nPeter`, coachName: 'Marloes', status: 'partial', messageId: 'otherName', highlight: 'Hartelijke groet', why: 'signed with another name than the coach\'s' },
      { reply: `${body}\n\nK.`, coachName: 'Karin', messageId: 'nameOnly', highlight: 'K', why: 'an initial only' },
      { reply: `${body}\n\nGrt, Ilse`, coachName: 'Ilse', messageId: 'short', highlight: 'Grt', why: 'abbreviation "Grt"' },
      { reply: `${body}\n\nVerzonden vanaf mijn iPhone`, status: 'missing', messageId: 'none', why: 'an automatic line' },
    ],
  });
});
