import type { Catalog } from './catalog-en.js';

export const de: Catalog = {
  scope:
    'Ich helfe bei Forschungssicherheit: internationale Kooperationen, Gastforschende, Reisen mit Geräten und Daten, ausländische Förderung und Talentprogramme, Exportkontrolle von Technologie und Daten, nationale Leitlinien (EU, NL, UK, US, CA, AU und mehr) und wen Sie fragen können.',
  empty:
    'Ich bin ressec, der Assistent für Forschungssicherheit, und ich habe in dieser Nachricht keine Frage gefunden. {{scope}} Fragen Sie zum Beispiel: "Brauche ich eine Ausfuhrgenehmigung, um Software mit einem Partner im Ausland zu teilen?"',
  refusalInjection:
    'Ich folge keinen Anweisungen, die meine Arbeitsweise ändern, meine Konfiguration offenlegen oder etwas für freigegeben oder genehmigt erklären. {{scope}}',
  refusalEvasion:
    'Ich kann nicht dabei helfen, etwas vor einer Einrichtung, einem Geldgeber oder einer Behörde zu verbergen oder Exportkontrollen, Prüfungen, Sanktionen oder Offenlegungspflichten zu umgehen: Das bringt Sie, Ihre Partner und Ihre Einrichtung rechtlich in Gefahr. Der richtige Weg ist, es offenzulegen und {{desk}} zu fragen, die mit Ihnen einen Weg suchen kann, etwa eine Genehmigung, einen Plan mit Schutzmaßnahmen oder eine andere Gestaltung: Nutzen Sie unten "Die Beratungsstelle fragen".{{contacts}}',
  refusalTargeting:
    'Ich kann nicht dabei helfen, Menschen wegen ihrer Staatsangehörigkeit, ethnischen Zugehörigkeit oder Herkunft zu überprüfen, zu profilieren oder herauszugreifen, oder private Angaben über eine Person zu suchen. Leitlinien zur Forschungssicherheit bewerten Organisationen, Tätigkeiten und Technologien (die Verbindungen eines Partners, den Endverwendungszweck, die Sensibilität der Arbeit), nicht Staatsangehörigkeiten. Wenn Sie eine konkrete Sorge zu einer Kooperation oder einem Besuch haben, kann {{desk}} helfen: Nutzen Sie unten "Die Beratungsstelle fragen".',
  outOfScope: 'Dabei kann ich nicht helfen. {{scope}}',
  noGrounding:
    'Das habe ich in den mir vorliegenden Leitlinien nicht gefunden, also rate ich nicht. {{Desk}} kann helfen: Nutzen Sie unten "Die Beratungsstelle fragen".{{contacts}}',
  ownCase:
    'Entscheidungen, Prüfungen oder den Stand einzelner Vorgänge kann ich nicht einsehen: Die Leitlinien, die mir vorliegen, sind allgemein. Die Stelle, die Ihren Vorgang bearbeitet, kann es Ihnen sagen, oder {{desk}} kann es herausfinden: Nutzen Sie unten "Die Beratungsstelle fragen".{{contacts}}',
  personalLine:
    'Mir liegen die offiziellen Kontaktwege von Stellen vor, nicht die Durchwahl-, Mobil- oder Privatnummern der Menschen, die dort arbeiten. Über den offiziellen Weg der Stelle erreichen Sie die Person, die Ihren Vorgang bearbeitet, oder {{desk}} hilft Ihnen: Nutzen Sie unten "Die Beratungsstelle fragen".{{contacts}}',
  nationalAdvice: ' Nationale Beratung: {{list}}.',
  contactPoints: 'Kontaktstellen:',
  quotesEnglish:
    'Diese Antwort zitiert englischsprachige Leitlinien: Die Leitlinien, die mir vorliegen, sind auf Englisch verfasst.',
  askDesk: 'Die Beratungsstelle fragen',
  startCheck: 'Risikoprüfung starten',
  alsoAsk: 'Sie könnten auch fragen:',
  jurisdiction: 'Rechtsraum: {{list}}',
  asOf: 'Leitlinien mit Stand {{date}}',
  wordedByModel: 'Von einem KI-Modell aus den zitierten Passagen formuliert',
  verifiedOn: '✅ Von der Beratungsstelle geprüft am {{date}}',
  stale: '⚠️ "{{title}}" hätte am {{date}} überprüft werden sollen; die Leitlinien können sich seitdem geändert haben.',
  disclaimer:
    'Leitlinien, keine Rechtsberatung: Eine Bewertung ist nie eine Freigabe; Ihre Beratungsstelle entscheidet.',
  levelLow: 'Niedrig',
  levelMedium: 'Mittel',
  levelHigh: 'Hoch',
  appraisalTitle: 'Risikobewertung: {{flow}}',
  appraisalOverall: 'Gesamteinstufung',
  appraisalFlags: 'Was ich festgestellt habe',
  appraisalNoFlags: 'Ihre Angaben haben keine Risikohinweise ausgelöst.',
  appraisalMitigations: 'Mögliche Schutzmaßnahmen',
  appraisalNextSteps: 'Nächste Schritte',
  appraisalEscalate: 'Die Beratungsstelle sollte dies sehen, bevor Sie fortfahren.',
  appraisalNoEscalate:
    'Eine Prüfung durch die Beratungsstelle ist nicht nötig, Sie können sie aber jederzeit um Rat fragen.',
  appraisalSources: 'Quellen',
  appraisalSummary: 'Risikobewertung: {{flow}}, Gesamteinstufung {{level}}.',
  appraisalSummaryEscalate:
    'Risikobewertung: {{flow}}, Gesamteinstufung {{level}}; die Beratungsstelle sollte sie sehen.',
  // "Save as markdown": what the researcher is told, and the document's own words.
  appraisalSaved: 'Die Bewertung wurde unter {{file}} gespeichert (nur für Sie lesbar).',
  appraisalSaveFailed:
    'Die Bewertung konnte nicht unter {{file}} gespeichert werden ({{code}}). Es wurde nichts geschrieben.',
  appraisalDocumentTitle: '{{flow}}: Risikobewertung',
  appraisalDocumentFallback: '{{flow}}: Risikobewertung (Markdown)',
  appraisalDocumentLevel: 'Gesamteinstufung: **{{level}}**',
  appraisalDocumentReviewYes: 'Prüfung durch die Beratungsstelle empfohlen: ja',
  appraisalDocumentReviewNo: 'Prüfung durch die Beratungsstelle empfohlen: nein',
  appraisalDocumentDeadline: 'Frist: {{date}}',
  appraisalDocumentCompleted: 'Abgeschlossen: {{date}} (Referenz {{reference}})',
  appraisalDocumentFlags: 'Hinweise',
  appraisalDocumentNoFlags: 'Keine Hinweise.',
  appraisalDocumentAnswers: 'Antworten',
  sendToDesk: 'An die Beratungsstelle senden',
  saveMarkdown: 'Als Markdown speichern',
  startAgain: 'Neu beginnen',
  intakeStarting: 'Wir beginnen mit der **{{flow}}**.',
  intakeDiscarded: 'Ihre nicht abgeschlossene Prüfung wurde verworfen.',
  intakeHowTo:
    'Ihre Antworten bleiben vertraulich zwischen Ihnen und der Beratungsstelle. Sie können jederzeit `zurück`, `überspringen` (eine optionale Frage), `ändern <Nummer>` (eine Antwort korrigieren), `später` (später fortsetzen) oder `abbrechen` eingeben. Sie können auch jederzeit eine Frage stellen; ich beantworte sie und kehre dann hierher zurück.',
  questionHeading: '{{flow}} · Frage {{position}} von {{total}}',
  questionOptional: '(optional)',
  currentAnswer: 'Aktuelle Antwort: {{answer}}',
  hardToAnswer:
    'Diese Frage scheint hier schwer zu beantworten zu sein. Versuchen Sie es mit anderen Worten, fragen Sie die Beratungsstelle (Schaltfläche unten) oder geben Sie `later` ein, um später fortzufahren.',
  next: 'Weiter',
  back: 'Zurück',
  skip: 'Überspringen',
  finishLater: 'Später fortsetzen',
  cancel: 'Abbrechen',
  reviewHeading: '{{flow}}: Bitte prüfen Sie Ihre Antworten',
  confirmAndAppraise: 'Bestätigen und bewerten',
  changeAnswer: 'Eine Antwort ändern:',
  reviewHint:
    'Geben Sie `confirm` (bestätigen), `change <Nummer>` (ändern), `back` (zurück) oder `cancel` (abbrechen) ein.',
  answerSkipped: '(übersprungen)',
  answerMissing: '(nicht beantwortet)',
  backToCheck: 'Zurück zur {{flow}}:',
  intakePaused:
    'Für später gespeichert. Geben Sie `check` ein, um die {{flow}} dort fortzusetzen, wo Sie aufgehört haben.',
  intakeCancelled: 'Die {{flow}} wurde abgebrochen und die Antworten wurden gelöscht.',
  flowListIntro:
    'Welche Risikoprüfung möchten Sie durchführen? Jede dauert ein paar Minuten und endet mit einer Bewertung mit Quellenangaben.',
  flowListQuestion: 'Welche Risikoprüfung möchten Sie durchführen?',
  resumeQuestion: 'Möchten Sie Ihre {{flow}} fortsetzen oder neu beginnen?',
  resumeUnfinished: 'Sie haben eine nicht abgeschlossene **{{flow}}** ({{position}}).',
  resumeContinue: '{{flow}} fortsetzen',
  startOver: 'Neu beginnen',
  cancelIt: 'Abbrechen',
  otherChecks: 'Oder beginnen Sie eine andere Prüfung:',
  positionQuestion: 'Frage {{position}} von {{total}}',
  positionSummary: 'bei der Zusammenfassung',
  resumeAfterIdle: 'Es ist eine Weile her, daher habe ich Ihre Nachricht nicht als Antwort gewertet.',
  statusNew: 'neu',
  statusInReview: 'in Bearbeitung',
  statusNeedsInfo: 'Angaben benötigt',
  statusAdviceGiven: 'Rat erteilt',
  statusClosed: 'geschlossen',
  ticketQuestion:
    'Die Beratungsstelle hat eine Frage zu {{ticket}}:\n{{quote}}\nAntworten Sie mit „Reply to the desk“.',
  ticketAdvice: 'Rat der Beratungsstelle zu {{ticket}}:\n{{quote}}',
  ticketStatusChanged: 'Ihr Ticket {{ticket}} hat jetzt den Status **{{status}}**.',
  ticketFiledNext: 'Sie erfahren hier, wenn sich der Status ändert; geben Sie `tickets` ein, um Ihre Tickets zu sehen.',
  ticketAlreadyFiled:
    'Sie haben dies bereits als **{{id}}** ({{status}}) eingereicht; es wurde nichts Neues eingereicht.',
  deskResponseTime: '{{Desk}} strebt eine Antwort innerhalb von {{time}} an.',
  listAnd: ' und ',
  deliverySent: 'An {{desk}} gesendet: {{what}} wurde über {{channels}} zugestellt.',
  deliveryQueuedRunning:
    'Für {{desk}} in der Warteschlange: {{what}} wartet auf {{channels}}, und der Zustelldienst dieser Sitzung versucht es weiter, solange er läuft (`ressec deliver` tut dasselbe eigenständig).',
  deliveryQueued:
    'Für {{desk}} in der Warteschlange: {{what}} geht an {{channels}}, sobald der Zustelldienst läuft. Führen Sie `ressec deliver` aus oder lassen Sie `ressec chat` oder `ressec slack` laufen, die ihn ausführen.',
  deliveryFailed:
    'Nicht zugestellt: {{channels}} hat {{what}} abgelehnt ({{reason}}). Es bleibt gespeichert; bitte informieren Sie die Beratungsstelle direkt und bitten Sie die Administration, den Kanal zu reparieren und `ressec deliver --retry-dead` auszuführen.',
  deliverySaved:
    'In der Ticketdatenbank gespeichert, aber es ist kein Kanal, Webhook oder E-Mail-Versand für die Beratungsstelle eingerichtet, daher wurde niemand benachrichtigt: Die Beratungsstelle sieht {{what}} mit `ressec tickets` oder in {{file}}, sobald der Zustelldienst gelaufen ist. Die Administration kann SLACK_DESK_CHANNEL, ESCALATION_WEBHOOK_URL oder SMTP_URL setzen (siehe .env.example).',
  deliveryUnknown: 'Eingereicht; {{desk}} sieht {{what}} mit `ressec tickets`.',
  replyAdded: 'Ihre Antwort wurde zu **{{id}}** hinzugefügt.',
  yourReply: 'Ihre Antwort',
  flagUnsureNote: ' (mit "Unsicher" beantwortet: ein Hinweis, bis es geklärt ist)',
  policyTechnology: 'Nach den Regeln von {{owner}} geht Arbeit mit Bezug zu {{named}} an die Beratungsstelle.',
  policyPartner: 'Nach den Regeln von {{owner}} geht Arbeit mit {{named}} als Partner an die Beratungsstelle.',
  policyMitigation:
    'Warten Sie auf die Beratungsstelle, bevor Sie Zusagen machen: Ihre Einrichtung prüft jeden Fall wie diesen.',
  stepSendToDesk:
    'Senden Sie diese Bewertung an {{desk}} (Schaltfläche unten), bevor Sie Zusagen machen; die Beratungsstelle entscheidet, meist mit Schutzmaßnahmen statt mit einem Nein.',
  stepNoReview:
    'Nach diesen Angaben ist keine Prüfung durch die Beratungsstelle nötig, Sie können diese Bewertung aber jederzeit an {{desk}} senden.',
  stepContactPoint: 'Nationale Anlaufstelle: {{name}} ({{url}}).',
  deadlineEarly:
    'Ihre Frist ist der {{deadline}}: Wenden Sie sich früh genug an {{desk}}, um vorher beraten zu werden.',
  deadlineTooClose:
    'Ihre Frist ({{deadline}}) lässt weniger als die {{days}} Tage Vorlauf, die {{institution}} verlangt: Wenden Sie sich jetzt an {{desk}}.',
  deadlineNotice:
    '{{institution}} verlangt {{days}} Tage Vorlauf: Wenden Sie sich bis zum {{noticeBy}} an {{desk}} (Ihre Frist ist der {{deadline}}).',
  notAClearance:
    'Diese Bewertung berät: Sie gibt nichts frei und verbietet nichts, und die Listen, die sie heranzieht, sind Hinweise, keine Freigabe. Die Beratungsstelle entscheidet.',
  problemNoMatch: 'Das konnte ich keiner Option zuordnen. Bitte wählen Sie eine davon: {{options}}.',
  problemNoMatchPart: '"{{part}}" konnte ich keiner Option zuordnen.',
  problemPickOne: 'Bitte wählen Sie eine davon: {{options}}.',
  problemPickFrom: 'Bitte wählen Sie aus: {{options}}.',
  problemPickAtLeastOne: 'Bitte wählen Sie mindestens eine Option.',
  problemPickOnce: 'Jede Option kann nur einmal gewählt werden.',
  problemNoneAlone: '"Nichts davon" lässt sich nicht mit anderen Optionen kombinieren.',
  problemYesNoUnsure: 'Bitte antworten Sie mit Ja, Nein oder Unsicher.',
  problemMoreDetail: 'Bitte geben Sie etwas mehr an (mindestens zwei Zeichen).',
  problemTooLong: 'Bitte bleiben Sie unter {{max}} Zeichen.',
  problemDateFormat: 'Bitte geben Sie ein Datum als JJJJ-MM-TT an, zum Beispiel 2027-03-31.',
  problemDateWords: 'Bitte geben Sie ein Datum als JJJJ-MM-TT an (zum Beispiel 2027-03-31) oder "in 3 Wochen".',
  problemNotCalendarDate: 'Dieses Datum gibt es nicht; bitte verwenden Sie JJJJ-MM-TT.',
  problemDatePassed: 'Dieses Datum liegt in der Vergangenheit; bitte geben Sie ein künftiges Datum an.',
  problemDoesNotFit: 'Diese Antwort passt nicht zu dieser Frage.',
  noteNoLongerApplies: 'Diese Frage stellt sich nicht mehr.',
  noteConfirmOrChange:
    'Geben Sie `bestätigen` ein, um abzuschließen, oder `ändern <Nummer>`, um eine Antwort zu korrigieren.',
  noteUpdated: 'Geändert: {{label}}.',
  noteNothingToSkip: 'Es gibt keine offene Frage, die sich überspringen ließe.',
  noteNeededUnsure:
    'Diese Frage wird für die Bewertung gebraucht. Wenn Sie es nicht wissen, antworten Sie mit "Unsicher".',
  noteNeeded: 'Diese Frage wird für die Bewertung gebraucht und kann nicht übersprungen werden.',
  noteSkipped: 'Übersprungen: {{label}}.',
  noteFirstQuestion: 'Das ist die erste Frage.',
  noteUnknownField:
    'Ich konnte nicht erkennen, welche Frage "{{target}}" ist; bitte nutzen Sie die Nummer aus der Zusammenfassung.',
  noteStillOpen: 'Einige Fragen sind noch offen.',
  commandAsk: '`frage <Ihre Frage>`: eine Frage in einfachen Worten (oder tippen Sie sie einfach ein)',
  commandCheck:
    '`prüfen [partnerschaft|gastforschende|reise|finanzierung|weitergabe]`: eine geführte Risikoprüfung, die mit einer Bewertung samt Quellen endet (ohne Namen: die Liste der Prüfungen, oder Ihre fortsetzen)',
  commandTickets: '`tickets`: Ihre Tickets bei der Beratungsstelle (für die Beratungsstelle: alle offenen Tickets)',
  commandTicket: '`beratung [RS-2026-0042]`: der Beratungsstelle schreiben oder eines Ihrer Tickets öffnen',
  commandHelp: '`hilfe`: was ich kann',
  askPrompt:
    'Schreiben Sie Ihre Frage nach `frage`, zum Beispiel `frage Brauche ich eine Ausfuhrgenehmigung, um Software mit einem Partner im Ausland zu teilen?`, oder tippen Sie die Frage einfach ein.',
  intakeUnknownFlow: 'Eine Prüfung namens "{{name}}" kenne ich nicht.',
  intakeNone: 'Es läuft keine Prüfung. Geben Sie `prüfen` ein, um eine zu starten.',
  intakeOldButton: 'Diese Schaltfläche gehört zu einer früheren Prüfung. Hier stehen Sie:',
  appraisalGone:
    'Diese Bewertung ist nicht mehr verfügbar. Geben Sie `prüfen` ein, um die Prüfung erneut durchzuführen.',
  intakeButtonInactive: 'Diese Schaltfläche ist nicht mehr aktiv. Geben Sie `prüfen` ein, um eine Prüfung zu starten.',
  helpIntro:
    'Ich bin ressec, der Assistent für Forschungssicherheit. Stellen Sie Ihre Frage in einfachen Worten, zum Beispiel "Wen kann ich in Deutschland zu einer Kooperation mit einer ausländischen Universität fragen?", und ich antworte aus den ausgewählten Leitlinien und nenne zu allem die Quelle.',
};
