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
  ownCase:
    'Je ne vois pas les décisions, les contrôles ni l’état des dossiers individuels : les orientations dont je dispose sont générales. Le service qui traite votre dossier peut vous le dire, ou {{desk}} peut se renseigner : utilisez « Consulter le service de conseil » ci-dessous.{{contacts}}',
  personalLine:
    'Je dispose des coordonnées officielles des services, pas des numéros directs, mobiles ou personnels des personnes qui y travaillent. La voie officielle du service vous mène à la personne qui traite votre dossier, ou {{desk}} peut vous aider : utilisez « Consulter le service de conseil » ci-dessous.{{contacts}}',
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
  levelLow: 'Faible',
  levelMedium: 'Moyen',
  levelHigh: 'Élevé',
  appraisalTitle: 'Évaluation des risques : {{flow}}',
  appraisalOverall: 'Niveau global',
  appraisalFlags: 'Ce que j’ai relevé',
  appraisalNoFlags: 'Vos réponses n’ont déclenché aucun signal de risque.',
  appraisalMitigations: 'Mesures d’atténuation à envisager',
  appraisalNextSteps: 'Prochaines étapes',
  appraisalEscalate: 'Le service de conseil devrait examiner ceci avant que vous n’alliez plus loin.',
  appraisalNoEscalate:
    'Un examen par le service de conseil n’est pas nécessaire, mais vous pouvez toujours le consulter.',
  appraisalSources: 'Sources',
  appraisalSummary: 'Évaluation des risques : {{flow}}, niveau global {{level}}.',
  appraisalSummaryEscalate:
    'Évaluation des risques : {{flow}}, niveau global {{level}} ; le service de conseil devrait l’examiner.',
  // "Save as markdown": what the researcher is told, and the document's own words.
  appraisalSaved: 'L’évaluation a été enregistrée dans {{file}} (lisible par vous seul).',
  appraisalSaveFailed: 'L’évaluation n’a pas pu être enregistrée dans {{file}} ({{code}}). Rien n’a été écrit.',
  appraisalDocumentTitle: '{{flow}} : évaluation des risques',
  appraisalDocumentFallback: '{{flow}} : évaluation des risques (markdown)',
  appraisalDocumentLevel: 'Niveau global : **{{level}}**',
  appraisalDocumentReviewYes: 'Examen par le service de conseil suggéré : oui',
  appraisalDocumentReviewNo: 'Examen par le service de conseil suggéré : non',
  appraisalDocumentDeadline: 'Échéance : {{date}}',
  appraisalDocumentCompleted: 'Terminée : {{date}} (référence {{reference}})',
  appraisalDocumentFlags: 'Signaux',
  appraisalDocumentNoFlags: 'Aucun signal.',
  appraisalDocumentAnswers: 'Réponses',
  sendToDesk: 'Envoyer au service de conseil',
  saveMarkdown: 'Enregistrer en markdown',
  startAgain: 'Recommencer',
  intakeStarting: 'Nous commençons la **{{flow}}**.',
  intakeDiscarded: 'Votre vérification inachevée a été supprimée.',
  intakeHowTo:
    'Vos réponses restent confidentielles, entre vous et le service de conseil. À tout moment, vous pouvez taper `retour`, `passer` (une question facultative), `modifier <numéro>` (corriger une réponse), `plus tard` (terminer une autre fois) ou `annuler`. Vous pouvez aussi poser une question à tout moment ; j’y réponds, puis nous reprenons ici.',
  questionHeading: '{{flow}} · question {{position}} sur {{total}}',
  questionOptional: '(facultatif)',
  currentAnswer: 'Réponse actuelle : {{answer}}',
  hardToAnswer:
    'Cette question semble difficile à traiter ici. Reformulez votre réponse, consultez le service de conseil (bouton ci-dessous) ou tapez `later` pour terminer plus tard.',
  next: 'Suivant',
  back: 'Retour',
  skip: 'Passer',
  finishLater: 'Terminer plus tard',
  cancel: 'Annuler',
  reviewHeading: '{{flow}} : veuillez vérifier vos réponses',
  confirmAndAppraise: 'Confirmer et évaluer',
  changeAnswer: 'Modifier une réponse :',
  reviewHint: 'Tapez `confirm` (confirmer), `change <numéro>` (modifier), `back` (retour) ou `cancel` (annuler).',
  answerSkipped: '(question passée)',
  answerMissing: '(sans réponse)',
  backToCheck: 'Retour à la {{flow}} :',
  intakePaused: 'Enregistré pour plus tard. Tapez `check` pour reprendre la {{flow}} là où vous vous étiez arrêté.',
  intakeCancelled: 'La {{flow}} a été annulée et ses réponses ont été supprimées.',
  flowListIntro:
    'Quelle évaluation des risques souhaitez-vous effectuer ? Chacune prend quelques minutes et se termine par une évaluation sourcée.',
  flowListQuestion: 'Quelle évaluation des risques souhaitez-vous effectuer ?',
  resumeQuestion: 'Voulez-vous poursuivre votre {{flow}} ou recommencer ?',
  resumeUnfinished: 'Vous avez une **{{flow}}** inachevée ({{position}}).',
  resumeContinue: 'Poursuivre la {{flow}}',
  startOver: 'Recommencer',
  cancelIt: 'L’annuler',
  otherChecks: 'Ou commencez une autre vérification :',
  positionQuestion: 'question {{position}} sur {{total}}',
  positionSummary: 'au récapitulatif',
  resumeAfterIdle: 'Un certain temps s’est écoulé : je n’ai donc pas pris votre message pour une réponse.',
  statusNew: 'nouveau',
  statusInReview: 'en cours d’examen',
  statusNeedsInfo: 'informations requises',
  statusAdviceGiven: 'avis rendu',
  statusClosed: 'clos',
  ticketQuestion:
    'Le service de conseil a une question sur {{ticket}} :\n{{quote}}\nUtilisez « Reply to the desk » pour répondre.',
  ticketAdvice: 'Avis du service de conseil sur {{ticket}} :\n{{quote}}',
  ticketStatusChanged: 'Votre ticket {{ticket}} est désormais **{{status}}**.',
  ticketFiledNext: 'Vous serez informé ici de tout changement de statut ; tapez `tickets` pour voir vos tickets.',
  ticketAlreadyFiled:
    'Vous avez déjà déposé cette demande sous **{{id}}** ({{status}}) ; rien de nouveau n’a été déposé.',
  deskResponseTime: '{{Desk}} s’efforce de répondre sous {{time}}.',
  listAnd: ' et ',
  deliverySent: 'Envoyé à {{desk}} : {{what}} a été transmis par {{channels}}.',
  deliveryQueuedRunning:
    'En file d’attente pour {{desk}} : {{what}} attend {{channels}}, et le service d’envoi de cette session réessaie tant qu’il tourne (`ressec deliver` fait de même de façon autonome).',
  deliveryQueued:
    'En file d’attente pour {{desk}} : {{what}} partira vers {{channels}} dès que le service d’envoi tournera. Lancez `ressec deliver`, ou laissez tourner `ressec chat` ou `ressec slack`, qui le lancent.',
  deliveryFailed:
    'Non transmis : {{channels}} a refusé {{what}} ({{reason}}). La demande est conservée ; prévenez directement le service de conseil et demandez à l’administrateur de réparer le canal et de lancer `ressec deliver --retry-dead`.',
  deliverySaved:
    'Enregistré dans la base des tickets, mais aucun canal, webhook ou e-mail n’est configuré pour le service de conseil : personne n’a été prévenu. Le service voit {{what}} avec `ressec tickets`, ou dans {{file}} une fois le service d’envoi passé. Un administrateur peut définir SLACK_DESK_CHANNEL, ESCALATION_WEBHOOK_URL ou SMTP_URL (voir .env.example).',
  deliveryUnknown: 'Déposé ; {{desk}} voit {{what}} avec `ressec tickets`.',
  replyAdded: 'Votre réponse a été ajoutée à **{{id}}**.',
  yourReply: 'votre réponse',
  flagUnsureNote: ' (réponse « Je ne sais pas » : un signal tant que ce n’est pas vérifié)',
  policyTechnology:
    'La politique de {{owner}} veut que les travaux portant sur {{named}} passent par le service de conseil.',
  policyPartner:
    'La politique de {{owner}} veut que les travaux menés avec {{named}} passent par le service de conseil.',
  policyMitigation:
    'Attendez l’avis du service de conseil avant de vous engager : votre établissement examine chaque cas de ce type.',
  stepSendToDesk:
    'Envoyez cette évaluation à {{desk}} (bouton ci-dessous) avant de vous engager ; c’est le service qui décide, le plus souvent avec des mesures d’atténuation plutôt qu’un refus.',
  stepNoReview:
    'Vos réponses ne demandent pas d’examen par le service, mais vous pouvez toujours envoyer cette évaluation à {{desk}}.',
  stepContactPoint: 'Point de contact national : {{name}} ({{url}}).',
  deadlineEarly:
    'Votre échéance est le {{deadline}} : contactez {{desk}} assez tôt pour obtenir un avis avant cette date.',
  deadlineTooClose:
    'Votre échéance ({{deadline}}) laisse moins que le préavis de {{days}} jours demandé par {{institution}} : contactez {{desk}} dès maintenant.',
  deadlineNotice:
    '{{institution}} demande un préavis de {{days}} jours : contactez {{desk}} au plus tard le {{noticeBy}} (votre échéance est le {{deadline}}).',
  notAClearance:
    'Cette évaluation conseille : elle n’autorise ni n’interdit rien, et les listes qu’elle consulte sont des signaux, pas une autorisation. C’est le service de conseil qui décide.',
  problemNoMatch: 'Je n’ai pas pu rattacher cette réponse à une option. Choisissez parmi : {{options}}.',
  problemNoMatchPart: 'Je n’ai pas pu rattacher « {{part}} » à une option.',
  problemPickOne: 'Choisissez parmi : {{options}}.',
  problemPickFrom: 'Choisissez parmi : {{options}}.',
  problemPickAtLeastOne: 'Choisissez au moins une option.',
  problemPickOnce: 'Chaque option ne peut être choisie qu’une fois.',
  problemNoneAlone: '« Aucun de ceux-ci » ne peut pas être combiné avec d’autres options.',
  problemYesNoUnsure: 'Répondez par Oui, Non ou Je ne sais pas.',
  problemMoreDetail: 'Donnez un peu plus de détails (au moins deux caractères).',
  problemTooLong: 'Restez sous {{max}} caractères.',
  problemDateFormat: 'Indiquez une date au format AAAA-MM-JJ, par exemple 2027-03-31.',
  problemDateWords: 'Indiquez une date au format AAAA-MM-JJ (par exemple 2027-03-31), ou « dans 3 semaines ».',
  problemNotCalendarDate: 'Cette date n’existe pas ; utilisez le format AAAA-MM-JJ.',
  problemDatePassed: 'Cette date est passée ; indiquez une date à venir.',
  problemDoesNotFit: 'Cette réponse ne correspond pas à la question.',
  noteNoLongerApplies: 'Cette question ne s’applique plus.',
  noteConfirmOrChange: 'Tapez `confirmer` pour terminer, ou `modifier <numéro>` pour corriger une réponse.',
  noteUpdated: 'Modifié : {{label}}.',
  noteNothingToSkip: 'Il n’y a pas de question en cours à passer.',
  noteNeededUnsure: 'Cette question est nécessaire à l’évaluation. Si vous ne savez pas, répondez « Je ne sais pas ».',
  noteNeeded: 'Cette question est nécessaire à l’évaluation et ne peut pas être passée.',
  noteSkipped: 'Question passée : {{label}}.',
  noteFirstQuestion: 'C’est la première question.',
  noteUnknownField:
    'Je n’ai pas pu déterminer de quelle question il s’agit (« {{target}} ») ; utilisez son numéro dans le récapitulatif.',
  noteStillOpen: 'Quelques questions restent sans réponse.',
  commandAsk: '`question <votre question>` : une question en termes simples (ou tapez-la directement)',
  commandCheck:
    '`vérifier [partenariat|accueil|déplacement|financement|partage]` : une évaluation des risques guidée qui aboutit à une appréciation sourcée (sans nom : la liste des évaluations, ou reprendre la vôtre)',
  commandTickets: '`tickets` : vos tickets auprès du service de conseil (pour le service : tous les tickets ouverts)',
  commandTicket: '`conseil [RS-2026-0042]` : écrire au service de conseil, ou ouvrir l’un de vos tickets',
  commandHelp: '`aide` : ce que je sais faire',
  askPrompt:
    'Tapez votre question après `question`, par exemple `question Ai-je besoin d’une licence d’exportation pour partager un logiciel avec un partenaire à l’étranger ?`, ou tapez simplement la question.',
  intakeUnknownFlow: 'Je ne connais pas d’évaluation appelée « {{name}} ».',
  intakeNone: 'Aucune évaluation n’est en cours. Tapez `vérifier` pour en lancer une.',
  intakeOldButton: 'Ce bouton appartient à une évaluation précédente. Voici où vous en êtes :',
  appraisalGone: 'Cette évaluation n’est plus disponible. Tapez `vérifier` pour refaire l’évaluation.',
  intakeButtonInactive: 'Ce bouton n’est plus actif. Tapez `vérifier` pour lancer une évaluation.',
  helpIntro:
    'Je suis ressec, l’assistant pour la sécurité de la recherche. Posez votre question simplement, par exemple « Qui puis-je consulter en France au sujet d’un partenariat avec une université étrangère ? », et je réponds à partir des orientations sélectionnées, en citant chaque source.',
};
