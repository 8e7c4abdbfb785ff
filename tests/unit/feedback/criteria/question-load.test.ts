import { describe } from 'vitest';
import { ruleTester } from './rule-tester.ts';

const open = 'Hoi Eva,\n\n';

describe('criterion question-load', () => {
  ruleTester('question-load', {
    valid: [
      { reply: `${open}Wat heb je nu het meest nodig?`, messageId: 'met', why: 'one question' },
      { reply: `${open}Hoe was je week? En wat wil je nu als eerste oppakken?`, messageId: 'met', why: 'two questions' },
      { reply: `${open}Hoe gaat het? Wat lukte er wel? Waar wil je beginnen?`, messageId: 'met', why: 'three questions is still fine' },
      { reply: `${open}Ik wens je een goede week.`, messageId: 'none', why: 'no question at all' },
      { reply: `${open}Echt?! Wat een nieuws. Hoe voelde dat?`, messageId: 'met', why: '"?!" counts once' },
      { reply: `${open}Wat maakt het lastig om nee te zeggen?`, messageId: 'met', why: 'a "wat"-question instead of "waarom"' },
      { reply: `${open}Je vroeg je af waarom je steeds uitstelt. Wat denk je zelf?`, messageId: 'met', why: '"waarom" in a statement, not a question' },
      { reply: `${open}Waarom ook niet?`, messageId: 'met', why: 'a rhetorical "waarom"' },
    ],
    invalid: [
      { reply: `${open}Hoe gaat het? Wat lukte er? Wat niet? Waar wil je beginnen?`, messageId: 'tooMany', why: 'four questions' },
      { reply: `${open}Waarom doe je dat steeds?`, messageId: 'why', highlight: 'Waarom doe je dat steeds?', why: 'a why-question about the client\'s behaviour' },
      { form: 'u', reply: 'Beste meneer Kok,\n\nWaarom heeft u de afspraak afgezegd?', messageId: 'why', why: 'a why-question about a choice of the client' },
      { reply: `${open}Hoe was het? Wat deed je? Met wie? Wanneer? En daarna?`, status: 'missing', messageId: 'tooMany', highlight: 'Hoe was het?', why: 'five questions' },
      { reply: `${open}Waarom heb je niet eerder hulp gezocht?`, messageId: 'why', why: '"waarom heb je niet…"' },
      { reply: `${open}Hoezo ben je gestopt met sporten?`, messageId: 'why', why: '"hoezo" asks for an account too' },
      { reply: `${open}Wat is er gebeurd? Hoe reageerde je baas? Hoe voelde dat? Wat wil je nu?`, messageId: 'tooMany', why: 'an interview of four questions' },
      { reply: '', status: 'missing', messageId: 'empty', why: 'an empty reply meets nothing' },
    ],
  });
});
