import { describe } from 'vitest';
import { ruleTester } from './rule-tester.ts';

const open = 'Hoi Kevin,\n\n';
const asked = { clientMessage: 'Ik slaap slecht sinds de reorganisatie. Heb je tips voor de avond?' };
const notAsked = { clientMessage: 'Ik slaap slecht sinds de reorganisatie. Ik lig uren te malen.' };

describe('criterion advice', () => {
  ruleTester('advice', {
    valid: [
      { reply: 'Beste mevrouw Kok,\n\nU dient wel vóór vrijdag uw meetwaarden van de afgelopen week door te geven.', form: 'u', ...notAsked, messageId: 'none', why: 'passing on the measurements is the procedure of the coaching' },
      { reply: `${open}Zorg dat je me voor vrijdag een eerste versie van je pitch stuurt.`, ...notAsked, messageId: 'none', why: 'sending the coach something is the procedure, not advice' },
      { reply: `${open}Je schrijft dat je geen uitweg meer ziet. Bel vandaag nog 113, of 112 als het nu niet veilig is.`, why: 'pointing to emergency help in a crisis is a safety instruction, not unasked advice' },
      { ...notAsked, reply: `${open}Uren liggen malen, dat klinkt uitputtend. Wat houdt je dan het meest bezig?`, messageId: 'none', why: 'no advice, a question instead' },
      { ...asked, reply: `${open}Je vroeg om tips. Misschien helpt het om een uur voor het slapen je telefoon weg te leggen. Wat denk je daarvan?`, messageId: 'asked', why: 'asked-for advice offered as an option' },
      { ...asked, reply: `${open}Een idee is om je gedachten op te schrijven voor je gaat slapen. Spreekt dat je aan?`, messageId: 'asked', highlight: 'Een idee is', why: 'asked for, "een idee is"' },
      { ...notAsked, reply: `${open}Laat me gerust weten hoe het deze week gaat.`, messageId: 'none', why: 'a request to write back is no advice' },
      { ...notAsked, reply: `${open}Je schreef dat je "gewoon moet doorzetten". Wat betekent dat voor jou?`, messageId: 'none', why: 'a quoted "moet" of the client' },
      { ...notAsked, reply: `${open}Zorg dat je het intakeformulier vóór vrijdag terugstuurt, dan kunnen we maandag beginnen.`, messageId: 'none', why: 'an instruction about the procedure is no advice' },
      { ...notAsked, reply: `${open}Schrijf gerust terug wanneer het je uitkomt.`, messageId: 'none', why: '"Schrijf gerust terug"' },
      { ...notAsked, reply: `${open}Je vraagt je af wat je moet doen. Wat heb je zelf al geprobeerd?`, messageId: 'none', why: 'a reported question' },
      { ...notAsked, reply: `${open}Dat moet je veel slaap hebben gekost, al die weken.`, messageId: 'none', why: '"moet" of likelihood, not of duty' },
      { ...notAsked, reply: `${open}Neem alle tijd die je nodig hebt voor je volgende bericht.`, messageId: 'none', why: 'giving time is a permission, not advice' },
      { ...notAsked, reply: `${open}Als je 's nachts wakker ligt, gaat het vaak over de reorganisatie, lees ik.`, messageId: 'none', why: '"gaat het" after an als-clause is an inverted statement, not an order' },
      { ...notAsked, reply: `${open}Vorige week ben je voor het eerst gewoon vroeg naar bed gegaan.`, messageId: 'none', why: 'a participle after "gewoon" is no order in the infinitive' },
      { ...notAsked, reply: `${open}Stuur je volgende bericht gerust naar mij wanneer het jou past.`, messageId: 'none', why: 'an invitation to write to the coach' },
      { ...notAsked, reply: 'Beste meneer Vos,\n\nZorg dat u vóór ons volgende contact een lijstje maakt van wat u deze week deed.', form: 'u', messageId: 'none', why: 'homework for the next contact is the procedure of the coaching, not advice about the client\'s life' },
      { ...notAsked, reply: 'Beste meneer Vos,\n\nU dient de modules in de aangegeven volgorde te doorlopen.', form: 'u', messageId: 'none', why: 'an instruction about the course modules is procedure' },
    ],
    invalid: [
      { ...notAsked, reply: `${open}Maak je geen zorgen, het komt heus wel goed met die nachten.`, messageId: 'rescuing', highlight: 'Maak je geen zorgen', why: 'rescuing: reassurance the client did not ask for takes the worry over' },
      { ...notAsked, reply: `${open}Probeer eens een vaste bedtijd. Het komt wel goed.`, messageId: 'unasked', why: 'a tip and a reassurance: the tip is named' },
      { ...notAsked, reply: `${open}Mijn advies is om je zus vanavond een bericht te sturen.`, messageId: 'unasked', highlight: 'Mijn advies', why: 'the coach who advises is not the one written to: sending a message to the sister is advice' },
      { ...notAsked, reply: `${open}Mijn advies is: stop met koffie na vier uur.`, messageId: 'unasked', highlight: 'Mijn advies', why: '"Mijn advies is…"' },
      { ...notAsked, reply: `${open}Je moet gewoon eerder naar bed gaan.`, messageId: 'unasked', why: '"Je moet gewoon…"' },
      { ...notAsked, reply: `${open}Probeer eens een wandeling voor het slapengaan.`, messageId: 'unasked', highlight: 'Probeer eens', why: '"Probeer eens…"' },
      { ...notAsked, reply: `${open}Ga elke dag om tien uur naar bed. Leg je telefoon in de keuken. Drink geen koffie meer.`, messageId: 'unasked', highlight: 'Ga elke dag om tien uur naar bed.', why: 'a list of orders nobody asked for' },
      { ...notAsked, reply: `${open}Ik raad je aan om met je leidinggevende te praten.`, messageId: 'unasked', highlight: 'Ik raad je aan', why: '"Ik raad je aan"' },
      { ...asked, reply: `${open}Je moet je telefoon om negen uur uitzetten.`, status: 'partial', messageId: 'directive', why: 'asked for, but given as an order' },
      { ...notAsked, reply: `${open}Het is verstandig om een slaapdagboek bij te houden.`, messageId: 'unasked', highlight: 'Het is verstandig om', why: '"Het is verstandig om…"' },
      { ...notAsked, reply: `${open}Als ik jou was, zou ik een week vrij nemen.`, messageId: 'unasked', highlight: 'Als ik jou was', why: '"Als ik jou was…"' },
      { ...notAsked, reply: `${open}Wil je echt uitrusten, dan moet je je laptop om acht uur dichtklappen.`, messageId: 'unasked', highlight: 'moet je', why: 'an inverted "moet je" is still an order' },
      { ...notAsked, reply: `${open}Als je weer om drie uur wakker wordt, sta dan op en lees een half uur.`, messageId: 'unasked', highlight: 'sta dan op en lees een half uur', why: 'an order in the clause after an als-clause' },
      { ...notAsked, reply: `${open}Gewoon een vast ritme aanhouden, dan komt de slaap vanzelf.`, messageId: 'unasked', highlight: 'Gewoon een vast ritme aanhouden', why: 'an order in the infinitive' },
      { ...notAsked, reply: `${open}Heb je al eens gedacht aan een cursus mindfulness?`, messageId: 'unasked', highlight: 'Heb je al eens gedacht aan', why: 'a suggestion dressed as a question' },
      { ...notAsked, reply: `${open}Waarom ga je niet gewoon een avond per week sporten?`, messageId: 'unasked', highlight: 'Waarom ga je niet', why: '"Waarom ga je niet…" proposes what to do' },
      { ...notAsked, reply: `${open}Ga ook gewoon weer naar de sportschool, anders wordt het alleen maar lastiger.`, messageId: 'unasked', highlight: 'Ga ook gewoon weer naar de sportschool, anders wordt het alleen maar lastiger.', why: '"maar" later in the sentence does not make an order a permission' },
      { ...notAsked, reply: `${open}Je moet die sollicitatiebrief vandaag nog versturen.`, messageId: 'unasked', highlight: 'Je moet', why: 'sending a letter of the client\'s own is no procedure of the coaching' },
    ],
  });
});
