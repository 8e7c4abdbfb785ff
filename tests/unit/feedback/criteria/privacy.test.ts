import { describe } from 'vitest';
import { ruleTester } from './rule-tester.ts';

const open = 'Beste Gerrit,\n\n';

describe('criterion privacy', () => {
  ruleTester('privacy', {
    valid: [
      { reply: `${open}We schrijven via een beveiligd platform en alleen ik kan je berichten lezen.`, messageId: 'met', highlight: 'beveiligd', why: 'secure platform and who reads' },
      { reply: 'Beste mevrouw Rutten,\n\nUw berichten worden versleuteld opgeslagen en na afloop van het traject verwijderd.', form: 'u', messageId: 'met', highlight: 'versleuteld', why: 'encryption and retention' },
      { reply: `${open}Niemand anders kan meelezen; een jaar na ons laatste contact wis ik alles.`, messageId: 'met', highlight: 'Niemand anders kan', why: 'access and deletion' },
      { reply: `${open}Het platform is goed beveiligd. Je berichten bewaar ik tot drie maanden na ons laatste contact.`, messageId: 'met', highlight: 'platform is goed beveiligd', why: 'security and retention in two sentences' },
      { reply: `${open}Ik heb een beroepsgeheim: niets wat je schrijft wordt zonder jouw toestemming gedeeld.`, messageId: 'met', highlight: 'beroepsgeheim', why: 'professional secrecy and consent' },
      { reply: `${open}Alleen jij en ik hebben toegang tot de berichten in deze beveiligde omgeving.`, messageId: 'met', highlight: 'beveiligde', why: 'access and secure environment' },
    ],
    invalid: [
      { reply: `${open}Stuur me gerust een appje als dat makkelijker is.`, status: 'missing', messageId: 'missing', why: 'nothing about privacy' },
      { reply: `${open}We gebruiken een beveiligd platform.`, status: 'partial', messageId: 'partial', highlight: 'beveiligd', why: 'only one aspect' },
      { reply: `${open}Ik bewaar alles netjes.`, status: 'partial', messageId: 'partial', highlight: 'bewaar', why: 'only retention, no safety' },
      { reply: '', status: 'missing', messageId: 'empty', why: 'empty reply' },
      { reply: `${open}Hoe gaat het met je privéleven?`, status: 'missing', messageId: 'missing', why: 'the word "privé" is not about data' },
      { reply: `${open}Je kunt me ook mailen op mijn gewone adres.`, status: 'missing', messageId: 'missing', why: 'an unsafe channel, nothing explained' },
    ],
  });
});
