import { describe, expect, it } from 'vitest';
import { judgeOne, ruleTester, spanText } from './rule-tester.ts';

const open = 'Beste Sara,\n\n';

describe('criterion tone', () => {
  ruleTester('tone', {
    valid: [
      { reply: `${open}Niet iedereen durft weleens hulp te vragen, jij wel.`, messageId: 'met', why: '"niet iedereen" measures the client\'s step, it minimises nothing' },
      { reply: `${open}Wat fijn dat je schrijft. Ik lees je bericht met aandacht.\n\nHartelijke groet,\nMarloes`, messageId: 'met', why: 'a warm reply' },
      { reply: `${open}Je hoeft niets te veranderen als het goed voelt.`, messageId: 'met', why: '"hoeft niet" is no directive' },
      { reply: `${open}Misschien helpt het om even een wandeling te maken?`, messageId: 'met', why: 'a suggestion' },
      { reply: `${open}Je vriendinnen zeggen: "je moet verder", en dat voelt niet zo simpel.`, messageId: 'met', why: 'a directive inside a quote of others' },
      { reply: `${open}Heb je het gevoel dat je moet presteren?`, messageId: 'met', why: 'a question about a felt pressure' },
      { reply: `${open}Zou je willen proberen om elke dag tien minuten te schrijven?`, messageId: 'met', why: 'an invitation' },
      { reply: `${open}In het bestand dat ik meestuur vind je een oefening.`, messageId: 'met', why: 'announces an attachment in full words' },
      { reply: `${open}Je schreef dat je denkt dat je moet stoppen.`, messageId: 'met', why: 'reports the client\'s thought' },
      { reply: 'Beste meneer Wouters,\n\nZou u mij willen laten weten hoe het gaat?', form: 'u', messageId: 'met', why: 'polite u-form request' },
      { reply: 'hoi sara! top dat je er bent 😊 we pakken het samen op', messageId: 'met', why: 'informal chat without shorthand' },
      { reply: `${open}Graag gedaan, en tot volgende week.`, messageId: 'met', why: 'graag gedaan' },
      { reply: `${open}Dat moet je veel energie hebben gekost.`, messageId: 'met', why: 'an epistemic "moet je"' },
      { reply: `${open}Het moet je toch een keer lukken, denk ik dan.`, messageId: 'met', why: '"het moet je lukken" is no order' },
      { reply: 'Hoi Sam,\n\nJe schrijft dat je niet weet waar je moet beginnen met je scriptie. Wat zou een eerste klein stukje kunnen zijn?', messageId: 'met', why: '"waar je moet beginnen" reports the client\'s doubt, it orders nothing' },
      { reply: 'Hoi Sam,\n\nJe bent zeker niet de enige die tegen een eerste werkdag opziet, en ik snap dat het je nu bezighoudt. Wat maakt het voor jou het spannendst?', messageId: 'met', why: '"je bent niet de enige" normalises the feeling while it is taken in; it does not wave it away' },
    ],
    invalid: [
      { reply: `${open}Je hoeft je echt niet stom te voelen, iedereen verknalt weleens een tentamen.`, status: 'missing', messageId: 'dismissive', highlight: 'iedereen verknalt weleens', why: 'what everyone does now and then makes the client\'s feeling ordinary' },
      { reply: `${open}Herkenbaar, iedereen met jonge kinderen en een veeleisend beroep heeft dat wel eens.`, status: 'missing', messageId: 'dismissive', highlight: 'iedereen met jonge kinderen en een veeleisend beroep heeft dat', why: 'everyone has it, with many words between' },
      { reply: `${open}Het is ook niet het einde van de wereld.`, status: 'missing', messageId: 'dismissive', highlight: 'niet het einde van de wereld', why: 'minimising' },
      { reply: 'hoi sam, balen zeg. maar joh, iedereen wordt weleens afgewezen. volgende keer beter! welke vacatures heb je nog?', messageId: 'dismissive', why: 'being turned down made ordinary and waved away' },
      { reply: 'Hoi Sam,\n\nIedereen in de zorg heeft dat wel eens na een zware dienst.', messageId: 'dismissive', why: 'everyone-has-that with words between minimises the feeling' },
      { reply: `${open}Ach joh, iedereen heeft weleens een dipje. Het komt heus goed.`, why: 'waving a low mood away' },
      { reply: `${open}Zie bijlage.`, status: 'partial', messageId: 'shorthand', highlight: 'Zie bijlage', why: '"zie bijlage"' },
      { reply: `${open}Je moet elke dag wandelen.`, status: 'missing', messageId: 'directive', highlight: 'Je moet', why: '"je moet"' },
      { reply: 'Geachte heer Wouters,\n\nU dient het formulier te ondertekenen.', status: 'missing', messageId: 'directive', highlight: 'U dient', why: '"u dient"' },
      { reply: `${open}Zorg dat je op tijd bent.`, status: 'missing', messageId: 'directive', highlight: 'Zorg dat', why: '"zorg dat je"' },
      { reply: `${open}Tot dan.\n\nMvg, Rob`, status: 'partial', messageId: 'shorthand', highlight: 'Mvg', why: '"Mvg"' },
      { reply: `${open}Ik reageer asap.`, messageId: 'shorthand', highlight: 'asap', why: '"asap"' },
      { reply: `${open}Fyi: het rooster is veranderd.`, messageId: 'shorthand', highlight: 'Fyi', why: '"fyi"' },
      { reply: `${open}Graag per omgaande een reactie.`, messageId: 'shorthand', highlight: 'Graag per omgaande', why: '"per omgaande"' },
      { reply: `${open}Reageer z.s.m. op deze mail. Zie bijlage.`, status: 'missing', messageId: 'shorthand', highlight: 'z.s.m.', why: 'two shorthand hits' },
      { reply: `${open}Succes.\n\nGr. Wendy`, messageId: 'shorthand', highlight: 'Gr.', why: '"Gr."' },
      { reply: `${open}Ter info stuur ik de folder mee.`, messageId: 'shorthand', highlight: 'Ter info', why: '"ter info"' },
      { reply: `${open}Dan moet je wel meteen beginnen.`, status: 'missing', messageId: 'directive', highlight: 'moet je', why: '"moet je"' },
    ],
  });
  
  describe('tone spans', () => {
    it('point exactly at each curt expression', () => {
      const reply = 'Hoi Sara,\n\nZie bijlage. Je moet dit z.s.m. invullen.\n\nMvg,\nRob';
      const result = judgeOne('tone', { reply });
      expect(result.spans.map((s) => spanText(reply, s))).toEqual(['Zie bijlage', 'Je moet', 'z.s.m.', 'Mvg']);
    });
  });
});
