/**
 * Asking how the client experiences the process, the form and the way of
 * working ("Aandacht voor het proces"), so that difficulties, resistance and
 * irritation do not stay unnoticed in written contact.
 */

/**
 * Topics that are about the contact itself, its rhythm or a pause in it, so a
 * question about them is a process question without further words of
 * experience: "Past dit ritme nog bij je?", "Hoe waren de weken zonder contact?".
 */
export const CONTACT_TOPICS = [
  'ons contact', 'dit contact', 'zonder contact', 'het contact tot nu', 'het contact tussen ons', 'contact tussen ons', 'het contact met mij', 'het contact met me', 'contact met mij', 'contact met me',
  'ons ritme', 'dit ritme', 'het ritme', 'dat ritme', 'dit schema', 'dat schema', 'ons schema',
  'onze mailtjes', 'ons schrijven', 'deze eerste zinnen', 'deze eerste berichtjes', 'deze eerste woorden', 'dit eerste gesprek', 'deze eerste chat', 'ons tempo', 'het tempo', 'dit tempo', 'mijn berichten', 'mijn reacties',
  'mijn antwoorden', 'mijn antwoord', 'mijn vragen', 'mijn mails', 'mijn mailtjes', 'mijn bericht', 'mijn reactie', 'mijn lange', 'mijn korte',
  'mijn manier', 'mijn opdrachten', 'mijn opdracht', 'onze afspraken', 'deze afspraken', 'die afspraken', 'onze samenwerking',
  'de samenwerking', 'samenwerken', 'samen te werken', 'werkwijze', 'manier van werken', 'deze manier', 'op deze manier', 'zo te schrijven',
  'zo schrijven', 'het schrijven', 'dat schrijven', 'dit schrijven', 'met mij te schrijven', 'met me te schrijven', 'met mij schrijven',
  'schriftelijk', 'schriftelijke', 'e-coaching', 'online begeleiding', 'online coaching', 'deze begeleiding', 'onze begeleiding',
  'de begeleiding tot nu', 'de coaching tot nu', 'deze coaching', 'onze coaching', 'ons traject', 'dit traject', 'het traject tot nu',
  'de pauze', 'die pauze', 'deze pauze', 'de stilte', 'die stilte', 'niets van me', 'niets van mij', 'niks van me', 'niks van mij',
  'tijd zonder', 'weken zonder', 'week zonder', 'maanden zonder', 'reactietijd', 'hoe vaak we', 'hoe vaak wij', 'hoe vaak ik',
  'via de mail', 'via mail', 'per mail', 'via de chat', 'via het platform', 'via dit platform', 'via de app', 'hoe ik reageer',
  'hoe ik schrijf', 'ons gesprek', 'onze gesprekken', 'de vorm', 'deze vorm', 'het chatten', 'dat chatten', 'het mailen', 'dat mailen',
  'terug te schrijven', 'terugschrijven', 'dat ik vraag', 'dat ik je vraag', 'wat ik vraag', 'zoveel vragen', 'al die vragen',
  'te snel', 'te langzaam', 'te vaak', 'vaak genoeg', 'vaker schrijven',
  'heb je liever dat ik', 'hebt u liever dat ik', 'heeft u liever dat ik', 'pas ik', 'dan pas ik',
  'te lang', 'te kort', 'te veel berichten', 'te veel berichtjes', 'stuur ik', 'schrijf ik', 'vraag ik', 'reageer ik', 'als ik voortaan',
  'bericht van mij', 'bericht van me', 'berichten van mij', 'berichten van me', 'mijn berichtjes', 'met me te', 'met mij te',
  'met me chatten', 'met mij chatten', 'met me mailen', 'met mij mailen', 'onze mails', 'onze berichten', 'onze chats',
  'onze briefwisseling', 'onze mailwisseling', 'onze sessies', 'onze chatsessies', 'briefwisseling', 'zo te doen',
  'op deze manier te doen',
];

/** Single words about the contact itself: a question with one of them asks about the process. */
export const CONTACT_WORDS = [
  'tempo', 'ritme', 'frequentie', 'samenwerking', 'samenwerken', 'samengewerkt', 'werkwijze', 'e-coaching', 'pauze', 'stilte',
  'reactietijd', 'berichtenwisseling', 'mailwisseling', 'mailcontact', 'chatcontact', 'schrijfcontact', 'e-mailcontact',
];

/** Words about the form of the contact that make a process question together with a word of experience or preference. */
export const FORM_WORDS = [
  'schrijven', 'opschrijven', 'geschreven', 'opgeschreven', 'schrijft', 'schreef', 'schreven', 'verslag', 'leest', 'lengte', 'berichten', 'bericht', 'mails', 'mail', 'mailtjes', 'opdrachten', 'opdracht',
  'oefeningen', 'invulopdrachten', 'suggesties', 'manier', 'vorm', 'afspraken', 'lezen', 'delen', 'typen', 'antwoorden', 'reacties',
  'aanpak', 'dagboek', 'huiswerk', 'chat', 'chats', 'berichtjes', 'chatten', 'gechat', 'mailen', 'traject', 'begeleiding', 'coaching', 'contact',
  'tijdstip', 'planning', 'sessies', 'sessie', 'chatsessie', 'chatsessies', 'mij', 'me',
];

/** Words of experience or preference: "bevalt", "prettig", "werkt", "past". */
export const EXPERIENCE_WORDS = [
  'bevalt', 'bevallen', 'beviel', 'ervaar', 'ervaart', 'ervaren', 'ervaring', 'prettig', 'prettiger', 'prettigst', 'fijn', 'fijner',
  'past', 'passen', 'paste', 'werkt', 'werken', 'werkte', 'helpt', 'hielp', 'geholpen', 'vind', 'vindt', 'vond', 'genoeg', 'snel',
  'langzaam', 'overkomt', 'overkomen', 'landen', 'landt', 'voelt', 'voelde', 'goed', 'haalbaar', 'aangepast',
  'aanpassen', 'duidelijk', 'duidelijker', 'missen', 'gemist', 'verschil', 'merk', 'merkt', 'fijne', 'prettige', 'handig', 'handiger',
  'korter', 'langer', 'vaker', 'minder',
];

/** Asking about an experience: "Hoe was het om…", "hoe klinkt…", "hoe dat bij u valt". */
export const EXPERIENCE_PHRASES = [
  'hoe is het', 'hoe was het', 'hoe waren', 'hoe is dat', 'hoe was dat', 'hoe klinkt', 'hoe voelt', 'hoe vind', 'hoe vindt',
  'hoe vond', 'hoe gaat het met', 'hoe ging het met', 'bij je vallen', 'bij u vallen', 'bij je valt', 'bij u valt', 'voor je is',
  'voor u is', 'voor jou is', 'voor je was', 'voor u was', 'voor jou was', 'wat vind je', 'wat vindt u', 'wat vond je', 'wat vond u',
  'hoe kijk je', 'hoe kijkt u', 'hoe staat het met', 'hoe gaat het', 'hoe ging het', 'hoe zou het', 'hoe zou dat', 'te veel',
  'te zwaar',
  // The medium itself going well or not: "Lukt het typen zo?", "Gaat het chatten een beetje?" (not "Lukt het om daarover te schrijven?").
  'lukt het typen', 'lukt het schrijven', 'lukt het chatten', 'lukt het mailen', 'gaat het typen', 'gaat het schrijven', 'gaat het chatten',
  // The same in an indirect question: "Laat je me weten hoe het was om…", "Ik ben benieuwd hoe je dat vindt".
  'hoe het is', 'hoe het was', 'hoe dat is', 'hoe dat was', 'hoe het voelt', 'hoe het voelde', 'hoe dat voelt', 'hoe dat voelde',
  'hoe je het vindt', 'hoe u het vindt', 'hoe je dat vindt', 'hoe u dat vindt', 'hoe je het vond', 'hoe u het vond', 'hoe je dat vond', 'hoe u dat vond',
];
