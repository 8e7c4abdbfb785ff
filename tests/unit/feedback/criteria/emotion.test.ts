import { describe } from 'vitest';
import { ruleTester } from './rule-tester.ts';

const open = 'Beste Kim,\n\n';

describe('criterion emotion', () => {
  ruleTester('emotion', {
    valid: [
      { reply: `${open}Ik lees dat je je eenzaam voelt sinds je verhuizing.`, why: '"ik lees dat" with a feeling word' },
      { reply: 'Beste meneer Bakker,\n\nHet klinkt alsof u teleurgesteld bent in uw zoon.', form: 'u', why: '"het klinkt alsof" in the u-form' },
      { reply: `${open}Wat vervelend dat je examen niet doorging.`, why: '"wat vervelend dat"' },
      { reply: `${open}Ik kan me voorstellen dat die onzekerheid je uitput.`, why: '"ik kan me voorstellen" with onzekerheid' },
      { reply: `${open}Dat moet heftig voor je zijn geweest.`, why: '"dat moet heftig zijn"' },
      { reply: `${open}Je boosheid op je broer snap ik heel goed.`, why: 'boosheid aimed at the client' },
      { reply: `${open}Ik hoor veel verdriet in je woorden.`, why: 'verdriet heard in the client\'s words' },
      { reply: 'Beste mevrouw Dekker,\n\nU bent zichtbaar trots op wat u heeft bereikt.', form: 'u', why: 'a positive feeling of the client' },
      { reply: 'hoi kim, balen zeg, dat je zo gestrest bent 😕', why: 'chat style: gestrest' },
      { reply: `${open}Die spanning voor je presentatie is heel begrijpelijk.`, why: 'demonstrative + spanning' },
      { reply: `${open}Het lijkt me zwaar om elke nacht wakker te liggen.`, why: '"het lijkt me zwaar"' },
      { reply: `${open}Je schrijft dat je opgelucht bent na het gesprek.`, why: 'a positive feeling reported back' },
      { reply: `${open}Wat naar dat je je zo buitengesloten voelt.`, why: '"wat naar" plus buitengesloten' },
    ],
    invalid: [
      { reply: `${open}Ik ben blij dat je contact zoekt. Hier zijn drie tips.`, why: 'only the coach\'s gladness' },
      { reply: `${open}Maak een lijstje van je taken en plan ze in.`, status: 'missing', why: 'straight to advice' },
      { reply: 'Beste meneer Bakker,\n\nIk vind het fijn om met u samen te werken.', form: 'u', why: 'the coach\'s pleasure' },
      { reply: `${open}De dokter is tevreden over je herstel.`, status: 'missing', why: 'a third person\'s feeling' },
      { reply: `${open}Zorg dat je genoeg slaapt.`, status: 'missing', why: '"zorg" is not "zorgen maken"' },
      { reply: `${open}Wat een mooi plan heb je.`, status: 'missing', why: 'praise without any feeling' },
      { reply: `${open}Ik kan me voorstellen dat dit veel vragen oproept.`, status: 'partial', why: 'an empathic frame without a feeling word' },
      { reply: `${open}Ik ben zelf ook zenuwachtig voor onze eerste sessie.`, why: 'the coach\'s own nerves' },
      { reply: `${open}Het is moeilijk te zeggen hoeveel sessies je nodig hebt.`, status: 'missing', why: 'the idiom "moeilijk te zeggen"' },
      { reply: `${open}Wat is je doel voor deze week?`, status: 'missing', why: 'a question about goals' },
      { reply: '', status: 'missing', why: 'empty reply' },
      { reply: `${open}Je had het over je werk en je collega's. Laten we een plan maken.`, status: 'missing', why: 'content without feeling' },
    ],
  });
});
