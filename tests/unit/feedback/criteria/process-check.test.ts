import { describe } from 'vitest';
import { ruleTester } from './rule-tester.ts';

const open = 'Beste Mo,\n\nFijn dat je schrijft. ';

describe('criterion process-check', () => {
  ruleTester('process-check', {
    valid: [
      { reply: `${open}Mijn voorstel: voortaan schrijf ik korter, met één vraag per bericht. Past dat bij je?`, messageId: 'met', highlight: 'Past dat bij je?', why: 'a closed question opening with the experience, pointing back at how the coach writes' },
      { reply: `${open}Ik schrijf je vrij lange berichten, zeg het gerust als dat te veel is.`, messageId: 'met', highlight: 'Ik schrijf je vrij lange berichten, zeg het gerust als dat te veel is.', why: 'an invitation to say so when the coach\'s writing is too much' },
      { reply: `${open}Als dit chatten niet prettig voelt, meld het dan.`, messageId: 'met', highlight: 'Als dit chatten niet prettig voelt, meld het dan.', why: 'a conditional request about the chat' },
      { reply: 'Beste meneer Veld,\n\nIk merk dat mijn berichten vaak lang zijn. Wilt u me laten weten hoe die voor u lezen?', form: 'u', messageId: 'met', highlight: 'Wilt u me laten weten hoe die voor u lezen?', why: '"die" points back at the coach\'s messages' },
      { reply: `${open}Hoe ervaar je het om je zorgen op deze manier aan mij toe te vertrouwen?`, messageId: 'met', highlight: 'Hoe ervaar je het om je zorgen op deze manier aan mij toe te vertrouwen?', why: 'the classic process question' },
      { reply: 'Beste mevrouw Janssens,\n\nBevalt het u om via de mail te werken?', form: 'u', messageId: 'met', highlight: 'Bevalt het u om via de mail te werken?', why: 'a closed question about the way of working still counts' },
      { reply: `${open}Hoe vind je het tempo van onze opdrachten tot nu toe?`, messageId: 'met', highlight: 'Hoe vind je het tempo van onze opdrachten tot nu toe?', why: 'asks about the pace' },
      { reply: `${open}Ik ben benieuwd hoe je onze samenwerking tot nu toe ervaart.`, messageId: 'met', highlight: 'Ik ben benieuwd hoe je onze samenwerking tot nu toe ervaart.', why: 'an indirect question without a question mark' },
      { reply: 'hoi mo, hoe vind je het eigenlijk, zo chatten met mij?', messageId: 'met', highlight: 'hoe vind je het eigenlijk, zo chatten met mij?', why: 'chat style' },
      { reply: `${open}Is deze manier van werken prettig voor je?`, messageId: 'met', highlight: 'Is deze manier van werken prettig voor je?', why: '"deze manier van werken"' },
      { reply: `${open}Wat vind je van de vorm waarin we nu werken?`, messageId: 'met', highlight: 'Wat vind je van de vorm waarin we nu werken?', why: 'asks about the form' },
      { reply: `${open}Hoe voelt het om dit op te schrijven in plaats van het hardop te zeggen?`, messageId: 'met', highlight: 'Hoe voelt het om dit op te schrijven in plaats van het hardop te zeggen?', why: 'asks about writing itself' },
      { reply: 'Beste meneer Janssens,\n\nPast deze werkwijze bij u?', form: 'u', messageId: 'met', highlight: 'Past deze werkwijze bij u?', why: '"Past deze werkwijze bij u?"' },
      { reply: `${open}Hoe gaat het schrijven je af?`, messageId: 'met', highlight: 'Hoe gaat het schrijven je af?', why: '"Hoe gaat het schrijven je af"' },
      { reply: `${open}Laat je me weten hoe mijn berichten bij je overkomen?`, messageId: 'met', highlight: 'Laat je me weten hoe mijn berichten bij je overkomen?', why: 'how the coach\'s messages come across' },
      { reply: `${open}Hoe bevalt het traject je tot nu toe?`, messageId: 'met', highlight: 'Hoe bevalt het traject je tot nu toe?', why: 'asks about the trajectory' },
      { reply: `${open}Ik hoor ook heel graag of mijn berichten niet te lang voor je zijn.`, messageId: 'met', highlight: 'Ik hoor ook heel graag of mijn berichten niet te lang voor je zijn.', why: 'an indirect request with adverbs between "hoor" and "graag"' },
      { reply: 'Beste mevrouw Dekker,\n\nNu u weer nachtdiensten draait, vraag ik me af of ons ritme van twee berichten per week nog bij u past.', form: 'u', messageId: 'met', highlight: 'Nu u weer nachtdiensten draait, vraag ik me af of ons ritme van twee berichten per week nog bij u past.', why: '"vraag ik me af" with the verb before the coach' },
      { reply: `${open}Je hebt dit voor het eerst aan iemand opgeschreven. Hoe was dat voor je?`, messageId: 'met', highlight: 'Hoe was dat voor je?', why: 'a short question pointing back at the writing' },
    ],
    invalid: [
      { reply: `${open}Ik lees dat je berichten steeds korter worden. Klopt het dat je het druk hebt?`, messageId: 'contentOnly', why: '"dat" as a conjunction does not point back' },
      { reply: `${open}Wat doe je meestal in je pauze?`, messageId: 'contentOnly', why: '"je pauze" is the client\'s own break, not a pause in the contact' },
      { reply: `${open}Welke avond komt je het beste uit voor onze chat?`, messageId: 'contentOnly', why: 'planning a moment is a choice, not a question about how the contact is' },
      { reply: `${open}En over het schrijven: wie vindt dat nou niet spannend?`, messageId: 'missing', why: 'a rhetorical question after a colon asks nothing' },
      { reply: `${open}Hoe ervaar je de ruzie met je zus?`, messageId: 'contentOnly', why: '"ervaar" about the problem' },
      { reply: `${open}Hoe gaat het met je?`, messageId: 'contentOnly', why: 'well-being, not the contact' },
      { reply: `${open}Wat maakt je het meest onzeker?`, messageId: 'contentOnly', why: 'a content question' },
      { reply: `${open}Welke stap wil je deze week zetten?`, messageId: 'contentOnly', why: 'a question about the next step' },
      { reply: `${open}Hoe vind je je nieuwe baan?`, messageId: 'contentOnly', why: 'experience of the job' },
      { reply: `${open}Is het gelukt met de opdracht?`, messageId: 'contentOnly', why: 'a task check' },
      { reply: '', messageId: 'empty', why: 'empty reply' },
      { reply: `${open}Ik hoop dat het schrijven je helpt.`, messageId: 'missing', why: 'a wish, not a question' },
      { reply: `${open}Hoe voelt je lichaam na het sporten?`, messageId: 'contentOnly', why: 'a question about the body' },
      { reply: `${open}Wat vind je van het idee om te verhuizen?`, messageId: 'contentOnly', why: 'opinion about the content' },
      { reply: `${open}Hoe is het om weer thuis te wonen?`, messageId: 'contentOnly', why: 'experience of the situation' },
      { reply: `${open}Wanneer heb je tijd voor de volgende stap?`, messageId: 'contentOnly', why: 'planning question' },
      { reply: `${open}Hoe is het contact met je moeder nu?`, messageId: 'contentOnly', why: '"het contact" with someone else' },
      { reply: `${open}Hieronder staan de afspraken voor de komende weken. Is dit zo duidelijk?`, messageId: 'contentOnly', why: 'checking understanding after a sentence about agreements is not asking about the experience' },
      { reply: `${open}In mijn volgende bericht kunnen we je cv doornemen of je sollicitatiebrief. Wat heeft jouw voorkeur?`, messageId: 'contentOnly', why: 'a preference about the content of the next message' },
      { reply: `${open}Je vertelde over de ruzie met je buurman. Hoe was dat voor je?`, messageId: 'contentOnly', why: 'pointing back at the problem, not at the contact' },
    ],
  });
});
