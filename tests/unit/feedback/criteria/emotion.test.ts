import { describe } from 'vitest';
import { ruleTester } from './rule-tester.ts';

const open = 'Beste Kim,\n\n';

describe('criterion emotion', () => {
  ruleTester('emotion', {
    valid: [
      { reply: 'Beste meneer Dijkstra,\n\nEen zwaar gesprek, maar ook een opluchting, schrijft u.', form: 'u', messageId: 'met', highlight: 'opluchting', why: 'the client\'s own words, reported with "schrijft u"' },
      { reply: 'Beste meneer Dijkstra,\n\nHet klinkt als een zware week.', form: 'u', messageId: 'met', highlight: 'zware', why: '"klinkt als" makes the thing what the client goes through' },
      { reply: 'Beste meneer Dijkstra,\n\nEen week met zorgen om uw vrouw en weinig slaap.', form: 'u', messageId: 'met', highlight: 'met zorgen', why: '"zorgen" as a noun after "met"' },
      { reply: `${open}Die eerste week op de nieuwe afdeling, dat geeft vast een flinke knoop in je maag.`, messageId: 'met', highlight: 'knoop in je maag', why: 'a feeling placed in the client\'s body' },
      { reply: `${open}Het klinkt alsof je jezelf elke avond voorbij rent.`, messageId: 'met', highlight: 'alsof je jezelf elke avond voorbij rent', why: '"klinkt alsof" reads the client\'s state, whatever its verb' },
      { reply: 'Beste meneer Kok,\n\nIk proef ook wat ongeduld met uw herstel.', form: 'u', messageId: 'met', highlight: 'ongeduld', why: 'impatience is a feeling' },
      { reply: `${open}Je bent bang dat het misgaat op je werk, en dat snap ik. Daar komen we later nog op.`, messageId: 'met', highlight: 'bang', why: 'a feeling taken in now and also picked up later' },
      { reply: `${open}Wat verdrietig voor je, maar we kunnen samen kijken wat je nu nodig hebt.`, messageId: 'met', highlight: 'verdrietig', why: 'a "maar" that offers help overrules nothing' },
      { reply: `${open}Ik kan me voorstellen dat het je allemaal even te veel wordt.`, messageId: 'met', highlight: 'dat het je allemaal even te veel wordt', why: 'an empathic frame with a state that happens to the client' },
      { reply: 'Beste mevrouw Bos,\n\nMooi om te lezen dat u zich in het koor weer thuis voelt worden.', form: 'u', messageId: 'met', highlight: 'dat u zich in het koor weer thuis voelt worden', why: 'a feel verb with an infinitive after it' },
      { reply: `${open}Ik lees dat je je eenzaam voelt sinds je verhuizing.`, messageId: 'met', highlight: 'eenzaam', why: '"ik lees dat" with a feeling word' },
      { reply: 'Beste meneer Bakker,\n\nHet klinkt alsof u teleurgesteld bent in uw zoon.', form: 'u', messageId: 'met', highlight: 'teleurgesteld', why: '"het klinkt alsof" in the u-form' },
      { reply: `${open}Wat vervelend dat je examen niet doorging.`, messageId: 'met', highlight: 'vervelend', why: '"wat vervelend dat"' },
      { reply: `${open}Ik kan me voorstellen dat die onzekerheid je uitput.`, messageId: 'met', highlight: 'onzekerheid', why: '"ik kan me voorstellen" with onzekerheid' },
      { reply: `${open}Dat moet heftig voor je zijn geweest.`, messageId: 'met', highlight: 'heftig', why: '"dat moet heftig zijn"' },
      { reply: `${open}Je boosheid op je broer snap ik heel goed.`, messageId: 'met', highlight: 'boosheid', why: 'boosheid aimed at the client' },
      { reply: `${open}Ik hoor veel verdriet in je woorden.`, messageId: 'met', highlight: 'verdriet', why: 'verdriet heard in the client\'s words' },
      { reply: 'Beste mevrouw Dekker,\n\nU bent zichtbaar trots op wat u heeft bereikt.', form: 'u', messageId: 'met', highlight: 'trots', why: 'a positive feeling of the client' },
      { reply: 'hoi kim, balen zeg, dat je zo gestrest bent 😕', messageId: 'met', highlight: 'balen', why: 'chat style: gestrest' },
      { reply: `${open}Die spanning voor je presentatie is heel begrijpelijk.`, messageId: 'met', highlight: 'spanning', why: 'demonstrative + spanning' },
      { reply: `${open}Het lijkt me zwaar om elke nacht wakker te liggen.`, messageId: 'met', highlight: 'zwaar', why: '"het lijkt me zwaar"' },
      { reply: `${open}Je schrijft dat je opgelucht bent na het gesprek.`, messageId: 'met', highlight: 'opgelucht', why: 'a positive feeling reported back' },
      { reply: `${open}Wat naar dat je je zo buitengesloten voelt.`, messageId: 'met', highlight: 'Wat naar', why: '"wat naar" plus buitengesloten' },
    ],
    invalid: [
      { reply: `${open}Over je angst voor de verhuizing hebben we het in een volgend bericht.`, status: 'missing', messageId: 'missing', why: 'a feeling put off as a topic for later' },
      { reply: `${open}Je gaat laat slapen en mist daardoor je eerste college.`, status: 'missing', messageId: 'missing', why: 'missing a lecture is no longing' },
      { reply: 'Beste mevrouw Smit,\n\nU hoeft zich niet te verontschuldigen voor de late reactie.', form: 'u', status: 'missing', messageId: 'missing', why: 'apologising is no feeling' },
      { reply: 'Beste meneer Kok,\n\nDe fysiotherapeut is tevreden over uw herstel.', form: 'u', status: 'missing', messageId: 'thirdOnly', why: 'a feeling of someone named by a noun' },
      { reply: `${open}Zenuwen horen bij een eerste werkdag, maar je moet er gewoon doorheen.`, status: 'missing', messageId: 'denied', why: 'a feeling granted and overruled in one breath' },
      { reply: `${open}Ik schrok ervan toen ik las wat er op je werk gebeurd is.`, status: 'partial', messageId: 'coachOnly', why: 'the coach was startled; reading the message does not make it the client\'s feeling' },
      { reply: `${open}Je teamgenoten zullen het ook wel pittig hebben, en je klanten merken vast dat het onrustig is in de winkel.`, status: 'missing', messageId: 'thirdOnly', why: 'what the colleagues and customers perceive is theirs' },
      { reply: `${open}Doodmoe en nergens meer zin in... haha, herkenbaar hoor, welkom in de club! Alle ouders hebben dat in het eerste jaar.`, status: 'missing', messageId: 'denied', why: 'the feeling is named and waved away in the next sentence' },
      { reply: `${open}Ik ben blij dat je contact zoekt. Hier zijn drie tips.`, messageId: 'coachOnly', why: 'only the coach\'s gladness' },
      { reply: `${open}Maak een lijstje van je taken en plan ze in.`, status: 'missing', messageId: 'missing', why: 'straight to advice' },
      { reply: 'Beste meneer Bakker,\n\nIk vind het fijn om met u samen te werken.', form: 'u', messageId: 'missing', why: 'the coach\'s pleasure' },
      { reply: `${open}De dokter is tevreden over je herstel.`, status: 'missing', messageId: 'thirdOnly', why: 'a third person\'s feeling' },
      { reply: `${open}Zorg dat je genoeg slaapt.`, status: 'missing', messageId: 'missing', why: '"zorg" is not "zorgen maken"' },
      { reply: `${open}Wat een mooi plan heb je.`, status: 'missing', messageId: 'missing', why: 'praise without any feeling' },
      { reply: `${open}Ik kan me voorstellen dat dit veel vragen oproept.`, status: 'partial', messageId: 'frameOnly', highlight: 'Ik kan me voorstellen', why: 'an empathic frame without a feeling word' },
      { reply: `${open}Ik ben zelf ook zenuwachtig voor onze eerste sessie.`, messageId: 'coachOnly', why: 'the coach\'s own nerves' },
      { reply: `${open}Het is moeilijk te zeggen hoeveel sessies je nodig hebt.`, status: 'missing', messageId: 'missing', why: 'the idiom "moeilijk te zeggen"' },
      { reply: `${open}Wat is je doel voor deze week?`, status: 'missing', messageId: 'missing', why: 'a question about goals' },
      { reply: '', status: 'missing', messageId: 'empty', why: 'empty reply' },
      { reply: `${open}Je had het over je werk en je collega's. Laten we een plan maken.`, status: 'missing', messageId: 'missing', why: 'content without feeling' },
    ],
  });
});
