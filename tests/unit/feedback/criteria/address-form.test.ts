import { describe } from 'vitest';
import { ruleTester } from './rule-tester.ts';

const u = { form: 'u' as const };

describe('criterion address-form', () => {
  ruleTester('address-form', {
    valid: [
      { ...u, reply: 'Beste mevrouw Postma,\n\nWat goed dat u schrijft. Hoe gaat het met uw knie?\n\nHartelijke groet,\nIlse', messageId: 'metU', why: 'u-form throughout' },
      { ...u, reply: 'Beste meneer Jansen,\n\nU schrijft: "je moet gewoon doorgaan, zei mijn vader." Hoe is dat voor u?', messageId: 'metU', why: "the client's own words in quotation marks do not count" },
      { ...u, reply: 'Geachte heer Visser,\n\nIk lees uw bericht met aandacht. Neemt u gerust de tijd voor uzelf.', messageId: 'metU', why: 'uw and uzelf' },
      { ...u, reply: 'Beste mevrouw De Wit,\n\nDank u wel voor uw eerlijke bericht.', messageId: 'metU', why: '"dank u wel"' },
      { reply: 'Hoi Sanne,\n\nFijn dat je schrijft. Hoe gaat het met jou?', messageId: 'metJe', why: 'je-form by default' },
      { form: 'je', reply: 'Hoi Sam,\n\nJe schreef: "u hoort nog van ons", zei de gemeente. Wat deed dat met jou?', messageId: 'metJe', why: 'a quoted "u" of someone else' },
      { form: 'je', reply: 'Hoi Lin,\n\nJij hebt dit zelf gedaan. Jouw stap, jouw moed.', messageId: 'metJe', why: 'je, jij, jouw' },
      { ...u, reply: 'Beste mevrouw Bos,\n\nWat een verdriet om Bobbie. Neemt u alle tijd.', messageId: 'metU', why: 'short u-form reply' },
    ],
    invalid: [
      { ...u, reply: 'Beste mevrouw Postma,\n\nWat goed dat je schrijft. Hoe gaat het met je?', messageId: 'slipJe', highlight: ['je', 'je'], why: 'je to a client who is addressed with u' },
      { ...u, reply: 'Beste meneer Jansen,\n\nU schrijft helder. Hoe voel jij je daarbij?', messageId: 'mixed', why: 'mixing u and je' },
      { ...u, reply: 'Beste mevrouw De Wit,\n\nDankjewel voor uw bericht.', messageId: 'mixed', highlight: 'Dankjewel', why: '"dankjewel" in the u-form' },
      { ...u, reply: 'Beste meneer Koster,\n\nIk zie dat u de oefening serieus hebt opgepakt. Hoe was dat voor jouw gevoel?', highlight: 'jouw', messageId: 'mixed', why: 'one slip in the last sentence' },
      { form: 'je', reply: 'Hoi Sanne,\n\nHoe gaat het met u?', messageId: 'slipU', highlight: 'u', why: 'u to a client who is addressed with je' },
      { form: 'je', reply: 'Hoi Sanne,\n\nWat fijn dat je schrijft. Hoe is het met uw moeder?', messageId: 'mixed', why: 'mixing je and uw' },
      { ...u, reply: 'Beste mevrouw Aksoy,\n\nJezelf gunnen wat u nodig hebt is moeilijk.', highlight: 'Jezelf', messageId: 'mixed', why: '"jezelf" in the u-form' },
      { ...u, reply: 'Beste mevrouw Smit,\n\nHoe gaat het nu met jou?', status: 'missing', messageId: 'slipJe', highlight: 'jou', why: 'only je-forms' },
    ],
  });
});
