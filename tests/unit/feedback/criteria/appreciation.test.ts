import { describe } from 'vitest';
import { ruleTester } from './rule-tester.ts';

const rest = '\n\nJe schrijft over een drukke week op je werk. Hoe gaat het nu?\n\nHartelijke groet,\nMarloes';

describe('criterion appreciation', () => {
  ruleTester('appreciation', {
    valid: [
      { reply: `Hoi Bo,\n\nDat heb je echt zelf bedacht.${rest}`, messageId: 'met', highlight: 'zelf bedacht', why: 'the client\'s own doing, without a praise word' },
      { reply: `Hoi Bo,\n\nDat vraagt veel geduld, en dat heb je laten zien.${rest}`, messageId: 'met', highlight: 'vraagt veel geduld', why: 'what the step asked of the client' },
      { reply: `Hoi Bo,\n\nDaar spreekt veel moed uit.${rest}`, messageId: 'met', highlight: 'spreekt veel moed uit', why: 'a quality between "spreekt" and "uit"' },
      { reply: `Hoi Bo,\n\nWat je schrijft laat zien hoeveel inzet je erin hebt gestoken.${rest}`, messageId: 'met', highlight: 'hoeveel inzet', why: 'a quality noun after "hoeveel"' },
      { reply: `Hoi Bo,\n\nDat je dit zelf aankaart, vind ik echt een goede zet van je.${rest}`, messageId: 'met', highlight: 'een goede zet', why: 'an attributive adjective before something of the client ("van je")' },
      { reply: `Hoi Bo,\n\nFijn dat je er weer bent, en dat je zelf de draad oppakt.${rest}`, messageId: 'met', why: 'a welcome followed by praise of an act' },
      { reply: `Hoi Bo,\n\nWat goed dat je er was bij de teamdag, ook al zag je er tegenop.${rest}`, messageId: 'met', why: 'showing up at an event is an act of the client' },
      { reply: `Hoi Bo,\n\nWat heb je een mooie werkplek gevonden bij dat tuincentrum.${rest}`, messageId: 'met', why: 'something the client found: an act' },
      { reply: `Hoi Erwin,\n\nKnap, zeker na zo'n lange nachtrit nog dat gesprek aangaan.${rest}`, messageId: 'met', highlight: 'Knap, zeker', why: 'an exclamation that opens the sentence' },
      { reply: `Hoi Yvonne,\n\nJe zegt meteen helder wat je van deze begeleiding wilt.${rest}`, messageId: 'met', highlight: 'meteen helder wat', why: 'an adverb of manner after the client\'s verb' },
      { reply: `Hoi Sven,\n\nJe hebt de opdracht van vorige week heel zorgvuldig uitgevoerd.${rest}`, messageId: 'met', highlight: 'heel zorgvuldig uitgevoerd', why: 'praise of how the client acted, without a lead word' },
      { reply: `Beste meneer Tol,\n\nU heeft elke avond uw stappen genoteerd, en dat is sterk werk.${rest}`, form: 'u', messageId: 'met', highlight: 'is sterk werk', why: '"dat" points back at what the client did' },
      { reply: `Hoi Jasper,\n\nDrie dagen achter elkaar weer voor de groep gestaan. Na zo'n winter is dat geen kleinigheid.${rest}`, messageId: 'met', highlight: 'geen kleinigheid', why: 'praise by understatement' },
      { reply: `Beste Anna,\n\nWat dapper dat je na al die weken toch hulp bent gaan zoeken.${rest}`, messageId: 'met', highlight: 'Wat dapper dat', why: '"Wat dapper dat je…" on the client\'s step' },
      { reply: `Hoi Joep,\n\nIk heb echt bewondering voor hoe je ondanks de drukte elke avond je dagboek bijhoudt.${rest}`, messageId: 'met', highlight: 'bewondering', why: 'bewondering for the client\'s act' },
      {
        reply: `Beste meneer Smit,\n\nIk waardeer het enorm hoe uitgebreid u vertelt over uw situatie thuis.${rest}`,
        form: 'u',
        messageId: 'met', highlight: 'waardeer', why: 'waardering in the u-form',
      },
      { reply: `Lieve Mira,\n\nJe hebt een grote week achter de rug. Knap dat je toch dat gesprek met je baas bent aangegaan.${rest}`, messageId: 'met', highlight: 'Knap dat', why: 'praise in the second sentence' },
      { reply: `Hoi Sem,\n\nWat een mooi inzicht over jezelf deel je hier.${rest}`, messageId: 'met', highlight: 'Wat een mooi inzicht', why: '"Wat een mooi inzicht"' },
      { reply: `Beste Karin,\n\nBedankt voor je eerlijke en openhartige bericht.${rest}`, messageId: 'met', highlight: 'Bedankt voor je eerlijke en openhartige bericht.', why: 'a thank-you made specific with a qualifying adjective' },
      { reply: 'Dag Lucas, wat sterk dat je dit opschrijft. Hoe gaat het nu?', messageId: 'met', highlight: 'wat sterk dat', why: 'praise on the same line as the salutation' },
      { reply: `Beste mevrouw Öztürk,\n\nWat beschrijft u helder wat er de afgelopen maand is gebeurd.${rest}`, form: 'u', messageId: 'met', highlight: 'Wat beschrijft u helder', why: 'exclamation "Wat beschrijft u … helder"' },
      { reply: `Hoi Eva,\n\nPetje af voor hoe je die lastige week bent doorgekomen.${rest}`, messageId: 'met', highlight: 'Petje af', why: 'idiom of praise "petje af"' },
      { reply: 'Wat heb je dat goed gedaan, zeg! Drie keer gesport deze week.', messageId: 'met', highlight: 'goed gedaan', why: 'no salutation; praise in the first sentence' },
      { reply: `Beste Ravi,\n\nFijn dat je zo eerlijk laat weten dat het niet lukte.${rest}`, messageId: 'met', highlight: 'Fijn dat', why: '"Fijn dat je…" about something the client did' },
      { reply: `Beste Tom,\n\nJe bent echt sterk geweest deze maand.${rest}`, messageId: 'met', highlight: 'echt sterk geweest', why: '"Je bent echt sterk"' },
      { reply: `Hoi Lisa,\n\nDank je wel dat je je verhaal met me wilt delen.${rest}`, messageId: 'met', highlight: 'Dank je wel dat je je verhaal met me wilt delen.', why: 'thanks for what the client did ("dat je…")' },
      { reply: `Hoi Sam,\n\nIk zie dat je elke dag hebt geoefend. Chapeau!${rest}`, messageId: 'met', highlight: 'Chapeau!', why: 'a short exclamation of praise after a sentence about the client' },
    ],
    invalid: [
      { reply: `Hoi Bo,\n\nFijn dat je er weer bent. Ik heb je vorige bericht nog eens gelezen.${rest}`, status: 'missing', messageId: 'missing', why: 'a plain welcome praises nothing' },
      { reply: `Hoi Bo,\n\nGoed dat je er bent. Ik ben Noor en ik begeleid je de komende weken.${rest}`, status: 'missing', messageId: 'missing', why: '"goed dat je er bent" welcomes, it praises nothing' },
      { reply: `Hoi Bo,\n\nWat heb je een zorgzame buurvrouw, die elke dag even aanbelt.${rest}`, status: 'missing', messageId: 'elsewhere', why: 'praise of someone the client has' },
      { reply: `Hoi Bo,\n\nWat een betrokken buurvrouw heb je.${rest}`, status: 'missing', messageId: 'elsewhere', why: 'praise of a neighbour' },
      { reply: `Hoi Bo,\n\nWat mooi, zo'n hechte vriendschap van dertig jaar.${rest}`, status: 'missing', messageId: 'elsewhere', why: 'an exclamation about a friendship' },
      { reply: `Hoi Gijs,\n\nFantastisch hoor, drie weken volgehouden en dan toch weer een avond doorgehaald. Dat schiet lekker op.${rest}`, status: 'missing', messageId: 'sarcasm', why: 'praise with "hoor" whose reproach follows in the next sentence' },
      { reply: `Hoi Gijs,\n\nJe ziet er flink tegenop om je baas te bellen.${rest}`, messageId: 'missing', why: '"flink" as a word of degree praises nothing' },
      { reply: `Hoi Esra,\n\nGoed bezig hoor, alweer een afspraak met de huisarts afgezegd.${rest}`, status: 'missing', messageId: 'sarcasm', why: '"weer" with a failure turns the praise into a reproach' },
      { reply: `Beste Anna,\n\nBedankt voor je bericht. Ik ga er even voor zitten.${rest}`, status: 'partial', messageId: 'thanks', highlight: 'Bedankt voor je bericht.', why: 'a bare standard thank-you' },
      { reply: `Hoi Joep,\n\nWat een prachtige dag vandaag, de zon schijnt volop.${rest}`, status: 'missing', messageId: 'elsewhere', why: 'praise of the weather' },
      { reply: `Beste Karin,\n\nJe leidinggevende lijkt me een heel geduldige man. Zo'n baas wil iedereen.${rest}`, messageId: 'missing', why: 'praise of a third person' },
      { reply: `Hoi Sem,\n\nIk vind het niet sterk dat je de afspraak hebt gemist.${rest}`, status: 'missing', messageId: 'negated', highlight: 'niet sterk dat', why: 'negated praise' },
      { reply: `Hoi Tom,\n\nGoed hoor, weer niks gedaan deze week. Dat schiet lekker op.${rest}`, status: 'missing', messageId: 'sarcasm', highlight: 'Goed hoor', why: 'sarcasm' },
      {
        reply: 'Beste Lisa,\n\nJe schreef over je week. Ik heb alles gelezen.\n\nHieronder een paar tips voor de komende tijd.\n\nKnap trouwens dat je dit deelt.\n\nGroet,\nMarloes',
        status: 'partial',
        messageId: 'late', highlight: 'Knap trouwens', why: 'the compliment only comes at the end',
      },
      { reply: `Beste Ravi,\n\nDank voor uw aanmelding.${rest}`, status: 'partial', messageId: 'thanks', highlight: 'Dank voor uw aanmelding.', why: 'a receipt-style thank-you' },
      { reply: `Beste Eva,\n\nIk ben blij dat ik je mag begeleiden. Laten we beginnen.${rest}`, messageId: 'missing', why: 'the coach\'s own gladness' },
      { reply: '', messageId: 'empty', why: 'empty reply' },
      { reply: `Beste Mira,\n\nHieronder de planning voor de komende weken.${rest}`, status: 'missing', messageId: 'missing', why: 'straight to business' },
      { reply: `Hoi Lucas,\n\nIs het gelukt met de opdracht? Goed dat we dat even checken.${rest}`, messageId: 'weak', highlight: 'Goed dat', why: '"goed dat we…" is about coach and client, not praise' },
      { reply: `Beste meneer Smit,\n\nHet gaat goed met de planning. Uw dossier is compleet.${rest}`, messageId: 'missing', why: '"goed" as a plain adverb' },
      { reply: `Hoi Anna,\n\nWelkom bij het programma! Je krijgt van mij een inlogcode.${rest}`, messageId: 'missing', why: 'a welcome is not a compliment' },
    ],
  });
});
