import { stemmer as porterStem } from 'stemmer';

// Tokenising, stop words and a light stemmer shared by the index and sentence scoring, so both see the same terms.

const STOP_WORDS = new Set(
  `a an and are as at be been being but by can could did do does doing for from had has have having he her here hers
  him his how i if in into is it its itself just me might more most must my no nor not of off on once only or other
  our ours out over own same shall she should so some such than that the their theirs them then there these they this
  those through to too under until up very was we were what when where which while who whom why will with would you
  your yours about also any each few all am us may let get got want need needs know tell please hi hello thanks thank
  i'm im i've ive we're what's whats there's it's anyone something someone since until ago yet already whether
  anything anybody everything everyone everybody nothing nobody somebody stuff
  though although because many much now actually really ever lot lots
  de het een wat wie hoe waar welke is zijn mijn ik je jij wij we ons onze en of voor van met bij naar op aan in om
  te dat die dit moet kan mag doet doen niet geen ook als er heb hebt heeft wordt worden
  der die das ein eine einen dem den des was wer wie wo welche ist sind mein meine ich du wir und oder fur von mit
  bei nach auf an zu dass muss kann darf macht machen nicht kein keine auch wenn ich habe hat wird werden
  le la les un une des du que qui quoi quel quelle est sont mon ma mes je tu nous et ou pour avec chez sur dans
  fait faire dois doit peut pas ne aussi si ai a sera
  il ils elle elles y ce cet cette ces se sa son ses leur leurs notre vos votre a-t-il a-t-elle a-t-on est-ce selon
  hij zij ze hun haar deze er es sie ihr ihre sein seine dieser diese dieses
  madame monsieur mesdames messieurs geachte mevrouw geehrte geehrter damen herren bonjour hallo hoi
  au aux ni ta tes nos ont ete etait avait avaient peuvent pouvons pouvez tegen tussen kunnen moeten hebben einem
  einer zum zur aus uber unter vor bis durch gegen sollen haben wurde konnen mussen klopt gewoon zit zitten toch
  wel nog maar echt trouwens eigenlijk sowieso eben doch mal schon alors donc vraiment
  sinds wanneer waarom hoeveel welk hoelang waarvoor seit wann warum wieviel wieviele welches welchem welchen welcher
  wofur depuis quand pourquoi combien comment lequel laquelle lesquels
  onder door iets niks niets hier daar zelf samen graag alle alles elke meer veel heel naast tijdens laten gaan gaat
  komen komt kom krijgen krijg krijgt kreeg zien ziet zegt zeggen zei staan stond stelde gezet gemaakt maken maakt
  nemen neem houden blijft blijven lijkt vind vindt denk weet wist kun kunt zou zouden waren werd geweest nu dan al
  nooit altijd steeds zo zoals omdat dus toen daarna eerst later alsnog misschien zeker beter goed snel opnieuw
  ontstaat ergens nergens iemand niemand iedereen zich jullie uw mij hem hen daarover daarin daarbij daarop ervoor
  erin erbij eruit even hele paar anders verder juist gewone echte
  unser unsere unserem unseren unserer unseres mich mir dich dir uns euch ihm ihn ihnen sich man etwas nichts
  jemand dort dann noch immer gerade uberhaupt wirklich sehr einfach ganz bitte mochte mochten
  wollen wollte soll sollte sollten konnte konnten wurden ware bekommen bekomme bekommt kommt kommen komme
  geht gehen gehe gehort steht stehen sagt sagen sage gibt geben gebe lassen lasst lauft mache brauche brauchen
  braucht dafur dazu damit darauf davon dabei darin daraus daruber deshalb jetzt vielleicht trotzdem wieder weiter
  zwischen wahrend wegen statt eines meinen meiner meinem meines deinen ihrer ihren ihrem seiner seinem irgendwo
  irgendwie irgendwas sowas jemanden keiner keinen eigentlich
  etre avoir avons avez suis sommes etes serait seraient peux veux veut voulons voulez vais va vont fais faisons
  font disent sais sait savoir vois voir vient venir viens prend prendre prends mettre mets donner donne passe
  passer meme tout tous toute toutes autre autres chose choses quelque quelqu quelques plusieurs certains certaines
  tres bien encore deja toujours jamais rien aucun aucune beaucoup peu trop moins ici mais puis ensuite avant apres
  pendant entre vers lors cote cela ca ceci celui celle ceux celles dont lui eux moi toi soi vous suffit faut
  fallait clair partir parle parler concretement honnetement merci voudrais voudrait pourriez pourrais par`.split(
    /\s+/,
  ),
);
// Everyday verbs inflected forms: "wants", "going", "taking" say topic.
const VERB_FORMS = new Set(
  `wants wanted wanting needs needed needing take takes taking took going goes went gone make makes making made
  consider considers considering thinking think like likes plan plans planning planned`.split(/\s+/),
);

export function isStopWord(term: string): boolean {
  // Contractions (isn't, we've, they'll) carry no topic.
  return STOP_WORDS.has(term) || /'(t|ve|re|ll|d|m)$/.test(term) || VERB_FORMS.has(term);
}

// Stemming is the costliest step of analysing text; the corpus and everyday questions share a small vocabulary.
const STEMS = new Map<string, string>();
const MAX_CACHED_STEMS = 100_000;

/** Porter stemming, with British and American spellings (organisation/organization, licence/license) folded first. */
export function stem(term: string): string {
  if (term.length <= 3 || /\d/.test(term)) return term;
  const cached = STEMS.get(term);
  if (cached !== undefined) return cached;
  const british = term
    .replace(/iz(e|es|ed|ing|ation|ations|er|ers)$/, 'is$1')
    .replace(/yz(e|es|ed|ing)$/, 'ys$1')
    // licence/license, defence/defense, offence/offense: one stem whichever spelling.
    .replace(/^(licen|defen|offen)c(e|es)$/, '$1s$2');
  const stemmed = porterStem(british);
  // Unbounded input (a pasted document) must not grow the cache for ever.
  if (STEMS.size >= MAX_CACHED_STEMS) STEMS.clear();
  STEMS.set(term, stemmed);
  return stemmed;
}

export function normalizeForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'");
}

/** Words of a text, lower-cased, accents folded; hyphenated terms kept whole and also split. */
export function tokenize(text: string): string[] {
  const words = normalizeForSearch(text).match(/[a-z0-9]+(?:[-'][a-z0-9]+)*/g) ?? [];
  const tokens: string[] = [];
  for (const raw of words) {
    // French elisions: "l'OCDE", "d'accès", "qu'il"; and the pronoun of a French question: "faut-il", "peut-on".
    const word = raw
      .replace(/^(?:l|d|qu|j|n|s|c|m|t)'(?=[a-z0-9])/, '')
      .replace(/-(?:t-)?(?:il|elle|on|ils|elles|je|nous|vous)$/, '');
    tokens.push(word.replace(/'s$/, ''));
    if (word.includes('-')) tokens.push(...word.split('-'));
  }
  return tokens;
}

/** Content terms: tokens minus stop words, stemmed. */
export function contentTerms(text: string): string[] {
  return tokenize(text)
    .filter((token) => !isStopWord(token) && (token.length > 1 || /\d/.test(token)))
    .map(stem);
}

/**
 * A two- or three-letter acronym in capitals ("BIS", "ARC", "ANS"): in lower case it is often a word ("bis" is German
 * for "until", "arc", French "ans"), so it names its office or glossary entry only as written, in capitals.
 */
export function isWordLikeAcronym(term: string): boolean {
  return /^[A-Z]{2,3}$/.test(term);
}
