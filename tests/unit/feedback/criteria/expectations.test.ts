import { describe } from 'vitest';
import { ruleTester } from './rule-tester.ts';

const open = 'Beste Lina,\n\nFijn dat je schrijft. ';

describe('criterion expectations', () => {
  ruleTester('expectations', {
    valid: [
      { reply: `${open}Ik ben er donderdag om 19 uur weer.`, messageId: 'met', highlight: 'donderdag', why: 'the coach\'s next hour in the chat' },
      { reply: `${open}We hebben vanavond 45 minuten, en we beginnen met je slaap.`, messageId: 'met', highlight: 'hebben vanavond 45 minuten', why: 'how long the chat lasts' },
      { reply: `${open}We hebben tot half negen.`, messageId: 'met', highlight: 'tot half negen', why: 'until when the chat lasts' },
      { reply: `${open}Je krijgt van mij altijd antwoord vóór het einde van de volgende werkdag.`, messageId: 'met', highlight: 'vóór het einde van de volgende werkdag', why: 'a response time to the end of a working day' },
      { reply: `${open}Zoals afgesproken schrijven we elkaar nog drie keer.`, messageId: 'met', highlight: 'nog drie keer', why: 'how much contact is left' },
      { reply: `${open}Op elk bericht reageer ik binnen twee werkdagen.`, messageId: 'met', highlight: 'binnen twee werkdagen', why: 'response time in working days' },
      { reply: `${open}We mailen elkaar elke donderdag.`, messageId: 'met', highlight: 'elke donderdag', why: 'a weekly day' },
      { reply: 'Beste meneer Peeters,\n\nU ontvangt uiterlijk vrijdag mijn reactie.', form: 'u', messageId: 'met', highlight: 'uiterlijk vrijdag', why: '"uiterlijk vrijdag", u-form' },
      { reply: `${open}Ik stuur je eens per week een nieuwe vraag.`, messageId: 'met', highlight: 'eens per week', why: '"eens per week"' },
      { reply: `${open}Mijn antwoord krijg je binnen 48 uur.`, messageId: 'met', highlight: 'binnen 48 uur', why: '"binnen 48 uur"' },
      { reply: `${open}Ik ben volgende week op vakantie, dus je hoort pas op 14 juni van me.`, messageId: 'met', highlight: 'volgende week', why: 'a delay announced with a date' },
      { reply: `${open}Mijn volgende bericht komt dinsdag.`, messageId: 'met', highlight: 'dinsdag', why: 'the next message on a day' },
      { reply: 'hoi lina, ik app je morgen terug!', messageId: 'met', highlight: 'morgen', why: 'chat style: tomorrow' },
      { reply: `${open}Omdat ik deze week op cursus ben, reageer ik uiterlijk maandag.`, messageId: 'met', highlight: 'deze week', why: 'delay with a moment' },
      { reply: `${open}Ons ritme wordt twee berichten per maand.`, messageId: 'met', highlight: 'twee berichten per maand', why: 'a frequency per month' },
      { reply: `${open}Je kunt me op werkdagen een bericht sturen; ik antwoord dezelfde dag.`, messageId: 'met', highlight: 'op werkdagen', why: '"op werkdagen"' },
      { reply: `${open}Na je volgende bericht reageer ik binnen drie dagen.`, messageId: 'met', highlight: 'binnen drie dagen', why: '"binnen drie dagen"' },
    ],
    invalid: [
      { reply: `${open}Neem tien minuten voordat je haar een bericht stuurt.`, status: 'missing', messageId: 'missing', why: 'minutes in advice are no arrangement about the contact' },
      { reply: 'Hoi Sam,\n\nBedankt voor je bericht van zondag. Wat fijn dat het gesprek goed ging.', messageId: 'missing', why: 'the day the client wrote is no arrangement about the contact' },
      { reply: `${open}Ik reageer zo snel mogelijk.`, status: 'partial', messageId: 'vague', highlight: 'zo snel mogelijk', why: '"zo snel mogelijk" is vague' },
      { reply: `${open}Je hoort binnenkort van me.`, status: 'partial', messageId: 'vague', highlight: 'binnenkort', why: '"binnenkort" is vague' },
      { reply: `${open}Ik laat later nog iets weten.`, messageId: 'missing', why: '"later" is vague' },
      { reply: `${open}Zsm krijg je antwoord.`, status: 'partial', messageId: 'vague', highlight: 'Zsm', why: '"zsm" is vague' },
      { reply: `${open}Je schrijft dat je elke avond tot laat doorwerkt.`, status: 'missing', messageId: 'missing', why: 'a time in the client\'s life, reported back' },
      { reply: `${open}Probeer elke dag een kwartier te wandelen.`, status: 'missing', messageId: 'missing', why: 'a task for the client, not the contact' },
      { reply: '', status: 'missing', messageId: 'empty', why: 'empty reply' },
      { reply: `${open}Tot de volgende keer!`, status: 'missing', messageId: 'missing', why: 'no arrangement at all' },
      { reply: `${open}Ik heb wat meer tijd nodig voor mijn reactie.`, status: 'partial', messageId: 'vague', highlight: 'meer tijd nodig', why: 'a delay without a moment' },
      { reply: `${open}Schrijf elke ochtend drie dingen op waar je dankbaar voor bent.`, status: 'missing', messageId: 'missing', why: 'advice with a frequency is not a contact arrangement' },
      { reply: `${open}Je vertelt dat je op maandag altijd moe bent.`, status: 'missing', messageId: 'missing', why: 'a day in the client\'s story' },
      { reply: `${open}Ik reageer wanneer ik tijd heb.`, status: 'partial', messageId: 'vague', highlight: 'wanneer ik tijd', why: 'depends on the coach\'s time' },
    ],
  });
});
