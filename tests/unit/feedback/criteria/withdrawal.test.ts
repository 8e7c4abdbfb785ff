import { describe } from 'vitest';
import { ruleTester } from './rule-tester.ts';

const open = 'Beste Milan,\n\n';

describe('criterion withdrawal', () => {
  ruleTester('withdrawal', {
    valid: [
      { reply: `${open}Het was bijna een maand stil tussen ons, en ik vroeg me af hoe het met je ging. Je mag altijd schrijven, ook als het maar een paar regels zijn.`, messageId: 'met', highlight: 'was bijna een maand stil', why: 'a silence with a length in it, and an open door in other words' },
      { reply: `${open}Ik merk dat je vandaag niet zoveel te vertellen hebt, en dat is prima. Een paar woorden is ook goed.`, messageId: 'met', highlight: 'niet zoveel te vertellen', why: 'a short reply noticed without blame' },
      { reply: `${open}Ik heb al een tijdje niets van je gehoord. Je bent altijd welkom om weer te schrijven.`, messageId: 'met', highlight: 'al een tijdje niets van je gehoord', why: 'notices silence, welcomes back' },
      { reply: `${open}Het was even stil tussen ons. Neem gerust de tijd; ik hoor graag hoe het met je gaat.`, messageId: 'met', highlight: 'Het was even stil', why: 'silence and an open door' },
      { reply: `${open}Je bericht was dit keer wat korter dan anders. Dat is helemaal oké.`, messageId: 'met', highlight: 'Je bericht was dit keer wat korter', why: 'a shorter message, no blame' },
      { reply: 'Beste mevrouw Jacobs,\n\nUw reactie liet wat op zich wachten. Geen probleem: ik hoor het graag als u er weer aan toe bent.', form: 'u', messageId: 'met', highlight: 'liet wat op zich wachten', why: 'a late reply, u-form' },
      { reply: `${open}Ik merk dat je minder schrijft de laatste weken. Laat gerust iets van je horen, ook al is het kort.`, messageId: 'met', highlight: 'Ik merk dat je minder', why: 'less writing noticed, invitation' },
      { reply: `${open}Er zaten twee weken tussen je berichten. Een paar zinnen is ook genoeg.`, messageId: 'met', highlight: 'weken tussen', why: 'a gap and a low threshold' },
    ],
    invalid: [
      { reply: `${open}Je hebt alweer niet gereageerd.`, status: 'missing', messageId: 'blame', highlight: 'alweer', why: 'blame' },
      { reply: `${open}Waarom heb je niet op mijn vorige mail gereageerd?`, status: 'missing', messageId: 'blame', highlight: 'Waarom heb je niet', why: 'a reproachful question' },
      { reply: `${open}Ik hoor graag van je.`, status: 'partial', messageId: 'inviteOnly', highlight: 'Ik hoor graag', why: 'an invitation without naming the silence' },
      { reply: `${open}Het was even stil.`, status: 'partial', messageId: 'noticeOnly', highlight: 'Het was even stil', why: 'notices, but no invitation' },
      { reply: '', status: 'missing', messageId: 'empty', why: 'empty reply' },
      { reply: `${open}Hier is de volgende opdracht.`, status: 'missing', messageId: 'missing', why: 'ignores the withdrawal' },
    ],
  });
});
