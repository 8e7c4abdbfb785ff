import { describe } from 'vitest';
import { ruleTester } from './rule-tester.ts';

const open = 'Beste Marco,\n\n';

describe('criterion boundaries', () => {
  ruleTester('boundaries', {
    valid: [
      { reply: `${open}Ik ben geen crisisdienst en kan dit als coach niet alleen dragen. Bel vanavond nog 113 of Veilig Thuis.`, messageId: 'met', highlight: 'Ik ben geen crisisdienst', why: 'what the coach is not, and where to go' },
      { reply: `${open}Medische vragen vallen buiten mijn deskundigheid; daarvoor kun je het beste bij je huisarts terecht.`, messageId: 'met', highlight: 'buiten mijn deskundigheid', why: 'limit and referral' },
      { reply: 'Beste meneer Aerts,\n\nIk ben geen jurist, dus ik raad u aan contact op te nemen met het Juridisch Loket.', form: 'u', messageId: 'met', highlight: 'Ik ben geen jurist', why: 'not a lawyer, refers on' },
      { reply: `${open}Daar kan ik je niet mee helpen, maar wat ik wel kan doen is samen zoeken naar de juiste hulp.`, messageId: 'met', highlight: 'kan ik je niet', why: 'what I can and cannot do' },
      { reply: `${open}Dit valt buiten mijn rol als coach. Bij gedachten aan de dood kun je altijd 113 bellen.`, messageId: 'met', highlight: 'buiten mijn rol', why: 'outside role, crisis line' },
      { reply: `${open}Ik ben geen psycholoog; ik verwijs je graag door naar iemand die daarin gespecialiseerd is.`, messageId: 'met', highlight: 'Ik ben geen psycholoog', why: 'not a psychologist, referral' },
      { reply: 'Beste mevrouw Aerts,\n\nVoor schulden ben ik niet de juiste persoon, maar het maatschappelijk werk kan u verder helpen.', messageId: 'met', highlight: 'niet de juiste persoon', why: 'not the right person, social work' },
    ],
    invalid: [
      { reply: `${open}Ik ben geen crisisdienst.`, status: 'partial', messageId: 'limitOnly', why: '"geen crisisdienst" names a limit, not a place to go' },
      { reply: `${open}Ik help je met alles wat je nodig hebt!`, status: 'missing', messageId: 'missing', why: 'promises everything' },
      { reply: `${open}Neem gerust contact op met je huisarts.`, status: 'partial', messageId: 'referralOnly', highlight: 'contact op met', why: 'referral without naming the limit' },
      { reply: '', status: 'missing', messageId: 'empty', why: 'empty reply' },
      { reply: `${open}Dat gaan we samen oplossen, wat het ook is.`, status: 'missing', messageId: 'missing', why: 'no limit at all' },
      { reply: `${open}Ik ben geen arts.`, status: 'partial', messageId: 'limitOnly', highlight: 'Ik ben geen arts', why: 'limit without a way forward' },
      { reply: `${open}Je moet gewoon stoppen met piekeren.`, status: 'missing', messageId: 'missing', why: 'advice instead of a boundary' },
    ],
  });
});
