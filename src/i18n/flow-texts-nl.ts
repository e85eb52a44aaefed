// The guided checks in Dutch (formal "u"). Keys follow the flow definitions in src/intake/flows (a test checks that
// every field and option has a text here, with the same placeholders as the English).
import type { FlowTexts } from './flow-texts.js';

const ORGANISATION_HELP =
  'Alleen de organisatie, geen namen van personen. Uw antwoorden blijven vertrouwelijk, tussen u en het adviesloket, en komen nooit in de logbestanden.';
const COUNTRY_HELP =
  'Het land waar de organisatie (of haar moederorganisatie) gevestigd is. We vragen naar organisaties en landen, nooit naar iemands nationaliteit.';
const UNSURE_IS_FINE =
  'Ja, Nee of Weet niet. "Weet niet" is prima: net als Ja wordt het gemarkeerd, zodat het wordt nagegaan.';
const UNSURE_IF_UNKNOWN =
  'Antwoord "Weet niet" als u het niet weet; het wordt dan gemarkeerd, zodat het wordt nagegaan.';
const MILITARY_LINKS = 'Militaire banden';
const RESTRICTED_LISTS = 'Sanctie- of restrictielijsten';

export const flowTextsNl: FlowTexts = {
  choices: {
    yes: 'Ja',
    no: 'Nee',
    unsure: 'Weet niet',
    none: 'Geen van deze',
    other: 'Anders',
    university: 'Universiteit',
    'research-institute': 'Onderzoeksinstituut',
    company: 'Bedrijf',
    government: 'Overheidsorgaan of -instantie',
    military: 'Militaire of defensieorganisatie',
    'advanced-semiconductors': 'Geavanceerde halfgeleiders (EU-prioriteitsgebied)',
    'artificial-intelligence': 'Kunstmatige intelligentie (EU-prioriteitsgebied)',
    quantum: 'Kwantumtechnologie (EU-prioriteitsgebied)',
    biotechnologies: 'Biotechnologie (EU-prioriteitsgebied)',
    'advanced-connectivity': 'Geavanceerde connectiviteit, navigatie en digitale technologie',
    'advanced-sensing': 'Geavanceerde sensortechnologie',
    'space-propulsion': 'Ruimtevaart en voortstuwing',
    energy: 'Energietechnologie',
    'robotics-autonomous-systems': 'Robotica en autonome systemen',
    'advanced-materials': 'Geavanceerde materialen, productie en recycling',
  },
  fields: {
    'technology-areas': {
      label: 'Technologiegebieden',
      help: 'De tien gebieden uit de aanbeveling van de Europese Commissie van 3 oktober 2023; de Research Council of Finland stelt dezelfde vraag. Typ de nummers, gescheiden door komma’s, bijvoorbeeld 2, 3.',
    },
    deadline: {
      label: 'Termijn',
      help: 'Optioneel, voor het adviesloket: een datum als JJJJ-MM-DD (of "in 3 weeks"). Typ `skip` als er geen termijn is.',
    },
  },
  flows: {
    partnership: {
      title: 'Samenwerkingscheck',
      summary:
        'gezamenlijk onderzoek, een gezamenlijk lab, een MoU, of een partner uit het bedrijfsleven of het buitenland',
      fields: {
        'activity-type': {
          label: 'Soort samenwerking',
          question: 'Wat voor samenwerking bent u van plan?',
          help: 'Kies wat het dichtst in de buurt komt; het adviesloket kan het verfijnen.',
          choices: {
            'joint-research': 'Gezamenlijk onderzoeksproject',
            'joint-lab': 'Gezamenlijk lab of centrum',
            mou: 'MoU of raamovereenkomst',
            industry: 'Contract met het bedrijfsleven of gesponsord onderzoek',
          },
        },
        'partner-name': {
          label: 'Partnerorganisatie',
          question: 'Welke organisatie is de partner?',
          help: ORGANISATION_HELP,
        },
        'partner-type': {
          label: 'Soort partner',
          question: 'Wat voor organisatie is de partner?',
          help: 'Het Canadese Risk Assessment Form rekent elke organisatie met een actieve rol of met steun in geld of natura tot de partners.',
        },
        'partner-country': {
          label: 'Land van de partner',
          question: 'In welk land is de partnerorganisatie gevestigd?',
          help: COUNTRY_HELP,
        },
        'technology-areas': {
          question:
            'Raakt het onderzoek aan een van de kritieke technologiegebieden van de EU? Kies alles wat van toepassing is, of "Geen van deze".',
        },
        'dual-use': {
          label: 'Dual-usepotentieel',
          question:
            'Kunnen de resultaten, apparatuur of software een militaire of andere dual-usetoepassing hebben, of op een exportcontrolelijst staan?',
          help: `De Finse zelfevaluatie en de Britse exportcontrolevragen vragen hiernaar. ${UNSURE_IS_FINE}`,
        },
        'government-influence': {
          label: 'Overheidsinvloed',
          question:
            'Zijn er aanwijzingen dat de partner onder invloed, inmenging of zeggenschap van een buitenlandse overheid kan staan (staatseigendom, wetten die tot het delen van data verplichten, grote overheidsfinanciering)?',
          help: `Een vraag uit deel 2 van het Canadese Risk Assessment Form. ${UNSURE_IS_FINE}`,
        },
        'partner-military-links': {
          label: MILITARY_LINKS,
          question:
            'Heeft de partner, of zijn moederorganisatie, banden met militaire, defensie-, veiligheids- of inlichtingenorganisaties?',
          help: `Checklists van Britse universiteiten (Queen’s University Belfast, Glasgow) vragen hiernaar. ${UNSURE_IS_FINE}`,
        },
        'partner-restricted-party': {
          label: RESTRICTED_LISTS,
          question:
            'Staat de partner op een sanctie- of restrictielijst (bijvoorbeeld de EU-sanctiekaart, de Amerikaanse Entity List of de Canadese Named Research Organizations)?',
          help: 'Antwoord "Weet niet" als dit nog niet is nagegaan; uw onderzoeksbureau kan het laten toetsen.',
        },
        'partner-expectations': {
          label: 'Verwachtingen van de partner',
          question:
            'Verwacht de partner zeggenschap over de onderzoeksrichting, eigendom van data of intellectueel eigendom, of beperkingen op publicatie?',
          help: `De partnerchecklist van Imperial College London vraagt wat de partner ervoor terug verwacht. ${UNSURE_IS_FINE}`,
        },
        'sensitive-data': {
          label: 'Gevoelige gegevens',
          question:
            'Gebruikt het project gevoelige persoonsgegevens, of grote datasets die in combinatie gevoelig worden?',
          help: `Een vraag uit deel 1 van het Canadese Risk Assessment Form. ${UNSURE_IS_FINE}`,
        },
        'partner-access': {
          label: 'Toegang buiten het project',
          question:
            'Krijgt de partner toegang tot uw faciliteiten, netwerken of gegevens buiten wat het project nodig heeft?',
          help: `Een vraag uit deel 2 van het Canadese Risk Assessment Form. ${UNSURE_IS_FINE}`,
        },
        'red-flags': {
          label: 'Waarschuwingssignalen',
          question: 'Heeft u een van deze signalen opgemerkt? Kies alles wat van toepassing is, of "Geen van deze".',
          help: 'Waarschuwingssignalen uit de due-diligencerichtlijnen van Britse universiteiten en van het Loket Kennisveiligheid.',
          choices: {
            'cold-approach': 'Een ongevraagde benadering',
            'generous-offer': 'Een aanbod dat beter is dan wat gewone financiers doen',
            'unclear-end-use': 'Onduidelijke eindgebruiker of onduidelijk eindgebruik',
            secrecy: 'Overdreven geheimhouding',
            'unknown-partner': 'Weinig informatie online, of onbekend bij vakgenoten',
            'outcome-interest': 'Belang bij een bepaalde onderzoeksuitkomst',
            dependence: 'Groeiende financiële afhankelijkheid van de partner',
          },
        },
        'written-agreement': {
          label: 'Schriftelijke overeenkomst',
          question:
            'Is er (of komt er) een schriftelijke overeenkomst over intellectueel eigendom, gegevens, publicatie en het toegestane gebruik van de resultaten?',
          help: 'Richtlijnen voor kennisveiligheid raden aan dit vroeg in een samenwerkingsovereenkomst vast te leggen, en in elk geval voordat gevoelig werk begint.',
        },
        deadline: {
          question: 'Wanneer moet over de samenwerking besloten zijn, of moet ze getekend zijn (JJJJ-MM-DD)?',
        },
      },
    },
    visitor: {
      title: 'Gastonderzoekerscheck',
      summary:
        'een gastonderzoeker, promovendus of postdoc ontvangen of aannemen die toegang krijgt tot labs, gegevens of technologie',
      fields: {
        'visit-type': {
          label: 'Soort bezoek',
          question: 'Wie ontvangt u?',
          help: 'Kies de rol die het dichtst in de buurt komt.',
          choices: {
            'visiting-researcher': 'Gastonderzoeker',
            'phd-candidate': 'Promovendus',
            postdoc: 'Postdoc',
            'guest-lecturer': 'Gastdocent',
            delegation: 'Bezoek van een delegatie',
          },
        },
        duration: {
          label: 'Duur van het verblijf',
          question: 'Hoe lang duurt het bezoek?',
          help: 'Een schatting is voldoende.',
          choices: {
            'under-a-week': 'Korter dan een week',
            'up-to-3-months': 'Een week tot 3 maanden',
            '3-to-6-months': '3 tot 6 maanden',
            'over-6-months': 'Langer dan 6 maanden',
          },
        },
        'home-organisation': {
          label: 'Thuisorganisatie',
          question: 'Van welke organisatie komt de bezoeker (de huidige werkgever of thuisinstelling)?',
          help: `${ORGANISATION_HELP} Ook geen cv’s: deze check gaat over organisaties en toegang, niet over het screenen van een persoon.`,
        },
        'home-country': {
          label: 'Land van de thuisorganisatie',
          question: 'In welk land is die organisatie gevestigd?',
          help: COUNTRY_HELP,
        },
        'home-organisation-type': {
          label: 'Soort thuisorganisatie',
          question: 'Wat voor organisatie is het?',
          help: 'Kies wat het dichtst in de buurt komt.',
        },
        'visit-funding': {
          label: 'Wie het bezoek betaalt',
          question: 'Wie betaalt het bezoek?',
          help: 'Beurzen uit een programma van een buitenlandse overheid kunnen voorwaarden hebben die u moet kennen.',
          choices: {
            host: 'Uw instelling of uw eigen subsidie',
            'home-organisation': 'De thuisorganisatie',
            'foreign-government-programme': 'Een buitenlandse overheid of een beurzenprogramma',
            company: 'Een bedrijf',
            unknown: 'Anders of onbekend',
          },
        },
        access: {
          label: 'Gevraagde toegang',
          question: 'Waartoe krijgt de bezoeker toegang? Kies alles wat van toepassing is.',
          help: 'Leg als gastheer vast welke labs, gegevens en systemen het bezoek nodig heeft, voordat er toegang wordt verleend.',
          choices: {
            'office-library': 'Alleen algemene ruimten (kantoren en bibliotheek)',
            'sensitive-labs': 'Labs met gevoelige apparatuur',
            'restricted-area': 'Een ruimte met beperkte toegang (zoals een Franse ZRR)',
            'unpublished-data': 'Ongepubliceerde gegevens of broncode',
            'controlled-technology': 'Technologie of materialen onder exportcontrole',
            'it-systems': 'IT-systemen met onderzoeksgegevens',
          },
        },
        'technology-areas': {
          question:
            'Raakt het werk waaraan de bezoeker meewerkt aan een van de kritieke technologiegebieden van de EU? Kies alles wat van toepassing is, of "Geen van deze".',
        },
        'home-organisation-military-links': {
          label: MILITARY_LINKS,
          question:
            'Heeft de thuisorganisatie banden met militaire, defensie-, veiligheids- of inlichtingenorganisaties?',
          help: UNSURE_IF_UNKNOWN,
        },
        'home-organisation-restricted-party': {
          label: RESTRICTED_LISTS,
          question:
            'Staat de thuisorganisatie op een sanctie- of restrictielijst (EU-sanctiekaart, Amerikaanse Entity List, Canadese Named Research Organizations)?',
          help: 'Antwoord "Weet niet" als dit nog niet is getoetst; uw onderzoeksbureau kan het laten toetsen.',
        },
        'access-limited': {
          label: 'Toegang op basis van need-to-know',
          question:
            'Blijft de toegang beperkt tot wat het bezoek nodig heeft, voor de afgesproken periode, en wordt dat vastgelegd?',
          help: 'BELSPO en het conceptbeleid voor bezoekers van Auckland vragen om need-to-knowtoegang met vastgelegde voorwaarden.',
        },
        'remote-access-after': {
          label: 'Toegang op afstand na afloop',
          question: 'Houdt de bezoeker na afloop van het bezoek toegang op afstand tot gegevens of systemen?',
          help: 'Toegangsrechten horen op de afgesproken datum te vervallen, tenzij er een reden is om ze te behouden.',
        },
        deadline: { question: 'Wanneer begint het bezoek (JJJJ-MM-DD)?' },
      },
    },
    travel: {
      title: 'Reischeck',
      summary: 'een reis met apparaten en gegevens: een congres, veldwerk of een bezoek aan een partner',
      fields: {
        'trip-purpose': {
          label: 'Doel van de reis',
          question: 'Waarvoor is de reis?',
          help: 'Kies het belangrijkste doel.',
          choices: {
            conference: 'Congres',
            fieldwork: 'Veldwerk',
            'partner-visit': 'Bezoek aan een partnerorganisatie',
            teaching: 'Onderwijs of een lezing',
          },
        },
        'destination-country': {
          label: 'Land van bestemming',
          question: 'Naar welk land reist u? (Noem het belangrijkste; voeg andere toe, gescheiden door komma’s.)',
          help: 'Alleen de bestemming; niets over iemands nationaliteit.',
        },
        devices: {
          label: 'Apparaten',
          question: 'Welke apparaten neemt u mee? Kies alles wat van toepassing is.',
          help: 'IT-richtlijnen van universiteiten raden aan alleen mee te nemen wat u nodig heeft, en een leenapparaat voor bestemmingen met een hoog risico.',
          choices: {
            'work-laptop': 'Uw laptop van het werk',
            'work-phone': 'Uw telefoon van het werk',
            'personal-devices': 'Eigen laptop of telefoon',
            'storage-media': 'USB-sticks of externe schijven',
            loaner: 'Alleen (schone) leenapparaten',
            none: 'Geen apparaten',
          },
        },
        'sensitive-data': {
          label: 'Gevoelige gegevens op reis',
          question:
            'Neemt u tijdens de reis ongepubliceerde resultaten, persoonsgegevens of vertrouwelijke informatie mee of heeft u er toegang toe (op apparaten of via de cloud)?',
          help: 'Grensbeambten in veel landen mogen apparaten doorzoeken of kopiëren. "Weet niet" wordt gemarkeerd zoals Ja.',
        },
        'controlled-technology': {
          label: 'Technologie onder exportcontrole',
          question: 'Gaat het daarbij om technologie onder exportcontrole of om goederen voor tweeërlei gebruik?',
          help: 'Gecontroleerde technologie meenemen op een laptop of USB-stick, of er vanuit het buitenland bij kunnen, geldt als export.',
        },
        'technology-areas': {
          question:
            'Raakt uw onderzoek aan een van de kritieke technologiegebieden van de EU? Kies alles wat van toepassing is, of "Geen van deze".',
        },
        'presenting-unpublished': {
          label: 'Ongepubliceerd werk presenteren',
          question: 'Gaat u ongepubliceerde resultaten of technische kennis presenteren, onderwijzen of bespreken?',
          help: 'Sommige instellingen (Leiden bijvoorbeeld) nemen lezingen en presentaties buiten de EU mee in hun check.',
        },
        'host-military-links': {
          label: 'Militaire banden van de gastheer',
          question:
            'Heeft de organisatie die u bezoekt banden met militaire, defensie-, veiligheids- of inlichtingenorganisaties?',
          help: UNSURE_IF_UNKNOWN,
        },
        'encryption-checked': {
          label: 'Regels voor versleuteling nagegaan',
          question:
            'Heeft u de regels van het land van bestemming voor het meenemen van versleutelde apparaten nagegaan?',
          help: 'Sommige landen beperken de invoer of het gebruik van versleuteling.',
        },
        deadline: { question: 'Wanneer vertrekt u (JJJJ-MM-DD)?' },
      },
    },
    funding: {
      title: 'Financieringscheck',
      summary:
        'buitenlandse financiering, een schenking, een talentprogramma, een nevenaanstelling, en wat u moet melden',
      fields: {
        'funding-type': {
          label: 'Soort financiering',
          question: 'Wat krijgt u aangeboden?',
          help: 'Kies wat het dichtst in de buurt komt.',
          choices: {
            grant: 'Een onderzoekssubsidie',
            donation: 'Een schenking of gift',
            'talent-programme': 'Een talent- of wervingsprogramma',
            'dual-appointment': 'Een honoraire aanstelling, gastaanstelling of dubbele aanstelling',
            'industry-sponsorship': 'Sponsoring door het bedrijfsleven',
          },
        },
        'funder-name': {
          label: 'Financier',
          question: 'Welke organisatie biedt de financiering of aanstelling aan?',
          help: ORGANISATION_HELP,
        },
        'funder-country': {
          label: 'Land van de financier',
          question: 'In welk land is de financier gevestigd?',
          help: COUNTRY_HELP,
        },
        'funder-type': {
          label: 'Soort financier',
          question: 'Wat voor organisatie is de financier?',
          help: 'Kies wat het dichtst in de buurt komt.',
          choices: {
            university: 'Universiteit of onderzoeksinstituut',
            foundation: 'Stichting of goed doel',
            unknown: 'Onbekend',
          },
        },
        'undisclosed-commitments': {
          label: 'Vertrouwelijke verplichtingen',
          question:
            'Vraagt het aanbod u om het vertrouwelijk te houden, of om verplichtingen aan te gaan die u niet zou melden aan uw instelling of uw andere financiers?',
          help: 'Niet-gemelde verplichtingen zijn het eerste waarschuwingssignaal dat voor talentprogramma’s wordt genoemd. "Weet niet" wordt gemarkeerd zoals Ja.',
        },
        'replicate-work': {
          label: 'Lab in het buitenland of werving',
          question:
            'Wordt u gevraagd een lab in het buitenland op te zetten of na te bootsen, anderen te werven, of werk te herhalen dat elders gefinancierd is?',
          help: 'Het Canadese Risk Assessment Form laat aanvragers verklaren dat er geen financiering is die afhangt van het nabootsen van een lab in het buitenland.',
        },
        'ip-transfer': {
          label: 'Overdracht van IE of erkenning',
          question:
            'Zouden intellectueel eigendom, eigendom van gegevens of de erkenning voor het werk overgaan naar de financier of naar een buitenlandse instelling?',
          help: '"Weet niet" wordt gemarkeerd zoals Ja, zodat de voorwaarden worden nagekeken.',
        },
        'time-commitment': {
          label: 'Tijdsbeslag',
          question:
            'Kost het tijd naast uw huidige functie (bijvoorbeeld een deel van elk jaar bij een andere instelling)?',
          help: 'Tijdsbeslag kan leiden tot conflicterende verplichtingen, waarvoor uw instelling toestemming moet geven.',
        },
        disclosure: {
          label: 'Gemeld',
          question:
            'Meldt u het aan uw instelling en uw andere financiers (bijvoorbeeld in formulieren over lopende en aangevraagde financiering)?',
          help: 'Antwoord Nee of "Weet niet" als u dat nog niet besloten heeft; het wordt dan gemarkeerd.',
        },
        'funding-source-clear': {
          label: 'Herkomst van het geld duidelijk',
          question:
            'Is de oorspronkelijke herkomst van het geld duidelijk (geen tussenpersoon die de opdrachtgever of de herkomst van het geld verhult)?',
          help: 'Partners naar de herkomst van hun geld vragen is onderdeel van het Canadese Risk Assessment Form.',
        },
        'outcome-interest': {
          label: 'Zeggenschap over resultaten',
          question: 'Wil de financier een bepaalde onderzoeksuitkomst, of zeggenschap over wat er gepubliceerd wordt?',
          help: 'Een financier met belang bij een bepaalde uitkomst is in de Nederlandse richtlijnen een waarschuwingssignaal.',
        },
        'funder-military-links': {
          label: MILITARY_LINKS,
          question: 'Heeft de financier banden met militaire, defensie-, veiligheids- of inlichtingenorganisaties?',
          help: UNSURE_IF_UNKNOWN,
        },
        'funder-restricted-party': {
          label: RESTRICTED_LISTS,
          question: 'Staat de financier op een sanctie- of restrictielijst?',
          help: 'Antwoord "Weet niet" als dit nog niet is getoetst; uw onderzoeksbureau kan het laten toetsen.',
        },
        'technology-areas': {
          question:
            'Raakt het gefinancierde werk aan een van de kritieke technologiegebieden van de EU? Kies alles wat van toepassing is, of "Geen van deze".',
        },
        deadline: { question: 'Wanneer moet u het aanbod aannemen of afwijzen (JJJJ-MM-DD)?' },
      },
    },
    sharing: {
      title: 'Check delen en exportcontrole',
      summary:
        'technologie, software, gegevens of monsters naar het buitenland sturen, of in het buitenland lesgeven en adviseren',
      fields: {
        items: {
          label: 'Wat er gedeeld wordt',
          question: 'Wat wilt u delen of versturen? Kies alles wat van toepassing is.',
          help: 'Versturen per e-mail, via een gedeelde schijf, de cloud of een videogesprek telt ook mee, niet alleen verzenden per post.',
          choices: {
            published: 'Gepubliceerde of al openbare informatie',
            unpublished: 'Ongepubliceerde resultaten of knowhow',
            software: 'Software of broncode',
            physical: 'Fysieke monsters of apparatuur',
            teaching: 'Onderwijs of training',
            'technical-assistance': 'Technische bijstand of advies',
          },
        },
        'destination-country': {
          label: 'Land van bestemming',
          question: 'Naar welk land gaat het (waar de ontvanger zich bevindt)?',
          help: COUNTRY_HELP,
        },
        'recipient-organisation': {
          label: 'Ontvangende organisatie',
          question: 'Welke organisatie ontvangt het?',
          help: ORGANISATION_HELP,
        },
        'outside-export-area': {
          label: 'Buiten het exportgebied',
          question: 'Bevindt de ontvanger zich buiten uw exportcontrolegebied (voor een EU-instelling: buiten de EU)?',
          help: 'Overdrachten binnen de EU hebben alleen voor de meest gevoelige goederen een vergunning nodig, al kunnen nationale regels meer eisen.',
        },
        'control-list': {
          label: 'Op een controlelijst',
          question:
            'Staat het product, de software of de technologie op een exportcontrolelijst (de dual-uselijst in bijlage I van de EU, een militaire lijst of een nationale lijst)?',
          help: 'De eerste van de drie exportcontrolevragen. Antwoord "Weet niet" als het nog niet is geclassificeerd; uw exportcontrolebureau kan het classificeren.',
        },
        'annex-categories': {
          label: 'Categorieën van bijlage I',
          question: 'Om welke categorieën van bijlage I gaat het, als u dat weet? Kies alles wat van toepassing is.',
          help: 'Optioneel, voor het exportcontrolebureau; typ `skip` als u het niet weet.',
          choices: {
            'cat-0': 'Cat. 0 nucleair',
            'cat-1': 'Cat. 1 speciale materialen',
            'cat-2': 'Cat. 2 materiaalbewerking',
            'cat-3': 'Cat. 3 elektronica',
            'cat-4': 'Cat. 4 computers',
            'cat-5': 'Cat. 5 telecommunicatie en informatiebeveiliging',
            'cat-6': 'Cat. 6 sensoren en lasers',
            'cat-7': 'Cat. 7 navigatie en avionica',
            'cat-8': 'Cat. 8 maritiem',
            'cat-9': 'Cat. 9 lucht- en ruimtevaart en voortstuwing',
          },
        },
        'military-end-use': {
          label: 'Militair of repressief eindgebruik',
          question:
            'Zou de ontvanger het kunnen gebruiken voor militaire doeleinden, massavernietigingswapens, surveillance of binnenlandse repressie?',
          help: 'De catch-allregel: een zorg over het eindgebruik kan ook voor niet-gelijste goederen een vergunning vereisen. "Weet niet" wordt gemarkeerd zoals Ja.',
        },
        exemption: {
          label: 'Fundamenteel onderzoek of openbaar',
          question:
            'Gaat het om fundamenteel wetenschappelijk onderzoek (niet gericht op een specifieke toepassing) of om informatie die al openbaar is?',
          help: 'Deze uitzonderingen gelden alleen voor informatie, niet voor monsters, materialen of apparatuur, en niet voor toegepast of door een sponsor gestuurd werk.',
        },
        'recipient-restricted-party': {
          label: RESTRICTED_LISTS,
          question: 'Staat de ontvanger op een sanctie- of restrictielijst?',
          help: 'Antwoord "Weet niet" als dit nog niet is getoetst; uw exportcontrolebureau kan het laten toetsen.',
        },
        'electronic-transfer': {
          label: 'E-mail, cloud of gesprekken naar het buitenland',
          question: 'Gaat het naar de ontvanger via e-mail, gedeelde schijven, cloudopslag of videogesprekken?',
          help: 'Elektronische overdracht en een mondelinge beschrijving tijdens een gesprek gelden als export van technologie.',
        },
        'technology-areas': {
          question:
            'Raakt wat u deelt aan een van de kritieke technologiegebieden van de EU? Kies alles wat van toepassing is, of "Geen van deze".',
        },
        deadline: { question: 'Wanneer moet het verstuurd zijn (JJJJ-MM-DD)?' },
      },
    },
  },
};
