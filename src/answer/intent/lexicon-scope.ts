// Out of scope: writing, coding, translation, shopping, food, health, personal finance and everyday chat. A request
// to write or code is declined whatever it is about; the rest only when no research-security word is there.

export const SCOPE_CONCEPTS: Record<string, readonly string[]> = {
  'writing-task': [
    'write|draft|compose|proofread|edit|polish|rewrite|improve|correct|paraphrase|shorten|format|redraft|reword|summarise|summarize|translate|generate|create ~4 my|a|an|the|this|our|me ~3 essay|email|mail|letter|cv|resume|abstract|introduction|paper|thesis|dissertation|proposal|application|blog|post|tweet|speech|poem|story|song|lyrics|article|paragraph|motivation|linkedin|bio|cover|slides|presentation|review|summary|text|haiku|limerick|joke|jokes|essay|homework|assignment',
    'help ~2 me|us ~2 write|draft|proofread|edit|polish|rewrite|translate',
    'schrijf|herschrijf|verbeter|corrigeer|vertaal ~4 mijn|een|de|het|deze ~3 brief|mail|email|tekst|essay|cv|voorstel|samenvatting|gedicht|verhaal|aanvraag|artikel',
    'schreib|schreibe|formuliere|verbessere|korrigiere|ubersetze ~4 mein|meine|einen|eine|den|die|das|diesen|diese ~3 brief|mail|email|text|aufsatz|lebenslauf|antrag|zusammenfassung|gedicht|geschichte|artikel',
    'ecris|ecrivez|redige|redigez|corrige|corrigez|traduis|traduisez|reformule ~4 mon|ma|mes|une|un|le|la|ce|cette ~3 lettre|mail|email|texte|essai|cv|proposition|resume|poeme|histoire|article|candidature',
  ],
  // Homework and tutoring: explaining science to a child, solving an equation.
  tutoring: [
    'explain|explaining|uitleggen|leg|erklar|erklare|erklaren|explique|expliquer|expliquez ~8 for|voor|fur|pour|to ~2 a|een|ein|eine|einen|un|une|my|mijn|mein|meine|mon|ma ~3 child|kid|kids|children|year|old|school|schoolproject|klas|grundschule|lycee|college|basisschool|zoon|dochter|son|daughter|sohn|tochter|fils|fille|homework|huiswerk|hausaufgaben|devoirs|exam|examen|spreekbeurt|referat|expose|beginner|layman|leek|laie|profane',
    'solve|integral|derivative|equation|vergelijking|gleichung|integraal|ableitung|integrale|derivee|calculus|algebra|pythagoras|photosynthesis|fotosynthese|photosynthese|relativity|relativiteit|relativitat|relativite',
    'how|hoe|wie|comment ~3 does|do|works|werkt|funktioniert|fonctionne ~3 quantum|computer|computers|crispr|vaccine|vaccines|engine|rocket|internet|blockchain|fusion|fission|kernfusion|kernspaltung|black|hole',
  ],
  'writing-task-reverse': [
    'cover|motivation|application|sollicitatiebrief|motivatiebrief|anschreiben|motivationsschreiben|bewerbungsschreiben ~1 letter|letters|brief',
    'lettre ~2 de ~1 motivation|candidature',
    'sollicitatiebrief|motivatiebrief|anschreiben|motivationsschreiben|bewerbungsschreiben',
    'een|eine|einen|un|une|a|the ~3 toespraak|speech|rede|discours|brief|mail|tekst|text|texte|essay|lettre|anschreiben|sollicitatiebrief|motivatiebrief|motivationsschreiben|gedicht|poeme|verhaal|geschichte|histoire ~4 schrijven|schreiben|ecrire|rediger|opstellen|verfassen|formuleren|formulieren',
    'schrijven|schreiben|ecrire|rediger ~3 toespraak|speech|rede|discours|brief|lettre|anschreiben|tekst|text|texte',
  ],
  'travel-booking': [
    'flight|flights|hotel|hotels|airbnb|hostel|airline|airlines|layover|itinerary|ryanair|easyjet|klm|lufthansa|booking|expedia|vlucht|vluchten|flug|fluge|vol|vols|hotel|billet|billets|zugticket|treinkaartje|treinticket',
    'book|booking|reserve|reserveren|boeken|buchen|reserver ~3 a|an|the|my|een|ein|eine|un|une ~2 flight|hotel|room|table|train|ticket|car|seat|kamer|zimmer|chambre|vlucht|flug|vol|billet|trein|zug|train',
    'cheapest|cheap|goedkoopste|gunstigste|billigste|moins ~1 cher ~3 flight|flights|hotel|ticket|tickets|train|vlucht|flug|vol|billet|hotel',
    'rental|huur|miet|location ~1 car|auto|wagen|voiture',
  ],
  'personal-legal': [
    'landlord|landlady|tenant|tenancy|lease|deposit|eviction|evicted|divorce|custody|alimony|inheritance|testament|neighbour|neighbor|parking|speeding|traffic|verhuurder|huurder|huurcontract|borg|scheiding|voogdij|erfenis|buren|vermieter|mieter|mietvertrag|kaution|scheidung|sorgerecht|erbschaft|nachbar|proprietaire|locataire|bail|caution|divorce|garde|heritage|voisin',
    'parking|speeding|traffic ~1 ticket|fine|fines',
    'boete|strafzettel|amende ~3 parkeren|snelheid|parken|geschwindigkeit|stationnement|vitesse',
  ],
  trivia: [
    'who ~2 won|invented|discovered|wrote|painted|composed|founded|built',
    'how ~1 tall|far|high|deep|heavy ~3 is|are|was|were ~2 the|a|an',
    'capital|population|height|area|distance ~2 of ~2 the|a|an|france|germany|spain|italy|china|japan|mongolia|australia|canada|brazil|africa|europe|asia',
    'highest|tallest|longest|biggest|largest|hoogste|langste|grootste|hochste|langste|grosste|plus ~1 haute|haut|long|grand|grande ~3 mountain|river|building|country|city|berg|rivier|gebouw|land|stad|fluss|gebaude|stadt|montagne|fleuve|batiment|pays|ville',
  ],
  'polish-writing': [
    'make|making ~5 sound|read|look ~3 more|better|impressive|professional|convincing|fluent|natural|academic|formal|beter|professioneler|besser|professioneller|mieux|professionnel',
    'proofread|proofreading|spellcheck|copyedit|nakijken|korrekturlesen|relire|relecture',
  ],
  translation: [
    'translate|translating|translation ~6 into|to|in ~1 english|german|french|dutch|spanish|italian|chinese|russian|japanese|arabic|portuguese',
    'translate ~2 this|that|the|following|it',
    'vertaal|vertalen|ubersetze|ubersetzen|traduis|traduire|traduisez ~6 naar|in|nach|ins|en',
  ],
  coding: [
    'code|coding|script|scripts|function|program|programming|regex|regexp|sql|query|javascript|python|typescript|java|rust|golang|html|css|react|bug|bugs|debug|compile|compiler|algorithm|excel|spreadsheet|formula|macro|vba|bash|shell|powershell|docker|kubernetes|git|github|api|json|csv|latex|matlab|stata|spss|r ~1 script|code|package',
    'write|fix|debug|refactor|implement|optimise|optimize|review|explain|generate|convert ~4 code|script|function|program|query|regex|formula|macro|class|loop|snippet',
    'sql|query|script|code|regex|functie|funktion|fonction|formule|formel|macro|schleife|loop|lus|boucle ~5 schrijven|schreiben|ecrire|schrijf|schreib|schreibe|fixen|fix|debuggen|reparieren|corriger|maken|erstellen|coder',
    'pandas|numpy|dataframe|matplotlib|keyerror|typeerror|valueerror|nullpointerexception|traceback|stacktrace|segfault|npm|pip|conda|vscode|jupyter',
  ],
  food: [
    'recipe|recipes|cook|cooking|bake|baking|dinner|lunch|breakfast|brunch|meal|meals|pasta|pizza|lasagne|lasagna|bread|sourdough|cake|cookies|cocktail|cocktails|wine|beer|restaurant|restaurants|vegan|vegetarian|ingredients|soup|salad|dessert|pancakes|curry|sushi|burger|coffee|tea|snack|snacks',
    'recept|recepten|koken|bakken|avondeten|lunch|ontbijt|restaurant|maaltijd|taart|brood|rezept|rezepte|kochen|backen|abendessen|mittagessen|fruhstuck|kuchen|mahlzeit|recette|recettes|cuisiner|cuisine|patisserie|diner|dejeuner|gateau|repas|pain',
  ],
  shopping: [
    'shopping|cheapest|discount|discounts|coupon|coupons|amazon|ebay|bargain|bargains|webshop',
    'buy|buying|purchase|purchasing ~4 laptop|laptops|phone|phones|headphones|tv|camera|shoes|watch|car|bike|bicycle|mattress|backpack|suitcase|gift|present|sofa|furniture',
    'best|good|recommended|meilleur|meilleure|beste|besten|goede ~2 ordinateur|portable|telephone|smartphone|handy|fiets|fahrrad|velo|laptop|laptops|phone|phones|headphones|tv|camera|shoes|watch|car|bike|bicycle|mattress|backpack|suitcase',
    'kopen|koop|goedkoopste|goedkoop|korting|aanbieding|winkel|bestellen|kaufen|kaufe|gunstigste|gunstig|rabatt|angebot|bestellen|acheter|achete|moins ~1 cher|promo|promotion|soldes|magasin|commander',
  ],
  health: [
    'symptom|symptoms|diagnosis|diagnose|medication|medicine|medicines|dose|dosage|pill|pills|headache|migraine|fever|flu|covid|cough|illness|sick|hospital|pregnant|pregnancy|allergy|allergies|injury|rash|diabetes|depression|insomnia|dentist|therapist|ibuprofen|paracetamol|antibiotics|calories|workout|fitness|gym|burnout',
    'pain|aches|sore|nausea|dizzy|dizziness|bloating|sprained|fracture|eczema|asthma|cholesterol|ache',
    'see|visit|consult ~2 a|the|my ~1 doctor|gp|dentist|physio|physiotherapist|dermatologist',
    'hoofdpijn|koorts|griep|ziek|ziekte|huisarts|dokter|tandarts|zwanger|medicijn|medicijnen|pijn|slapen|kopfschmerzen|fieber|grippe|krank|krankheit|hausarzt|arzt|arztin|zahnarzt|schwanger|medikament|medikamente|schmerzen|schlafen|maux|fievre|grippe|malade|maladie|medecin|dentiste|enceinte|medicament|medicaments|douleur|dormir',
  ],
  'personal-finance': [
    'invest|investing ~3 my|savings|pension|money|salary|bonus',
    'start|begin ~1 investing|beleggen|investieren|investir',
    'pay|paying|aflossen|abbezahlen|rembourser ~3 off|loan|mortgage|debt|lening|hypotheek|kredit|pret',
    'index ~1 fund|funds|fonds',
    'student ~1 loan|loans|debt',
    '*versicherung*|*verzekering*|*hypotheek*|*hypothek*|*pensioen*',
    'mortgage|mortgages|pension|pensions|retirement|savings|stock|stocks|crypto|cryptocurrency|bitcoin|ethereum|etf|etfs|tax|taxes|loan|loans|credit|debt|insurance|budget|budgeting|interest|rate|rates|salary|raise|paycheck|payslip|rent|landlord|lottery|gamble|gambling|betting|casino',
    'hypotheek|pensioen|sparen|beleggen|belegging|aandelen|belasting|belastingen|lening|schuld|verzekering|huur|salaris|hypothek|rente|sparen|anlegen|aktien|steuer|steuern|kredit|schulden|versicherung|miete|gehalt|hypotheque|retraite|epargne|investir|actions|impots|impot|pret|dette|assurance|loyer|salaire',
  ],
  chat: [
    'weather|forecast|football|soccer|basketball|tennis|cricket|baseball|nba|nfl|olympics|netflix|movie|movies|film|films|music|song|songs|singer|celebrity|celebrities|joke|jokes|riddle|poem|haiku|horoscope|zodiac|astrology|dating|girlfriend|boyfriend|wedding|crossword|sudoku|chess|videogame|pets|dog|dogs|cat|cats|puppy|gardening|printer|wifi|eduroam|tyre|tire|sightseeing|lottery',
    'reset|forgot|forgotten|recover|change ~3 password|login|pin',
    'what ~1 time ~1 is ~1 it',
    'weer|weerbericht|voetbal|muziek|liedje|grap|grappen|horoscoop|wetter|fussball|musik|witz|witze|horoskop|meteo|musique|chanson|blague|blagues|horoscope',
  ],
};
