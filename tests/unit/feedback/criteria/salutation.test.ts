import { describe } from 'vitest';
import { ruleTester } from './rule-tester.ts';

const body = '\n\nFijn dat je weer schrijft. Hoe gaat het deze week?\n\nHartelijke groet,\nMarloes';

describe('criterion salutation', () => {
  ruleTester('salutation', {
    valid: [
      { reply: 'hé Ravi, ik lees dat je flink balen had van die wedstrijd. Wat ging er door je heen?', clientName: 'Ravi', messageId: 'met', highlight: 'hé Ravi,', why: '"hé" with its accent is a greeting in chat' },
      { reply: 'Mevrouw Pinas, wat een stap om dit aan uw zus te schrijven. Hoe is het nu?', clientName: 'Carla', form: 'u', messageId: 'met', highlight: 'Mevrouw Pinas,', why: 'a title and surname addressed before the first comma' },
      { reply: `Beste Sanne,${body}`, clientName: 'Sanne', messageId: 'met', highlight: 'Beste Sanne,', why: 'Beste + first name' },
      { reply: `Hoi Sanne!${body}`, clientName: 'Sanne', messageId: 'met', highlight: 'Hoi Sanne!', why: 'Hoi + name + exclamation mark' },
      { reply: `Lieve Sanne,${body}`, clientName: 'Sanne', messageId: 'met', highlight: 'Lieve Sanne,', why: 'Lieve + name' },
      { reply: `Dag Pieter,${body}`, clientName: 'Pieter', messageId: 'met', highlight: 'Dag Pieter,', why: 'Dag + name (an ambiguous greeting word used as greeting)' },
      { reply: `Goedemorgen Ahmed,${body}`, clientName: 'Ahmed', messageId: 'met', highlight: 'Goedemorgen Ahmed,', why: 'time-of-day greeting with name' },
      {
        reply: `Beste mevrouw Visser,${body}`,
        clientName: 'Els',
        clientMessage: 'Ik slaap slecht sinds de reorganisatie. Met vriendelijke groet, Els Visser',
        messageId: 'met', highlight: 'Beste mevrouw Visser,', why: 'formal with the surname the client signed with',
      },
      {
        reply: `Geachte heer Van den Berg,${body}`,
        clientName: 'Johan',
        clientMessage: 'Mijn vrouw is ziek en ik zorg alleen voor haar. Hoogachtend, Johan van den Berg',
        messageId: 'formal', highlight: 'Geachte heer Van den Berg,', why: 'formal with a surname that has particles',
      },
      { reply: 'hoi noor,\nsnap ik helemaal, vertel!', clientName: 'Noor', messageId: 'met', highlight: 'hoi noor,', why: 'chat style in lower case' },
      { reply: 'Hey Daan, wat goed dat je er bent.', clientName: 'Daan', messageId: 'met', highlight: 'Hey Daan,', why: 'salutation and body on one line' },
      { reply: `Beste Ayse,${body}`, clientName: 'Ayşe', messageId: 'met', highlight: 'Beste Ayse,', why: 'name written without the diacritic' },
      { reply: `Hallo Tim,\r\n\r\nDank voor je bericht.\r\n\r\nGroet,\r\nMarloes`, clientName: 'Tim', messageId: 'met', highlight: 'Hallo Tim,', why: 'CRLF line ends' },
      { reply: `Beste Sanne,${body}`, messageId: 'met', highlight: 'Beste Sanne,', why: 'no client name known: any personal name counts' },
      { reply: `Hoi Fleur 😊${body}`, clientName: 'Fleur', messageId: 'met', highlight: 'Hoi Fleur 😊', why: 'emoji after the name' },
      {
        reply: `Beste meneer Hendriks,${body}`,
        clientName: 'Wim',
        clientMessage: 'Het huis voelt leeg. Met vriendelijke groet, W. Hendriks',
        messageId: 'met', highlight: 'Beste meneer Hendriks,', why: 'surname from a signature with an initial',
      },
      { reply: `Beste mevrouw Claes,${body}`, clientName: 'Lies', messageId: 'met', highlight: 'Beste mevrouw Claes,', why: 'title and surname when the surname is unknown' },
      { reply: 'Dag mevrouw Jansen, wat vervelend dat de afspraak bij de specialist weer is verschoven.', clientName: 'mevrouw Jansen', form: 'u', messageId: 'met', highlight: 'Dag mevrouw Jansen,', why: '"Dag" with a title and surname, the text on the same line' },
    ],
    invalid: [
      { reply: 'Goedemiddag,\n\nWat vervelend dat de afspraak weer is verschoven, mevrouw Jansen.', clientName: 'mevrouw Jansen', form: 'u', messageId: 'nameLater', why: 'the surname comes later; the title is no name' },
      { reply: 'Beste mevrouw,\n\nWat vervelend dat de afspraak weer is verschoven.', clientName: 'mevrouw Jansen', form: 'u', messageId: 'noName', why: 'a title alone names nobody, also when the client is known as "mevrouw Jansen"' },
      { reply: `Hallo,${body}`, clientName: 'Sanne', status: 'missing', messageId: 'noName', highlight: 'Hallo,', why: 'greeting without a name' },
      { reply: `Geachte heer/mevrouw,${body}`, clientName: 'Sanne', status: 'missing', messageId: 'noName', highlight: 'Geachte heer/mevrouw,', why: 'generic formal salutation' },
      { reply: `Beste cliënt,${body}`, clientName: 'Sanne', status: 'missing', messageId: 'noName', highlight: 'Beste cliënt,', why: 'a role instead of a name' },
      { reply: 'Wat knap dat je deze stap zet, Sanne. Hoe gaat het?', clientName: 'Sanne', status: 'missing', messageId: 'late', why: 'name only later in the text' },
      { reply: `Hoi,${body}`, clientName: 'Sanne', messageId: 'noName', highlight: 'Hoi,', why: 'Hoi without a name' },
      { reply: `Beste Lotte,${body}`, clientName: 'Sanne', status: 'partial', messageId: 'wrongName', highlight: 'Lotte', why: 'the wrong name' },
      { reply: `Sanne,${body}`, clientName: 'Sanne', status: 'partial', messageId: 'nameOnly', highlight: 'Sanne,', why: 'a bare name without a greeting word' },
      { reply: `Goedemiddag,${body}`, clientName: 'Sanne', messageId: 'noName', highlight: 'Goedemiddag,', why: 'time-of-day greeting without name' },
      { reply: `Beste allemaal,${body}`, clientName: 'Sanne', messageId: 'noName', highlight: 'Beste allemaal,', why: 'a group address' },
      { reply: '', clientName: 'Sanne', status: 'missing', messageId: 'empty', why: 'empty reply' },
      { reply: 'Hey!\n\nIk heb je bericht gelezen.', clientName: 'Sanne', messageId: 'noName', highlight: 'Hey!', why: 'Hey! without a name' },
      { reply: 'Ik heb je bericht gelezen. Beste Sanne, dank je.', clientName: 'Sanne', messageId: 'late', why: 'the salutation is not at the start' },
      { reply: `Beste meneer,${body}`, clientName: 'Kees', messageId: 'noName', highlight: 'Beste meneer,', why: 'a title without a surname' },
      {
        reply: `Beste mevrouw Jansen,${body}`,
        clientName: 'Els',
        clientMessage: 'Ik slaap slecht. Met vriendelijke groet, Els Visser',
        status: 'partial',
        messageId: 'wrongName', highlight: 'mevrouw Jansen', why: 'a surname that differs from the signature',
      },
    ],
  });
});
