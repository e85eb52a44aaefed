// The kinds of fact a sentence holds (a duration, a date, a phone number…) and the kinds a question asks for, so an
// answer can lead with the sentence that holds what was asked.
export const FACT_KINDS = [
  'duration',
  'date',
  'phone',
  'email',
  'web',
  'number',
  'amount',
  'body',
  'law',
  'consequence',
  'name',
  'obligation',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

const COUNT_WORD =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|ninety|hundred';
const NUMBER_WORD = `${COUNT_WORD}|forty-five|a few|several|a|an`;
const MONTH =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';

const SENTENCE_FACTS: Record<FactKind, RegExp> = {
  duration: new RegExp(
    `\\b(\\d+(?:[.,]\\d+)?|${NUMBER_WORD})[\\s-]+(?:(?:working|calendar|business|full|consecutive)\\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?)\\b|\\b(within|up to|at least|at most|no later than|no more than)\\s+\\S+\\s+(?:days?|weeks?|months?|years?)\\b`,
    'i',
  ),
  date: new RegExp(
    `\\b(\\d{1,2}\\s+(${MONTH})\\b|(${MONTH})\\s+\\d{1,2},?\\s+\\d{4}|(${MONTH})\\s+\\d{4}|(19|20)\\d{2}\\b)`,
    'i',
  ),
  phone:
    /(?:\+|\b00)\d{1,3}[\s().-]*\d[\d\s()./-]{5,}\d|\b0\d{1,4}[\s-]\d{2,4}[\s-]?\d{2,4}(?:[\s-]\d{2,4})?\b|\(\d{3}\)\s?\d{3}[-.\s]\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b|\b(tele)?phone\b|\bhotline\b/i,
  email: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\be-?mail\b/i,
  web: /https?:\/\/|\bwww\.|\b[\w-]+\.(?:gov|gouv|org|nl|de|fr|eu|uk|ca|au|it|jp|cz|ch|be|no|se|dk|fi|edu|int|com)\b|\b(website|web page|webpage|portal|online|web form|contact form|form)\b/i,
  number: new RegExp(
    `\\b[A-Z]{1,5}\\s?\\(\\d{4}\\)\\s?\\d+|\\b\\d+\\/\\d+\\b|\\bNo\\.?\\s?\\d+|[€£$]\\s?\\d|\\d\\s?(?:%|(?:per ?cent|million|billion|thousand|euros?|pounds?|dollars?|francs?)\\b)|\\b\\d{1,3}(?:[,.]\\d{3})+\\b|\\b(\\d+|${COUNT_WORD})\\s+(?:[a-z-]+\\s+){0,2}[a-z-]+s\\b`,
    'i',
  ),
  // "10%," has no word boundary after "%": the sign ends the match by itself.
  // "Is there a fee?" is answered by "free of charge" as much as by a sum.
  amount:
    /[€£$]\s?\d|\b(?:eur|gbp|usd|chf)\s?\d|\b\d+(?:[.,]\d+)?\s?(?:%|(?:per ?cent|percent|million|billion|thousand|euros?|pounds?|dollars?|francs?|eur|gbp|usd|chf)\b)|\b(?:free of charge|no (?:fee|charge)|without (?:a )?(?:fee|charge)|costs? nothing)\b/i,
  // "Who chairs it?" is answered by a person in a role as much as by an office.
  body: /\b(Ministry|Minister|Agency|Office|Authority|Council|Service|Bureau|Department|Commission|Centre|Center|Foundation|Unit|Directorate|Secretariat|Team|Board|Loket|Institute|Bundesamt|Ministerium|Ministère|Secretary|Committee|Police|Customs|President|Chair|Chairman|Chairwoman|Chairperson|Director|Rector|Commissioner)\b|\b(chaired|coordinated|led|headed|signed|decided|appointed) by\b|\b(secretary[- ]general|head of (the )?(institution|service|organisation|organization|university|establishment)|the minister|vice-rector|rector|president)\b/,
  // What follows from an act: a penalty, a loss, an outcome in law.
  consequence:
    /\b(penalt(?:y|ies)|fined?|fines|prosecut\w*|imprison\w*|convict\w*|criminal offen[cs]e|void|ineligib\w*|loss of|lose|loses|lost|debar\w*|suspen\w*|terminat\w*|sanction(?:s|ed)?|led to|leads? to|liable|revoke[ds]?|repay\w*|withdraw\w*)\b/i,
  // "What is it called?" is answered by a title in quotes, or by what something is called or named.
  name: /["“„«‘][A-Z][^"”“»’]{6,}["”“»’]|\b(called|titled|entitled|named|known as)\b/,
  // "Is it mandatory or not?" is answered by what a text says of its force: binding, voluntary, up to each one.
  obligation:
    /\b(mandatory|compulsory|obligatory|(?:legally |non-?)binding|not binding|voluntar(?:y|ily)|optional|non-statutory|legal (?:obligation|requirement)|no (?:legal )?(?:obligation|requirement)|not (?:legally )?(?:required|obliged|obligatory|mandatory)|recommendations? only|soft law|(?:is|are) (?:free|left) to decide|decides? (?:for )?(?:itself|themselves))\b/i,
  // "arrêté" ends in a letter "\b" does not count as one: its end is a lookahead instead.
  law: /\b(Act|Regulation|Decree|Directive|Law|Article|Articles|Section|Code|Ordinance|Bill|Statute|Wet|Gesetz|Verordnung|décret|loi)\b|\barrêté(?![\p{L}\d])|\bArt\.\s?\d/u,
};

/**
 * The kinds of fact that answer what was asked: "when should it be signed?" is answered by a date, or by a time
 * relative to something ("six months after the start").
 */
export function answeringKinds(asks: readonly Ask[]): FactKind[] {
  const kinds = FACT_KINDS.filter((kind) => asks.includes(kind));
  return kinds.includes('date') && !kinds.includes('duration') ? [...kinds, 'duration'] : kinds;
}

export function sentenceFacts(text: string): Set<FactKind> {
  const kinds = new Set<FactKind>();
  for (const kind of FACT_KINDS) if (SENTENCE_FACTS[kind].test(text)) kinds.add(kind);
  return kinds;
}

/** What a question (or one part of it) asks for, besides its words. */
export type Ask = FactKind | 'list' | 'yes-no' | 'definition' | 'contact';

const FORCE =
  'mandatory|compulsory|obligatory|binding|voluntary|optional|verplicht|verplichte|vrijwillig|vrijwillige|bindend|bindende|verpflichtend|verbindlich|freiwillig|obligatoire|obligatoires|contraignant|contraignante|contraignants|facultatif|facultative|volontaire';

const ASKS: [Ask, RegExp][] = [
  [
    'duration',
    /\bhow long\b|\bhow many (working |calendar |business )?(days|weeks|months|years|hours)\b|\bhow much time\b|\b(time ?frame|processing time|turnaround|lead time|how quickly|how fast|how soon|how early|how far in advance|valid for)\b|\bhoe lang\b|\bhoeveel (dagen|weken|maanden)\b|\bwie lange?\b|\bcombien de temps\b|\bd[ée]lai\b|\bdauer\b/i,
  ],
  [
    'date',
    /^\W*(and |so |also )?when\b|\bwhen\W*$|\bwhen (did|was|were|will|does|do|is|are|came|has|had|must|should)\b|\b(what|which) (year|date|day|month)\b|\bsince when\b|\bdeadline\b|\b(date|dated|effective|in force|into force|come into force|commence[sd]?)\b|\bwanneer\b|\bwann\b|\bseit wann\b|\bquand\b|\bdepuis quand\b|\bjusqu'à quand\b/i,
  ],
  [
    'phone',
    /\b(what|which) (phone |telephone )?number (do|should|can|could|to|must)\b|\bcall for help\b|\b(emergency|24[- ]?hour) (number|line|phone)\b|\b(noodnummer|notrufnummer)\b|\bnum[ée]ro d'urgence\b|\b(phone number|telephone number|phone line|direct line|number to call|call them|ring them|by phone|hotline|helpline|telefoon(nummer)?|bellen|telefonnummer|telefonisch|anrufen|num[ée]ro de t[ée]l[ée]phone|appeler|joindre par t[ée]l[ée]phone)\b|(?<![\w-])(nummer|num[ée]ro)\b(?!\s?\(?\d)/i,
  ],
  [
    'email',
    /\b(e-?mail|mail)[ -]?(address|adres|adresse)\b|\b(what|which|whats|what's|need|get|have|find|their|its)\b[^.?,]{0,25}\b(e-?mail|mail)\b(?! to)|\b(ne|eine|une|een|per) (e-?)?mail\b|\bcourriel\b/i,
  ],
  [
    'web',
    /\b(website|web ?site|web ?page|url|link|web form|online form|form|forms|portal|formulier|formular|formulaire|where (can|do|should) i (find|get|download|submit|apply|fill))\b/i,
  ],
  [
    'body',
    /^\W*(and |so |also )?who\b|\bwho (will|would|should|must|could|can|may) (run|handle|decide|issue|enforce|oversee|check|grant|approve|publish|lead|coordinate|manage|fund|screen|review|assess|supervise|monitor|regulate)\b|\bwho (is|are|runs|handles|decides|issues|enforces|oversees|checks|grants|approves|publishes|published|wrote|leads|coordinates|manages|funds|screens|reviews|assesses|gives|provides)\b|\bwhich ([\w-]+ ){0,2}(body|bodies|authority|authorities|agency|agencies|ministry|ministries|office|organi[sz]ation|department|service|regulator|institution)\b|\b(responsible|in charge|competent authority|who's)\b|\bwelke? ([\w-]+ ){0,2}(instantie|organisatie|dienst|overheidsdienst|departement|ministerie|autoriteit|toezichthouder|agentschap)\b|\bwie (is|zijn|was|waren|heeft|hebben|had|hadden|moet|mag|kan|beslist|bepaalt|doet|geeft|gaat|schreef|schreven|wordt|worden|leidt|betaalt|keurt|controleert|tekende|publiceerde|maakte|voert)\b|\bwer\b|\bwelche[rsmn]? ([\wäöüß-]+ ){0,2}[\wäöüß-]*(behörde|stelle|amt|ministerium|einrichtung)\b|\bzuständig\b|\bqui\b|\bquel(le)?s? (organisme|service|autorit[ée]|minist[èe]re|agence|administration|direction|instance|office|d[ée]partement)\b/i,
  ],
  [
    'contact',
    /\b(contact|reach|get in touch|turn to|report (it|this|that|a|an|suspicious|suspected)|who (do|can|should|could) i (ask|contact|call|talk|turn|report|go)|where (do|can|should) i (go|turn|report)|helpdesk|help desk|advice desk|contact point|contactpunt|loket|bij wie|ansprechpartner|kontakt|point de contact|joindre)\b/i,
  ],
  [
    'number',
    /\bhow (many|much)\b|\b(what|which)( is| was| are)? the (number|reference|reference number|document number|code|figure)\b|\b(threshold|percentage|amount|fee|fees|cost|costs|fine|fines|penalty|penalties|maximum|minimum|limit|value)\b|\bhoeveel\b|\bwie viele?\b|\bcombien\b/i,
  ],
  [
    'amount',
    /\b(threshold|thresholds|percentage|per ?cent|percent|stake|shareholding|fee|fees|cost|costs|price|fine|fines|budget|how much|amount|seuils?|drempel\w*|schwellenwert\w*|pourcentage|prozent|kosten|co[uû]t)\b|%/i,
  ],
  [
    'consequence',
    /\bwhat (can|could|will|would|might) happen\b|\bwhat happens (if|when|to)\b|\b(consequences?|penalt(?:y|ies)|punish\w*|sanctions? for|risk(?:s|ing)? (?:of|for) (?:breaking|breaching|ignoring|not))\b|\bgevolgen\b|\bwat gebeurt\b|\bfolgen\b|\bwas passiert\b|\bcons[ée]quences?\b|\bque se passe\b/i,
  ],
  [
    'law',
    /\b(which|what) (law|laws|act|acts|regulation|regulations|decree|statute|legislation|legal basis|article|articles|provision)\b|\blegal basis\b|\bunder which (law|act|article|regulation)\b|\bwhich article\b|\bwelke wet\b|\bwelches gesetz\b|\bquelle loi\b/i,
  ],
  [
    'list',
    /\b(what|which) (are|were) (the|its|their|all)\b[^?]{0,60}s\b|\bwhich (?:[a-z-]+ ){0,2}(?:[a-z-]+s|criteria|data|media)\b|\bwhat [a-z-]+s (are|were|do|does|did|must|should|can|have)\b|\b(list|enumerate|name all|all the|what do (i|we) need|what (documents|steps|measures|requirements|conditions|criteria|principles|areas|elements|factors))\b|\b(what|which)\b[^?]{0,60}\b(include|includes|cover|covers|consist|require|requires|ask for|asks for)\b|\b(two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\b|\b\d+\s+[a-z-]+s\b|\bhow (?:is|are|was|were) [^?]{0,80}\b(?:structured|organi[sz]ed|divided|built up)\b|\b(?:main|key) (?:headings|points|elements|themes|pillars|principles|areas|sections|chapters|components|parts|steps|measures|recommendations)\b|\b(?:headings|pillars)\b/i,
  ],
  [
    'definition',
    /^\W*(what|wat|was|qu'est-ce que|que) (is|are|does|means?|is een|ist|sont|est)\b[^,]{0,60}$|\b(mean|means|stand for|stands for|definition|define|defined|betekent|bedeutet|signifie|désigne)\b/i,
  ],
  [
    'name',
    /\bwhat(?:'s| is| was) (?:it|its|their|the [\w-]+(?:'s)?) (?:called|named)\b|\b(?:what|which)(?:'s| is| was)? (?:the |its |their )?(?:full )?(?:title|name)\b|\b(?:name|title) of\b|\bcalled\?|\bwie hei(?:ß|ss)t\b|\bwie hie(?:ß|ss)\b|\bwie lautet\b|\bhoe hee?t(?:te)?\b|\bhoe noem\w*\b|\bcomment s'appel\w*\b|\bquel(?:le)? est (?:le |son |sa |leur )?(?:titre|nom)\b|\bs'intitul\w*\b|\bnaam van\b/i,
  ],
  [
    // "Is the national model mandatory or not?", "c'est obligatoire ?", "ist das verbindlich?": its force, said of the
    // thing asked about ("what if a mandatory notification is skipped?" asks what follows, not whether).
    'obligation',
    new RegExp(
      `\\b(?:is|are|be|was|were|ist|sind|wird|werden|est|sont|soit|zijn|wordt|worden)\\b(?:[^\\S\\n]+[^\\s?.!]+){0,8}?[^\\S\\n]+(?:${FORCE})\\b|\\b(?:${FORCE})\\b\\s*(?:\\?|or not|or (?:voluntary|optional)|ou (?:pas|non|facultati\\w*)|oder (?:nicht|freiwillig)|of (?:niet|vrijwillig))`,
      'i',
    ),
  ],
  [
    'yes-no',
    /^\W*(and |so |but |also )?(is|are|do|does|did|can|could|may|might|must|should|shall|will|would|has|have|am|need|moet|mag|kan|muss|darf|kann|dois|peut)\b/i,
  ],
];

export function questionAsks(text: string): Ask[] {
  const asks = ASKS.filter(([, pattern]) => pattern.test(text)).map(([ask]) => ask);
  // "How long" is a duration, not a length in words; "how many days" is a duration, not a count.
  if (asks.includes('duration')) return asks.filter((ask) => ask !== 'number' && ask !== 'date');
  // "What is its title?" asks for a name, not what a thing is.
  if (asks.includes('name')) return asks.filter((ask) => ask !== 'definition');
  return asks;
}

// How long something takes, lasts or stays valid: the verbs a duration question turns on, which stop-word filtering
// drops from the question's terms.
const DURATION_VERBS: [string, RegExp][] = [
  ['validity', /\b(valid|validity|expire[sd]?|expiry|renew\w*|remains? in force|in force until)\b/i],
  // What something takes and how long it is processed are one aspect: "how long does it take" asks for the decision.
  [
    'takes',
    /\b(take|takes|took|taking|complete|completion|last|lasts|process|processing|processed|decision|decide[sd]?|wait|waiting|turnaround|respond|response|reply|issued?)\b/i,
  ],
  ['advance', /\b(in advance|before|ahead|early|earliest|beforehand)\b/i],
];

/** The aspects of a duration a text speaks of: validity, taking (or processing), advance notice. */
export function durationAspects(text: string): Set<string> {
  return new Set(DURATION_VERBS.filter(([, pattern]) => pattern.test(text)).map(([aspect]) => aspect));
}

/** Words that sections holding each kind of fact tend to use: a part asking "who issues…" also searches for them. */
export const ASK_CUES: Partial<Record<Ask, string>> = {
  body: 'authority responsible office agency ministry body',
  duration: 'weeks months days takes within processing',
  date: 'date since entered force adopted published founded established created launched',
  phone: 'phone telephone contact',
  name: 'called titled entitled named',
  email: 'e-mail contact',
  web: 'website form online portal',
  law: 'act law regulation article legal basis',
  consequence: 'penalties consequences sanctions',
  // "How much did NSF put into…": the answer is a sum, in the words a corpus writes sums with.
  amount: 'million billion funding funded budget euros dollars pounds cost threshold percent',
  number: 'number total million',
  contact: 'contact advice',
  obligation: 'mandatory binding voluntary obligation',
};
