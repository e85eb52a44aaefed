// "What did the export office decide about my request last week?": a question about the asker's own case, its status
// or a decision taken on it. No guidance holds that; an answer from the guidance would answer a neighbouring question
// without saying so. The office that holds the case does: the answer says so and offers the advice desk.

/** A decision, check or status, in English, Dutch, German and French. */
const DECIDED_WORDS =
  /(decided?|decision|ruled|approved|accepted|processed|designated|rejected|refused|turned down|checked|screened|assessed|reviewed|vetted|status|validated|concluded?|responded|replied|answered|gevalideerd|geaccepteerd|aanvaard|aangewezen|gereageerd|geantwoord|geconcludeerd|bestätigt|akzeptiert|angenommen|geantwortet|reagiert|valid[eé]e?s?|r[eé]pondu|conclu|besloten|beslist|beslissing|goedgekeurd|afgewezen|gecontroleerd|gescreend|beoordeeld|entschieden|entscheidung|genehmigt|abgelehnt|gepr[uü]ft|[uü]berpr[uü]ft|bewertet|beurteilt|evaluiert|evaluated|ge[eë]valueerd|[eé]valu[eé]e?s?|opened|started|launched|finished|completed|bearbeitet|behandelt|behandeld|zugeteilt|vergeben|toegekend|attribu[eé]e?s?|afgerond|gestart|abgeschlossen|eingeleitet|er[öo]ffnet|termin[eé]e?s?|ouvert|lanc[eé]e?|d[eé]cid[eé]e?s?|d[eé]cision|approuv[eé]e?|accept[eé]e?|trait[eé]e?|rendu (son |un |leur )?avis|d[eé]sign[eé]e?|refus[eé]e?|rejet[eé]e?|examin[eé]e?|v[eé]rifi[eé]e?|statut)(?![\w\u00C0-\u024F])/
    .source;
const DECIDED = new RegExp(`\\b${DECIDED_WORDS}`, 'i');
/** Whose: the asker's own request, file or person. */
const POSSESSIVE = '(my|our|mijn|onze|ons|mein(e[mnrs]?)?|unser(e[mnrs]?)?|mon|ma|mes|notre|nos)';
const MINE = new RegExp(`\\b${POSSESSIVE}\\b`, 'i');
/** When: a recent, particular moment, or "already", which only a case has. */
const PARTICULAR_TIME =
  /\b(last (week|month|tuesday|monday|wednesday|thursday|friday|meeting)|yesterday|this (morning|week)|already|vorige week|gisteren|vanochtend|vanmorgen|afgelopen (week|dinsdag|maandag|woensdag|donderdag|vrijdag)|al\b|letzte[nr]? (woche|sitzung|dienstag|montag|mittwoch|donnerstag|freitag)|gestern|heute morgen|schon|bereits|(mardi|lundi|mercredi|jeudi|vendredi|semaine) derni[eè]re?|la semaine derni[eè]re|hier|ce matin|d[eé]j[aà]|yet|nog niet|noch nicht|pas encore|last month|vorige maand|letzten monat|le mois dernier)(?![\w\u00C0-\u024F])/i;

/** "I already decided to…": the asker's own decision is no case of theirs that someone else holds. */
const OWN_DECISION = new RegExp(`\\b(i|we|ik|wij|ich|wir|je|j'|nous)\\b(\\s+\\S+){0,2}\\s+${DECIDED_WORDS}`, 'i');

/**
 * What an office or a service did about the asker's own people or unit, asked outright ("Which of our partners has
 * the ministry flagged this year?", "Hat der Dienst schon eine Akte über meinen Doktoranden angelegt?"): only that
 * office holds the answer. The question must open with a question word, so a scene that reports such an act ("Our
 * partner was listed last month; what does it mean for us?") still gets the guidance.
 */
const ACTED_ON =
  /\b(flagged|listed|included|assigned|designated|failed|passed|told|tell|said to|raised?|opened a file|has a file|keeps? a file|set|signs? off|gezet|vastgesteld|festgelegt|gesetzt|markiert|gelistet|aufgenommen|zugewiesen|gesagt|akte|gemeld|gemarkeerd|opgenomen|toegewezen|gezegd|dossier over|signal[eé]e?s?|list[eé]e?s?|inclus|incluse?s|assign[eé]e?s?|dit [aà]|ouvert un dossier)\b/i;
/** "Can you check whether…": asking for someone else's record to be looked up. */
const CHECK_REQUEST =
  "(can|could) (you|u) (check|tell me|find out)( whether| if)?|(pourriez|pouvez)-vous (v[eé]rifier|me dire|m'indiquer)|(kunt|kun) (u|je) (nagaan|checken|zeggen)|(k[oö]nnen|k[oö]nnten) sie (pr[uü]fen|sagen|mir sagen)";
const OPENS_AS_QUESTION = new RegExp(
  `^\\W*(${CHECK_REQUEST}|which|what|who|whom|has|have|did|does|is|are|was|were|welche[rnms]?|wer|wen|hat|haben|ist|sind|wurde|welke?|wat|wie|heeft|hebben|zijn|werd|quel(le)?s?|qui|que|qu'|est-ce|a-t-(il|elle)|ont-ils)\\b`,
  'i',
);
const OWN_UNIT = new RegExp(
  String.raw`\b${POSSESSIVE}\s+(\S+\s+){0,2}(uni|university|universiteit|universit[aä]t|universit[eé]|faculty|faculteit|fakult[aä]t|facult[eé]|institute?|instituut|institut|lab|labo|labor|laboratoire|department|afdeling|abteilung|rector|rektor|recteur|dean|decaan|dekan|doyen|co-?authors?|co-?auteurs?|koautor(in)?|postdocs?|doktorand(in|en)?|doctorant(e|s)?|promovendus|promovendi|students?|studenten|[eé]tudiants?|partners?|partenaires?|partnern?|research office|colleagues?|collega'?s?|kolleg(e|in|en)|coll[eè]gues?|names?|naam|nom)\b|\b(we|wij|wir|nous)\s+(have\s+|hebben\s+|haben\s+|avons\s+)?(invited|hosted|hired|are hosting|uitgenodigd|aangenomen|eingeladen|eingestellt|invit[eé]e?s?|recrut[eé]e?s?)\b`,
  'i',
);
const THIS_PERIOD =
  /\b(this (year|semester|term|month)|current(ly)?|right now|dit (jaar|semester)|huidige|momenteel|dieses jahr|(in )?diesem (semester|jahr)|aktuell(en?)?|derzeit|cette ann[eé]e|ce semestre|actuel(le)?s?|en ce moment|last month|vorige maand|letzten monat|le mois dernier)\b/i;

/** What a body holds back from the public: a list, an annex or a decision it keeps to itself. */
const NON_PUBLIC =
  /\b(privately|behind closed doors|confidential (list|annex|report|decision|file)|internal (\w+ )?(list|annex|decision|file|deadline|investigation|inquiry|enquiry|review|procedure)|intern\w* (onderzoek|untersuchung|verfahren)|enqu[êe]te interne|date limite interne|d[eé]lai interne|interne (deadline|termijn|frist|liste)|unpublished (annex|list)|secret (list|annex)|vertrouwelijk\w* (lijst|bijlage)|intern\w* (lijst|liste|bijlage)|vertraulich\w* (liste|anlage)|geheim\w* (liste|lijst)|liste (confidentielle|interne|secr[eè]te)|annexe (confidentielle|non publi[ée]e|secr[eè]te)|[aà] huis clos|hinter verschlossenen t[üu]ren|achter gesloten deuren)\b/i;

const PAST_ACT = new RegExp(
  `^\\W*(${CHECK_REQUEST}|did|has|have|hat|haben|heeft|hebben)\\b|\\b(opened a file|has a file|akte|dossier over)\\b`,
  'i',
);

/**
 * The direct, mobile or private number (or name and line) of one officer, adviser or staff member: the guidance holds
 * offices' official routes, never a person's own, and a reply naming the office's route is what can be given.
 */
const PERSONAL_LINE =
  /\b(personal|private|direct|mobile|cell|home|own|priv[eé]|privat|persoonlijk\w*|mobiel\w*|direct\w*|direkt\w*|persönlich\w*|portable|perso|personnel(le)?)\s*(-\s*)?(mobile\s+|phone\s+|e-?mail\s+)?(number|phone|line|e-?mail|address|nummer|telefoonnummer|handynummer|telefonnummer|adres|anschrift|num[eé]ro|ligne|adresse)\b|\bnum[eé]ro\s+(de\s+)?(portable|t[eé]l[eé]phone|mobile)?\s*(personnel|priv[eé]|direct)|\badresse\s+(e-?mail\s+|[eé]lectronique\s+|postale\s+)?(personnelle|priv[eé]e)|\b(portable|mobile)\s+(personnel|priv[eé])|\bligne directe\b|\b(whatsapp|signal|telegram)(\s*-?\s*(number|nummer|num[eé]ro))?\b|\b(privénummer|privatnummer|handynummer|06-nummer)\b/i;
const ONE_PERSON =
  /\b(officer|official|adviser|advisor|staff member|employee|case ?worker|handler|chief|head|director|person|contact person|ambtenaar|behandelaar|sachbearbeiter(in)?|beamte[rn]?|leiter(in)?|fonctionnaire|conseill[eè]re?|agent|responsable|chef|charg[eé]e? de|FSD)\b|(adviseur|medewerker|mitarbeiter(in)?|referent(in)?|beauftragte[rn]?|co[öo]rdinator|koordinator(in)?)\b/i;

/** "What's the private mobile number of the UAMA officer handling our file?" */
export function asksForPersonalLine(question: string): boolean {
  return PERSONAL_LINE.test(question) && ONE_PERSON.test(question);
}

/** What the asker filed: an application, a request, a notification or a report, in four languages. */
const FILED =
  /\b(application|request|licen[cs]e|permit|notification|report|file|case|submission|declaration|proposal|\w*aanvraag|voorstel|vergunning|melding|dossier|verzoek|antrags?|genehmigung|meldung|anfrage|demande|autorisation|d[eé]claration|signalement|appeal|objection|bezwaar|beroep|widerspruch|einspruch|recours)\b/i;
/** How it stands: "where does it stand", "status of", "through yet", "hoe staat het met", "où en est". */
const HOW_IT_STANDS =
  /\b(status of|state of|where (does|do|did) .{0,40}\bstand|through yet|hoe staat het met|wat is de stand van|wie ist der stand|wie steht es um|o[uù] en (est|sont)|quel est l'[eé]tat)\b/i;
/** "Did they approve our notification?": an act on the asker's own filing, asked outright. */
const ACTED_ON_FILING =
  /^\W*(did|has|have|heeft|hebben|hat|haben|a-t-(il|elle)|ont-ils)\b.{0,60}\b(approve|accept|reject|refuse|decide on|sign off|grant|process|flag|screen|goedgekeurd|afgewezen|behandeld|genehmigt|abgelehnt|bearbeitet|approuv[eé]|accept[eé]|refus[eé]|trait[eé])/i;

/** "Please confirm whether…", "kunt u bevestigen of…": a request to look something up, asked without a question mark. */
const CONFIRM_REQUEST =
  /^\W*(please |can you |could you |kindly )?(confirm|check|verify|tell me) (whether|if)\b|\b(kunt u|kun je) (bevestigen|nagaan|checken)\b|\b(bitte )?(bestätigen|prüfen) sie,? ob\b|\b(pouvez-vous|pourriez-vous|merci de) (confirmer|vérifier)\b/i;
/** A file's own reference ("reference ATCSA-4471", "file DCSG-2025-311", "kenmerk BTI/2025/12"): only a case has one. */
const CASE_REFERENCE =
  /\b(ref(erence)?|file|case|dossier|kenmerk|zaaknummer|aktenzeichen|r[ée]f([ée]rence)?)\b\W{0,3}(no\.?\s*|nr\.?\s*|n°\s*)?[A-Z]{2,}[-/]?\d{2,}|\b(award|grant|application|case|file|reference|project|aanvraag|zaak|antrags?|projekt|demande|dossier)\s*(number|no\.?|nr\.?|#|nummer|num[ée]ro|n°)\s*:?\s*\d{4,}\b|\b(proposal|application|award|grant|project|projet|projekt|aanvraag|antrag|demande|dossier)\s+(num[ée]ro\s+|nummer\s+|number\s+|n°\s*|#\s*)?(\d{5,}|[A-Z]+\d*\/\d{2,}[\w/]*)/i;

const ASKS_HOW =
  /\b(how|where) (do|can|should|could|would) (i|we|you)\b|\bhoe (kan|kunnen|moet|moeten)\b|\bwie (kann|können|muss|müssen)\b|\bcomment (puis|peut|peux|pouvons|dois|doit)\b|\bo[uù] (puis|peut|peux)\b/i;

/**
 * "Filed last Tuesday.", "Ich habe ihn am 3. März eingereicht.", "her interview was on the 4th": the asker's own
 * filing, dated, told beside the question, gives it the particular moment that only a case has.
 */
const DATED_SUBMISSION =
  /\b(filed|submitted|sent|applied|lodged|notified|eingereicht|beantragt|gestellt|ingediend|aangevraagd|verstuurd|d[ée]pos[ée]e?|soumise?|envoy[ée]e?|interview|gesprek|gespr[äa]ch|entretien)\b.{0,40}\b(last (week|month|tuesday|monday|wednesday|thursday|friday)|yesterday|on the \d{1,2}(st|nd|rd|th)?|on \d{1,2}(st|nd|rd|th)? \w+|am \d{1,2}\.|op \d{1,2} \w+|le \d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|(vorige|letzte[nr]?|la semaine) \w+|(in|en|im) (january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|maart|mei|juni|juli|augustus|oktober|januar|februar|m[äa]rz|juni|juli|oktober|dezember|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre))|\b(last (week|month|tuesday|monday|wednesday|thursday|friday)|yesterday|gestern|gisteren|hier)\b.{0,20}\b(filed|submitted|sent|eingereicht|ingediend|d[ée]pos[ée]e?)\b/i;

/** What becomes of a filing: passing, its outcome, hearing back. */
const FATE =
  /\b(pass|passes|passed|hear back|outcome|result|uitslag|uitkomst|terugh(o|oo)ren|ergebnis|r[uü]ckmeldung|r[ée]sultat|issue|r[ée]ponse)\b/i;

export function asksAboutOwnCase(question: string): boolean {
  // A filing dated or referenced anywhere in the question marks the question about it as one about a case.
  const particular = DATED_SUBMISSION.test(question) || CASE_REFERENCE.test(question);
  // Sentences end at . ! ?, but not at a title or an abbreviation ("Prof. Lin", "Dr. Smit", "z.B.").
  return question
    .split(/(?<=[.!?])(?<!\b(?:Prof|Dr|Mr|Mrs|Ms|Mme|Mevr|Hr|Fr|St|No|Nr|vs|etc|ca|bzw|z\.B|e\.g|i\.e|\d{1,2})\.)\s+/)
    .some((sentence) => {
      // Asked, not told: "the shipping quote is already approved" sets a scene. "Please confirm whether…" asks too.
      if (!(sentence.trim().endsWith('?') || CONFIRM_REQUEST.test(sentence)) || OWN_DECISION.test(sentence))
        return false;
      const decided = DECIDED.test(sentence) && MINE.test(sentence) && (PARTICULAR_TIME.test(sentence) || particular);
      // "Did the service raise concerns about my postdoc?", "…opened a file on my co-author": a past act on one's own
      // people is a case whenever it happened.
      const actedOn =
        OPENS_AS_QUESTION.test(sentence) &&
        ACTED_ON.test(sentence) &&
        OWN_UNIT.test(sentence) &&
        (THIS_PERIOD.test(sentence) || PARTICULAR_TIME.test(sentence) || PAST_ACT.test(sentence));
      // "Which universities has RCAT privately flagged?": what a body keeps to itself is in no guidance either.
      const heldBack = OPENS_AS_QUESTION.test(sentence) && NON_PUBLIC.test(sentence);
      // "Where does my ATAS application stand?", "Did they approve our notification?": one's own filing's fate.
      // "How do I check the status of my application?" asks for the route, which guidance can give.
      const ownFiling =
        MINE.test(sentence) &&
        FILED.test(sentence) &&
        !ASKS_HOW.test(sentence) &&
        (HOW_IT_STANDS.test(sentence) || ACTED_ON_FILING.test(sentence) || CASE_REFERENCE.test(sentence));
      // "My proposal 2458813 is in the pilot. Will it pass, and when will I hear back?": the fate of a filing the
      // message names by its number or date.
      const fate = particular && FATE.test(sentence);
      return decided || actedOn || heldBack || ownFiling || fate;
    });
}
