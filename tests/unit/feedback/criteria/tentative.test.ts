import { describe } from 'vitest';
import { ruleTester } from './rule-tester.ts';

const open = 'Hoi Noor,\n\n';

describe('criterion tentative', () => {
  ruleTester('tentative', {
    valid: [
      { reply: `${open}Klopt het dat je vooral bang bent om anderen teleur te stellen?`, messageId: 'met', highlight: 'Klopt het dat je vooral bang bent om anderen teleur te stellen?', why: '"Klopt het dat…?"' },
      { reply: `${open}Ik kan me vergissen, maar het lijkt alsof je het liefst alles alleen oplost.`, messageId: 'met', highlight: 'Ik kan me vergissen, maar het lijkt alsof je het liefst alles alleen oplost.', why: '"Ik kan me vergissen, maar…"' },
      { reply: `${open}Je lijkt vooral moe van het zorgen. Herken je dat?`, messageId: 'met', highlight: 'Herken je dat?', why: '"Herken je dat?" after an interpretation' },
      { reply: `${open}Heb ik het goed begrepen dat de avonden het zwaarst zijn?`, messageId: 'met', highlight: 'Heb ik het goed begrepen dat de avonden het zwaarst zijn?', why: '"Heb ik het goed begrepen…?"' },
      { reply: `${open}Misschien zit ik ernaast, maar volgens mij speelt er meer dan alleen het werk.`, messageId: 'met', highlight: 'Misschien zit ik ernaast, maar volgens mij speelt er meer dan alleen het werk.', why: '"Misschien zit ik ernaast"' },
      { form: 'u', reply: 'Beste mevrouw Post,\n\nIk lees tussen de regels ook trots. Herkent u dat?', messageId: 'met', highlight: 'Herkent u dat?', why: '"Herkent u dat?"' },
      { reply: `${open}Als ik het goed lees, gaat het je vooral om de duimpjes in de app. Zit ik in de buurt?`, messageId: 'met', highlight: 'Als ik het goed lees, gaat het je vooral om de duimpjes in de app.', why: '"Als ik het goed lees" and a check' },
      { reply: `${open}Corrigeer me als ik het mis heb: het gaat je niet om het geld, maar om de erkenning.`, messageId: 'met', why: '"Corrigeer me…"' },
    ],
    invalid: [
      { reply: `${open}Je bent gewoon bang om te falen.`, messageId: 'asFact', highlight: 'Je bent gewoon bang om te falen.', why: 'an interpretation stated as fact' },
      { reply: `${open}Eigenlijk wil je helemaal niet terug naar die baan.`, messageId: 'asFact', why: '"Eigenlijk wil je…"' },
      { reply: `${open}Het komt doordat je nooit nee zegt.`, messageId: 'asFact', why: 'a cause stated as fact' },
      { reply: `${open}Wat knap dat je schrijft. Hoe gaat het nu?`, messageId: 'missing', why: 'no interpretation checked at all' },
      { reply: `${open}Ik lees dat je je onzeker voelt.`, status: 'missing', messageId: 'missing', why: 'a feeling named, not checked' },
      { reply: `${open}Jij bent iemand die altijd voor anderen klaarstaat.`, messageId: 'asFact', why: '"Jij bent iemand die…"' },
      { reply: `${open}Dat klinkt alsof je op bent.`, status: 'missing', messageId: 'missing', why: '"klinkt alsof" without a check' },
      { reply: '', status: 'missing', messageId: 'empty', why: 'an empty reply meets nothing' },
    ],
  });
});
