import type { Catalog } from './catalog-en.js';

export const fr: Catalog = {
  scope:
    'Je peux vous aider en matière de sécurité de la recherche : partenariats internationaux, chercheurs invités, déplacements avec appareils et données, financements étrangers et programmes de talents, contrôle des exportations de technologies et de données, orientations nationales (UE, NL, Royaume-Uni, États-Unis, Canada, Australie et d’autres) et interlocuteurs à contacter.',
  empty:
    'Je suis ressec, l’assistant pour la sécurité de la recherche, et je n’ai pas trouvé de question dans ce message. {{scope}} Demandez par exemple : « Ai-je besoin d’une licence d’exportation pour partager un logiciel avec un partenaire à l’étranger ? »',
  refusalInjection:
    'Je ne suis pas les instructions qui changent mon fonctionnement, révèlent ma configuration ou déclarent quelque chose autorisé ou approuvé. {{scope}}',
  refusalEvasion:
    'Je ne peux pas aider à cacher quelque chose à un établissement, un financeur ou une autorité, ni à contourner le contrôle des exportations, les vérifications, les sanctions ou les obligations de déclaration : cela vous expose juridiquement, ainsi que vos partenaires et votre établissement. La voie légitime est de le déclarer et de consulter {{desk}}, qui peut chercher une solution avec vous, comme une licence, un plan de mesures ou un autre montage : utilisez « Consulter le service de conseil » ci-dessous.{{contacts}}',
  refusalTargeting:
    'Je ne peux pas aider à filtrer, profiler ou cibler des personnes en raison de leur nationalité, de leur origine ethnique ou de leur origine, ni à rechercher des informations privées sur une personne. Les orientations de sécurité de la recherche évaluent des organisations, des activités et des technologies (les liens d’un partenaire, l’utilisation finale, la sensibilité des travaux), pas des nationalités. Si vous avez une préoccupation concrète au sujet d’une collaboration ou d’une visite, {{desk}} peut vous aider : utilisez « Consulter le service de conseil » ci-dessous.',
  outOfScope: 'Cela sort de ce que je peux faire. {{scope}}',
  noGrounding:
    'Je n’ai pas trouvé cela dans les orientations dont je dispose, je ne vais donc pas deviner. {{Desk}} peut vous aider : utilisez « Consulter le service de conseil » ci-dessous.{{contacts}}',
  nationalAdvice: ' Conseil national : {{list}}.',
  contactPoints: 'Points de contact :',
  quotesEnglish:
    'Cette réponse cite des orientations en anglais : les orientations dont je dispose sont rédigées en anglais.',
  askDesk: 'Consulter le service de conseil',
  startCheck: 'Lancer une évaluation des risques',
  alsoAsk: 'Vous pourriez aussi demander :',
  jurisdiction: 'Juridiction : {{list}}',
  asOf: 'Orientations à jour au {{date}}',
  wordedByModel: 'Formulé par un modèle d’IA à partir des passages cités',
  verifiedOn: '✅ Vérifié par le service de conseil le {{date}}',
  stale: '⚠️ « {{title}} » devait être révisé le {{date}} ; les orientations ont pu changer depuis.',
  disclaimer:
    'Des orientations, pas un avis juridique : une évaluation n’est jamais une autorisation ; votre service de conseil décide.',
  helpIntro:
    'Je suis ressec, l’assistant pour la sécurité de la recherche. Posez votre question simplement, par exemple « Qui puis-je consulter en France au sujet d’un partenariat avec une université étrangère ? », et je réponds à partir des orientations sélectionnées, en citant chaque source.',
};
