/** Phrases for Klik's extra criteria: privacy, boundaries and withdrawal. */

/** The platform or channel is secure. */
export const PRIVACY_SECURE: readonly string[] = [
  'beveiligd\\w*', 'versleuteld\\w*', 'encryptie', 'veilig\\w*\\s+(?:platform|omgeving|online\\s+omgeving|verbinding|systeem|kanaal)',
  '(?:platform|omgeving|systeem)\\s+(?:is\\s+)?(?:goed\\s+)?(?:beveiligd|veilig)', 'privacy\\w*', 'avg', 'beroepsgeheim',
  'geheimhouding\\w*', 'vertrouwelijk\\w*', 'inloggen', 'inlogcode', 'wachtwoord', 'tweestapsverificatie',
];

/** Who can read the messages. */
export const PRIVACY_ACCESS: readonly string[] = [
  'alleen\\s+(?:ik|jij|u|wij|jij\\s+en\\s+ik|u\\s+en\\s+ik)\\s+(?:kan|kunnen|kun|kunt|lees|lezen|heb|hebben)',
  '(?:niemand|geen\\s+anderen?)\\s+(?:anders\\s+)?(?:kan|kunnen|leest|lezen|heeft|krijgt|ziet|zien)', 'niet\\s+gedeeld',
  'deel\\s+(?:ik\\s+)?(?:niets|niks|nooit)', 'zonder\\s+(?:jouw|uw|je)\\s+toestemming', 'met\\s+(?:jouw|uw|je)\\s+toestemming',
  'toegang\\s+tot', 'onder\\s+ons', 'blijft\\s+tussen', 'inzage', 'niemand\\s+anders',
  'alleen\\s+voor\\s+(?:jou|u|ons|jou\\s+en\\s+mij|u\\s+en\\s+mij)', 'zichtbaar\\s+voor', 'niemand\\s+(?:\\p{L}+\\s+){0,3}(?:kan|kunnen|leest|ziet)',
  'kan\\s+erbij', 'mee(?:lezen|kijken)', 'leest\\s+(?:niemand|alleen)', 'lees\\s+alleen\\s+ik',
];

/** How long data are kept. */
export const PRIVACY_RETENTION: readonly string[] = [
  'bewaar\\w*', 'opgeslagen', 'wis\\s+ik', 'ik\\s+wis', 'worden\\s+gewist', 'opslaan', 'verwijder\\w*', 'vernietig\\w*', 'gewist', 'wissen', 'na\\s+afloop\\s+van',
  'bewaartermijn', 'archief', 'gearchiveerd',
];

/** The coach names a limit of their role or expertise. */
export const BOUNDARY_LIMIT: readonly string[] = [
  'buiten\\s+(?:mijn|de|ons)\\s+(?:expertise|deskundigheid|vakgebied|vak|mogelijkheden|rol|begeleiding|grenzen|kunde|terrein)',
  '(?:ik\\s+)?(?:kan|mag)\\s+(?:ik\\s+)?(?:je|u|jou)\\s+(?:daar|hier|daarbij|hierbij|daarmee|hiermee)?\\s*(?:niet|geen)',
  'ik\\s+ben\\s+geen\\s+(?:arts|therapeut|psycholoog|psychiater|jurist|advocaat|dokter|huisarts|specialist|financieel|schuldhulpverlener|budgetcoach)',
  'daar\\s+(?:ben|heb)\\s+ik\\s+(?:niet|geen)', 'dat\\s+(?:kan|mag)\\s+ik\\s+(?:niet|je\\s+niet|u\\s+niet)',
  'niet\\s+(?:de\\s+)?(?:juiste|aangewezen)\\s+(?:persoon|plek|hulp)', 'grens\\s+van\\s+(?:mijn|wat\\s+ik)', 'mijn\\s+grenzen',
  'wat\\s+ik\\s+(?:wel\\s+en\\s+niet|niet)\\s+(?:kan|mag)', 'daarvoor\\s+ben\\s+ik\\s+niet', 'te\\s+specialistisch', 'niet\\s+deskundig',
  'geen\\s+(?:medisch|juridisch|financieel)\\w*\\s+advies',
  // "Ik ben geen crisisdienst", "ik ben geen hulpverlener": saying what the coach is not.
  'ik\\s+ben\\s+geen\\s+\\p{L}+',
  // "Ik kan dit als coach niet alleen oplossen", "dat kan ik als coach niet"
  '(?:kan|mag)\\s+(?:ik\\s+)?(?:dit|dat|het)\\s+(?:als\\s+\\p{L}+\\s+)?(?:niet|nooit)', 'als\\s+coach\\s+(?:kan|mag)\\s+ik\\s+(?:\\p{L}+\\s+){0,3}niet',
];

/** The coach refers on or says what they can do instead. */
export const BOUNDARY_REFERRAL: readonly string[] = [
  'verwijs\\w*', 'doorverwijz\\w*', 'huisarts', 'bedrijfsarts', 'psycholoog', 'psychiater', 'specialist', 'hulpverlener',
  'crisisdienst', '113', 'huisartsenpost', 'maatschappelijk\\s+werk\\w*', 'schuldhulpverlen\\w*', 'juridisch\\s+loket',
  'wat\\s+ik\\s+wel\\s+(?:kan|doe|mag)', 'ik\\s+kan\\s+(?:je|u)\\s+wel', 'wel\\s+(?:kan|kunnen)\\s+(?:ik|we)',
  'neem\\s+(?:dan\\s+)?contact\\s+op\\s+met', 'contact\\s+op\\s+te\\s+nemen\\s+met', 'raad\\s+(?:ik\\s+)?(?:je|u)\\s+aan',
  'samen\\s+zoeken\\s+naar', 'iemand\\s+die\\s+(?:daar|hierin|daarin)\\s+gespecialiseerd',
  'veilig\\s+thuis', '112', '0800-0113', 'contact\\s+op\\s+(?:te\\s+)?(?:nemen\\s+)?met', '(?:opnemen|opneemt|opneem)\\s+met',
];

/** The coach notices a silence, a late or short reply. */
export const WITHDRAWAL_NOTICE: readonly string[] = [
  '(?:een\\s+tijdje|een\\s+tijd|al\\s+even|lang|even|al\\s+een\\s+tijdje|al\\s+(?:twee|drie|een\\s+paar)\\s+weken|sinds)\\s+(?:niets|niks|geen\\s+bericht|niet\\s+meer)\\s+(?:van\\s+(?:je|jou|u)\\s+)?(?:gehoord|vernomen|gelezen|ontvangen)',
  '(?:niets|niks)\\s+(?:meer\\s+)?van\\s+(?:je|jou|u)\\s+(?:gehoord|vernomen|gelezen)', 'stil\\s+(?:gebleven|geworden|was)',
  '(?:het\\s+)?(?:is|was|bleef)\\s+(?:een\\s+tijdje\\s+|even\\s+|al\\s+even\\s+|wat\\s+)?stil', 'stilte', 'korter\\s+dan\\s+(?:anders|normaal|gewoonlijk)',
  '(?:je|uw)\\s+(?:bericht|reactie|antwoord)\\s+(?:was|is)\\s+(?:dit\\s+keer\\s+|deze\\s+keer\\s+)?(?:wat\\s+|erg\\s+|heel\\s+)?(?:kort|korter|later)',
  'liet\\s+(?:even\\s+|wat\\s+)?op\\s+zich\\s+wachten', 'later\\s+dan\\s+(?:anders|normaal|afgesproken)', 'ik\\s+mis\\s+(?:je|uw)\\s+(?:berichten|reacties)',
  'minder\\s+(?:vaak\\s+)?(?:reageert|schrijft|van\\s+je\\s+hoor)', 'afspraak\\s+(?:niet|gemist)', 'niet\\s+(?:gereageerd|geantwoord)',
  'ik\\s+merk\\s+dat\\s+(?:je|u)\\s+(?:minder|korter|later|niet)', 'even\\s+niet\\s+(?:lukte|lukt)', 'geen\\s+reactie',
  '(?:veel\\s+|wat\\s+|een\\s+stuk\\s+|iets\\s+)?korter\\s+(?:is\\s+|was\\s+)?dan', '(?:dagen|weken)\\s+(?:tussen|overheen)',
  'valt\\s+(?:me|mij)\\s+op\\s+dat\\s+(?:je|uw)\\s+(?:bericht|reactie)',
  '(?:een\\s+tijdje|even|lang|weken|dagen)\\s+niets?\\s+(?:van\\s+(?:je|u)\\s+)?(?:gehoord|geschreven|gelezen)',
  // "Het was drie weken stil tussen ons", "bleef het een hele tijd stil"
  '(?:is|was|bleef)\\s+(?:het\\s+)?(?:\\p{L}+\\s+){0,3}stil',
  // "dat je vandaag niet zoveel te zeggen hebt", "weinig te vertellen"
  '(?:niet\\s+(?:zo\\s*)?veel|weinig|minder)\\s+te\\s+(?:zeggen|vertellen|schrijven)', '(?:je|u)\\s+(?:vandaag\\s+|nu\\s+)?(?:weinig|minder)\\s+(?:zegt|schrijft)',
  '(?:je|u)\\s+(?:vandaag\\s+|nu\\s+)?korter\\s+(?:schrijft|reageert|antwoordt)',
  // "ik had me al afgevraagd hoe het met je ging"
  '(?:me|mij)\\s+(?:al\\s+)?afgevraagd\\s+hoe\\s+het\\s+met\\s+(?:je|jou|u)',
];

/** A warm invitation back into contact. */
export const WITHDRAWAL_INVITE: readonly string[] = [
  '(?:je|u)\\s+(?:bent|blijft)\\s+(?:altijd\\s+|van\\s+harte\\s+|nog\\s+steeds\\s+)?welkom', 'welkom\\s+om', 'ik\\s+hoor\\s+(?:graag|het\\s+graag)',
  'laat\\s+(?:gerust\\s+)?(?:iets\\s+)?(?:van\\s+je|van\\s+u)\\s+horen', 'laat\\s+(?:je|u)\\s+(?:me|mij)\\s+(?:gerust\\s+)?weten',
  'geen\\s+probleem', 'helemaal\\s+(?:oké|ok|goed|prima|niet\\s+erg)', 'neem\\s+(?:gerust\\s+)?(?:de|je|uw|alle)\\s+tijd',
  'het\\s+(?:is|mag)\\s+(?:ook\\s+)?(?:oké|goed|prima)', 'geen\\s+verwijt', 'niet\\s+erg', 'wanneer\\s+het\\s+(?:jou|u)\\s+uitkomt',
  'als\\s+(?:je|u)\\s+(?:er\\s+)?(?:weer\\s+)?(?:aan\\s+)?toe\\s+bent', 'in\\s+je\\s+eigen\\s+tempo', 'een\\s+paar\\s+zinnen\\s+is\\s+(?:ook\\s+)?genoeg',
  'ik\\s+ben\\s+er\\s+(?:voor\\s+(?:je|u)|nog)', 'de\\s+deur\\s+staat\\s+open', 'ik\\s+wacht\\s+(?:rustig|gerust)', 'ben\\s+benieuwd\\s+hoe\\s+het\\s+met',
  '(?:had|heb)\\s+(?:je|jou|u)\\s+(?:\\p{L}+\\s+){0,2}gemist', 'fijn\\s+dat\\s+(?:je|u)\\s+(?:weer|toch|opnieuw)',
  'hoeft?\\s+(?:je|zich|u)\\s+(?:daar\\s+|er\\s+)?(?:niet|geen)\\s+(?:voor\\s+)?(?:te\\s+)?(?:verontschuldigen|excuses|sorry)',
  // "Je bent hier welkom, in welk tempo ook", "Je mag altijd schrijven, ook als het maar een paar regels zijn"
  '(?:je|u)\\s+(?:bent|blijft)\\s+(?:hier\\s+)?(?:altijd\\s+)?welkom', 'in\\s+welk\\s+tempo\\s+ook',
  '(?:je|u)\\s+(?:mag|mogen|kunt|kan)\\s+(?:me\\s+|mij\\s+)?(?:altijd|gerust|ook|steeds)\\s+(?:blijven\\s+)?(?:schrijven|mailen|appen|chatten)',
  'een\\s+paar\\s+(?:woorden|regels|zinnen)\\s+(?:is|zijn)\\s+(?:ook\\s+)?(?:goed|genoeg|prima|welkom)',
];

/** Blame for the silence, which pushes the client further away. */
export const WITHDRAWAL_BLAME: readonly string[] = [
  'alweer', 'weer\\s+niet', 'had\\s+(?:je|u)\\s+(?:toch\\s+)?(?:moeten|kunnen)', 'waarom\\s+(?:heb|hebt|heeft)\\s+(?:je|u)\\s+niet',
  'je\\s+hebt\\s+(?:je|de)\\s+afspraak\\s+niet\\s+nagekomen', 'niet\\s+(?:netjes|professioneel)', 'zo\\s+werkt\\s+het\\s+niet',
  'dat\\s+kan\\s+niet\\s+(?:de\\s+bedoeling|zo)', 'je\\s+laat\\s+(?:me|mij)\\s+wachten', 'afspraak\\s+is\\s+afspraak',
];
