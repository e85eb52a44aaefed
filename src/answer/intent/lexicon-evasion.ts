// Evasion and concealment: hiding something from an overseer, keeping it off a disclosure, structuring under a
// threshold, cover stories, altering records before an inquiry, moving controlled items without a licence.
// These are the parts; classify-intent.ts weighs how they combine.

export const EVASION_CONCEPTS: Record<string, readonly string[]> = {
  // Those who oversee: the institution, funders, government, customs, screening and ethics bodies.
  overseer: [
    'university|universities|uni|institution|institute|employer|faculty|department|dean|rector|provost|board|president|school|college|hr',
    'funder|funders|funding|grant|research ~1 agency|agencies|body|bodies|council|councils|office|organisation|organization',
    'funder|funders|sponsor|sponsors|donor|donors|financier|financiers',
    'government|governments|ministry|ministries|minister|authorities|authority|state|regulator|regulators|agency|agencies|officials|official|officer|officers|inspector|inspectors|auditor|auditors|police|prosecutor|prosecutors|court|intelligence|commission',
    'customs|border|borders|immigration|visa|consulate|embassy|airport|ukvi|uscis|cbp|bank|banks|banken|banque|banques|payment|compliance',
    'home ~1 office',
    'border ~1 force|police|guards|agents|officers',
    'screening|vetting|security|ethics|compliance|integrity|export|research|grants|legal ~2 office|officer|officers|team|board|committee|unit|desk|department|body|panel|review',
    'ethics|irb|committee|panel|auditor',
    'the|advice ~1 desk|helpdesk',
    'supervisor|supervisors|manager|boss|pi|promoter|promotor',
    'nwo|erc|ukri|dfg|anr|nih|nsf|doe|dod|nserc|sshrc|cihr|arc|nhmrc|bis|bafa|ecju|ofac|ofsi|fbi|mi5|aivd|bfv|dgsi|atas|rcat|horizon|eu|ec|europe',
    // NL
    '*commissie*',
    'screeningsteam|screeningteam|kennisveiligheidsteam|veiligheidsteam|exportcontroleteam|sicherheitsteam|exportkontrollteam|pruefteam|prufteam',
    '*komitee*',
    '*kommission*',
    '*ausschuss*',
    'fg|dpo|dsb|cnil|dsgvo|avg|gdpr|privacy|datenschutz*',
    'universiteit|instelling|werkgever|faculteit|afdeling|decaan|bestuur|rector|financier|financiers|subsidiegever|subsidiegevers|geldschieter|overheid|ministerie|ministeries|douane|grens|marechaussee|immigratiedienst|ind|ambassade|consulaat|toezichthouder|inspectie|loket|politie|justitie|commissie|leidinggevende|baas',
    'college van bestuur',
    'ethische ~1 commissie',
    // DE
    'universitat|hochschule|institut|arbeitgeber|fakultat|abteilung|dekan|dekanin|prasidium|rektorat|geldgeber|drittmittelgeber|forderer|fordergeber|foerderer|regierung|ministerium|behorde|behorden|zoll|zollbehorde|grenze|grenzkontrolle|auslanderbehorde|botschaft|konsulat|verfassungsschutz|ethikkommission|vorgesetzte|vorgesetzten|chef|chefin',
    '*behorde*',
    '*beauftragte*',
    // FR
    'universite|etablissement|employeur|faculte|departement|doyen|presidence|financeur|financeurs|bailleur|bailleurs|gouvernement|ministere|autorites|autorite|douane|douanes|douanier|douaniers|frontiere|police|prefecture|ambassade|consulat|comite|direction|chef|superieur|hierarchie',
    'fonctionnaire ~2 securite|defense',
    'organisme ~2 financeur',
    'service|cellule|bureau|pole|mission|responsable|referent|correspondant|delegue|officier ~3 securite|surete|conformite|ethique|exportation|exportations|export|controle|juridique|deontologie|integrite|valorisation',
    'fsd|hfds|sgdsn|sbdu|dgsi|dgddi|cnrs|anr',
    'agence|agent ~1 comptable',
    // NL and DE offices and officers
    'subsidiebureau|subsidieadviseur|exportcontroleur|kennisveiligheidsadviseur|integriteitsfunctionaris|veiligheidsdienst|beveiligingsdienst|cdiu|rvo|nctv|*subsidiebureau*',
    '*verwaltung*',
    'exportkontrolleur|exportkontrolleurin|exportkontrollbeauftragte|exportkontrollbeauftragter|ausfuhrkontrolleur|sicherheitsbeauftragte|rechtsabteilung|drittmittelabteilung|personalabteilung|zollamt|hauptzollamt|sicherheitsstelle|exportkontrollstelle',
  ],
  // Artefacts of disclosure and attestation.
  'disclosure-artefact': [
    'disclose|disclosed|disclosing|disclosure|disclosures|declare|declared|declaring|declaration|declarations|attest|attested|attestation|attestations|certify|certification|certificate',
    'form|forms|paperwork|application|applications|proposal|proposals|cv|resume|biosketch|bio|questionnaire|register|registry|registration|statement|statements|report|reports|filing|filings|record|records|return|invoice|invoices|manifest|acknowledgement|acknowledgment|acknowledgements|byline|affiliations',
    'other|current ~2 support|pending',
    'conflict|conflicts of ~1 interest|interests',
    'coi|coc',
    'end ~1 user|use ~1 certificate|statement|declaration|undertaking',
    'outside|external ~1 activities|interests|activity|work',
    '*aanvraag*',
    '*antrag*',
    '*formulier*',
    '*formular*',
    '*register*',
    'melding|opgave|formulier|aanvraag|verklaring|nevenfunctie|nevenfuncties|nevenwerkzaamheden|belangenverstrengeling|register|declaratie|cv',
    'offenlegung|angabe|angaben|erklarung|formular|antrag|nebentatigkeit|nebentatigkeiten|interessenkonflikt|lebenslauf|anzeige|meldung|zollerklarung',
    '*erklarung*',
    'declaration|declarations|formulaire|demande|attestation|dossier|candidature|conflit|conflits|cv|rapport',
    'liens ~1 d ~1 interet|interets',
  ],
  // What people are tempted to hide.
  'hidden-object': [
    'appointment|appointments|affiliation|affiliations|position|positions|post|professorship|chair|title|role|job|jobs|employment|tenure|fellowship|visiting|adjunct|honorary|secondment',
    'fund|funds|funding|funded|money|payment|payments|paid|salary|stipend|income|honorarium|honoraria|grant|grants|donation|donations|gift|gifts|sponsorship|sponsor|sponsored|benefit|benefits|perks|compensation|remuneration|reimbursement|cash|transfer|transfers',
    'talent|talents ~2 program|programme|programs|programmes|plan|scheme|recruitment',
    'thousand ~1 talents',
    'contract|contracts|consultancy|consulting|agreement|agreements|mou|deal|deals|arrangement|arrangements|partnership|partnerships|collaboration|collaborations|cooperation|partner|partners|collaborator|collaborators|coauthor|coauthors|sponsor',
    'link|links|ties|tie|connection|connections|relationship|relationships|involvement|association|associations|membership|background',
    'source|sources|origin|origins|owner|owners|ownership|beneficiary|beneficiaries',
    'end ~1 user|users|use',
    'enduser|endusers|enduse',
    'military|army|pla|defence|defense|weapons|weapon|nuclear',
    'dual ~1 use',
    'real|true|actual|intended ~1 purpose|nature|use|application|destination|recipient|customer',
    'trip|trips|travel|visit|visitor|visitors|guest|guests|stay|equity|shares|stake|company|startup|spinoff|patent|patents|lab|laboratory|investor|investors|investoren|investeerder|investeerders|investisseur|investisseurs',
    // NL
    'aanstelling|aanstellingen|nevenfunctie|nevenfuncties|functie|positie|leerstoel|financiering|geld|betaling|betalingen|salaris|beurs|subsidie|subsidies|donatie|donaties|gift|giften|vergoeding|contract|contracten|overeenkomst|overeenkomsten|partner|partners|samenwerking|samenwerkingen|banden|band|connectie|connecties|relatie|relaties|betrokkenheid|herkomst|bron|eindgebruik|eindgebruiker|militair|militaire|leger|defensie|doel|bezoeker|bezoekers|reis|reizen|aandelen|bedrijf',
    'talentprogramma|talentenprogramma|*talentprogramma*',
    '*partner*',
    // DE
    'anstellung|berufung|professur|stelle|nebentatigkeit|finanzierung|geld|gelder|zahlung|zahlungen|gehalt|stipendium|forderung|spende|spenden|geschenk|geschenke|vertrag|vertrage|vereinbarung|kooperation|zusammenarbeit|verbindung|verbindungen|beziehung|beziehungen|verflechtung|herkunft|quelle|endverwendung|endverwender|endnutzer|militar|militarisch|militarische|armee|verteidigung|zweck|besucher|gast|reise|beteiligung|firma|partner',
    '*finanzierung*',
    '*programm*',
    // FR
    'nomination|poste|affiliation|affiliations|rattachement|financement|financements|argent|paiement|paiements|salaire|bourse|subvention|subventions|don|dons|cadeau|cadeaux|contrat|contrats|accord|accords|convention|conventions|partenaire|partenaires|partenariat|partenariats|collaboration|lien|liens|relation|relations|implication|origine|source|militaire|militaires|armee|defense|but|finalite|visiteur|visiteurs|invite|invites|voyage|participation|entreprise',
    'utilisateur|utilisation ~1 final|finale|finaux',
    'programme ~2 talents',
    'fonds|financeur|financeurs|donateur|donateurs|mecene|mecenat|cosignataire|cosignataires|signataire|medefinancier|geldgever|geldgevers|schenker|medeondertekenaar|geldgeber|spender|stifter|mitunterzeichner|cofinancier|cofunder|cosignatory',
  ],
  // Hiding, keeping quiet, leaving off.
  conceal: [
    'hide|hides|hiding|hid|conceal|conceals|concealing|concealed|concealment|obscure|obscuring|obfuscate|obfuscating|disguise|disguising|disguised|mask|masking|camouflage|camouflaging|launder|laundering|whitewash|whitewashing|bury|burying|withhold|withholding|omit|omitting|suppress|suppressing|downplay|downplaying|understate|understating|underreport|underreporting|undeclared|unreported|secretly|covertly|stealthily|surreptitiously|quietly|discreetly',
    'cover|covering|covered ~2 up',
    'keep|keeping|kept|hold ~5 quiet|hidden|silent|dark|unofficial|undisclosed|unreported|undeclared',
    'keep|keeping|kept|hold ~6 off|out|away|separate|apart',
    'keep|keeping|kept ~5 under ~2 wraps|radar',
    'leave|leaving|left|take|taking|remove|removing|drop|dropping|strip|stripping|scrub|scrubbing|delete|deleting|erase|erasing ~4 off|out|from',
    'not|never|without ~2 mention|mentioning|list|listing|include|including|name|naming|show|showing|reveal|revealing|record|recording',
    'play|playing ~2 down',
    'gloss|glossing ~2 over',
    'sweep ~3 under',
    'off ~1 the ~1 books|record|radar',
    'under ~1 the ~1 table|radar',
    'on the ~1 quiet|sly|low|side',
    'low profile',
    'keep ~3 to ~1 myself|ourselves',
    'keep|keeping|houden|halten|garder ~3 between|among|tussen|unter|entre ~2 us|ourselves|ons|uns|nous',
    'fur ~1 mich ~1 behalten',
    'bei ~1 mir ~1 behalten',
    'voor ~1 mezelf|mijzelf ~1 houden',
    'garder ~1 pour ~1 moi',
    'laten ~1 zitten',
    'leave|leaving|left|laat|lasst|laisse ~4 blank|empty|leeg|leer|vide|vierge|unanswered|out|weg',
    'rather|prefer|liever|lieber|prefere|prefererais|plutot ~2 not|no|niet|nicht|kein|keine|ne|pas ~6 report|tell|disclose|mention|list|have|show|melden|vertellen|vermelden|angeben|erwahnen|declarer|mentionner|signaler|dire|figurer',
    '*geheim*',
    'weglass*|weglas*|weggelassen|verzweg*|verzwijg*|verschwieg*|tais|tait|omets|omet',
    'skip|skipping|skipped ~3 bit|part|question|questions|section|field|box|page|that|this|line',
    // NL
    'verberg|verbergen|verborgen|verstop|verstoppen|verzwijg|verzwijgen|verzwegen|verhul|verhullen|verdoezel|verdoezelen|wegmoffel|wegmoffelen|maskeren|camoufleren|achterhouden|achterhoud|weglaten|weglaat|verzwijgt|stiekem|heimelijk|ongemerkt|geheimhouden|geheim|stilhouden|stil',
    'buiten ~3 houden|houd|houdt|hou|hield|hielden|gehouden|laten|laat|liet|lieten|gelaten|beeld',
    'houd|houden|hou|houdt|laat|laten ~8 buiten|weg|verborgen|geheim|stil|achterwege',
    'halte|halten|haltst|lasse|lassen ~8 heraus|raus|fern|geheim|verborgen|bedeckt|weg',
    'garder|garde|gardez|laisser|laisse ~6 secret|secrete|cache|cachee|hors|confidentiel|confidentielle|sous',
    'onder ~1 de ~1 pet|radar|tafel',
    'niet ~2 vermelden|noemen|opgeven|melden|aangeven|opnemen',
    'weg ~1 laten',
    // DE
    'verheimlich*|verberg*|versteck*|verschweig*|verschwieg*|vertusch*|verschleier*|unterschlag*|kaschier*|tarn|tarnen|heimlich|insgeheim|unbemerkt|verdeck*|geheim|weglassen|weglasse|auslassen|unterdrucken',
    'unter ~1 den ~1 tisch|teppich|radar',
    'nicht ~2 angeben|erwahnen|nennen|melden|auffuhren|offenlegen',
    'raus ~1 lassen|halten',
    'heraus ~1 lassen|halten',
    // FR
    'cacher|cache|caches|cachant|dissimuler|dissimule|dissimulant|dissimulation|taire|tais|omettre|omets|omis|masquer|masque|camoufler|camoufle|planquer|occulter|enterrer|etouffer|discretement|secretement|clandestinement|incognito',
    'passer ~2 sous ~1 silence',
    'en douce',
    'ne ~3 pas ~2 mentionner|declarer|indiquer|signaler|inscrire|dire',
    'sans ~2 mentionner|declarer|indiquer|signaler|dire',
  ],
  // Confidentiality is protective; kept from an overseer it is concealment.
  'keep-private': [
    'keep|keeping|kept|hold ~5 confidential|private|secret|separate ~6 from|voor|vor|a|de ~3 @overseer',
    'geheim ~2 houden|halten ~6 voor|vor|gegenuber ~3 @overseer',
  ],
  // Not disclosing, declaring, reporting or telling.
  'omit-disclosure': [
    'not|never|without ~2 list|listing ~2 my|our|the|it|this|that|him|her|them|his|their',
    'not|never|without|avoid*|skip|skipping|dodge|escape|no ~3 disclose|disclosing|declare|declaring|report|reporting|mention|mentioning|register|registering|flag|flagging|acknowledge|acknowledging|attest|reveal|revealing',
    'not|never|without|avoid*|niet|zonder|nicht|ohne|ne|sans|pas ~3 tell|telling|inform|informing|notify|notifying|write|put|include|including|record|recording|vertellen|informeren|inlichten|sagen|informieren|mitteilen|dire|informer|prevenir|ecrire|mettre ~5 @overseer|@disclosure-artefact|@hidden-object',
    'not|never ~2 have|need|required ~2 to ~2 disclose|declare|report|notify|mention|tell|inform|register',
    'niet|niets|zonder|nooit|geen ~5 melden|melding|opgeven|vermelden|vermeldt|aangeven|aangeeft|registreren|rapporteren|aanmelden|invullen|meldt|opgeeft',
    'nicht|nichts|ohne|nie|keine ~3 melden|angeben|offenlegen|anzeigen|erwahnen|deklarieren|registrieren|meldung|angibt|erwahnt|meldet',
    // What not to say to customs, a border officer or an interviewer: coaching the answers an overseer gets.
    'not|niet|nicht|pas|never|nooit|nie|jamais ~2 say|saying|zeggen|noemen|sagen|erwahnen|dire|mentionner ~10 @overseer',
    '@overseer ~6 not|niet|nicht|pas|never|nooit|nie|jamais ~2 say|saying|zeggen|noemen|sagen|erwahnen|dire|mentionner',
    'ne|sans|jamais|pas|rien|eviter ~3 declarer|signaler|mentionner|notifier|inscrire|reveler|devoiler|indiquer|declare|mentionne|signale',
  ],
  // Saying outright that no one must notice: the purpose of concealment.
  'undetected-purpose': [
    'voorkom|voorkomen|verhinder|verhindern|vermeide|vermeiden|eviter|empecher ~3 dat|dass|que|qu ~10 @perceive',
    'prevent|stop|avoid|keep ~2 it|this|them|that|these ~2 from ~3 @perceive',
    'strip|stripping|remove|removing|delete|deleting|erase|erasing|verwijder|verwijderen|entfernen|entferne|supprimer|retirer ~5 marking|markings|label|labels|classification|header|headers|footer|watermark|watermarks|markering|markeringen|kennzeichnung|kennzeichnungen|vermerk|vermerke|marquage|marquages|mentions|banner',
    'invisible|onzichtbaar|unsichtbar',
    '@purpose-marker ~10 @neg ~5 @perceive',
    '@purpose-marker ~10 @perceive ~2 nothing|niets|nichts|rien|niemand|personne',
    'without|zonder|ohne|sans ~8 @perceive',
    '@overseer|@control ~5 @neg ~3 @perceive',
    'nobody|noone|niemand|personne|keiner ~2 would|will|can|could|wird|wurde|kann|zou|zal|kan|ne|merkt|weet|ziet|sieht|weiss ~3 @perceive',
    'no ~1 one ~2 would|will|can|could ~3 @perceive',
    'leave|leaves|leaving|laat|hinterlasst|laisse ~3 fewest|no|least|minimal|minimum|geen|keine|aucune|moins|weinig|wenig|wenigsten|minste ~2 traces|trace|trail|footprint|sporen|spuren|spur|spoor',
    'so|that|such|without|avoid|avoiding|not ~5 nobody|noone|none ~3 know|knows|knowing|notice|notices|noticing|find|finds|finding|see|sees|seeing|learn|learns|spot|spots|detect|detects|ask|asks|asking|question|questions|realise|realises|realize|realizes|suspect|suspects|flag|flags',
    'so|that ~6 not|never ~3 know|knows|notice|notices|find|finds|see|sees|learn|learns|spot|spots|detect|detects|flag|flags|flagged|catch|catches|picked|pick|trigger|triggers|raise|raises|show|shows|appear|appears|come|comes|realise|realize|question|ask|suspect|check|look|trace|track|audit|investigate|link|connect',
    'without ~4 knowing|noticing|finding|seeing|learning|realising|realizing|spotting|detecting|asking|questioning|suspecting|checking|looking|tracing|tracking|catching|being|getting|anyone|anybody|raising|triggering|attracting|drawing',
    'without ~2 it|them|anyone|anybody|him|her ~2 know|knowing|noticed|noticing|aware',
    'not|avoid|avoiding|without|never|no ~3 be|being|get|getting|got ~2 flagged|noticed|detected|caught|spotted|picked|questioned|audited|scrutinised|scrutinized|investigated|traced|tracked|checked|discovered|found|seen|linked',
    'avoid|avoiding|without|no|not ~3 raising|raise|attracting|attract|drawing|draw|arousing|arouse|triggering|trigger ~3 flag|flags|suspicion|suspicions|attention|scrutiny|questions|alarm|alarms|eyebrows|alerts|alert|interest|review|reviews|screening|audit|audits|notification|notifications|check|checks',
    'avoid|avoiding|evade|evading|escape|escaping|dodge|dodging ~2 detection|scrutiny|attention|notice|suspicion|questions|oversight|inspection|inspections|audit|audits|review|reviews|flag|flags',
    'undetected|unnoticed|unseen|unflagged|untraceable|untraced|traceless|incognito',
    // "…ohne dass es je meiner Uni bekannt wird", "without it ever becoming known to the funder".
    'without|zonder|ohne|sans ~1 that|it|dat|dass|que|qu ~10 known|bekend|bekannt|connu|connue ~2 becomes|is|gets|wordt|raakt|wird|werden|soit|sera|devienne',
    'nobody|noone|niemand|personne ~2 ever|ooit|jemals|jamais ~3 connects|connect|connecting|links|linking|finds|finding|knows|knowing|notices|noticing|learns|learning|realises|realizes|weet|merkt|ontdekt|erfahrt|bemerkt|entdeckt|sait|apprend|apprendre|savoir|decouvre|decouvrir|remarque|remarquer',
    // "…before the screening committee ever hears about it", "voordat het screeningsteam er iets van weet".
    'before|voordat|bevor|ehe|avant ~8 @overseer|@control ~6 know|knows|hears|hear|notices|notice|sees|see|reads|read|weet|weten|hoort|horen|merkt|ziet|zien|leest|lezen|weiss|wissen|erfahrt|erfahren|mitbekommt|sieht|sehen|liest|lesen|sache|sachent|apprenne|apprennent|remarque|remarquent|voie|voient|lise|lisent',
    // "…how can I fix it before anyone finds out?": correcting in time to escape notice, not owning up.
    'before|voordat|bevor|ehe|avant ~2 anyone|anybody|someone|somebody|people|iemand|jemand|quelqu ~3 finds|find|notices|notice|realises|realizes|discovers|ontdekt|merkt|bemerkt|entdeckt|remarque|decouvre',
    'under ~1 the ~1 radar',
    'fly|flying|stay|staying|keep|keeping|slip|slipping ~3 under|below|beneath|past|through ~2 radar|radars|screening|checks|check|net|cracks',
    'off ~1 the ~1 radar',
    'nobody|noone ~3 will|would|can|could|must|needs ~2 know|notice|find|see|learn|ask|realise|realize|suspect|chase|check|look',
    'no ~1 one ~3 will|would|can|could|must|needs ~2 know|notice|find|see|learn|ask|realise|realize|suspect|chase|check|look',
    // "…so nobody in HR looks closer": the purpose is that the overseer does not look.
    'so|that ~2 nobody|noone|none ~4 looks|notices|asks|checks|finds|sees|knows|realises|realizes|questions|digs|chases|bothers|wonders',
    'so|that ~2 no ~1 one ~4 looks|notices|asks|checks|finds|sees|knows|realises|realizes|questions|digs|chases|bothers|wonders',
    'without ~1 a ~1 trace',
    'look|looks|appear|appears|seem|seems ~4 innocent|innocuous|harmless|legitimate|legit|clean|normal|civilian|unrelated|routine|academic|benign',
    'lijkt|lijken|klinkt|klinken|oogt|ogen ~4 onschuldig|onschuldige|onschadelijk|onschadelijke|normaal|civiel|routine|onverdacht',
    'aussieht|aussehen|klingt|klingen|wirkt|wirken|erscheint|erscheinen ~4 harmlos|harmloser|unverdachtig|unschuldig|normal|zivil|routine|unbedenklich',
    'harmlos|harmloser|unverdachtig|unschuldig|unbedenklich ~3 aussieht|aussehen|klingt|klingen|wirkt|wirken|erscheint|erscheinen',
    'semble|semblent|paraisse|paraissent|paraisse|sonne|sonnent|air ~4 anodin|anodine|inoffensif|inoffensive|innocent|innocente|banal|banale|civil|civile|routine',
    // NL
    'zonder ~1 dat ~6 weet|weten|merkt|merken|doorheeft|doorhebben|ontdekt|ontdekken|ziet|zien|opvalt|opvallen|vraagt|vragen|hoort|horen|controleert',
    'zodat|opdat ~6 niemand|niet|geen ~4 merkt|merken|weet|weten|ziet|zien|opvalt|opvallen|ontdekt|ontdekken|vraagt|vragen|controleert|doorheeft|argwaan',
    'onder ~1 de ~1 radar',
    'ongemerkt|onopgemerkt|onopvallend|onzichtbaar|stilletjes',
    'zonder ~3 op ~1 te ~1 vallen',
    'niet ~2 opvalt|opvallen|op ~1 valt',
    'geen|zonder ~2 argwaan|vragen|alarm|aandacht',
    'niemand ~3 merkt|weet|ziet|ontdekt|doorheeft',
    // DE
    'ohne ~1 dass ~6 merkt|merken|erfahrt|erfahren|weiss|wissen|mitbekommt|mitbekommen|bemerkt|bemerken|auffallt|auffallen|sieht|sehen|fragt|fragen|pruft|prufen',
    'damit|sodass ~6 niemand|nicht|keiner|keine ~4 merkt|merken|erfahrt|erfahren|weiss|wissen|auffallt|auffallen|sieht|sehen|mitbekommt|bemerkt|fragt|pruft|verdacht',
    'unter ~1 dem ~1 radar',
    'unbemerkt|unentdeckt|unauffallig|unerkannt',
    'ohne ~3 aufzufallen|aufsehen|verdacht|spuren',
    'nicht ~2 auffallt|auffallen|auffallig',
    'kein|keinen ~2 aufsehen|verdacht|alarm',
    'niemand ~3 merkt|erfahrt|weiss|sieht|mitbekommt|bemerkt',
    // FR
    // "sans que l'université ni l'agence de financement ne s'en aperçoivent": the subject may be a list of overseers.
    'sans ~1 que ~10 sache|sachent|sachiez|remarque|remarquent|decouvre|decouvrent|voie|voient|apercoive|apercoivent|aperc*|rende|rendent|demande|demandent|controle|verifie',
    'pour|afin ~1 que|qu ~6 personne|ne|rien|aucun ~4 sache|sachent|remarque|remarquent|voie|voient|decouvre|decouvrent|apercoive|aperc*|doute|soupconne|verifie|controle',
    'a ~1 l ~1 insu',
    'inapercu|inapercue|inapercus|discretement',
    'la|le ~1 plus ~1 discrete|discret|discrets|discretes|invisible',
    'la|le ~1 moins ~1 visible|visibles|voyant|voyante|reperable|tracable|detectable',
    'least|less ~1 visible|conspicuous|noticeable|traceable|detectable|obvious',
    'valt|vallen ~2 minder ~1 op',
    'minder ~1 opvalt|opvallen|opvallend|zichtbaar|traceerbaar',
    'fallt|fallen ~2 weniger ~1 auf',
    'weniger ~1 auffallt|auffallen|auffallig|sichtbar|nachvollziehbar',
    'most ~1 discreet|inconspicuous|invisible',
    'am ~1 unauffalligsten|diskretesten',
    'moglichst ~1 unauffallig|diskret|spurlos|unsichtbar|leise',
    'zo ~1 onopvallend|onopgemerkt|ongemerkt|discreet|onzichtbaar ~1 mogelijk',
    'spurlos|traceless|sans ~1 laisser ~1 de ~1 traces',
    'sans ~3 attirer|eveiller|eveille|eviter|lever|soulever ~2 attention|soupcon|soupcons|regard|regards|questions|alerte|doutes',
    'sans ~2 se ~2 faire ~2 remarquer|reperer|prendre|attraper|controler',
    'sous ~1 le ~1 radar',
    'personne ~3 ne ~3 sache|remarque|voie|decouvre|apercoive',
  ],
  // Getting round a rule or a check.
  'circumvent-verb': [
    'evade|evades|evading|evaded|dodge|dodges|dodging|dodged|bypass|bypasses|bypassing|bypassed|circumvent|circumvents|circumventing|circumvented|sidestep|sidesteps|sidestepping|skirt|skirting|sneak|sneaking|smuggle|smuggling|outsmart|outwit|outmanoeuvre|outmaneuver|fool|fooling|deceive|deceiving|mislead',
    'get|getting|go|going|work|working|find|finding|way ~1 around|round|past',
    'get|getting|got ~2 away ~1 with',
    'slip|slipping|sneak|sneaking|squeeze|smuggle ~4 through|past|by|around|across|into|out',
    'loophole|loopholes|backdoor|workaround|workarounds|grey|gray ~1 zone|area',
    // NL
    'omzeil|omzeilen|omzeilt|omzeild|ontduik|ontduiken|ontdoken|ontwijk|ontwijken|ontweken|smokkel|smokkelen|gesmokkeld|misleid|misleiden|bedriegen|foppen|sluiproute|sluipweg|achterdeur|achterdeurtje|mazen|maas',
    'om ~2 regels|wet|controle|toets|screening ~1 heen',
    'er ~1 omheen|onderuit',
    'om ~1 de ~1 tuin',
    // DE
    '*schmuggel*',
    'umgeh|umgehen|umgehe|umgeht|umgangen|umgehung|ausweich*|austrick*|schmuggel*|tausch|tauschen|hintergehen|hintergeh|uberlisten|ausmanovrieren|schlupfloch|schlupflocher|hintertur|grauzone',
    'herum|drumherum|vorbei ~1 kommen|kommt|zukommen|schleusen',
    'hinters ~1 licht',
    // FR
    'contourn*|esquiv*|dejouer|frauder|fraude|tromper|trompe|berner|duper|enfumer|echapp*|faille|failles|contrebande|umschiff*|aushebel*|unterlaufen|omzeil*|ontduik*|ontwijk*',
    'passer ~1 outre',
    'passer ~3 entre ~2 mailles',
    'se ~1 soustraire',
  ],
  // Weaker: staying out of scope of a rule, which is legitimate when it is a real exemption.
  'avoid-verb': [
    'avoid|avoids|avoiding|escape|escapes|escaping|skip|skips|skipping|circumvention|evasion|ignore|ignoring|disregard|disregarding|sidestepped',
    'get|getting|stay|staying|keep|keeping|opt ~1 out ~1 of',
    'not|no|never|without ~2 need|needing|have|having|require|requiring|trigger|triggering|apply|applying|fall|falling|go|going|count|counting ~2 to|for|under|within|through|as',
    'fall|falls|falling|stay|stays|staying|remain|remains|remaining|keep|keeps|keeping ~2 outside|out|beyond',
    'vermijd|vermijden|vermeden|ontkom|ontkomen|ontsnap|ontsnappen|overslaan|negeren|ontlopen',
    'buiten ~2 vallen|valt|blijven|blijft',
    'niet ~2 nodig|hoeven|vallen',
    'vermeid|vermeiden|vermieden|entgehen|entkommen|uberspringen|ignorieren|herumkommen|drumherumkommen',
    'nicht ~2 notig|brauchen|fallen|unterliegen',
    'eviter|evite|evitant|echapper|echappe|sauter|ignorer|soustraire',
    'pas ~1 besoin',
    'sans ~1 avoir ~1 a',
    'ne ~3 pas ~2 tomber|relever|soumis',
  ],
  // The rules, licences and checks one might evade.
  control: [
    'over|above|exceed|exceeds|exceeding|boven|uber|uberschreitet|depasse|dessus|more ~4 gets|get|is|are|must|wordt|worden|muss|wird|doit|sera ~2 reported|screened|notified|flagged|checked|reviewed|gemeld|gemeldet|gepruft|declare|declares|signale|controle',
    'sous ~1 controle',
    'export|exports|exporting ~1 control|controls|controlled|rule|rules|regulation|regulations|law|laws|restriction|restrictions|ban|licence|license|licensing|authorisation|authorization|regime',
    'licence|license|licences|licenses|licensing|licensed|permit|permits|authorisation|authorization|authorisations|authorizations|approval|approvals|clearance|clearances|exemption|waiver',
    'screening|screenings|vetting|vet|check|checks|checking|background|review|reviews|scrutiny|audit|audits|auditing|inspection|inspections|assessment|assessments|oversight|monitoring|investigation|control|controls|controlled',
    'due ~1 diligence',
    'sanction|sanctions|sanctioned|embargo|embargoes|embargoed|blacklist|blacklisted|denylist|restricted|prohibited',
    'entity|denied|unverified|military ~1 list|persons|end',
    'itar|ear|atas|ofac|ofsi|bis|bafa|ecju|nspm|chips|cfius|fiirs|fits|zrr|ppst',
    'dual ~1 use',
    'rule|rules|regulation|regulations|law|laws|legislation|restriction|restrictions|requirement|requirements|obligation|obligations|policy|policies|procedure|procedures|process|paperwork|red ~1 tape|bureaucracy|formalities',
    'threshold|thresholds|limit|limits|ceiling|cap|minimum|maximum',
    'notification|notifications|notify|reporting|disclosure|disclosures|declaration|declarations|registration|register',
    'customs|border|visa|immigration|security|compliance|ethics|integrity',
    'knowledge ~1 security|safety',
    'research ~1 security|integrity',
    // NL
    'exportcontrole|exportcontroles|exportvergunning|exportvergunningen|vergunning|vergunningen|toestemming|screening|screeningswet|controle|controles|toetsing|toets|beoordeling|sanctie|sancties|embargo|regels|regel|wet|wetgeving|meldplicht|drempel|drempelwaarde|grens|douane|kennisveiligheidstoets|kennisveiligheid|verplichting|verplichtingen',
    '*vergunning*',
    '*controle*',
    'investeringstoets|veiligheidstoets|screeningstoets|investitionsprufung',
    // DE
    'exportkontrolle|exportkontrollen|ausfuhrkontrolle|ausfuhrgenehmigung|genehmigung|genehmigungen|lizenz|lizenzen|prufung|uberprufung|kontrolle|kontrollen|sanktion|sanktionen|embargo|vorschrift|vorschriften|regel|regeln|gesetz|gesetze|meldepflicht|schwelle|schwellenwert|grenzwert|anzeigepflicht|sicherheitsprufung|zoll|auflagen|pflicht|pflichten',
    '*genehmigung*',
    '*kontrolle*',
    '*prufung*',
    '*pflicht*',
    // FR
    'controle|controles|licence|licences|autorisation|autorisations|permis|verification|verifications|filtrage|examen|evaluation|evaluations|agrement|sanction|sanctions|embargo|regle|regles|reglementation|loi|lois|obligation|obligations|seuil|seuils|declaration|notification|douane|douanes|procedure|procedures|exigences|restrictions',
  ],
  // Splitting, routing and relabelling so that a rule does not apply.
  structure: [
    'split|splitting|divide|dividing|chop|chopping|slice|slicing|stagger|staggering|fragment|fragmenting ~3 the|a|an|my|our|it|this|them|that ~3 shipment|shipments|order|orders|payment|payments|donation|donations|gift|grant|funding|invoice|invoices|contract|contracts|delivery|transfer|transfers|transaction|transactions|consignment|code|file|files|data|dataset|investment|amount|sum|money|software|archive',
    'split|splitting|divide|dividing|chop|chopping|slice|slicing|fragment|fragmenting|spread ~4 into|up|across|over ~3 several|multiple|smaller|two|three|four|parts|pieces|batches|tranches|payments|shipments|invoices|contracts|chunks|archives|gists|files|repos',
    'structuring',
    'break|breaking|spread|spreading|carve|carving|parcel|parcelling ~2 up|down|into|out|over|across',
    'smaller|several|multiple|separate|many ~2 parts|pieces|amounts|batches|shipments|payments|tranches|chunks|invoices|transfers|contracts|orders|consignments|parcels|packages|deliveries|instalments|installments|grants',
    'in ~1 parts|pieces|instalments|installments|batches|tranches|chunks|portions',
    'piecemeal|salami',
    'opknippen|opsplitsen|opdelen|aufteilen|aufsplitten|aufspalten|stuckeln|zerstuckeln|fractionner|scinder|saucissonner|morceler|decouper',
    'knip|knippen|splits|splitsen|deel|delen|teile|teilen|splitte|splitten|spalte|spalten ~4 op|auf',
    'losse|aparte|afzonderlijke|getrennte|getrennten|separate|einzelne|einzelnen|separes|separees|distincts|distinctes ~2 contracten|bezoeken|bezoekjes|zendingen|betalingen|facturen|vertrage|vertragen|besuche|besuchen|aufenthalte|lieferungen|zahlungen|rechnungen|contrats|visites|sejours|envois|paiements|factures|bvs|gmbhs|entiteiten|einheiten|entites',
    'onder|unter|sous|beneden|unterhalb ~4 blijven|blijft|uitkomen|uitkomt|houden|bleiben|bleibt|halten|rester|reste|passer|maintenir',
    'blijven|blijft|bleiben|bleibt|rester|reste ~3 onder|unter|sous|beneden|unterhalb',
    'just|right|slightly|barely ~2 under|below|beneath|short',
    'keep|keeping|stay|staying|remain|remaining|hold|holding|bring|bringing ~4 under|below|beneath',
    'under|below|beneath ~2 the ~2 threshold|thresholds|limit|limits|ceiling|radar',
    'through|via|using ~3 intermediary|intermediaries|middleman|middlemen|proxy|proxies|front|shell|subsidiary|third|another|different|friend|relative|relatives|wife|husband|partner|colleague|student|nominee|straw|cutout',
    'two|three|four|five|several|twee|drie|vier|zwei|drei|deux|trois|quatre|plusieurs|mehrere|meerdere ~2 gifts|payments|donations|stakes|tranches|parts|transfers|invoices|contracts|shipments|instalments|installments|amounts|companies|entities|foundations|giften|betalingen|donaties|delen|spenden|zahlungen|anteile|tranchen|teile|dons|versements|parts|envois|societes|gesellschaften|firmen|bedrijven|stichtingen|stiftungen',
    'structure|structuring ~2 it|this|the|them|deal|investment|payment|gift|donation ~2 as|into',
    // A subsidiary or a foundation is no structure by itself ("a subsidiary of a sanctioned company", "a donation from a
    // foundation"); routed through one, it is (below).
    '*handelaar*|*handler*|tussenhandelaar|intermediary|intermediaries|middleman|middlemen|nominee|nominees|cutout|cutouts|alias|aliases|pseudonym|subcontract|subcontractor|onderaannemer|unterauftrag|soustraitance|reseller|distributor|distributeur|zwischenhandler',
    'set|setting|create|creating|found|founding|establish|establishing|use|using|oprichten|richten|grunden|nutzen|creer|utiliser ~4 subsidiary|subsidiaries|dochterbedrijf|dochteronderneming|tochtergesellschaft|tochterfirma|filiale|filiales|stiftung|foundation|stichting|fondation',
    'via|through|over|uber|par ~3 company|companies|firm|distributor|distributors|subsidiary|subsidiaries|foundation|trust|agent|reseller|dealer|broker|subcontract|subcontractor|entity|account|bedrijf|firma|societe|entreprise|stiftung|fondation|stichting',
    'another|different|other|andere|anderen|autre ~1 name|names|naam|namen|nom|entity|company',
    'forward|forwards|forwarding|forwarded|reexport|reexports|transship|transit|transiting|onward|doorsturen|doorgestuurd|doorsturen|doorverkopen|weiterleiten|weitergeleitet|weiterverkaufen|transiter|reexpedier|reexporter',
    'route|routing|routed ~4 through|via|over|uber|par',
    'front|shell|straw|letterbox|mailbox ~1 company|companies|firm|firms|man|men|buyer|buyers|entity|organisation|organization',
    'third ~1 country|countries|party|parties',
    'in ~2 name ~1 of',
    'under ~2 someone|somebody|another|different ~1 name|names',
    'personal|private|own|privat|prive|privee|perso|eigen ~1 account|accounts|email|gmail|laptop|device|bank|phone|card|dropbox|drive|cloud|konto|mail|adresse|adres',
    'privat|prive|privately|perso ~2 per|via|over|uber|par|with|met|mit|avec ~2 dropbox|gmail|mail|cloud|whatsapp|signal|telegram|wetransfer|usb',
    'relabel|relabelling|relabeling|rename|renaming|reclassify|reclassifying|recategorise|recategorize|rebrand|rebranding|reword|rewording|rephrase|rephrasing|reframe|reframing',
    'describe|describing|call|calling|label|labelling|labeling|frame|framing|present|presenting|pass|passing|dress|dressing|word|wording|phrase|phrasing|list|listing|classify|classifying|declare|declaring ~3 as|like|off ~1 as',
    // NL
    'opsplitsen|opsplitst|opknippen|opknipt|splitsen|verdelen|spreiden',
    'in ~1 delen|stukken|stukjes|tranches|porties|termijnen',
    'net ~1 onder',
    'onder ~1 de ~1 drempel|grens|drempelwaarde',
    'tussenpersoon|tussenpersonen|stroman|stromannen|brievenbusfirma|dekmantel|tussenpartij|derde|derden',
    'via ~3 derde|ander|andere|tussen|dochter|vriend|familie',
    'op ~1 naam ~1 van',
    'omschrijven|omschrijf|herlabelen|hernoemen|anders ~1 noemen|benoemen|omschrijven|labelen',
    // DE
    'aufteilen|aufteile|aufteilt|aufgeteilt|stuckeln|stuckle|gestuckelt|aufsplitten|aufspalten|verteilen|zerlegen',
    'in ~1 teilen|tranchen|raten|portionen|stucken',
    'knapp ~1 unter|unterhalb',
    'unter ~2 schwelle|schwellenwert|grenze|grenzwert|meldegrenze',
    'strohmann|strohmanner|strohfirma|mittelsmann|mittelsmanner|zwischenhandler|briefkastenfirma|tarnfirma|scheinfirma|dritte|drittland',
    'uber ~3 dritte|drittland|tochter|andere|freund|verwandte',
    'auf ~2 namen',
    'umdeklarieren|umdeklariere|umbenennen|umbenenne|anders ~1 bezeichnen|deklarieren|nennen|darstellen',
    // FR
    'fractionner|fractionne|fractionnant|decouper|decoupe|diviser|divise|echelonner|etaler|repartir',
    'en ~1 plusieurs|petites ~2 fois|tranches|envois|parties|paiements|morceaux|lots',
    'juste ~2 sous|dessous',
    'sous|dessous ~2 seuil|seuils|limite',
    'intermediaire|intermediaires|pays ~1 tiers|prete ~1 nom|societe ~1 ecran|tiers',
    'via ~3 pays|filiale|tiers|ami|proche|intermediaire',
    'au ~1 nom ~1 de',
    'requalifier|requalifie|reclasser|reclasse|renommer|renomme|decrire|presenter|faire ~1 passer ~2 pour|comme',
  ],
  // Falsifying records, descriptions and dates.
  falsify: [
    'falsify|falsifying|falsified|forge|forging|forged|fabricate|fabricating|fabricated|backdate|backdating|backdated|postdate|antedate|misrepresent|misrepresenting|misstate|misstating|mislabel|mislabelling|mislabeling|misclassify|misclassifying|misdeclare|misdeclaring|misdescribe|understate|understating|undervalue|undervaluing|underdeclare|doctoring|doctored|tamper|tampering|fudge|fudging|whitewash',
    'cook|cooking|massage|massaging ~2 books|figures|numbers|records',
    'cover ~1 story|stories',
    'pretext|pretexts|alibi|alibis',
    'lie|lying|lied ~2 to|on|about ~3 @overseer|@disclosure-artefact|@hidden-object|it|this|that',
    'change|changing|alter|altering|edit|editing|modify|modifying|adjust|adjusting|tweak|tweaking|rewrite|rewriting|amend|amending ~3 the|my|our|those|these ~2 date|dates|record|records|minutes|logs|log|entries|timestamps|emails|classification|description',
    // NL
    'vervalsen|vervals|vervalst|vervalste|antidateren|antedateren|verdraaien|liegen|lieg|jokken|sjoemelen|frauderen|manipuleren',
    'nep|valse|vals ~2 verklaring|adres|datum|document|documenten|factuur|eindgebruiker|cv|reden|doel',
    'smoesje|dekmantel',
    // DE
    'falschen|falsche|falscht|gefalscht|gefalschte|ruckdatieren|ruckdatiere|vordatieren|lugen|luge|manipulieren|manipuliere|frisieren|verfalschen',
    'falsche|falschen|gefalschte|erfundene ~2 angabe|angaben|erklarung|adresse|datum|dokumente|rechnung|endnutzer|lebenslauf|grund|zweck',
    'ausrede|tarngeschichte|legende|vorwand',
    // FR
    'falsifier|falsifie|falsifiee|falsification|antidater|antidate|maquiller|maquille|truquer|truque|trafiquer|mentir|bidonner',
    'fausse|fausses|faux ~2 declaration|adresse|date|document|documents|facture|utilisateur|cv|motif|raison|but',
    'pretexte|couverture|alibi',
  ],
  // A fake document or identity named: evasion when the asker makes it, a concern when a partner does.
  'false-thing': [
    'fake|faked|faking|false|bogus|phony|phoney|sham|invented|made|fictitious ~3 record|records|date|dates|document|documents|paperwork|invoice|invoices|declaration|form|end|user|address|affiliation|affiliations|cv|letter|certificate|description|purpose|classification|contract|story|reason|name|identity|signature|data|results|report|minutes|email|emails|log|logs|entries|entry',
  ],
  // Describing a thing as something it is not, so that a rule seems not to apply.
  innocuous: [
    'non|ordinary|normal|personal|private|civilian|civil|generic|harmless|standard|general|routine|basic|fundamental|environmental|commercial|educational|tourist|holiday|vacation|leisure|gift|gifts|sample|samples|spare|unrelated|academic|innocent|benign|informal|social|courtesy|alumni|domestic',
    'gewone|normale|persoonlijke|prive|civiele|civiel|algemene|onschuldige|toeristisch|vakantie|geschenk|cadeau|zivil|zivile|zivilen|ziviles|normal|privat|personliche|allgemeine|harmlose|urlaub|civil|civile|ordinaire|personnel|personnelle|privee|generique|inoffensif|touristique|vacances',
    'unpaid|voluntary|volunteer|onbetaald|onbezoldigd|vrijwillig|vrijwilligerswerk|informeel|informele|unentgeltlich|unentgeltliche|unentgeltlichen|ehrenamtlich|ehrenamtliche|informell|informelle|informellen|benevole|benevolat|informel|informels|simple|simples|banal|banale|banales|harmless|anodin|anodine',
  ],
  'present-verb': [
    'describe|describing|present|presenting|frame|framing|call|calling|label|labelling|labeling|sell|selling|pitch|pitching|position|portray|depict|declare|declaring|list|listing|mark|marking|name|naming|classify|classifying|code|coding|beschrijf|omschrijf|presenteer|noem|stelle|beschreibe|bezeichne|deklariere|kennzeichne|beschrifte|decris|presente|qualifie|etiquette|etiqueter|declarer|presenter|decrire|qualifier|declarer|darstellen|ausgeben|angeben|anzeigen|bezeichnen|omschrijven|voorstellen|opgeven|noemen|aangeven',
  ],
  misdescribe: [
    '@present-verb ~8 as|als|comme ~3 purely|only|just|merely|simply|rein|puur|louter|purement|uniquement|seulement|strictly|solely|@innocuous',
    'say|saying|tell|telling|claim|claiming|state|stating|zeg|zeggen|sage|sagen|behaupte|dis|dire|pretendre|vertel|vertellen|erzahle|erzahlen|raconte|raconter ~4 they|it|its|this|these|that|het|ze|es|sie|c ~3 are|is|re|s|was|zijn|sind|sont|est|sei|seien|ware|soit|serait ~3 @innocuous|just|only|purely|nur|alleen|seulement',
    'just|simply|gewoon|einfach|simplement ~2 say|tell|claim|zeggen|sagen|dire|behaupten ~4 i|im|we|it|its|ik|ich|je|c|het|es ~4 @innocuous|visiting|family|holiday|vacation|personal|tourist|conference|familie|urlaub|vakantie|vacances|privat|prive',
    '@purpose-marker ~3 it|this|that|the|het|es|cela ~2 says|shows|reads|states|looks|zegt|sagt|zeigt|dit|indique',
    '@purpose-marker ~8 they|he|she|customs|border|officials|officers|the|ze|hij|sie|er|ils|il ~4 think|thinks|believe|believes|assume|assumes|denken|denkt|glauben|glaubt|croient|croie|pense|pensent',
    'story|stories|verhaal|geschichte|histoire|explanation|uitleg|erklarung|explication|excuse|smoes|ausrede ~6 tell|say|give|use|vertellen|erzahlen|raconter|dire|zeggen|geven|gebruiken',
    'tell|give|say|vertel|erzahle|erzahlen|raconter|raconte ~6 story|stories|verhaal|geschichte|histoire|explanation|excuse|smoes|ausrede',
    'believable|plausible|convincing|geloofwaardig|glaubwurdig|credible|vraisemblable|coherent|consistent|watertight|airtight|sluitend|sluitende|waterdicht|waterdichte|stimmig|stimmige|stimmigen|wasserdicht|wasserdichte|coherente|solide ~4 story|explanation|reason|excuse|verhaal|uitleg|reden|geschichte|erklarung|grund|histoire|explication|raison',
    'pretend|pretending|pretends ~3 that|it|its|this|we|i|they|he|she',
    'claim|claiming|say|saying|tell|telling|state|stating|describe|describing|present|presenting|call|calling|label|labelling|frame|framing ~4 it|its|this|that|the|our|my ~3 only|just|purely|solely|merely|simply ~3 civilian|academic|basic|fundamental|harmless|personal|private|commercial|educational|peaceful|tourism|tourist|holiday|vacation|leisure',
    'as|like ~1 a ~1 tourist|holiday|vacation|leisure|personal|private ~1 trip|visit|stay|travel',
    'doen|voordoen ~2 alsof',
    'so ~1 tun ~2 als ~1 ob',
    'faire ~2 croire|semblant',
  ],
  // Destroying or altering records before someone looks.
  'destroy-records': [
    'delete|deleting|deleted|erase|erasing|wipe|wiping|shred|shredding|destroy|destroying|purge|purging|scrub|scrubbing|remove|removing|clean|cleaning|clear|clearing|burn|burning|dispose|disposing|trash ~5 email|emails|mail|mails|messages|message|chats|chat|records|record|logs|log|files|file|evidence|correspondence|history|documents|document|traces|trace|trail|notes|minutes|data|drafts|texts|whatsapp|wechat|signal|version|versions|ticket|tickets|entry|entries|attachment|attachments',
    'get ~1 rid ~1 of',
    'email|emails|mails|messages|chats|records|logs|files|evidence|correspondence|history|documents|notes|drafts|berichten|bestanden|documenten|nachrichten|dateien|dokumente|courriels|echanges|fichiers|*mail*|*chat*|*verlauf* ~6 delete|deleted|erase|erased|wipe|wiped|shred|destroy|purge|remove|weggooien|verwijderen|wissen|vernietigen|loschen|vernichten|supprimer|effacer|detruire|disappear|verdwijnen|verschwinden|disparaitre',
    'verwijder|verwijderen|wissen|wis|vernietigen|vernietig|versnipperen|opschonen|weggooien ~5 mails|mail|berichten|dossier|bestanden|documenten|sporen|logs|gegevens|administratie|correspondentie|*mail*|*chat*|versie|versies|ticket|melding|bijlage|geschiedenis',
    'loschen|losche|loscht|vernichten|vernichte|schreddern|beseitigen|entfernen ~5 mails|nachrichten|akten|dateien|dokumente|spuren|protokolle|daten|unterlagen|korrespondenz|*mail*|*chat*|*verlauf*|version|fassung|ticket|eintrag|eintrage|anhang|historie',
    'supprimer|supprime|supprimes|effacer|efface|effaces|detruire|detruis|detruit|broyer|nettoyer|disparaitre ~5 mails|courriels|messages|dossiers|fichiers|documents|traces|journaux|donnees|correspondance|preuves|cahier|cahiers|echanges|conversations|historique|historiques|version|versions|ticket|tickets|entree|entrees|piece|pieces',
  ],
  // An inquiry, audit or investigation that is coming.
  inquiry: [
    'foi|foia|woo|wob|informatieverzoek|ifg|cada|subpoena|subpoenas',
    'freedom ~2 information',
    'hand|hands|turn|give ~2 over',
    'before|voor|vor|bevor|avant|ahead ~4 they|we|he|she|someone|anyone|it|the|de|die|der|la|le ~3 see|check|look|find|ask|come|hand|start|starts|begin|begins|arrive|arrives|beginnt|begint|commence|kijkt|kijken|pruft|schaut',
    'inquiry|inquiries|enquiry|investigation|investigations|investigate|investigating|investigated|audit|audits|auditors|inspection|inspections|inspector|inspectors|probe|raid|tribunal|prosecutor|prosecution|lawsuit|litigation',
    'before|ahead ~3 they|he|she|anyone|somebody|someone ~3 see|sees|check|checks|look|looks|find|finds|ask|asks|arrive|arrives|come|comes',
    'audit|inspectie|verhoor|rechtszaak|ermittlung|ermittlungen|untersuchung|durchsuchung|enquete|perquisition|proces',
    '*onderzoek*|*untersuchung*|*enquete*',
  ],
  // Moving things and data across borders or to others.
  transfer: [
    'ship|shipping|shipped|shipment|shipments|send|sending|sent|export|exporting|exported|take|taking|carry|carrying|bring|bringing|transfer|transferring|move|moving|deliver|delivering|mail|mailing|post|posting|courier|upload|uploading|share|sharing|hand|handing|get|getting|smuggle|smuggling|supply|supplying|sell|selling|provide|providing|give|giving|email|emailing|fly|flying|travel|travelling|traveling|import|importing|transport|transporting',
    'verschepen|sturen|versturen|verzenden|exporteren|meenemen|meebrengen|overdragen|leveren|uploaden|delen|verkopen|geven|vervoeren|importeren',
    'versenden|verschicken|schicken|senden|exportieren|ausfuhren|mitnehmen|ubertragen|ubergeben|liefern|hochladen|teilen|verkaufen|transportieren|einfuhren',
    'expedier|envoyer|exporter|emporter|apporter|transferer|livrer|partager|vendre|donner|transporter|importer|televerser',
    'show|showing|teach|teaching|train|training|explain|explaining|demonstrate|demonstrating|tonen|uitleggen|leren|onderwijzen|trainen|zeigen|lehren|erklaren|schulen|vorfuhren|montrer|former|enseigner|expliquer|presenter',
  ],
  // Controlled goods, technology and data.
  'controlled-item': [
    'controlled|listed|sensitive|restricted|military|dual|itar|ear ~3 item|items|goods|technology|technologies|tech|equipment|software|data|code|material|materials|samples|components|chips|parts|information|designs',
    'dual ~1 use',
    'export ~1 controlled',
    'chips|chip|semiconductors|semiconductor|gpus|gpu|sensors|sensor|lasers|laser|drones|drone|uav|uavs|centrifuge|centrifuges|pathogen|pathogens|virus|viruses|toxin|toxins|precursor|precursors|isotopes|isotope|uranium|plutonium|encryption|cryptography|quantum|missile|missiles|firearms|weapons|weapon|munitions|explosives|satellite|satellites|prototype|prototypes|samples|sample|strains|strain|cultures|reagents|chemicals|agents|components|blueprints|schematics|designs|specifications',
    'source ~1 code',
    'technical ~1 data|drawings|documentation|specifications',
    'design ~1 files|documents|drawings',
    'gevoelige|gecontroleerde ~2 technologie|goederen|gegevens|software|materialen|monsters',
    'monsters|technologie|goederen|halfgeleiders|chips',
    'kontrollierte|sensible|gelistete ~2 technologie|guter|daten|software|materialien|proben',
    '*kontrolliert*',
    '*gecontroleerd*',
    'guter|proben|halbleiter|technologie|bauplane',
    'biens|technologie|technologies|echantillons|semiconducteurs|puces|logiciel|donnees ~2 sensibles|controles|double|militaires',
    'double ~1 usage',
    'sous ~1 controle',
    'soumis|soumise|soumises ~2 a ~2 licence|autorisation|controle',
  ],
  'without-licence': [
    'without|no|unlicensed|unlicenced|undeclared|unauthorised|unauthorized|sans|zonder|ohne ~3 licence|license|licences|licenses|licensing|permit|permits|authorisation|authorization|approval|permission|declaration|declaring|paperwork|clearance|vergunning|toestemming|genehmigung|lizenz|ausfuhrgenehmigung|licence|autorisation|declaration',
    'unlicensed|unlicenced|undeclared|unauthorised|unauthorized|unreported|unregistered',
    'without|zonder|ohne|sans ~3 applying|application|request|requesting|demande|demander|aanvraag|aanvragen|antrag|beantragen|asking',
    'not|never|without ~2 licen*|declar*|apply|applying|asking|ask|register|registering',
  ],
  neg: [
    'not|never|no|nobody|noone|nothing|none|neither|nor|nowhere|without|hardly|niet|geen|nooit|niemand|niets|nergens|noch|zonder|nicht|kein|keine|keinen|keiner|nie|niemals|niemand|nichts|nirgends|weder|ohne|ne|n|pas|jamais|personne|rien|aucun|aucune|sans|ni',
    'no ~1 one',
  ],
  // Being seen, found, flagged or showing up: what a concealer wants not to happen.
  perceive: [
    'see|sees|seen|saw|seeing|show|shows|showing|shown|appear|appears|appearing|visible|notice|notices|noticed|noticing|find|finds|found|detect|detects|detected|flag|flags|flagged|recognise|recognises|recognised|recognize|recognizes|recognized|catch|catches|caught|discover|discovers|discovered|spot|spots|spotted|trace|traced|realise|realises|realize|realizes|suspect|suspects',
    'zien|ziet|gezien|zag|verschijnen|verschijnt|opvallen|opvalt|valt|merken|merkt|gemerkt|vinden|vindt|gevonden|ontdekken|ontdekt|weten|weet|terechtkomen|terechtkomt|komt|komen|staan|staat|opduiken|opduikt|herkennen|herkent|herkend|signaleren|gesignaleerd|zichtbaar|checken|checkt|controleren|controleert|doorhebben|doorheeft|opgemerkt|achterhalen',
    'kommt|kommen|aufkommt|auffliegt|auffliegen|rauskommt|herauskommt|sprache|erscheinen|erscheint|auftauchen|auftaucht|auffallen|auffallt|aufgefallen|merken|merkt|bemerkt|finden|findet|gefunden|entdecken|entdeckt|erfahren|erfahrt|wissen|weiss|erkennen|erkennt|erkannt|mitbekommen|mitbekommt|sichtbar|stehen|steht|landen|landet|prufen|pruft|kontrollieren|kontrolliert|ausgelost|auslost|melden|meldet',
    'voir|voie|voient|vu|vue|vus|vues|apparaitre|apparaisse|apparaissent|apparait|remarquer|remarque|remarquent|trouver|trouve|trouvent|decouvrir|decouvre|decouvrent|savoir|sache|sachent|reconnaitre|reconnaisse|reconnaissent|reconnu|detecter|detecte|detectent|signale|signalee|signaler|reperer|repere|figurer|figure|ressortir|ressorte|verifier|verifie|controler|controle|apercevoir|apercoive',
    'ask|asks|asking|pose|posent|poser|stellen|stelt|stellt ~2 questions|vragen|fragen',
    'show ~1 up',
    'turn ~1 up',
    // "…so it doesn't end up in the report": a record; ending up in a country is diversion (lexicon-cues, protective).
    'end ~1 up ~3 @disclosure-artefact|files|file|system|systems|logs|log|minutes|database|inbox|mailbox|email|emails|news|press|papers',
    'pick ~1 up',
    'come ~1 up',
  ],
  // The rule applying or being needed: what the structurer wants not to happen.
  'rule-applies': [
    'reached|exceeded|crossed|hit|bereikt|overschreden|erreicht|uberschritten|atteint|depasse|depassee|kicks|applies',
    'required|require|requires|needed|need|needs|necessary|apply|applies|applicable|triggered|trigger|triggers|classified|classify|categorised|categorized|counted|count|counts|considered|qualify|qualifies|subject|caught|covered|listed|controlled|flagged|reportable|notifiable|slowed|delayed',
    'nodig|vereist|toepassing|valt|vallen|geldt|gelden|getriggerd|geclassificeerd|aangemerkt|gezien|gemeld|meldplichtig',
    'notig|erforderlich|braucht|brauchen|gilt|gelten|ausgelost|eingestuft|fallt|fallen|unterliegt|meldepflichtig|genehmigungspflichtig',
    'besoin|necessaire|requis|requise|applique|applicable|declenche|considere|classe|qualifie|soumis|soumise|concerne',
  ],
  'purpose-marker': [
    'so|zodat|opdat|damit|sodass|lest',
    'so|zo|such ~1 that|dat|dass',
    'in ~1 order ~1 that|to',
    'zorg|zorgen|zorgt|sorge|sorgen|sorgt ~2 dat|dass|ervoor|dafur',
    'pour|afin|sorte ~1 que|qu',
    'make|making|ensure|ensuring ~1 sure|certain|that',
    // "…vague enough that the screening is not needed": a result aimed at.
    'enough|genoeg|genug ~1 that|dat|dass',
    'assez|suffisamment ~2 pour ~1 que|qu',
  ],
  // "Would anyone ever check?": probing the odds of being caught.
  'probe-detection': [
    'who|anyone|anybody ~2 would|will|could|is|going ~2 know|notice|find|see|check|care|spot|tell',
    'would|will|do|does|did|could|can|is|are ~5 ever|actually|really|even|likely|going ~3 see|notice|check|checks|find|know|detect|catch|verify|look|looks|audit|compare|cross|match|spot',
    'chance|chances|odds|likely|likelihood|probability|risk|kans|kansen|wahrscheinlich|wahrscheinlichkeit|chance|risque|probabilite ~6 check|checks|checked|notice|find|finds|detect|catch|caught|merken|checken|controleren|prufen|kontrollieren|verifier|remarquer|ontdekken|entdecken|decouvrir|nagaan',
    'only ~2 check|checks|look|looks ~3 what|at',
    'never|rarely|seldom|nie|niemals|nooit|zelden|jamais|rarement ~3 check|checks|look|looks|controleren|kontrollieren|verifient|verifie',
  ],
  'make-look-like': [
    'make|makes|making|get|getting ~5 look|looks|seem|seems|appear|appears|sound|sounds ~3 like|as|if|aged|old|older|original|official|legitimate|civilian|innocent|harmless|routine|fundamental|academic',
    '@purpose-marker ~8 look|looks|seem|seems|appear|appears|lijkt|lijken|uitziet|aussieht|aussehen|wirkt|ressemble|ressemblent|paraisse|semble ~4 like|as|op|wie|als|comme|a|fundamental|civilian|basic|academic|routine|innocent|harmless|fondamentale|fondamental|grundlagenforschung|fundamenteel|ziviler|civil|civiele',
    'doen ~2 lijken|voorkomen',
    '@purpose-marker ~8 op|als|wie|like|comme ~4 lijkt|lijken|uitziet|aussieht|aussehen|wirkt|ressemble|ressemblent',
    'faire ~2 passer|croire|semblant',
    'pass|passing|passes ~1 off',
  ],
  // Giving only part of a document so the rest is not seen.
  'partial-disclosure': [
    'only|just|alleen|nur|seulement ~4 page|pages|part|parts|first|summary|excerpt|portion|section|pagina|deel|seite|teil|auszug|partie|extrait ~8 not|without|niet|zonder|nicht|ohne|pas|sans ~3 full|whole|entire|complete|rest|remaining|volledige|hele|rest|ganzen|vollstandigen|rest|complet|entier|reste',
  ],
  'detection-concern': [
    '@overseer ~3 would|will|might|could|may|zou|zal|kan|wurde|wird|konnte|pourrait|va ~2 @perceive',
    // "Si j'omets mes séjours, est-ce que ça se voit ?", "would it show?", "valt dat op?", "fällt das auf?".
    'ca|cela ~1 se ~1 voit|verrait|remarque|remarquerait',
    'would|will|does ~1 it|that ~1 show|stand',
    'valt|zou ~2 dat|het ~2 op|opvallen',
    'fallt|wurde ~2 das|es ~2 auf|auffallen',
  ],
  'avoid-rule-purpose': ['@purpose-marker ~10 @neg ~5 @rule-applies'],
  'restricted-destination': [
    'russia|russian|russians|russische|russischen|russe|russes|rusland|russland|iran|iranian|iranien|iranienne|iraanse|iranische|iranischen|belarus|belarusian|belarussian|bielorusse|weissrussland|witrusland|syria|syrian|cuba|crimea|krim|crimee|donbas|korea|dprk|pyongyang|sanctioned|gesanctioneerd|sanktioniert|sanktionierten|sanctionne|embargoed|embargo',
  ],
  // "Technically not an export, right?": looking for the formality that lets it through.
  technicality: [
    'technically|formally|officially|strictly|nominally|technisch|formeel|officieel|formell|offiziell|techniquement|formellement|officiellement ~5 not|no|niet|geen|nicht|kein|keine|pas|ne',
    'on ~1 paper',
    'technically|formally|officially|nominally|technisch|formeel|formell|techniquement ~4 held|owned|belongs|registered|mine|his|hers',
    'technically|formally|officially|nominally|technisch|formeel|formell|techniquement ~4 in|under|op|auf|au ~2 name|naam|namen|nom',
    'not ~2 an|a ~1 official|formal|real ~1 visit|export|transfer|trip|partner|collaboration|delegation|exchange',
  ],
  // Answering "none" where the true answer is something.
  'deny-on-form': [
    'put|write|enter|answer|say|tick|fill|state|mark|check|invullen|schrijven|zetten|antworten|eintragen|ankreuzen|mettre|ecrire|repondre|cocher ~3 none|no|nothing|nee|geen|niets|nein|keine|nichts|aucun|aucune|rien|non',
  ],
  // "That works, right?": asking to be told a plan will pass.
  'seek-assurance': [
    'that|this|it|dat|dit|das|ca|cela ~2 works|work|ok|okay|fine|enough|correct|werkt|klopt|funktioniert|reicht|marche|suffit ~2 right|toch|oder|non|hein|yes|ja|oui',
    'will|would ~4 @overseer|courier|carrier|shipper|koerier|kurier|transporteur ~3 take|accept|notice|check|find|spot|let|stop|open|inspect|accepteren|nehmen|akzeptieren|accepter',
  ],
  // Lying to an overseer: telling customs, the desk or a funder something that is not so.
  'mislead-overseer': [
    '@overseer ~8 @misdescribe|@relabel',
    '@misdescribe|@relabel ~8 @overseer',
    '@present-verb ~8 @overseer ~6 as|als|comme ~3 purely|only|just|merely|simply|rein|puur|louter|purement|uniquement|seulement|strictly|solely|@innocuous',
  ],
  // Calling a visit or a trip something it is not.
  relabel: [
    'call|calling|label|labelling|labeling|declare|declaring|register|registering|book|booking|present|presenting|frame|framing|pass|log|logging|deklarieren|deklariere|bezeichnen|buchen|noemen|boeken|aanmelden|presenteren|declarer|presenter|appeler|enregistrer|reserver ~4 as|als|comme|like ~3 informal|private|personal|social|spontaneous|unofficial|holiday|vacation|leisure|tourist|tourism|coffee|dinner|lunch|courtesy|urlaub|vakantie|vacances|prive|privat|privee|spontanen|spontaan|spontane|informeel|informell|informelle|informellen|tourisme|toerisme|conge',
    'call|calling ~2 it|this|that ~2 a|an ~1 informal|private|personal|social|spontaneous|unofficial|courtesy|coffee|holiday',
  ],
  'true-source': [
    'actual|actually|real|really|true|truly|eigenlijk|eigenlijke|werkelijk|werkelijke|echt|echte|tatsachlich|tatsachliche|eigentlich|eigentliche|wirklich|wirkliche|vraiment|reellement|veritable|realite ~3 paid|pays|funded|funds|funder|funders|source|owner|owners|behind|financed|financier|betaalt|betaald|bezahlt|finanziert|geldgeber|paie|paye|finance|financeur|origine|herkunft|herkomst|buyer|customer|recipient|client|user|users|end|afnemer|klant|ontvanger|gebruiker|abnehmer|kunde|empfanger|nutzer|destinataire|utilisateur|acheteur|purpose|use|doel|zweck|but|usage',
    'actually|really|eigenlijk|tatsachlich|eigentlich|realite|vraiment ~4 @hidden-object|army|military|militair|militaire|militar|armee|leger|defence|defense|defensie|verteidigung|weapons|wapens|waffen|armes',
    'although|though|whereas|obwohl|terwijl|hoewel|alors|bien ~10 military|army|defence|defense|militair|militaire|militar|armee|leger|defensie|armes|weapons|*militar*|*militair*|*defensie*|*rustung*|*armee*',
  ],
  'false-statement': [
    '@true-source ~15 @disclosure-artefact|@overseer',
    '@disclosure-artefact|@overseer ~15 @true-source',
  ],
  'despite-control': [
    'despite|notwithstanding|regardless|ondanks|trotz|malgre|ungeachtet ~4 @control|exclusion|excluded|ban|banned|uitsluiting|ausschluss|ausgeschlossen|exclu|exclue|interdiction|list',
  ],
  // Going past an office or a committee instead of through it.
  'bypass-overseer': [
    'without|zonder|ohne|sans ~3 going|passing|langs|via|through|over|passer|durch|uber|vorbei|consulting|asking|involving|telling|informing|raadplegen|vragen|fragen|consulter|demander ~4 @overseer',
    '@overseer ~1 vorbei',
    'around|past|round ~3 @overseer',
    'am ~4 vorbei',
    'an ~4 @overseer|@control ~2 vorbei',
    'langs ~4 @overseer|@control ~2 heen',
    'let|lets|letting|laat|lasst|laisse ~3 through|door|durch|passer',
  ],
  // "Does the university really need to know?": asking whether an overseer can be left uninformed.
  'needs-to-know': [
    '@overseer ~5 need|needs|have|has|must|moet|moeten|hoeft|hoeven|muss|mussen|braucht|besoin|doit|doivent ~4 know|knowing|weten|erfahren|wissen|savoir|horen|see|zien|sehen|voir',
    'need|needs|have|has|must|moet|moeten|hoeft|hoeven|muss|mussen|braucht|besoin|doit ~3 @overseer ~4 know|weten|erfahren|wissen|savoir',
  ],
  // An overseer that could object or block, left out of it.
  'without-obstruction': [
    'without|zonder|ohne|sans ~4 @overseer ~5 difficult|problem|problems|trouble|block|blocks|blocking|blocked|stop|stops|object|objects|notice|moeilijk|problemen|blokkeert|tegenhoudt|blockiert|blockieren|stoppt|bloque|bloquer|arrete|bloquent',
  ],
  // Getting a person or a thing through a check that would stop it.
  'get-through': [
    'get|getting|kriege|kriegen|krijg|krijgen|bekomme|bekommen|faire|fais ~4 him|her|them|it|ihn|sie|es|hem|haar|ze|le|la|les|this|that ~3 through|past|durch|door|passer ~3 @control|@overseer',
  ],
  // The check is slow, so do it first and ask later.
  'impatience-bypass': [
    '@overseer|@control ~8 slow|forever|ewig|langsam|traag|lent|lente|ages ~15 meantime|alvast|vorab|vooraf|schon|attendant|provisoirement|already|now|nu|jetzt|maintenant|first|eerst|zuerst|dabord',
  ],
  // Looking for the weak spot in a check: what is not checked, which route is least strict.
  'probe-weakness': [
    'weakest|weak|weakness|weaknesses|gap|gaps|blind|hole|holes|least|laxest|lax|lenient|loosest|zwakste|zwakke|lek|lekken|schwachste|schwachstelle|lucke|lucken|faible|faiblesse|faille|failles|laxiste ~4 @control|@overseer|spot|spots|point|points|link|country|countries|route|routes|check|checks|controle|kontrolle|plek|stelle|endroit|pays|land|lander|landen',
    'what|which|wat|welke|was|welche|que|quels|quelles ~3 do|does|will|would ~3 not|never ~2 check|checks|look|verify|inspect|ask|controleren|prufen|kontrollieren|verifier',
    'least|minst|am ~1 wenigsten|moins ~3 likely|chance|strict|strenge|streng|strikt|checked|controlled|scrutinised|gecontroleerd|kontrolliert|controle',
    // The verb first: "welke landen controleren het minst", "welche Länder kontrollieren am wenigsten".
    'check|checks|control|controls|controleren|controleert|kontrollieren|kontrolliert|prufen|pruft|controlent|controle|verifient ~3 least|minst|wenigsten|moins',
  ],
  // Saying as little as possible on a disclosure.
  'minimise-disclosure': [
    'minimum|least|little|minimal|bare|zo ~1 min|weinig|so ~1 wenig|wenigste|moins|peu ~6 disclose|declare|tell|report|mention|reveal|share|say|write|put|fill|enter|list|state|include|melden|vermelden|vertellen|invullen|opgeven|zetten|angeben|erwahnen|offenlegen|eintragen|ausfullen|declarer|mentionner|dire|reveler|indiquer|inscrire|remplir|mettre',
    'vague|vaguely|vaag|vage|ambiguous|ambigu|mehrdeutig|generic|generiek|general|algemeen|allgemein|broad|neutral|neutraal|neutre|fuzzy|wolkig ~6 wording|terms|description|title|formulation|formulering|omschrijving|beschreibung|formulierung|titre|description|phrase|phrasing|words|woorden|worter|mots|@disclosure-artefact',
    'word|phrase|describe|formulate|keep|formuleer|omschrijf|formuliere|beschreibe|formuler|decrire|rediger ~5 vague|vaguely|vaag|vage|general|generic|broad|algemeen|allgemein|ambiguous|neutral',
  ],
  // Going past the people whose sign-off is needed.
  'without-approval': [
    'without|zonder|ohne|sans ~4 @overseer ~3 approval|knowledge|knowing|sign|signoff|consent|involvement|permission|review|goedkeuring|medeweten|toestemming|zustimmung|wissen|genehmigung|kenntnis|accord|connaissance|autorisation|aval',
    'behind ~4 back|backs',
    'achter ~3 rug',
    'hinter ~3 rucken|rucken',
    'dans ~2 le ~1 dos',
    'unofficially|informally|privately|officieus|informeel|inoffiziell|privat|officieusement|informellement ~6 @overseer|@disclosure-artefact|@controlled-item|@restricted-destination',
    'under ~1 the ~1 table',
    'onder ~1 tafel',
    'sous ~1 le ~1 manteau',
  ],
  // Carrying on although a rule or a sanction says no.
  defiance: [
    'still|anyway|anyhow|nevertheless|regardless|toch|alsnog|trotzdem|dennoch|trotz|quand|malgre|neanmoins ~8 @control|@restricted-destination|@controlled-item|excluded|banned|refused|rejected|uitgesloten|afgewezen|ausgeschlossen|abgelehnt|exclu|refuse|rejete',
    '@control|@restricted-destination|excluded|banned|refused|rejected|uitgesloten|afgewezen|ausgeschlossen|abgelehnt|exclu|refuse|rejete ~10 still|anyway|anyhow|nevertheless|regardless|toch|alsnog|trotzdem|dennoch|quand|malgre',
  ],
  // How the parts combine into a request to evade.
  'conceal-from': [
    '@keep-private',
    '@conceal ~12 @overseer|@disclosure-artefact|@hidden-object|@controlled-item',
    '@hidden-object|@disclosure-artefact|@controlled-item|@overseer ~12 @conceal',
    '@overseer ~3 not|never ~2 know|knows|learn|learns|find|finds|see|sees',
  ],
  'circumvent-control': [
    '@circumvent-verb ~4 @control|@overseer|@controlled-item',
    '@control|@controlled-item ~5 @circumvent-verb',
  ],
  'avoid-control': ['@avoid-verb ~3 @control'],
  // Split so that it stays under: "opknippen … zodat we onder de meldplicht blijven". The purpose states the intent.
  'structure-purpose': ['@structure ~10 @purpose-marker ~8 @structure'],
  'structure-control': [
    '@structure ~12 @control|@avoid-verb|@undetected-purpose|@circumvent-verb|@restricted-destination',
    '@control|@circumvent-verb|@avoid-verb|@restricted-destination ~12 @structure',
  ],
  'export-without-licence': ['@transfer ~12 @without-licence', '@without-licence ~12 @transfer'],
  // A way to deliver to a sanctioned party: "a route to deliver to a sanctioned institute", "ship to a sanctioned
  // institute if we go through Kazakhstan". Supplying it is what sanctions forbid; the route is how it is got round.
  'route-words': [
    'route|routes|routing|itinerary|itineraries|itineraire|itineraires|trajet|reiseroute|lieferweg|lieferroute|leveringsroute|omweg|umweg|detour|detours',
    'go|going|goes|gaan|gaat|gehen|geht|passer|passant|passe ~2 through|via|over|uber|par',
  ],
  'supply-restricted': [
    '@route-words ~10 @transfer|beliefern|belevern ~8 @restricted-destination',
    '@route-words ~10 @restricted-destination ~8 @transfer|beliefern|belevern',
    '@transfer|beliefern|belevern ~8 @restricted-destination ~12 @route-words',
  ],
  // Moving controlled items to a sanctioned destination: legitimate only with a licence, so a "how" is a cue.
  'controlled-to-restricted': [
    '@transfer ~10 @controlled-item ~10 @restricted-destination',
    '@controlled-item ~10 @transfer ~10 @restricted-destination',
    '@transfer ~10 @restricted-destination ~10 @controlled-item',
  ],
  // Keeping someone else from reporting: talking a colleague out of telling the security officer is concealment too.
  'silence-reporter': [
    'dissuade|dissuading|discourage|discouraging|deter|deterring|ontmoedigen|ontraden|afraden|weerhouden|ompraten|abbringen|abhalten|abraten|ausreden|abzuhalten|abzubringen|dissuader|decourager|empecher ~8 report|reporting|tell|telling|speak|speaking|talk|talking|going|melden|melding|aangifte|vertellen|praten|spreken|sprechen|erzahlen|anzeigen|signaler|signalement|parler|denoncer|saisir|alerter',
    'talk|talking|praat|praten|rede|reden ~3 out ~1 of ~3 report|reporting|telling|going',
    'convince|convincing|persuade|persuading|overtuigen|overhalen|uberzeugen|uberreden|convaincre|persuader ~6 not|niet|nicht|pas|ne|never|nooit|nie|jamais ~4 report|tell|melden|vertellen|sagen|erzahlen|anzeigen|signaler|parler|dire',
  ],
  'destroy-before-inquiry': [
    // Deleting what shows or proves something: "effacer l'historique qui montre qu'on a transmis…".
    '@destroy-records ~6 that|which|qui|die|dat|das|waaruit ~3 shows|show|proves|prove|montre|montrent|prouve|prouvent|zeigt|zeigen|beweist|belegt|toont|tonen|bewijst|blijkt',
    '@destroy-records ~20 @inquiry',
    '@inquiry ~20 @destroy-records',
    '@alter-records ~20 @inquiry',
    '@inquiry ~20 @alter-records',
  ],
  'alter-records': [
    'rewrite|rewriting|alter|altering|change|changing|modify|modifying|edit|editing|adjust|adjusting|redo|replace|replacing|aanpassen|wijzigen|herschrijven|veranderen|andern|umschreiben|anpassen|neu|bearbeiten|reecrire|modifier|changer|refaire|remplacer ~6 entries|entry|pages|page|notebook|notebooks|records|record|dates|date|logs|log|history|minutes|labjournaal|*labjournaal*|laborbuch|*laborbuch*|*datum*|cahier|cahiers|entrees|protocol|protocols|timestamps|versions',
  ],
};
