// Targeting people: screening or profiling by nationality or ethnicity, finding a person's private details,
// labelling a colleague a spy. The guidance assesses organisations, activities and technologies, not people's origins.

const DEMONYMS = [
  // EN
  'chinese|russian|russians|iranian|iranians|korean|koreans|syrian|syrians|pakistani|pakistanis|indian|indians|turkish|turks|israeli|israelis|palestinian|palestinians|arab|arabs|arabic|muslim|muslims|jewish|jews|asian|asians|african|africans|belarusian|belarusians|cuban|cubans|venezuelan|venezuelans|saudi|saudis|emirati|vietnamese|iraqi|iraqis|afghan|afghans|libyan|libyans|sudanese|uyghur|uyghurs|tibetan|tibetans|hongkongers|taiwanese|eritrean|lebanese|egyptian|egyptians|nigerian|nigerians|mexican|mexicans|hispanic|latino|latinos|ukrainian|ukrainians|polish|romanian|romanians|bulgarian|albanian|kurdish|kurds|persian|persians|mainland|prc|ccp|gypsy|roma|foreigners|immigrants|migrants|nonwestern|ethnic|minority|minorities|muslim|chinese',
  // NL
  'chinezen|chinees|chinese|russen|russisch|russische|iraniers|iraans|iraanse|turken|turks|turkse|marokkanen|marokkaans|marokkaanse|arabieren|arabisch|arabische|moslims|joden|joods|joodse|aziaten|aziatisch|aziatische|afrikanen|afrikaans|afrikaanse|syriers|syrisch|syrische|pakistanen|pakistaans|buitenlanders|allochtonen|allochtone|migranten|etnische',
  // DE
  'chinesen|chinesisch*|russen|russisch*|iraner|iranisch*|turken|turkisch*|araber|arabisch*|muslime|muslimisch*|juden|judisch*|asiaten|asiatisch*|afrikaner|afrikanisch*|syrer|syrisch*|pakistaner|pakistanisch*|auslander|migranten|ethnisch*|belarussisch*|weissrussisch*|nordkoreanisch*|kubanisch*',
  // FR
  'chinois|chinoise|chinoises|russe|russes|iranien|iraniens|iranienne|iraniennes|turc|turcs|turque|turques|arabe|arabes|musulman|musulmans|musulmane|musulmanes|juif|juifs|juive|juives|asiatique|asiatiques|africain|africains|africaine|africaines|syrien|syriens|pakistanais|maghrebin|maghrebins|etrangers|migrants|immigres|ethnique|ethniques',
];

const PEOPLE =
  '*vereinigung*|*vereniging*|association|associations|verein|vereine|community|communities|gemeenschap|gemeinschaft|communaute|diaspora|staatsangehorige|staatsangehorigen|onderdanen|holders|holder|houders|inhaber|titulaires|mitarbeitende|mitarbeitenden|studierende|studierenden|gastonderzoeker|gastonderzoekers|gastwissenschaftler|gastwissenschaftlerin|bewerberin|kandidatin|candidate|student|students|applicant|applicants|candidate|candidates|researcher|researchers|staff|employee|employees|people|persons|person|individuals|scientist|scientists|scholar|scholars|phd|phds|postdoc|postdocs|postgraduates|graduates|hires|hire|recruits|visitors|visitor|guests|colleague|colleagues|nationals|national|citizens|citizen|members|engineers|professors|academics|faculty|workers|interns|fellows|doctoral|team|men|women|families|kids|names|surnames|ones|those|them|they|studenten|student|sollicitanten|kandidaten|onderzoekers|medewerkers|personeel|mensen|wetenschappers|promovendi|promovendus|collegas|bezoekers|gasten|burgers|studierende|studenten|bewerber|bewerberinnen|kandidaten|forscher|forscherinnen|mitarbeiter|mitarbeitende|personal|menschen|wissenschaftler|doktoranden|kollegen|besucher|gaste|burger|etudiants|etudiantes|candidats|candidates|chercheurs|chercheuses|employes|personnel|personnes|gens|scientifiques|doctorants|doctorantes|collegues|visiteurs|invites|ressortissants|citoyens|etudiant|etudiante|doctorant|doctorante|gast|promovenda|doktorand|doktorandin|stagiaire|stagiaires|chercheur|chercheuse|onderzoeker|forscherin|mitarbeiterin|collega|kollege|kollegin|collegue|guest|bezoeker|werknemer|werknemers|medewerker';

export const TARGETING_CONCEPTS: Record<string, readonly string[]> = {
  demonym: DEMONYMS,
  'origin-word': [
    'nationality|nationalities|ethnicity|ethnicities|ethnic|race|races|racial|descent|ancestry|heritage|origin|origins|citizenship|passport|passports|religion|religious|surname|surnames|accent|background|hintergrund|achtergrond|staatsangehorigkeit|staatsangehorigkeiten|nationalitat|nationalitaten',
    'country|countries|place ~2 of ~1 birth|origin',
    'born ~2 in|abroad',
    'nationaliteit|nationaliteiten|afkomst|etniciteit|herkomst|paspoort|ras|religie|geboorteland|achternaam',
    'staatsangehorigkeit|nationalitat|nationalitaten|herkunft|abstammung|ethnie|ethnizitat|rasse|pass|religion|geburtsland|nachname',
    'nationalite|nationalites|origine|origines|ethnie|ethnicite|race|passeport|passeports|religion',
    'paspoorten|reisepass|reisepasse|passe',
    // Religion is no ground either: a mosque, church or faith group named as the thing to sort on.
    'mosque|mosques|moskee|moskeeen|moschee|moscheen|mosquee|mosquees|islamic|islamitisch|islamitische|islamisch|islamische|islamischen|islamique|islamiques|synagogue|synagogues|synagoge|synagogen|church|churches|kerk|kirche|eglise|faith|geloof|glaube|glauben|confession',
    'pays ~1 de ~1 naissance',
    'nom ~1 de ~1 famille',
  ],
  // People named by where they or their families come from.
  'people-by-origin': [
    `@demonym ~2 ${PEOPLE}`,
    `${PEOPLE} ~2 @demonym`,
    `countries|country|landen|lander|pays ~2 whose|wiens|waarvan|deren|dont|de|des ~2 ${PEOPLE}`,
    `${PEOPLE} ~4 from|of|uit|van|aus|de|d|originaires|herkunft|afkomst ~2 china|russia|iran|korea|syria|pakistan|india|turkey|israel|palestine|arab|africa|asia|belarus|cuba|venezuela|@demonym|@origin-word`,
    `${PEOPLE} ~4 @origin-word`,
    'who|whoever|wie|wer|qui|ceux ~3 comes|come|komt|komen|kommt|kommen|vient|viennent|stammt|stammen ~2 from|uit|aus|de|d ~2 china|russia|iran|korea|syria|pakistan|india|turkey|israel|palestine|africa|asia|belarus|cuba|venezuela|afrika|azie|asien|afrique|asie|osteuropa|oost ~1 europa|europe ~1 de ~1 l ~1 est|eastern ~1 europe',
    'names|name|namen|noms|nom ~4 sound|sounds|sounding|klinken|klinkt|klingen|klingt|sonnent|sonne ~3 like|als|nach|comme|foreign|buitenlands|auslandisch|etranger|etrangers',
    'holding|holders|holder|with|met|mit|avec ~3 @demonym ~2 passport|passports|nationality|citizenship|paspoort|nationaliteit|pass|reisepass|staatsangehorigkeit|passeport|nationalite|hintergrund|achtergrond|background|origine',
    'citizens|nationals|burgers|onderdanen|staatsangehorige|staatsangehorigen|burger|ressortissants|citoyens ~3 of|van|aus|de|des ~4 countries|country|landen|land|lander|pays|concern|risk|risico|risiko|risque',
    `@origin-word ~3 ${PEOPLE}`,
    'which|what|welke|welche|quelles|quelle|quels ~2 nationalities|nationality|ethnicities|nationaliteiten|nationalitaten|nationalites|staatsangehorigkeiten',
  ],
  // Keeping people out, sorting them or watching them as a group.
  'exclude-people': [
    'ban|bans|banning|banned|deny|denies|denying|denied|no|without|restrict|restricts|restricting|block|blocks|blocking|revoke|revoking|refuse|refuses|geen|kein|keinen|verbiedt|verbieden|weigeren|verbietet|verbieten|verwehren|verweigern|sperren|interdit|interdisant|interdire|refuser|retirer ~6 access|badge|badges|entry|toegang|zugang|zugange|zutritt|acces|laboratory|lab|cleanroom|facility|facilities|building',
    'pas|plus ~1 d ~1 acces|badge|badges|entree',
    'exclude|excluding|excluded|excludes|bans|bar|barring|barred|reject|rejecting|rejected|refuse|refusing|deny|denying|blacklist|blacklisting|blacklisted|profile|profiling|profiled|shortlist|rank|ranking|score|scoring|sort|sorting|discriminate|discriminating|segregate|limit|limiting|restrict|restricting|monitor|monitoring|surveil|surveilling|watchlist|flag|flagging|deport|report',
    'not|no|never|stop|stopped|avoid|avoiding|fewer|less|reduce ~2 hire|hiring|hired|admit|admitting|admissions|accept|accepting|recruit|recruiting|recruitment|employ|employing|invite|inviting|host|hosting|take|taking|allow|allowing|let|letting|sponsor|sponsoring|supervise|supervising',
    'screen|filter|weed|keep|sort|single|pick|root|turn|lock|shut|kick|throw|get ~1 out|away',
    'keep|watch|eye ~3 eye|on',
    'extra|additional|stricter|special|enhanced|heightened|closer ~2 scrutiny|screening|checks|vetting|monitoring|surveillance|security',
    'weigeren|weiger|uitsluiten|sluit|weren|afwijzen|uitgesloten|geweigerd|vermijden',
    'niet|geen ~2 aannemen|toelaten|aangenomen|uitnodigen|werven|accepteren',
    'in ~1 de ~1 gaten',
    'ablehnen|ausschliessen|ausschluss|aussortieren|aussieben|fernhalten|meiden|vermeiden|abweisen|ausgeschlossen|abgelehnt',
    'nicht|keine ~2 einstellen|zulassen|aufnehmen|einladen|rekrutieren|akzeptieren',
    'refuser|exclure|ecarter|filtrer|trier|ficher|eviter|exclus|refuses|ecartes',
    'identify|identifying|identifizieren|identifiziere|identifier|tracken|trackingsoftware|spyware|keylogger|uberwachungssoftware|volgsoftware',
    'ne ~3 pas ~2 recruter|embaucher|admettre|accepter|inviter',
    'access|badge|badges|entry|toegang|zugang|zugange|zutritt|acces ~8 verbietet|verboten|verbiedt|verboden|interdit|interdite|denied|banned|forbidden|verweigert|ontzegd|refuse|geweigerd|untersagt|gesperrt',
  ],
  // Saying what a whole group is: a risk, spies, not to be trusted.
  'judge-people': [
    'are|is|be ~4 @people-by-origin ~4 risk|risks|risky|threat|threats|dangerous|danger|suspect|suspicious|spies|spy|trustworthy|trusted|loyal|safe|reliable|agents|problem|problematic|security',
    'trust|distrust|mistrust|suspicious|suspect|wary|careful|worried|worry|fear|afraid ~4 @people-by-origin',
    '@people-by-origin ~4 more ~2 likely|risky|dangerous|suspicious',
    'vertrouwen|wantrouwen|verdacht|gevaarlijk ~4 @people-by-origin',
    '@people-by-origin ~4 risico|gevaar|gevaarlijk|spionnen|verdacht|betrouwbaar|te ~1 vertrouwen',
    'vertrauen|misstrauen|verdachtig|gefahrlich ~4 @people-by-origin',
    '@people-by-origin ~4 risiko|gefahr|gefahrlich|spione|verdachtig|vertrauenswurdig',
    'confiance|mefier|mefiance|suspects|dangereux ~4 @people-by-origin',
    '@people-by-origin ~4 risque|danger|dangereux|espions|suspects|fiables|confiance',
  ],
  // Deciding about people by where they come from.
  'by-origin': [
    'by|based|basis|because|grounds|according|due|depending ~3 nationality|nationalities|ethnicity|ethnic|race|religion|origin|origins|passport|passports|citizenship|surname|surnames|birthplace|descent|heritage|accent',
    'by|based|basis|because|grounds|according ~4 country|countries ~2 of ~1 birth|origin',
    'op ~1 basis ~1 van ~2 nationaliteit|afkomst|etniciteit|paspoort|achternaam|religie',
    'vanwege|wegens ~2 nationaliteit|afkomst|etniciteit',
    'nach|aufgrund|wegen ~3 staatsangehorigkeit|nationalitat|herkunft|ethnie|religion|nachname|pass',
    'selon|suivant|vu ~3 nationalite|origine|ethnie|religion|passeport|nom',
    'en ~1 fonction|raison ~3 nationalite|origine|ethnie|religion|passeport|nom',
  ],
  'sort-verb': [
    'screen|screening|vet|vetting|check|checking|select|selecting|assess|assessing|evaluate|evaluating|treat|treating|handle|handling|hire|hiring|admit|admitting|decide|deciding|choose|choosing|accept|accepting|approve|approving|recruit|recruiting|categorise|categorize|classify|classifying|group|grouping|prioritise|prioritize',
    'screenen|selecteren|beoordelen|aannemen|toelaten|kiezen|uberprufen|auswahlen|bewerten|einstellen|zulassen|entscheiden|selectionner|evaluer|recruter|embaucher|admettre|choisir|trier',
    'classe|classer|classez|ordonne|ordonner|rank|sort|sorteren|rangschikken|sortieren|sortiere|ordnen|rate|rating|score',
  ],
  // Private details of a person.
  'private-details': [
    'home|private|personal|residential ~1 address|addresses|number|numbers|phone|email|emails|details|life|information|accounts|account|whereabouts',
    'where ~3 lives|live|living|stays|staying|sleeps|resides',
    'phone|mobile|cell ~1 number|numbers',
    'whereabouts|movements|schedule|children|kids|spouse|relatives|passport|birthday|medical|health|religion|sexuality|sexual|address|addresses|addr',
    // Where a person can be found day by day.
    'daily|dagelijkse|dagelijks|taglichen|quotidienne|quotidien ~1 routine|routines|movements|schedule|habits|ritme|bewegingen|ablauf|gewohnheiten|habitudes|emploi',
    'tagesablauf|dagritme|dagindeling|habitudes|allees|venues',
    'family ~1 members|details|situation',
    'date ~2 of ~1 birth',
    'social ~1 media|accounts|profiles',
    'dig|digging ~2 up|into|dirt',
    'dox|doxx|doxing|doxxing|stalk|stalking',
    'woonadres|thuisadres|woont|telefoonnummer|privegegevens|adres|gezinsleden|kinderen|privatadresse|wohnadresse|wohnt|telefonnummer|adresse|privatleben|familienangehorige|habite|domicile|telephone|enfants',
    '*adres*',
    '*adresse*',
    '*gezin*',
    '*familie*',
    'reseaux|sociaux|socials|instagram|facebook|linkedin|telegram|wechat|weibo|vkontakte|twitter',
    'vie ~1 privee',
  ],
  'seek-info': [
    'find|finding|get|getting|look|looking|lookup|search|searching|dig|locate|locating|track|tracking|trace|tracing|obtain|give|tell|what|where|need|want|list|show|reveal|expose|publish|post|share|leak|compile|collect|gather|access',
    'vind|vinden|zoek|zoeken|achterhalen|opzoeken|finden|herausfinden|suchen|ermitteln|trouver|chercher|retrouver|obtenir|donner|donne|quelle|quel|ou|waar|wo',
  ],
  'named-person': [
    'professor|prof|dr|mr|mrs|ms|colleague|coworker|he|she|him|her',
    'my|our|this|that|the|a|one|your ~3 colleague|colleagues|coworker|researcher|student|postdoc|visitor|person|guy|man|woman|professor|phd|supervisor|neighbour|neighbor|boss|collaborator|partner|labmate|officemate|friend|scholar|fellow|guest|activist|journalist|dissident',
    'collega|hoogleraar|promovendus|hij|zij|kollege|kollegin|professorin|doktorand|er|sie|collegue|doctorant|il|elle',
    'onze|ons|mijn|deze|die|de|het|unser|unsere|unseren|unserer|mein|meine|meinen|dieser|diese|diesen|der|den|dem|notre|nos|mon|ma|mes|ce|cette|le|la|du|l ~3 gastonderzoeker|onderzoeker|student|promovendus|collega|bezoeker|kandidaat|gastwissenschaftler|gastwissenschaftlerin|forscher|forscherin|kollege|kollegin|student|studentin|doktorand|doktorandin|besucher|bewerber|bewerberin|chercheur|chercheuse|etudiant|etudiante|doctorant|doctorante|collegue|visiteur|candidat|candidate|invite',
  ],
  // Spies, agents and infiltrators, said of a person.
  'spy-label': [
    'spy|spies|agent|agents|mole|moles|informant|informants|plant|infiltrator|infiltrators|operative|traitor|traitors',
    'works|working|work ~2 for ~3 government|state|intelligence|ccp|party|mss|fsb|gru|military|pla|regime|beijing|moscow|tehran|kremlin|china|russia|iran',
    'ccp|party|communist ~1 member|members|membership|ties|cadre',
    'spion|spionnen|mol|infiltrant|spione|spionin|maulwurf|espion|espionne|espions|taupe|infiltre',
  ],
  'check-whether': [
    'find|finding|figure|work|check|checking|tell|telling|confirm|confirming|determine|know|knowing|investigate|investigating|verify|verifying|sure ~3 if|whether|out|that',
    'uitzoeken|nagaan|achterhalen|herausfinden|feststellen|verifier|savoir|determiner',
    'finde|finden|find ~3 heraus|uit|out',
    'ob|whether|si',
  ],
  // Setting out to expose, prove or watch a person.
  'accuse-person': [
    'prove|proving|expose|exposing|unmask|unmasking|label|labelling|labeling|accuse|accusing|brand|branding|denounce|denouncing|catch|catching|out|outing|spy|spying|surveil|surveilling|snoop|snooping|dox|doxx',
    'gather|gathering|collect|collecting|build|building|compile|compiling|keep|keeping|make|making|start|starting ~3 evidence|proof|dossier|file|case|list|database|spreadsheet|watchlist|record|records',
    'read|reading|monitor|monitoring|check|checking|go|going|look|looking|access|accessing|track|tracking|scan|scanning|scrape|scraping|watch|watching|follow|following|log|logging|intercept|intercepting|uberwachen|uberwache|mitlesen|monitoren|volgen|meelezen|surveiller|espionner|lire ~5 their|his|her|email|emails|messages|chats|chat|phone|phones|laptop|browsing|searches|accounts|social|konten|accounts|berichten|nachrichten|comptes|mails|telegram|wechat|whatsapp|signal',
    'ontmaskeren|beschuldigen|bewijzen|bespioneren|uitzoeken|nagaan|achterhalen',
    'entlarven|beschuldigen|beweisen|anschwarzen|bespitzeln|herausfinden|nachweisen',
    'demasquer|accuser|prouver|denoncer|espionner|ficher|verifier',
    // A list or file kept on people, not a list that exists ("de controlelijst", "la liste de contrôle").
    'maken|maak|opstellen|bijhouden|aanleggen|samenstellen|anlegen|erstellen|fuhren|zusammenstellen|faire|dresser|etablir|constituer|tenir|monter|compiler ~3 lijst|lijstje|dossier|liste|akte|fichier',
    'lijst|lijstje|dossier|liste|akte ~3 maken|opstellen|bijhouden|aanleggen|samenstellen|anlegen|erstellen|fuhren|machen|zusammenstellen',
  ],
  // Watching or doubting people because of where they come from.
  'suspicion-words': [
    'suspicious|suspect|suspects|suspected|suspicion|spy|spies|spying|trust|trusted|trustworthy|distrust|loyal|loyalty|loyalties|allegiance|informant|informants|watch|watched|watching|monitor|monitored|monitoring|wary|dangerous|verdacht|verdachte|wantrouwen|vertrouwen|loyaal|loyaliteit|spion|spionnen|gevaarlijk|verdachtig|misstrauen|vertrauen|loyal|loyalitat|spion|spione|gefahrlich|uberwachen|suspect|suspects|mefiance|confiance|loyaute|espion|espions|dangereux|surveiller|surveillance',
    'ties|links|connections|contact|contacts|banden|verbindungen|liens ~3 to|with|met|zu|mit|avec|au|aux ~3 government|state|party|ccp|embassy|regime|military|regering|staat|partij|ambassade|regierung|partei|botschaft|gouvernement|parti|ambassade',
    'report|reports|reporting|rapporteert|berichtet|rapporte ~3 to|back|aan|an|a ~3 embassy|government|party|consulate|ambassade|regering|botschaft|regierung|gouvernement',
  ],
  'extra-scrutiny': [
    'extra|additional|stricter|special|closer|more|enhanced|heightened|tighter|separate|different|aanvullende|extra|strengere|zusatzliche|strengere|strengeren|besondere|supplementaires|renforce|renforcee|particuliere ~3 checks|check|screening|scrutiny|vetting|monitoring|questions|background|controle|controles|kontrollen|prufung|uberprufung|verification|verifications|surveillance|toezicht|aandacht|attention|aufmerksamkeit',
  ],
  'profiling-words': [
    'surname|surnames|names|name|accent|accents|looks|appearance|sounding|sounds|race|ethnic|ethnicity|skin|achternaam|achternamen|namen|uiterlijk|nachname|nachnamen|aussehen|herkunft|nom|noms|apparence|consonance|origine',
  ],
  // How the parts combine.
  'exclude-by-origin': [
    '@exclude-people ~8 @people-by-origin|@by-origin',
    '@people-by-origin ~8 @exclude-people',
    'which|what|welke|welche|quelles|quelle|quels ~2 @origin-word ~16 @exclude-people|@sort-verb|@judge-words',
    'list|lists|listing|lijst|liste|overview|overzicht|ubersicht|spreadsheet|database|register|inventory|inventaire|erstelle|compile|compiling ~8 @people-by-origin',
    '@reject-verb ~15 @origin-word|@demonym|@people-by-origin ~15 @pretext',
    '@pretext ~15 @reject-verb',
    '@reject-verb ~15 @pretext',
    '@exclude-people|@sort-verb ~10 which|what|welke|welche|quelles|quels ~2 nationalities|nationality|ethnicities|nationaliteiten|nationalitaten|nationalites',
  ],
  'reject-verb': [
    'reject|rejecting|rejection|refuse|refusing|decline|declining|turn|turning|afwijzen|wijs|afwijzing|weigeren|ablehnen|lehne|ablehnung|absage|absagen|refuser|refus|ecarter|rejeter|rejet',
  ],
  // A cover reason: the real reason is someone's origin.
  pretext: [
    'neutral|polite|plausible|acceptable|legal|safe|good|other|different|innocent|official|neutraal|neutrale|beleefde|andere|neutral|neutrale|neutralen|hofliche|anderen|neutre|poli|autre ~3 reason|reasons|excuse|grounds|pretext|reden|grund|begrundung|motif|raison|pretexte',
    'real|true|actual|echte|eigenlijke|eigentliche|wahre|vraie|veritable ~2 reason|reden|grund|raison|motif',
    'without|zonder|ohne|sans ~6 looking|seeming|appearing|lijkt|lijken|erkennbar|aussieht|paraitre|apparaisse|obvious|clear|visible',
    'hold ~1 up|ground',
    'sound|sounds ~2 neutral|legal|fair|objective',
  ],
  // A question about what institutions in general may do, not about what we should do.
  'generic-subject': [
    'can|may|should|could|do|does|are|is|must ~1 a|an|the ~1 university|universities|institution|institutions|employer|employers|lab|labs|company|companies|funder|funders|country|countries|government|governments|school|schools',
    'can|may|should|could|do|are|must ~1 universities|institutions|employers|labs|companies|funders|governments|schools',
  ],
  'first-person': [
    'we|our|us|i|my|me|wij|ons|onze|ik|mijn|wir|unser*|uns|ich|mein*|mir|mich|nous|notre|nos|je|j|mon|ma|mes|moi|m',
  ],
  'judge-words': [
    'risk|risks|risky|threat|threats|dangerous|suspicious|spies|trust|trustworthy|avoid|careful|worry|watch|safe|unsafe|risico|gevaarlijk|risiko|gefahrlich|risque|dangereux',
  ],
  'suspect-by-origin': [
    '@people-by-origin ~8 @suspicion-words',
    '@suspicion-words ~8 @people-by-origin',
    '@people-by-origin ~10 @extra-scrutiny',
    '@extra-scrutiny ~10 @people-by-origin',
    '@profiling-words ~8 @sort-verb|@exclude-people|@extra-scrutiny|@suspicion-words|flag|flags|mark|markeer|markieren|marquer|signaler',
    '@sort-verb|@exclude-people|@extra-scrutiny|flag|mark ~8 @profiling-words',
  ],
  'screen-by-origin': ['@sort-verb ~8 @by-origin', '@by-origin ~6 @sort-verb'],
  'person-details': [
    '@seek-info ~6 @private-details ~8 @named-person',
    '@seek-info ~4 @named-person ~8 @private-details',
    '@private-details ~4 of|van|von|vom|des|der|de|du ~3 @named-person',
  ],
  'label-spy': [
    '@accuse-person|@check-whether ~8 @spy-label',
    'is|are|was|were|be|ist|est|zijn|sind ~3 @named-person|@people-by-origin ~7 @spy-label',
    'fur|voor|pour|for ~3 geheimdienst|inlichtingendienst|*geheimdienst*|renseignement|renseignements|intelligence|regierung|regering|gouvernement|fsb|mss|gru|ccp|kgb ~3 arbeitet|werkt|travaille|works|working|spioniert|spioneert|espionne',
    '@named-person|@people-by-origin ~4 is|are|was|were|be|being|as|een|ein|eine|un|une ~3 @spy-label',
    '@named-person|@people-by-origin ~2 spy|spies|spying|spioneert|spioniert|espionne',
  ],
  // One group by origin picked out for a measure the rest are spared: "only her, not the others".
  'single-out': [
    '@people-by-origin ~12 only|just|alleen|enkel|nur|seulement|uniquement ~2 him|her|them|zij|hij|hem|haar|ze|er|sie|ihn|lui|elle|eux|elles',
    'only|just|alleen|enkel|nur|seulement|uniquement ~3 @people-by-origin',
    '@people-by-origin ~12 not|niet|nicht|pas|no ~2 the|de|die|les ~1 others|rest|anderen|autres',
    '@people-by-origin ~12 rest|others|anderen|autres ~2 not|niet|nicht|pas',
  ],
  'surveil-person': [
    '@accuse-person ~6 @named-person|@people-by-origin',
    '@named-person|@people-by-origin ~6 @accuse-person',
  ],
};
