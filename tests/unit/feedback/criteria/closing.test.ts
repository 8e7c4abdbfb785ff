import { describe } from 'vitest';
import { ruleTester } from './rule-tester.ts';

const body = 'Beste Sanne,\n\nFijn dat je schrijft. Hoe is de week verlopen?';

describe('criterion closing', () => {
  ruleTester('closing', {
    valid: [
      { reply: `${body}\n\nHartelijke groet,\nMarloes`, coachName: 'Marloes', why: 'greeting and name on two lines' },
      { reply: `${body}\n\nMet vriendelijke groet,\nJan de Vries`, coachName: 'Jan de Vries', why: 'formal greeting with full name' },
      { reply: `${body}\n\nWarme groet, Femke`, coachName: 'Femke', why: 'greeting and name on one line' },
      { reply: `${body}\n\nGroetjes,\nIlse 😊`, coachName: 'Ilse', why: 'groetjes and an emoji' },
      { reply: `${body}\n\nLiefs,\nRoos`, coachName: 'Roos', why: 'liefs' },
      { reply: `${body}\n\nTot snel!\nDaan`, coachName: 'Daan', why: 'tot snel' },
      { reply: `${body}\n\nEen hartelijke groet,\nMarloes\nE-coach | Praktijk De Linde`, coachName: 'Marloes', why: 'a personal closing followed by a signature line' },
      { reply: `${body.replace(/\n/g, '\r\n')}\r\n\r\nHartelijke groeten,\r\nMarloes`, coachName: 'Marloes', why: 'CRLF line ends' },
      { reply: `${body}\n\nVriendelijke groet,\nAnnelies`, why: 'no coach name known: any name' },
      { reply: `${body}\n\nMet warme groet,\n\nMarloes`, coachName: 'Marloes', why: 'a blank line between greeting and name' },
      { reply: `${body}\n\nHartelijke groet en tot volgende week,\nMarloes`, coachName: 'Marloes', why: 'greeting with a wish after it' },
      { reply: `${body}\n\nHeel veel sterkte en een warme groet,\nMarloes`, coachName: 'Marloes', why: 'a wish before the greeting' },
      { reply: `${body}\n\nGroet,\nNaomi`, coachName: 'Naomi', why: 'a short but written-out greeting' },
      { reply: `${body}\n\nWarme groet van Marloes`, coachName: 'Marloes', why: '"groet van" + name on one line' },
    ],
    invalid: [
      { reply: `${body}\n\nMvg,\nRob`, coachName: 'Rob', why: 'abbreviation "Mvg"' },
      { reply: `${body}\n\nGr. Lisa`, coachName: 'Lisa', why: 'abbreviation "Gr."' },
      { reply: `${body}\n\nMarloes`, coachName: 'Marloes', status: 'partial', why: 'a bare name' },
      { reply: `${body}\n\nHartelijke groet,`, coachName: 'Marloes', status: 'partial', why: 'greeting without a name' },
      { reply: `${body}\n\nMarloes Jansen | E-coach | 06-12345678`, coachName: 'Marloes', status: 'missing', why: 'a signature block only' },
      { reply: body, coachName: 'Marloes', status: 'missing', why: 'ends with the last question' },
      { reply: '', status: 'missing', why: 'empty reply' },
      { reply: `${body}\n\nM.v.g. Marloes`, coachName: 'Marloes', why: 'abbreviation "M.v.g."' },
      { reply: `${body}\n\nHartelijke groet,\nPeter`, coachName: 'Marloes', status: 'partial', why: 'signed with another name than the coach\'s' },
      { reply: `${body}\n\nK.`, coachName: 'Karin', why: 'an initial only' },
      { reply: `${body}\n\nGrt, Ilse`, coachName: 'Ilse', why: 'abbreviation "Grt"' },
      { reply: `${body}\n\nVerzonden vanaf mijn iPhone`, status: 'missing', why: 'an automatic line' },
    ],
  });
});
