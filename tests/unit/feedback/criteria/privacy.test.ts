import { describe } from 'vitest';
import { ruleTester } from './rule-tester.ts';

const open = 'Beste Gerrit,\n\n';

describe('criterion privacy', () => {
  ruleTester('privacy', {
    valid: [
      { reply: `${open}We schrijven via een beveiligd platform en alleen ik kan je berichten lezen.`, why: 'secure platform and who reads' },
      { reply: 'Beste mevrouw Rutten,\n\nUw berichten worden versleuteld opgeslagen en na afloop van het traject verwijderd.', form: 'u', why: 'encryption and retention' },
      { reply: `${open}Niemand anders kan meelezen; een jaar na ons laatste contact wis ik alles.`, why: 'access and deletion' },
      { reply: `${open}Het platform is goed beveiligd. Je berichten bewaar ik tot drie maanden na ons laatste contact.`, why: 'security and retention in two sentences' },
      { reply: `${open}Ik heb een beroepsgeheim: niets wat je schrijft wordt zonder jouw toestemming gedeeld.`, why: 'professional secrecy and consent' },
      { reply: `${open}Alleen jij en ik hebben toegang tot de berichten in deze beveiligde omgeving.`, why: 'access and secure environment' },
    ],
    invalid: [
      { reply: `${open}Stuur me gerust een appje als dat makkelijker is.`, status: 'missing', why: 'nothing about privacy' },
      { reply: `${open}We gebruiken een beveiligd platform.`, status: 'partial', why: 'only one aspect' },
      { reply: `${open}Ik bewaar alles netjes.`, status: 'partial', why: 'only retention, no safety' },
      { reply: '', status: 'missing', why: 'empty reply' },
      { reply: `${open}Hoe gaat het met je privéleven?`, status: 'missing', why: 'the word "privé" is not about data' },
      { reply: `${open}Je kunt me ook mailen op mijn gewone adres.`, status: 'missing', why: 'an unsafe channel, nothing explained' },
    ],
  });
});
