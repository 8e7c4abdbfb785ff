import { describe, expect, it } from 'vitest';
import { judgeOne, ruleTester, spanText } from './rule-tester.ts';

const open = 'Beste Sara,\n\n';

describe('criterion tone', () => {
  ruleTester('tone', {
    valid: [
      { reply: `${open}Wat fijn dat je schrijft. Ik lees je bericht met aandacht.\n\nHartelijke groet,\nMarloes`, why: 'a warm reply' },
      { reply: `${open}Je hoeft niets te veranderen als het goed voelt.`, why: '"hoeft niet" is no directive' },
      { reply: `${open}Misschien helpt het om even een wandeling te maken?`, why: 'a suggestion' },
      { reply: `${open}Je vriendinnen zeggen: "je moet verder", en dat voelt niet zo simpel.`, why: 'a directive inside a quote of others' },
      { reply: `${open}Heb je het gevoel dat je moet presteren?`, why: 'a question about a felt pressure' },
      { reply: `${open}Zou je willen proberen om elke dag tien minuten te schrijven?`, why: 'an invitation' },
      { reply: `${open}In het bestand dat ik meestuur vind je een oefening.`, why: 'announces an attachment in full words' },
      { reply: `${open}Je schreef dat je denkt dat je moet stoppen.`, why: 'reports the client\'s thought' },
      { reply: 'Beste meneer Wouters,\n\nZou u mij willen laten weten hoe het gaat?', form: 'u', why: 'polite u-form request' },
      { reply: 'hoi sara! top dat je er bent 😊 we pakken het samen op', why: 'informal chat without shorthand' },
      { reply: `${open}Graag gedaan, en tot volgende week.`, why: 'graag gedaan' },
      { reply: `${open}Dat moet je veel energie hebben gekost.`, why: 'an epistemic "moet je"' },
      { reply: `${open}Het moet je toch een keer lukken, denk ik dan.`, why: '"het moet je lukken" is no order' },
    ],
    invalid: [
      { reply: `${open}Zie bijlage.`, status: 'partial', why: '"zie bijlage"' },
      { reply: `${open}Je moet elke dag wandelen.`, status: 'missing', why: '"je moet"' },
      { reply: 'Geachte heer Wouters,\n\nU dient het formulier te ondertekenen.', status: 'missing', why: '"u dient"' },
      { reply: `${open}Zorg dat je op tijd bent.`, status: 'missing', why: '"zorg dat je"' },
      { reply: `${open}Tot dan.\n\nMvg, Rob`, status: 'partial', why: '"Mvg"' },
      { reply: `${open}Ik reageer asap.`, why: '"asap"' },
      { reply: `${open}Fyi: het rooster is veranderd.`, why: '"fyi"' },
      { reply: `${open}Graag per omgaande een reactie.`, why: '"per omgaande"' },
      { reply: `${open}Reageer z.s.m. op deze mail. Zie bijlage.`, status: 'missing', why: 'two shorthand hits' },
      { reply: `${open}Succes.\n\nGr. Wendy`, why: '"Gr."' },
      { reply: `${open}Ter info stuur ik de folder mee.`, why: '"ter info"' },
      { reply: `${open}Dan moet je wel meteen beginnen.`, status: 'missing', why: '"moet je"' },
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
