import { describe } from 'vitest';
import { ruleTester } from './rule-tester.ts';

const open = 'Beste Ruben,\n\nFijn dat je schrijft. ';

describe('criterion open-question', () => {
  ruleTester('open-question', {
    valid: [
      { reply: `${open}Hoe gaat het vandaag met jou?`, why: 'hoe' },
      { reply: `${open}Wat heb je nodig om dit vol te houden?`, why: 'wat' },
      { reply: `${open}Waar loop je het meest tegenaan?`, why: 'waar' },
      { reply: `${open}Welke momenten op de dag zijn het zwaarst?`, why: 'welke' },
      { reply: `${open}En wat zou je beste vriend je nu aanraden?`, why: 'a question word after "En"' },
      { reply: 'Beste mevrouw Maes,\n\nIk ben benieuwd: hoe kijkt u zelf terug op die periode?', form: 'u', why: 'a question word after a colon, u-form' },
      { reply: `${open}Waarom denk je dat het juist nu gebeurt?`, why: 'waarom' },
      { reply: `${open}Wanneer merk je de spanning het eerst?`, why: 'wanneer' },
      { reply: `${open}Kun je vertellen wat er door je heen ging?`, why: 'an invitation to tell' },
      { reply: `${open}Vertel eens, wat maakte dit moment zo bijzonder?`, why: '"vertel eens"' },
      { reply: `${open}In hoeverre herken je dit?`, why: 'in hoeverre' },
      { reply: `${open}Wie in je omgeving kan je hierbij steunen?`, why: 'wie' },
      { reply: 'hoi ruben, wat denk je ervan? 😊', why: 'an emoji after the question mark' },
    ],
    invalid: [
      { reply: `${open}Is dat duidelijk?`, status: 'partial', why: 'closed: is' },
      { reply: `${open}Heb je nog vragen?`, status: 'partial', why: 'closed: heb je' },
      { reply: `${open}Wil je dit proberen?`, status: 'partial', why: 'closed: wil je' },
      { reply: `${open}Lukt dat?`, status: 'partial', why: 'closed: lukt dat' },
      { reply: `${open}Ik hoor graag van je.`, status: 'partial', messageId: 'indirect', why: 'an invitation without a question: not met, and the message says how to ask' },
      { reply: `${open}Ik wens je een fijne week.`, status: 'missing', messageId: 'missing', why: 'no question at all' },
      { reply: `${open}Kun je dit voor vrijdag doen?`, status: 'partial', why: 'closed: kun je' },
      { reply: `${open}Wat fijn dat je er bent.`, status: 'missing', why: 'an exclamation with "wat", no question mark' },
      { reply: '', status: 'missing', why: 'empty reply' },
      { reply: `${open}Ben je er klaar voor?`, status: 'partial', why: 'closed: ben je' },
      { reply: `${open}Zullen we dat doen?`, status: 'partial', why: 'closed: zullen we' },
      { reply: `${open}Eerst even praktisch: heb je de link ontvangen?`, status: 'partial', why: 'closed question after a colon' },
      { reply: `${open}Klopt het dat je vaker moe bent?`, status: 'partial', why: 'closed: klopt het' },
    ],
  });
});
