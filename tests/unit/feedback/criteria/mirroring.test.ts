import { describe } from 'vitest';
import { ruleTester } from './rule-tester.ts';

const jesse =
  'Hoi, ik ben Jesse. Sinds de verhuizing naar Zwolle slaap ik slecht en pieker ik elke nacht over mijn nieuwe baan als verpleegkundige. Mijn teamleider is streng en ik voel me onzeker tijdens de overdracht. Groetjes, Jesse';
const mariam =
  'Beste coach, mijn dochter van negen wordt gepest op school. Ze wil \'s ochtends niet meer naar binnen en klampt zich vast aan het hek. Ik word er verdrietig en machteloos van. Mariam';
const kees =
  'Geachte mevrouw, sinds mijn heupoperatie kan ik niet meer fietsen naar de volkstuin. Ik mis het tuinieren en de praatjes met de buren daar. Met vriendelijke groet, Kees Jansen';
const bo = 'ik baal zo van mijn rijexamen, voor de derde keer gezakt 😩';
const noa = 'Ik heb het gevoel dat ik vastzit in mijn studie rechten. Mijn schoonmoeder bemoeit zich ook nog met alles.';
const lotte = "Zoals altijd zat ik tijdens de vergadering weer stil, terwijl ik zo'n goed idee had. Daarna liep ik naar buiten.";
const finn = 'Mijn startup gaat failliet en mijn investeerders trekken zich terug. Ik weet niet meer wat ik moet.';

describe('criterion mirroring', () => {
  ruleTester('mirroring', {
    valid: [
      { reply: 'hoi Stijn, vorige week schreef je dat je huisgenoten bijna nooit op hun kamer zijn. hoe is dat nu?', clientMessage: 'ja ging wel. was weer stil op de gang', earlierMessages: ['ik ken hier niemand en mijn huisgenoten zitten nooit op hun kamer'], clientName: 'Stijn', messageId: 'met', highlight: 'huisgenoten', why: 'in a trajectory the client\'s words from an earlier message count' },
      { reply: 'Beste Jesse,\n\nJe schrijft dat je je "onzeker voelt tijdens de overdracht". Dat herken ik.', clientMessage: jesse, clientName: 'Jesse', messageId: 'quotedMore', highlight: 'onzeker voelt tijdens de overdracht', why: 'a quoted phrase of the client' },
      { reply: 'Hoi Jesse,\n\nWat vervelend dat je sinds de verhuizing zo slecht slaapt en steeds piekert.', clientMessage: jesse, messageId: 'met', highlight: 'verhuizing', why: 'two distinctive words, one inflected (pieker → piekert)' },
      { reply: 'Beste Mariam,\n\nDat je dochter gepest wordt en zich aan het hek vastklampt, raakt me.', clientMessage: mariam, messageId: 'met', highlight: 'dochter', why: 'dochter, gepest and hek' },
      { reply: 'Beste meneer Jansen,\n\nU mist het tuinieren en de praatjes bij de volkstuin.', clientMessage: kees, clientName: 'Kees', form: 'u', messageId: 'met', highlight: 'tuinieren', why: 'u-form with the client\'s own words' },
      { reply: 'Hoi Bo! Balen, zo\'n rijexamen en dan voor de derde keer zakken 😩', clientMessage: bo, messageId: 'met', highlight: 'Balen', why: 'chat style: rijexamen and zakken/gezakt' },
      { reply: 'Beste Mariam,\n\nJe schreef dat ze ‘niet meer naar binnen’ wil.', clientMessage: mariam, messageId: 'quoted', highlight: 'niet meer naar binnen', why: 'quoted with curly single quotes' },
      { reply: 'Hoi Noa,\n\nDat gevoel van vastzitten in je studie rechten klinkt zwaar.', clientMessage: noa, messageId: 'met', highlight: 'vastzitten', why: 'vastzit → vastzitten plus studie, rechten' },
      { reply: 'Hoi Noa,\n\nEn dan bemoeit je schoonmoeder zich er ook nog mee.', clientMessage: noa, messageId: 'met', highlight: 'bemoeit', why: 'schoonmoeder and bemoeit' },
      { reply: 'Beste Finn,\n\nDat je startup failliet dreigt te gaan en je investeerders afhaken, is een enorme klap.', clientMessage: finn, messageId: 'met', highlight: 'startup', why: 'startup, failliet, investeerders' },
      { reply: 'Beste meneer Jansen,\n\nU schrijft: "Ik mis het tuinieren".', clientMessage: kees, clientName: 'Kees', messageId: 'quotedMore', highlight: 'Ik mis het tuinieren', why: 'a quote after a colon' },
      {
        reply: 'Beste Jesse,\n\nEen nieuwe baan als verpleegkundige en dan een strenge teamleider: dat is veel tegelijk.',
        clientMessage: jesse,
        messageId: 'met', highlight: 'baan', why: 'verpleegkundige and teamleider',
      },
      { reply: 'Hoi Bo,\n\nJe baalt ervan dat je bent gezakt.', clientMessage: bo, messageId: 'met', highlight: 'baalt', why: 'baal → baalt and gezakt' },
    ],
    invalid: [
      { reply: "Hoi Lotte,\n\nZoals je weet, ben ik er voor je. Tijdens zo'n week is het fijn om naar buiten te gaan.", clientMessage: lotte, status: 'missing', messageId: 'missing', why: 'only function words are shared ("zoals", "tijdens", "zo\'n", "buiten")' },
      { reply: 'hoi Stijn, vorige week schreef je dat je huisgenoten bijna nooit op hun kamer zijn. hoe is dat nu?', clientMessage: 'ja ging wel. was weer stil op de gang', clientName: 'Stijn', messageId: 'missing', why: 'without the earlier message the same words are not the client\'s' },
      { reply: 'Hoi Jesse,\n\nWat vervelend dat je het moeilijk hebt. Ik help je graag.', clientMessage: jesse, status: 'missing', messageId: 'missing', why: 'none of the client\'s words' },
      { reply: 'Hoi Jesse,\n\nGoed dat je vandaag schrijft over je werk en je dingen.', clientMessage: jesse, status: 'missing', messageId: 'missing', why: 'only very common words shared' },
      { reply: 'Beste Mariam,\n\nWat naar dat je kind op school wordt lastiggevallen.', clientMessage: mariam, status: 'missing', messageId: 'missing', why: 'only an everyday word shared (kind, school)' },
      {
        reply: 'Beste meneer Jansen,\n\nWat vervelend voor u.\n\nMet vriendelijke groet,\nMirjam',
        clientMessage: kees,
        clientName: 'Kees',
        status: 'missing',
        messageId: 'missing', why: 'only the name and the closing formula are shared',
      },
      { reply: 'Beste Mariam,\n\nIk lees dat je dochter het zwaar heeft.', clientMessage: mariam, status: 'partial', messageId: 'one', highlight: 'dochter', why: 'one distinctive word' },
      { reply: 'Beste Jesse,\n\nJe schrijft dat je "helemaal kapot" bent.', messageId: 'noClientQuote', highlight: 'helemaal kapot', why: 'no client message known' },
      { reply: 'Jammer man, volgende keer beter!', clientMessage: bo, status: 'missing', messageId: 'missing', why: 'chat reply in the coach\'s own words' },
      { reply: 'Beste Jesse,\n\nJe voelt je "helemaal kapot", lees ik.', clientMessage: jesse, messageId: 'missing', why: 'a quote that the client never wrote' },
      { reply: 'Hoi Noa,\n\nFamilie kan soms veel vragen. Hoe gaat het met de kinderen?', clientMessage: noa, messageId: 'missing', why: 'paraphrase only' },
      { reply: '', clientMessage: jesse, status: 'missing', messageId: 'empty', why: 'empty reply' },
      { reply: 'Hoi Noa,\n\nWat lastig dat het niet loopt op de universiteit.', clientMessage: noa, messageId: 'missing', why: 'the coach\'s synonyms instead of the client\'s words' },
      { reply: 'Beste Finn,\n\nZakelijke tegenslag is zwaar.', clientMessage: finn, messageId: 'missing', why: 'a general statement' },
    ],
  });
});
