import { describe } from 'vitest';
import { ruleTester } from './rule-tester.ts';

const open = 'Beste Ruben,\n\nFijn dat je schrijft. ';

describe('criterion open-question', () => {
  ruleTester('open-question', {
    valid: [
      { reply: `${open}Hoe gaat het vandaag met jou?`, messageId: 'met', highlight: 'Hoe gaat het vandaag met jou?', why: 'hoe' },
      { reply: `${open}Wat heb je nodig om dit vol te houden?`, messageId: 'met', highlight: 'Wat heb je nodig om dit vol te houden?', why: 'wat' },
      { reply: `${open}Waar loop je het meest tegenaan?`, messageId: 'met', highlight: 'Waar loop je het meest tegenaan?', why: 'waar' },
      { reply: `${open}Welke momenten op de dag zijn het zwaarst?`, messageId: 'met', highlight: 'Welke momenten op de dag zijn het zwaarst?', why: 'welke' },
      { reply: `${open}En wat zou je beste vriend je nu aanraden?`, messageId: 'met', highlight: 'En wat zou je beste vriend je nu aanraden?', why: 'a question word after "En"' },
      { reply: 'Beste mevrouw Maes,\n\nIk ben benieuwd: hoe kijkt u zelf terug op die periode?', form: 'u', messageId: 'met', highlight: 'Ik ben benieuwd: hoe kijkt u zelf terug op die periode?', why: 'a question word after a colon, u-form' },
      { reply: `${open}Waarom denk je dat het juist nu gebeurt?`, messageId: 'met', highlight: 'Waarom denk je dat het juist nu gebeurt?', why: 'waarom' },
      { reply: `${open}Wanneer merk je de spanning het eerst?`, messageId: 'met', highlight: 'Wanneer merk je de spanning het eerst?', why: 'wanneer' },
      { reply: `${open}Kun je vertellen wat er door je heen ging?`, messageId: 'met', highlight: 'Kun je vertellen wat er door je heen ging?', why: 'an invitation to tell' },
      { reply: `${open}Vertel eens, wat maakte dit moment zo bijzonder?`, messageId: 'met', highlight: 'Vertel eens, wat maakte dit moment zo bijzonder?', why: '"vertel eens"' },
      { reply: `${open}In hoeverre herken je dit?`, messageId: 'met', highlight: 'In hoeverre herken je dit?', why: 'in hoeverre' },
      { reply: `${open}Wie in je omgeving kan je hierbij steunen?`, messageId: 'met', highlight: 'Wie in je omgeving kan je hierbij steunen?', why: 'wie' },
      { reply: 'hoi ruben, wat denk je ervan? 😊', messageId: 'met', highlight: 'wat denk je ervan?', why: 'an emoji after the question mark' },
    ],
    invalid: [
      { reply: `${open}Is dat duidelijk?`, status: 'partial', messageId: 'closed', highlight: 'Is dat duidelijk?', why: 'closed: is' },
      { reply: `${open}Heb je nog vragen?`, status: 'partial', messageId: 'closed', highlight: 'Heb je nog vragen?', why: 'closed: heb je' },
      { reply: `${open}Wil je dit proberen?`, status: 'partial', messageId: 'closed', highlight: 'Wil je dit proberen?', why: 'closed: wil je' },
      { reply: `${open}Lukt dat?`, status: 'partial', messageId: 'closed', highlight: 'Lukt dat?', why: 'closed: lukt dat' },
      { reply: `${open}Ik hoor graag van je.`, status: 'partial', messageId: 'indirect', why: 'an invitation without a question: not met, and the message says how to ask' },
      { reply: `${open}Ik wens je een fijne week.`, status: 'missing', messageId: 'missing', why: 'no question at all' },
      { reply: `${open}Kun je dit voor vrijdag doen?`, status: 'partial', messageId: 'closed', highlight: 'Kun je dit voor vrijdag doen?', why: 'closed: kun je' },
      { reply: `${open}Wat fijn dat je er bent.`, status: 'missing', messageId: 'missing', why: 'an exclamation with "wat", no question mark' },
      { reply: '', status: 'missing', messageId: 'empty', why: 'empty reply' },
      { reply: `${open}Ben je er klaar voor?`, status: 'partial', messageId: 'closed', highlight: 'Ben je er klaar voor?', why: 'closed: ben je' },
      { reply: `${open}Zullen we dat doen?`, status: 'partial', messageId: 'closed', highlight: 'Zullen we dat doen?', why: 'closed: zullen we' },
      { reply: `${open}Eerst even praktisch: heb je de link ontvangen?`, status: 'partial', messageId: 'closed', highlight: 'Eerst even praktisch: heb je de link ontvangen?', why: 'closed question after a colon' },
      { reply: `${open}Klopt het dat je vaker moe bent?`, status: 'partial', messageId: 'closed', highlight: 'Klopt het dat je vaker moe bent?', why: 'closed: klopt het' },
    ],
  });
});
