/**
 * Writing craft: checking an interpretation, unasked advice, and the client's
 * own request for advice. Entries are words matched on tokens (text/phrases.ts);
 * `*` ends a word prefix.
 */

/** Checking an interpretation with the client: "Klopt het dat…?", "Ik kan me vergissen, maar…". */
export const TENTATIVE_CHECKS = [
  'klopt het dat', 'klopt het', 'klopt dat', 'klopt dit', 'klopt mijn', 'heb ik het goed', 'heb ik dat goed', 'heb ik je goed',
  'heb ik u goed', 'begrijp ik het goed', 'begrijp ik goed', 'begrijp ik je goed', 'begrijp ik u goed', 'zie ik dat goed',
  'zie ik het goed', 'lees ik het goed', 'lees ik dat goed', 'lees ik je goed', 'lees ik u goed', 'ik kan me vergissen',
  'ik kan me ook vergissen', 'ik kan mij vergissen', 'ik kan het mis hebben', 'ik kan het ook mis hebben', 'ik kan ernaast zitten',
  'misschien zit ik ernaast', 'misschien zit ik er naast', 'zit ik ernaast', 'zit ik er naast', 'zit ik in de buurt', 'corrigeer me',
  'verbeter me', 'vergis ik me', 'vergis ik mij', 'herken je dat', 'herken je dit', 'herken je je', 'herken jij dat', 'herken jij je',
  'herkent u dat', 'herkent u dit', 'herkent u zich', 'is dat zo', 'is dat ook zo', 'voelt dat zo', 'voelt het zo', 'past dat bij',
  'past dit bij', 'klinkt dat herkenbaar', 'klinkt dit herkenbaar', 'als ik het goed begrijp', 'als ik het goed lees',
  'als ik je goed begrijp', 'als ik u goed begrijp', 'als ik je goed lees', 'als ik u goed lees', 'zou het kunnen dat',
  'kan het zijn dat', 'kan het kloppen dat', 'ik vraag me af of', 'ik vraag mij af of', 'mijn indruk is', 'ik krijg de indruk',
  'ik heb de indruk', 'ik denk misschien', 'is dat herkenbaar', 'herkenbaar voor je', 'herkenbaar voor u', 'of zie ik dat verkeerd',
  'zie ik dat verkeerd', 'zeg het gerust als ik',
];

/** Interpretations stated as facts: "Je bent gewoon bang om te falen." */
export const INTERPRETATIONS_AS_FACT = [
  'je bent gewoon', 'u bent gewoon', 'eigenlijk ben je', 'eigenlijk bent u', 'het komt doordat je', 'het komt doordat u',
  'het komt omdat je', 'het komt omdat u', 'dat komt doordat je', 'dat komt doordat u', 'dat komt omdat je', 'dat komt omdat u',
  'jij bent iemand die', 'u bent iemand die', 'je bent iemand die', 'wat er eigenlijk speelt', 'in feite ben je', 'in feite bent u',
  'het echte probleem', 'eigenlijk wil je', 'eigenlijk wilt u', 'diep van binnen', 'je bent bang om', 'u bent bang om',
  'het gaat eigenlijk om', 'het zit hem in', 'eigenlijk ben jij', 'jij wilt eigenlijk', 'je durft gewoon niet', 'u durft gewoon niet',
];

/** Advice and rescuing in the coach's words. */
export const ADVICE = [
  'mijn advies', 'ik adviseer', 'adviseer ik', 'ik raad je aan', 'ik raad u aan', 'raad ik je aan', 'raad ik u aan', 'raad ik aan',
  'je zou moeten', 'u zou moeten', 'je zou eigenlijk', 'u zou eigenlijk', 'het is verstandig om', 'het is verstandig als',
  'het is belangrijk dat je', 'het is belangrijk dat u', 'het beste kun je', 'het beste kunt u', 'je kunt het beste', 'u kunt het beste',
  'kun je het beste', 'kunt u het beste', 'kun je het best', 'kunt u het best', 'je kunt beter', 'u kunt beter', 'kun je beter',
  'kunt u beter', 'je zou beter', 'beter kunt', 'wat je kunt doen is', 'wat u kunt doen is', 'wat je moet doen', 'wat u moet doen',
  'tip', 'tips', 'een tip', 'mijn tip', 'probeer eens', 'probeert u eens', 'probeer dan', 'probeer om', 'probeer gewoon', 'doe gewoon',
  'ga gewoon', 'het helpt om', 'het helpt als je', 'het helpt als u', 'ik zou gewoon', 'ik zou eerst', 'ik zou maar', 'zou ik maar',
  'zou ik gewoon', 'zou ik eerst', 'als ik jou was', 'als ik u was', 'waarom probeer je niet', 'waarom probeert u niet',
  'waarom ga je niet', 'waarom gaat u niet', 'waarom doe je niet', 'waarom neem je niet', 'waarom bel je niet', 'waarom zoek je niet',
  'heb je al geprobeerd', 'hebt u al geprobeerd', 'heeft u al geprobeerd', 'heb je al eens geprobeerd', 'heeft u al eens geprobeerd',
  'heb je al eens gedacht aan', 'heeft u al eens gedacht aan', 'heb je er al aan gedacht', 'heeft u er al aan gedacht',
  'heb je al eens gekeken naar', 'heeft u al eens gekeken naar', 'hebt u al eens gekeken naar', 'heb je overwogen', 'heeft u overwogen',
  'heb je al overwogen', 'heeft u al overwogen', 'je kunt ook', 'u kunt ook', 'misschien kun je', 'misschien kunt u', 'je zou kunnen',
  'u zou kunnen', 'kun je proberen', 'kunt u proberen', 'wat als je', 'wat als u', 'helpt het om', 'helpt het als', 'misschien helpt het',
  'een idee is', 'een tip is',
];

/** Rescuing: reassurance that takes the worry off the client's hands ("Maak je geen zorgen, het komt wel goed"). */
export const RESCUING = [
  'maak je geen zorgen', 'maak je maar geen zorgen', 'maakt u zich geen zorgen', 'maakt u zich maar geen zorgen', 'maak u geen zorgen',
  'komt wel goed', 'komt heus goed', 'komt heus wel goed', 'komt vast goed', 'komt vanzelf goed', 'alles komt goed', 'het komt goed',
  'komt allemaal goed', 'dat gaat vast lukken', 'dat gaat je zeker lukken', 'dat gaat u zeker lukken',
];

/** Advice offered as an option rather than an order: "je zou kunnen", "een idee is". */
export const ADVICE_AS_OPTION = [
  'misschien', 'wellicht', 'eventueel', 'je zou kunnen', 'u zou kunnen', 'je kunt ook', 'u kunt ook', 'een idee is', 'een mogelijkheid is',
  'als je wilt', 'als u wilt', 'wat denk je van', 'wat denkt u van', 'zou het helpen', 'zou dat helpen', 'zie maar', 'kijk maar',
  'voel je vrij', 'aan jou', 'aan u', 'past dat', 'spreekt dat je aan', 'spreekt dat u aan', 'misschien helpt',
];


/** The client asks for advice: "Heb je tips?", "Wat moet ik doen?". */
export const ASKS_FOR_ADVICE = [
  'tips', 'tip', 'advies', 'adviezen', 'raad', 'wat moet ik', 'wat kan ik', 'hoe kan ik', 'hoe moet ik', 'wat zou jij', 'wat zou u',
  'wat zou je', 'wat raad je', 'wat raadt u', 'hoe pak ik', 'hoe kom ik', 'ideeën', 'suggesties', 'suggestie', 'wat doe ik',
  'zou ik moeten', 'moet ik', 'help me', 'help mij', 'heb je een idee', 'hebt u een idee', 'heeft u een idee',
];

/** Words of the procedure: an instruction about forms, the platform or replying is no advice about the client's life. */
/** Emergency help: pointing to it in a crisis is a safety instruction, not unasked advice ("Bel vandaag nog 113"). */
export const EMERGENCY_HELP = ['112', '113', '0800-0113', 'veilig thuis', 'huisartsenpost', 'crisisdienst', 'spoedeisende hulp', 'ambulance', 'alarmnummer'];

export const PROCEDURE_WORDS = [
  'formulier', 'intakeformulier', 'toestemmingsformulier', 'vragenlijst', 'platform', 'werkblad', 'bijlage', 'ondertekenen', 'dossier',
  'account', 'inloggen', 'wachtwoord', 'invullen', 'invult', 'in te vullen', 'instuurt', 'insturen', 'terugsturen', 'retour',
  'evaluatieformulier', 'retourneren', 'module', 'modules', 'terug te sturen', 'door te geven', 'doorgeven', 'doorgeeft', 'meetwaarden',
];

/** Words of writing and meeting that are the procedure only with the coach in the sentence ("Stuur je reactie naar mij"), not in "verstuur je sollicitatie". */
export const PROCEDURE_WITH_COACH = [
  'berichten', 'bericht', 'reageren', 'reactie', 'versturen', 'sturen', 'stuur', 'stuurt', 'mail', 'mailt', 'e-mail', 'afspraak', 'afspraken', 'mailen', 'schrijven',
  'contact',
];
