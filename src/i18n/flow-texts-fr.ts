// The guided checks in French (formal "vous"). Keys follow the flow definitions in src/intake/flows (a test checks
// that every field and option has a text here, with the same placeholders as the English).
import type { FlowTexts } from './flow-texts.js';

const ORGANISATION_HELP =
  'Uniquement l’organisation, aucun nom de personne. Vos réponses restent confidentielles, entre vous et le service de conseil, et n’apparaissent jamais dans les journaux.';
const COUNTRY_HELP =
  'Le pays où l’organisation (ou sa maison mère) est établie. Nous posons des questions sur les organisations et les pays, jamais sur la nationalité de quiconque.';
const UNSURE_IS_FINE =
  'Oui, Non ou Je ne sais pas. « Je ne sais pas » convient : comme Oui, la réponse est signalée pour être vérifiée.';
const UNSURE_IF_UNKNOWN =
  'Répondez « Je ne sais pas » si vous l’ignorez ; la réponse sera signalée pour être vérifiée.';
const MILITARY_LINKS = 'Liens militaires';
const RESTRICTED_LISTS = 'Listes de sanctions ou de restrictions';

export const flowTextsFr: FlowTexts = {
  choices: {
    yes: 'Oui',
    no: 'Non',
    unsure: 'Je ne sais pas',
    none: 'Aucun de ceux-ci',
    other: 'Autre',
    university: 'Université',
    'research-institute': 'Institut de recherche',
    company: 'Entreprise',
    government: 'Organisme ou agence publique',
    military: 'Organisation militaire ou de défense',
    'advanced-semiconductors': 'Semi-conducteurs avancés (domaine prioritaire de l’UE)',
    'artificial-intelligence': 'Intelligence artificielle (domaine prioritaire de l’UE)',
    quantum: 'Technologies quantiques (domaine prioritaire de l’UE)',
    biotechnologies: 'Biotechnologies (domaine prioritaire de l’UE)',
    'advanced-connectivity': 'Connectivité avancée, navigation et technologies numériques',
    'advanced-sensing': 'Capteurs avancés',
    'space-propulsion': 'Espace et propulsion',
    energy: 'Technologies de l’énergie',
    'robotics-autonomous-systems': 'Robotique et systèmes autonomes',
    'advanced-materials': 'Matériaux avancés, fabrication et recyclage',
  },
  fields: {
    'technology-areas': {
      label: 'Domaines technologiques',
      help: 'Les dix domaines de la recommandation de la Commission européenne du 3 octobre 2023 ; le Research Council of Finland pose la même question. Tapez les numéros séparés par des virgules, par exemple 2, 3.',
    },
    deadline: {
      label: 'Échéance',
      help: 'Facultatif, pour le service de conseil : une date au format AAAA-MM-JJ (ou « in 3 weeks »). Tapez `skip` s’il n’y en a pas.',
    },
  },
  flows: {
    partnership: {
      title: 'Vérification d’un partenariat',
      summary: 'recherche conjointe, laboratoire commun, protocole d’accord, ou partenaire industriel ou étranger',
      fields: {
        'activity-type': {
          label: 'Type de partenariat',
          question: 'Quel type de partenariat envisagez-vous ?',
          help: 'Choisissez la réponse la plus proche ; le service de conseil pourra la préciser.',
          choices: {
            'joint-research': 'Projet de recherche conjoint',
            'joint-lab': 'Laboratoire ou centre commun',
            mou: 'Protocole d’accord ou accord-cadre',
            industry: 'Contrat industriel ou recherche parrainée',
          },
        },
        'partner-name': {
          label: 'Organisation partenaire',
          question: 'Quelle organisation est le partenaire ?',
          help: ORGANISATION_HELP,
        },
        'partner-type': {
          label: 'Type de partenaire',
          question: 'De quel type d’organisation s’agit-il ?',
          help: 'Le Risk Assessment Form canadien considère comme partenaire toute organisation jouant un rôle actif ou apportant un soutien financier ou en nature.',
        },
        'partner-country': {
          label: 'Pays du partenaire',
          question: 'Dans quel pays l’organisation partenaire est-elle établie ?',
          help: COUNTRY_HELP,
        },
        'technology-areas': {
          question:
            'La recherche touche-t-elle l’un des domaines technologiques critiques de l’UE ? Choisissez tout ce qui s’applique, ou « Aucun de ceux-ci ».',
        },
        'dual-use': {
          label: 'Potentiel de double usage',
          question:
            'Les résultats, équipements ou logiciels pourraient-ils avoir une application militaire ou une autre application à double usage, ou figurer sur une liste de contrôle des exportations ?',
          help: `L’auto-évaluation finlandaise et les questions britanniques sur le contrôle des exportations le demandent. ${UNSURE_IS_FINE}`,
        },
        'government-influence': {
          label: 'Influence d’un gouvernement',
          question:
            'Des signes indiquent-ils que le partenaire pourrait être soumis à l’influence, à l’ingérence ou au contrôle d’un gouvernement étranger (propriété de l’État, lois imposant le partage de données, financement public important) ?',
          help: `Une question de la section 2 du Risk Assessment Form canadien. ${UNSURE_IS_FINE}`,
        },
        'partner-military-links': {
          label: MILITARY_LINKS,
          question:
            'Le partenaire, ou sa maison mère, a-t-il des liens avec des organismes militaires, de défense, de sécurité ou de renseignement ?',
          help: `Les listes de contrôle d’universités britanniques (Queen’s University Belfast, Glasgow) le demandent. ${UNSURE_IS_FINE}`,
        },
        'partner-restricted-party': {
          label: RESTRICTED_LISTS,
          question:
            'Le partenaire figure-t-il sur une liste de sanctions ou de parties soumises à restrictions (par exemple la carte des sanctions de l’UE, l’Entity List américaine ou les Named Research Organizations canadiennes) ?',
          help: 'Répondez « Je ne sais pas » si cela n’a pas encore été vérifié ; votre service de la recherche peut le faire vérifier.',
        },
        'partner-expectations': {
          label: 'Attentes du partenaire',
          question:
            'Le partenaire attend-il un contrôle sur l’orientation de la recherche, la propriété des données ou de la propriété intellectuelle, ou des limites à la publication ?',
          help: `La liste de contrôle des partenaires de l’Imperial College London demande ce que le partenaire attend en retour. ${UNSURE_IS_FINE}`,
        },
        'sensitive-data': {
          label: 'Données sensibles',
          question:
            'Le projet utilisera-t-il des données personnelles sensibles, ou de grands jeux de données qui deviennent sensibles une fois combinés ?',
          help: `Une question de la section 1 du Risk Assessment Form canadien. ${UNSURE_IS_FINE}`,
        },
        'partner-access': {
          label: 'Accès au-delà du projet',
          question:
            'Le partenaire aurait-il accès à vos installations, réseaux ou données au-delà de ce dont le projet a besoin ?',
          help: `Une question de la section 2 du Risk Assessment Form canadien. ${UNSURE_IS_FINE}`,
        },
        'red-flags': {
          label: 'Signaux d’alerte',
          question:
            'Avez-vous remarqué l’un de ces signes ? Choisissez tout ce qui s’applique, ou « Aucun de ceux-ci ».',
          help: 'Signaux d’alerte tirés des guides de due diligence d’universités britanniques et du Loket Kennisveiligheid néerlandais.',
          choices: {
            'cold-approach': 'Une prise de contact non sollicitée',
            'generous-offer': 'Une offre plus avantageuse que celles des financeurs habituels',
            'unclear-end-use': 'Utilisateur final ou utilisation finale peu clairs',
            secrecy: 'Une confidentialité excessive',
            'unknown-partner': 'Peu d’informations en ligne, ou inconnu de vos pairs',
            'outcome-interest': 'Un intérêt pour un résultat de recherche particulier',
            dependence: 'Une dépendance financière croissante envers le partenaire',
          },
        },
        'written-agreement': {
          label: 'Accord écrit',
          question:
            'Existe-t-il (ou existera-t-il) un accord écrit sur la propriété intellectuelle, les données, la publication et les utilisations acceptables des résultats ?',
          help: 'Les guides de sécurité de la recherche recommandent de régler ces points tôt dans un accord de partenariat, et avant le début de tout travail sensible.',
        },
        deadline: {
          question: 'Quand le partenariat doit-il être décidé ou signé (AAAA-MM-JJ) ?',
        },
      },
    },
    visitor: {
      title: 'Vérification d’un accueil de chercheur',
      summary:
        'accueillir ou recruter un chercheur invité, un doctorant ou un postdoctorant ayant accès à des laboratoires, des données ou des technologies',
      fields: {
        'visit-type': {
          label: 'Type de visite',
          question: 'Qui accueillez-vous ?',
          help: 'Choisissez le rôle le plus proche.',
          choices: {
            'visiting-researcher': 'Chercheur invité',
            'phd-candidate': 'Doctorant',
            postdoc: 'Postdoctorant',
            'guest-lecturer': 'Conférencier invité',
            delegation: 'Visite d’une délégation',
          },
        },
        duration: {
          label: 'Durée du séjour',
          question: 'Combien de temps durera la visite ?',
          help: 'Une estimation suffit.',
          choices: {
            'under-a-week': 'Moins d’une semaine',
            'up-to-3-months': 'D’une semaine à 3 mois',
            '3-to-6-months': 'De 3 à 6 mois',
            'over-6-months': 'Plus de 6 mois',
          },
        },
        'home-organisation': {
          label: 'Organisation d’origine',
          question:
            'De quelle organisation vient la personne invitée (son employeur actuel ou son établissement d’origine) ?',
          help: `${ORGANISATION_HELP} Pas de CV non plus : cette vérification porte sur les organisations et les accès, pas sur l’examen d’une personne.`,
        },
        'home-country': {
          label: 'Pays de l’organisation d’origine',
          question: 'Dans quel pays cette organisation est-elle établie ?',
          help: COUNTRY_HELP,
        },
        'home-organisation-type': {
          label: 'Type d’organisation d’origine',
          question: 'De quel type d’organisation s’agit-il ?',
          help: 'Choisissez la réponse la plus proche.',
        },
        'visit-funding': {
          label: 'Financement de la visite',
          question: 'Qui finance la visite ?',
          help: 'Les bourses d’un programme d’un gouvernement étranger peuvent comporter des conditions qu’il est utile de connaître.',
          choices: {
            host: 'Votre établissement ou votre propre subvention',
            'home-organisation': 'L’organisation d’origine',
            'foreign-government-programme': 'Un gouvernement étranger ou un programme de bourses',
            company: 'Une entreprise',
            unknown: 'Autre ou inconnu',
          },
        },
        access: {
          label: 'Accès demandés',
          question: 'À quoi la personne invitée aura-t-elle accès ? Choisissez tout ce qui s’applique.',
          help: 'L’accueillant devrait consigner par écrit les laboratoires, données et systèmes nécessaires à la visite avant d’accorder tout accès.',
          choices: {
            'office-library': 'Espaces généraux uniquement (bureaux et bibliothèque)',
            'sensitive-labs': 'Laboratoires dotés d’équipements sensibles',
            'restricted-area': 'Une zone à accès restreint (comme une ZRR française)',
            'unpublished-data': 'Données ou code source non publiés',
            'controlled-technology': 'Technologies ou matériaux soumis au contrôle des exportations',
            'it-systems': 'Systèmes informatiques contenant des données de recherche',
          },
        },
        'technology-areas': {
          question:
            'Les travaux auxquels la personne invitée participera touchent-ils l’un des domaines technologiques critiques de l’UE ? Choisissez tout ce qui s’applique, ou « Aucun de ceux-ci ».',
        },
        'home-organisation-military-links': {
          label: MILITARY_LINKS,
          question:
            'L’organisation d’origine a-t-elle des liens avec des organismes militaires, de défense, de sécurité ou de renseignement ?',
          help: UNSURE_IF_UNKNOWN,
        },
        'home-organisation-restricted-party': {
          label: RESTRICTED_LISTS,
          question:
            'L’organisation d’origine figure-t-elle sur une liste de sanctions ou de parties soumises à restrictions (carte des sanctions de l’UE, Entity List américaine, Named Research Organizations canadiennes) ?',
          help: 'Répondez « Je ne sais pas » si cela n’a pas encore été vérifié ; votre service de la recherche peut le faire vérifier.',
        },
        'access-limited': {
          label: 'Accès selon le besoin d’en connaître',
          question:
            'L’accès sera-t-il limité à ce dont la visite a besoin, pour la durée convenue, et consigné par écrit ?',
          help: 'BELSPO et le projet de politique d’accueil d’Auckland demandent un accès limité au besoin d’en connaître, avec des conditions documentées.',
        },
        'remote-access-after': {
          label: 'Accès à distance après la visite',
          question:
            'La personne invitée conservera-t-elle un accès à distance aux données ou aux systèmes après la visite ?',
          help: 'Les droits d’accès devraient prendre fin à la date convenue, sauf raison de les maintenir.',
        },
        deadline: { question: 'Quand la visite commence-t-elle (AAAA-MM-JJ) ?' },
      },
    },
    travel: {
      title: 'Vérification d’un déplacement',
      summary:
        'un déplacement avec des appareils et des données : une conférence, du travail de terrain ou une visite chez un partenaire',
      fields: {
        'trip-purpose': {
          label: 'Objet du déplacement',
          question: 'Quel est l’objet du déplacement ?',
          help: 'Choisissez l’objet principal.',
          choices: {
            conference: 'Conférence',
            fieldwork: 'Travail de terrain',
            'partner-visit': 'Visite d’une organisation partenaire',
            teaching: 'Enseignement ou conférence donnée',
          },
        },
        'destination-country': {
          label: 'Pays de destination',
          question:
            'Dans quel pays vous rendez-vous ? (Indiquez le principal ; ajoutez les autres séparés par des virgules.)',
          help: 'Uniquement la destination ; rien sur la nationalité de quiconque.',
        },
        devices: {
          label: 'Appareils',
          question: 'Quels appareils emporterez-vous ? Choisissez tout ce qui s’applique.',
          help: 'Les consignes informatiques des universités recommandent de n’emporter que le nécessaire, et un appareil de prêt pour les destinations à haut risque.',
          choices: {
            'work-laptop': 'Votre ordinateur portable professionnel',
            'work-phone': 'Votre téléphone professionnel',
            'personal-devices': 'Ordinateur portable ou téléphone personnel',
            'storage-media': 'Clés USB ou disques externes',
            loaner: 'Uniquement des appareils de prêt (vierges)',
            none: 'Aucun appareil',
          },
        },
        'sensitive-data': {
          label: 'Données sensibles en déplacement',
          question:
            'Emporterez-vous ou consulterez-vous des résultats non publiés, des données personnelles ou des informations confidentielles pendant le déplacement (sur des appareils ou via le cloud) ?',
          help: 'Dans de nombreux pays, les agents aux frontières peuvent fouiller ou copier les appareils. « Je ne sais pas » est signalé comme Oui.',
        },
        'controlled-technology': {
          label: 'Technologies soumises au contrôle des exportations',
          question:
            'Cela concerne-t-il des technologies soumises au contrôle des exportations ou des biens à double usage ?',
          help: 'Emporter une technologie contrôlée sur un ordinateur portable ou une clé USB, ou y accéder depuis l’étranger, constitue une exportation.',
        },
        'technology-areas': {
          question:
            'Votre recherche touche-t-elle l’un des domaines technologiques critiques de l’UE ? Choisissez tout ce qui s’applique, ou « Aucun de ceux-ci ».',
        },
        'presenting-unpublished': {
          label: 'Présentation de travaux non publiés',
          question:
            'Présenterez-vous, enseignerez-vous ou discuterez-vous des résultats non publiés ou un savoir-faire technique ?',
          help: 'Certains établissements (Leiden, par exemple) incluent dans leur vérification les cours et présentations donnés hors de l’UE.',
        },
        'host-military-links': {
          label: 'Liens militaires de l’hôte',
          question:
            'L’organisation que vous visiterez a-t-elle des liens avec des organismes militaires, de défense, de sécurité ou de renseignement ?',
          help: UNSURE_IF_UNKNOWN,
        },
        'encryption-checked': {
          label: 'Règles sur le chiffrement vérifiées',
          question: 'Avez-vous vérifié les règles du pays de destination sur l’entrée d’appareils chiffrés ?',
          help: 'Certains pays restreignent l’importation ou l’utilisation du chiffrement.',
        },
        deadline: { question: 'Quand partez-vous (AAAA-MM-JJ) ?' },
      },
    },
    funding: {
      title: 'Vérification d’un financement',
      summary:
        'un financement étranger, un don, un programme de talents, une double affiliation, et ce qu’il faut déclarer',
      fields: {
        'funding-type': {
          label: 'Type de financement',
          question: 'Que vous propose-t-on ?',
          help: 'Choisissez la réponse la plus proche.',
          choices: {
            grant: 'Une subvention de recherche',
            donation: 'Un don ou une libéralité',
            'talent-programme': 'Un programme de talents ou de recrutement',
            'dual-appointment': 'Une nomination honoraire, invitée ou une double affiliation',
            'industry-sponsorship': 'Un parrainage industriel',
          },
        },
        'funder-name': {
          label: 'Financeur',
          question: 'Quelle organisation propose le financement ou la nomination ?',
          help: ORGANISATION_HELP,
        },
        'funder-country': {
          label: 'Pays du financeur',
          question: 'Dans quel pays le financeur est-il établi ?',
          help: COUNTRY_HELP,
        },
        'funder-type': {
          label: 'Type de financeur',
          question: 'De quel type d’organisation s’agit-il ?',
          help: 'Choisissez la réponse la plus proche.',
          choices: {
            university: 'Université ou institut de recherche',
            foundation: 'Fondation ou organisme caritatif',
            unknown: 'Inconnu',
          },
        },
        'undisclosed-commitments': {
          label: 'Engagements confidentiels',
          question:
            'L’offre vous demande-t-elle de la garder confidentielle, ou de prendre des engagements que vous ne déclareriez pas à votre établissement ou à vos autres financeurs ?',
          help: 'Les engagements non déclarés sont le premier signal d’alerte cité pour les programmes de talents. « Je ne sais pas » est signalé comme Oui.',
        },
        'replicate-work': {
          label: 'Laboratoire à l’étranger ou recrutement',
          question:
            'Vous demande-t-on de créer ou de reproduire un laboratoire à l’étranger, de recruter d’autres personnes, ou de refaire des travaux financés ailleurs ?',
          help: 'Le Risk Assessment Form canadien fait attester aux candidats qu’aucun financement n’est subordonné à la reproduction d’un laboratoire à l’étranger.',
        },
        'ip-transfer': {
          label: 'Transfert de PI ou de paternité',
          question:
            'La propriété intellectuelle, la propriété des données ou la paternité des travaux passeraient-elles au financeur ou à un établissement étranger ?',
          help: '« Je ne sais pas » est signalé comme Oui, afin que les conditions soient vérifiées.',
        },
        'time-commitment': {
          label: 'Engagement de temps',
          question:
            'Cela prend-il du temps en plus de votre poste actuel (par exemple une partie de chaque année dans un autre établissement) ?',
          help: 'Un engagement de temps peut créer un conflit d’engagements que votre établissement doit approuver.',
        },
        disclosure: {
          label: 'Déclaré',
          question:
            'Le déclarerez-vous à votre établissement et à vos autres financeurs (par exemple dans les formulaires sur les financements en cours et demandés) ?',
          help: 'Répondez Non ou « Je ne sais pas » si vous n’avez pas encore décidé ; la réponse sera signalée.',
        },
        'funding-source-clear': {
          label: 'Origine des fonds claire',
          question:
            'L’origine des fonds est-elle claire (aucun intermédiaire ne masque le client ou l’origine de l’argent) ?',
          help: 'Interroger les partenaires sur l’origine de leurs fonds fait partie du Risk Assessment Form canadien.',
        },
        'outcome-interest': {
          label: 'Droit de regard sur les résultats',
          question:
            'Le financeur souhaite-t-il un résultat de recherche particulier, ou un droit de regard sur ce qui est publié ?',
          help: 'Un financeur intéressé par un résultat particulier est un signal d’alerte dans les lignes directrices néerlandaises.',
        },
        'funder-military-links': {
          label: MILITARY_LINKS,
          question:
            'Le financeur a-t-il des liens avec des organismes militaires, de défense, de sécurité ou de renseignement ?',
          help: UNSURE_IF_UNKNOWN,
        },
        'funder-restricted-party': {
          label: RESTRICTED_LISTS,
          question: 'Le financeur figure-t-il sur une liste de sanctions ou de parties soumises à restrictions ?',
          help: 'Répondez « Je ne sais pas » si cela n’a pas encore été vérifié ; votre service de la recherche peut le faire vérifier.',
        },
        'technology-areas': {
          question:
            'Les travaux financés touchent-ils l’un des domaines technologiques critiques de l’UE ? Choisissez tout ce qui s’applique, ou « Aucun de ceux-ci ».',
        },
        deadline: { question: 'Avant quelle date devez-vous accepter ou refuser (AAAA-MM-JJ) ?' },
      },
    },
    sharing: {
      title: 'Vérification d’un partage et du contrôle des exportations',
      summary:
        'envoyer à l’étranger des technologies, logiciels, données ou échantillons, ou enseigner et conseiller à l’étranger',
      fields: {
        items: {
          label: 'Ce qui est partagé',
          question: 'Que souhaitez-vous partager ou envoyer ? Choisissez tout ce qui s’applique.',
          help: 'L’envoi par e-mail, par un espace partagé, par le cloud ou lors d’un appel vidéo compte aussi, pas seulement l’expédition.',
          choices: {
            published: 'Informations publiées ou déjà publiques',
            unpublished: 'Résultats ou savoir-faire non publiés',
            software: 'Logiciel ou code source',
            physical: 'Échantillons ou équipements physiques',
            teaching: 'Enseignement ou formation',
            'technical-assistance': 'Assistance technique ou conseil',
          },
        },
        'destination-country': {
          label: 'Pays de destination',
          question: 'Vers quel pays cela part-il (là où se trouve le destinataire) ?',
          help: COUNTRY_HELP,
        },
        'recipient-organisation': {
          label: 'Organisation destinataire',
          question: 'Quelle organisation le reçoit ?',
          help: ORGANISATION_HELP,
        },
        'outside-export-area': {
          label: 'Hors de la zone d’exportation',
          question:
            'Le destinataire se trouve-t-il hors de votre zone de contrôle des exportations (pour un établissement de l’UE : hors de l’UE) ?',
          help: 'Les transferts au sein de l’UE ne nécessitent une licence que pour les biens les plus sensibles, mais les règles nationales peuvent en exiger davantage.',
        },
        'control-list': {
          label: 'Sur une liste de contrôle',
          question:
            'Le bien, le logiciel ou la technologie figure-t-il sur une liste de contrôle des exportations (liste des biens à double usage de l’annexe I de l’UE, liste militaire ou liste nationale) ?',
          help: 'La première des trois questions sur le contrôle des exportations. Répondez « Je ne sais pas » s’il n’a pas encore été classé ; votre service de contrôle des exportations peut le classer.',
        },
        'annex-categories': {
          label: 'Catégories de l’annexe I',
          question:
            'Quelles catégories de l’annexe I sont concernées, si vous le savez ? Choisissez tout ce qui s’applique.',
          help: 'Facultatif, pour le service de contrôle des exportations ; tapez `skip` si vous ne savez pas.',
          choices: {
            'cat-0': 'Cat. 0 nucléaire',
            'cat-1': 'Cat. 1 matériaux spéciaux',
            'cat-2': 'Cat. 2 traitement des matériaux',
            'cat-3': 'Cat. 3 électronique',
            'cat-4': 'Cat. 4 calculateurs',
            'cat-5': 'Cat. 5 télécommunications et sécurité de l’information',
            'cat-6': 'Cat. 6 capteurs et lasers',
            'cat-7': 'Cat. 7 navigation et avionique',
            'cat-8': 'Cat. 8 marine',
            'cat-9': 'Cat. 9 aérospatiale et propulsion',
          },
        },
        'military-end-use': {
          label: 'Utilisation finale militaire ou répressive',
          question:
            'Le destinataire pourrait-il l’utiliser à des fins militaires, pour des armes de destruction massive, pour la surveillance ou la répression interne ?',
          help: 'La clause attrape-tout : une préoccupation sur l’utilisation finale peut exiger une licence même pour des biens non listés. « Je ne sais pas » est signalé comme Oui.',
        },
        exemption: {
          label: 'Recherche fondamentale ou domaine public',
          question:
            'S’agit-il de recherche scientifique fondamentale (non orientée vers une application précise) ou d’informations déjà dans le domaine public ?',
          help: 'Ces exemptions ne couvrent que les informations, pas les échantillons, matériaux ou équipements, ni les travaux appliqués ou orientés par un commanditaire.',
        },
        'recipient-restricted-party': {
          label: RESTRICTED_LISTS,
          question: 'Le destinataire figure-t-il sur une liste de sanctions ou de parties soumises à restrictions ?',
          help: 'Répondez « Je ne sais pas » si cela n’a pas encore été vérifié ; votre service de contrôle des exportations peut le faire vérifier.',
        },
        'electronic-transfer': {
          label: 'E-mail, cloud ou appels vers l’étranger',
          question:
            'Cela parviendra-t-il au destinataire par e-mail, espaces partagés, stockage en ligne ou appels vidéo ?',
          help: 'La transmission électronique et la description orale lors d’un appel constituent des exportations de technologie.',
        },
        'technology-areas': {
          question:
            'Ce que vous partagez touche-t-il l’un des domaines technologiques critiques de l’UE ? Choisissez tout ce qui s’applique, ou « Aucun de ceux-ci ».',
        },
        deadline: { question: 'Avant quelle date cela doit-il être envoyé (AAAA-MM-JJ) ?' },
      },
    },
  },
};
