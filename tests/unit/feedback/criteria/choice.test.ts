import { describe } from 'vitest';
import { ruleTester } from './rule-tester.ts';

const open = 'Beste Joris,\n\nFijn dat je schrijft. ';

describe('criterion choice', () => {
  ruleTester('choice', {
    valid: [
      { reply: `${open}Welke van je nieuwe gewoontes wil je in ons laatste bericht nog samen bekijken?`, messageId: 'met', highlight: 'Welke van je nieuwe gewoontes wil je in ons laatste bericht nog samen bekijken?', why: 'what the client wants to do together in the coaching' },
      { reply: `${open}Wat zou voor jou een haalbaar doel zijn voor de komende week?`, messageId: 'met', highlight: 'Wat zou voor jou een haalbaar doel zijn voor de komende week?', why: 'the client sets the next step' },
      { reply: `${open}Hoe zou ik het schrijven voor jou prettiger kunnen maken?`, messageId: 'met', highlight: 'Hoe zou ik het schrijven voor jou prettiger kunnen maken?', why: 'the client\'s say in how the coach works' },
      { reply: `${open}Laat me weten welke lengte van berichten voor jou prettig is.`, messageId: 'met', highlight: 'Laat me weten welke lengte van berichten voor jou prettig is.', why: 'the client picks the length of the messages' },
      { reply: `${open}Wat helpt je deze week het meest: even pauze in ons contact, of juist doorschrijven over wat er nu is?`, messageId: 'met', why: 'what suits the client, with two ways laid out' },
      { reply: `${open}Sommige mensen hebben iets aan een vaste wandeling, anderen aan een dagboek. Wat zou jij willen proberen?`, messageId: 'met', highlight: 'Wat zou jij willen proberen?', why: 'the client picks from options' },
      { reply: `${open}Wat zou je graag willen met die boze buien: ze beter leren kennen, of eerst wat rust vinden?`, messageId: 'met', highlight: 'Wat zou je graag willen met die boze buien: ze beter leren kennen, of eerst wat rust vinden?', why: 'the client\'s wish, with two ways laid out after a colon' },
      { reply: `${open}Ik schrijf je elke maandag. Als je liever op vrijdag een bericht krijgt, kan dat ook.`, messageId: 'met', highlight: 'Als je liever op vrijdag een bericht krijgt, kan dat ook.', why: 'another way of working offered to the client' },
      { reply: `${open}We kunnen kijken naar je werk of naar je gezin.`, messageId: 'met', highlight: 'We kunnen kijken naar je werk of naar je gezin.', why: 'two ways forward laid before the client' },
      { reply: `${open}We kunnen het hebben over de verhuizing of over je nieuwe baan: wat trekt jou het meest?`, messageId: 'met', why: 'options with an open question about the pick' },
      { reply: `${open}Waar wil je mee beginnen: je slaap of je werkdruk?`, messageId: 'met', highlight: 'Waar wil je mee beginnen: je slaap of je werkdruk?', why: '"Waar wil je mee beginnen" with options' },
      { reply: `${open}Wat heeft jouw voorkeur: bellen of mailen?`, messageId: 'met', highlight: 'Wat heeft jouw voorkeur: bellen of mailen?', why: '"Wat heeft jouw voorkeur"' },
      { reply: 'Beste mevrouw Claes,\n\nWilt u eerst over uw gezondheid praten, of liever over uw geldzaken?', form: 'u', messageId: 'met', highlight: 'Wilt u eerst over uw gezondheid praten, of liever over uw geldzaken?', why: 'a question offering alternatives, u-form' },
      { reply: `${open}Jij mag kiezen welk onderwerp we als eerste oppakken.`, messageId: 'met', highlight: 'Jij mag kiezen welk onderwerp we als eerste oppakken.', why: '"Jij mag kiezen"' },
      { reply: 'Beste meneer Claes,\n\nU bepaalt zelf in welk tempo we verdergaan.', form: 'u', messageId: 'met', highlight: 'U bepaalt zelf in welk tempo we verdergaan.', why: '"U bepaalt zelf"' },
      { reply: `${open}Welke van deze drie opdrachten spreekt je het meest aan?`, messageId: 'met', highlight: 'Welke van deze drie opdrachten spreekt je het meest aan?', why: '"spreekt je het meest aan"' },
      { reply: `${open}Kies gerust zelf waar we volgende keer mee verdergaan.`, messageId: 'met', highlight: 'Kies gerust zelf waar we volgende keer mee verdergaan.', why: '"Kies gerust zelf"' },
      { reply: 'hoi joris! wat wil je eerst: een plan maken of even je hart luchten?', messageId: 'met', highlight: 'wat wil je eerst: een plan maken of even je hart luchten?', why: 'chat style choice question' },
      { reply: `${open}Laat me maar weten waar je liever mee begint.`, messageId: 'met', highlight: 'Laat me maar weten waar je liever mee begint.', why: 'an invitation to say what to start with' },
      { reply: `${open}Op welk thema wil jij je de komende weken richten?`, messageId: 'met', highlight: 'Op welk thema wil jij je de komende weken richten?', why: '"waar wil jij je op richten"' },
      { reply: `${open}De keuze is aan jou: we schrijven over thuis of over je studie.`, messageId: 'met', highlight: 'De keuze is aan jou: we schrijven over thuis of over je studie.', why: '"De keuze is aan jou"' },
      { reply: `${open}Wat past deze week het beste bij jou?`, messageId: 'met', highlight: 'Wat past deze week het beste bij jou?', why: '"Wat past het beste bij jou"' },
      { reply: `${open}Wil je dat ik je na de zomer nog een keer schrijf om te horen hoe het loopt?`, messageId: 'met', highlight: 'Wil je dat ik je na de zomer nog een keer schrijf om te horen hoe het loopt?', why: 'whether the coach writes again is the client\'s to decide' },
      { reply: 'Beste mevrouw Lont,\n\nZou u het prettiger vinden als ik in kortere stukjes schrijf?', form: 'u', messageId: 'met', why: 'the client decides how the coach writes' },
      { reply: `${open}Je kunt het met je zus bespreken, of eerst zelf op een rij zetten wat je wilt. Waar voel je het meest voor?`, messageId: 'met', highlight: 'Waar voel je het meest voor?', why: 'a preference between two ways forward' },
      { reply: 'hoi joris, fijn dat je er bent. waar zou je het vanavond over willen hebben?', messageId: 'met', why: 'the client chooses the topic of the chat' },
      { reply: `${open}We kunnen elke dinsdag om 20.00 uur chatten, of we mailen gewoon verder zoals nu.`, messageId: 'met', why: 'two ways of working offered; a time with a dot does not end the sentence part' },
      { reply: `${open}Je zou een wekker kunnen zetten, of de kleren de avond ervoor klaarleggen. Welke ga je als eerste proberen?`, messageId: 'met', highlight: 'Welke ga je als eerste proberen?', why: '"ga je" asks which way the client will go first' },
    ],
    invalid: [
      { reply: `${open}Laat je me weten of deze lengte beter bij je past?`, status: 'missing', messageId: 'missing', why: 'a check whether the length suits (a process check), not a choice among lengths' },
      { reply: `${open}Wat ga je dit weekend doen?`, messageId: 'missing', why: 'plans for the weekend are content, not a choice in the coaching' },
      { reply: `${open}Wil je dat ik je een paar tips geef voor het slapengaan?`, messageId: 'missing', why: 'a yes or no to tips is not a say in the next step' },
      { reply: `${open}We gaan eerst aan je slaapritme werken.`, status: 'missing', messageId: 'missing', why: 'the coach decides' },
      { reply: `${open}Ik stel voor dat we beginnen met je financiën.`, status: 'missing', messageId: 'missing', why: 'a single proposal' },
      { reply: `${open}Je moet kiezen wat je prioriteit is.`, messageId: 'missing', why: 'a directive to choose' },
      { reply: `${open}Hoe gaat het met je?`, status: 'missing', messageId: 'missing', why: 'a question that is not about choosing' },
      { reply: `${open}Er zijn een paar mogelijkheden om verder te gaan.`, status: 'partial', messageId: 'options', highlight: 'Er zijn een paar mogelijkheden om verder te gaan.', why: 'possibilities named but not laid before the client' },
      { reply: 'Beste meneer Claes,\n\nHet plan is dat u elke dag een kwartier wandelt.', status: 'missing', messageId: 'missing', why: '"Het plan is"' },
      { reply: `${open}Heb je de opdracht al gedaan?`, status: 'missing', messageId: 'missing', why: 'a closed question about a task' },
      { reply: '', status: 'missing', messageId: 'empty', why: 'empty reply' },
      { reply: `${open}Wat gebeurde er precies toen je thuiskwam?`, status: 'missing', messageId: 'missing', why: 'a content question' },
      { reply: `${open}Volgende week bespreken we je werk.`, status: 'missing', messageId: 'missing', why: 'the coach sets the agenda' },
      { reply: `${open}Je hebt de keuze gemaakt om te stoppen; dat respecteer ik.`, status: 'missing', messageId: 'missing', why: 'talks about a past choice' },
      { reply: `${open}Wil je dit voor vrijdag afronden?`, status: 'missing', messageId: 'missing', why: 'a closed question without alternatives' },
    ],
  });
});
