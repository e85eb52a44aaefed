// Researchers write in Dutch, German or French too; the corpus is English. Known words are put into English so
// retrieval still finds the guidance (the answer itself stays in English and says so).
import { LEXICON } from './translation-lexicon.js';

// "ß" has no decomposition: "Verstoß" is looked up as "verstoss", as the word list writes it.
const fold = (word: string) =>
  word
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');

// The lexicon's own words only: "constructor" or "toString" in a question is no key of it, whatever Object has.
const lexiconWord = (key: string): string | undefined => (Object.hasOwn(LEXICON, key) ? LEXICON[key] : undefined);

// Dutch and German join nouns ("vergunningsaanvraag", "Ausfuhrgenehmigungen"), often with a linking s, e, n or en.
const LINKING = ['', 's', 'e', 'n', 'en', 'es'];
const MIN_PART = 4;
// Real compounds are short; splitting a pasted run of characters would cost time for nothing.
const MAX_COMPOUND = 40;

/** A compound of two lexicon words, put into English ("risicofactoren" → "risk factors"), or undefined. */
function decompound(word: string, depth = 0): string | undefined {
  if (word.length < 2 * MIN_PART || depth > 1) return undefined;
  for (let split = word.length - MIN_PART; split >= MIN_PART; split--) {
    const tail = word.slice(split);
    const tailEnglish = lexiconWord(tail) ?? decompound(tail, depth + 1);
    if (tailEnglish === undefined) continue;
    const head = word.slice(0, split);
    for (const link of LINKING) {
      if (!head.endsWith(link) || head.length - link.length < MIN_PART) continue;
      const headEnglish = lexiconWord(head.slice(0, head.length - link.length));
      if (headEnglish !== undefined) return `${headEnglish} ${tailEnglish}`;
    }
  }
  return undefined;
}

/**
 * Whether the corpus holds an English word (by its stem). Given for a question in Dutch, German or French, it lets a
 * word the lexicon lacks count as English where it is a cognate the corpus uses ("Konsultation", "synthetische").
 */
export type KnownEnglish = (word: string) => boolean;

// Inflections of Dutch, German and French words, longest first: "Dimensionen" → "Dimension", "restrictives" →
// "restrictive". What remains must keep five letters, so that function words ("diese", "einem") never reach a match.
const INFLECTIONS = ['en', 'es', 'er', 'em', 'e', 'n', 's'];
// Regular correspondences of Latin-rooted endings ("symbolisch" → "symbolic", "Kategorie" → "category").
const ENDINGS: [RegExp, string][] = [
  [/isch$/, 'ic'],
  [/iek$/, 'ic'],
  [/ique$/, 'ic'],
  [/ief$/, 'ive'],
  [/if$/, 'ive'],
  [/iv$/, 'ive'],
  [/atie$/, 'ation'],
  [/itat$/, 'ity'],
  [/iteit$/, 'ity'],
  [/ite$/, 'ity'],
  [/i?eren$/, 'ise'],
  [/ie$/, 'y'],
  [/eur$/, 'or'],
  [/aire$/, 'ary'],
  [/ism(us|e)$/, 'ism'],
  [/enz$/, 'ence'],
  [/anz$/, 'ance'],
  [/entie$/, 'ence'],
  [/antie$/, 'ance'],
  [/(e|ee|aa)l$/, 'al'],
  [/ur$/, 'ure'],
];
const MIN_COGNATE = 5;

/** An English word of the corpus that a Dutch, German or French word is a regular cognate of, or undefined. */
function cognate(key: string, known: KnownEnglish): string | undefined {
  if (key.length < MIN_COGNATE || known(key)) return undefined;
  const bases = [
    key,
    ...INFLECTIONS.filter((ending) => key.endsWith(ending)).map((ending) => key.slice(0, -ending.length)),
  ];
  for (const base of bases) {
    if (base.length < MIN_COGNATE) continue;
    const ending = ENDINGS.find(([pattern]) => pattern.test(base));
    const shapes = ending ? [base.replace(ending[0], ending[1]), base] : [base];
    for (const shape of shapes) {
      // German and Dutch write k and z where English has c ("Kontext", "Prozess", "Lizenz").
      for (const spelt of new Set([shape, shape.replace(/k/g, 'c').replace(/z/g, 'c')])) {
        if (spelt !== key && spelt.length >= MIN_COGNATE && known(spelt)) return spelt;
      }
    }
  }
  return undefined;
}

// Only long words: a shorter English plural can end like a foreign word's genitive ("comments", French "comment").
const GENITIVE_MIN = 10;

/** The English of one Dutch, German or French word the lexicon knows ("OCDE" → "OECD"), or undefined. */
function lookUp(word: string, known?: KnownEnglish): string | undefined {
  const key = fold(word);
  return (
    listed(key) ??
    // "des Gesetzes", "Forschungssicherheits-Anhang": a genitive or a compound's linking s ends the word.
    (/[^s]e?s$/.test(key) && key.length >= GENITIVE_MIN ? listed(key.replace(/e?s$/, '')) : undefined) ??
    (known ? cognate(key, known) : undefined)
  );
}

/** A word the lexicon lists, or a compound of two it lists. */
function listed(key: string): string | undefined {
  return lexiconWord(key) ?? (key.length >= 2 * MIN_PART && key.length <= MAX_COMPOUND ? decompound(key) : undefined);
}

export function translateQuestion(question: string, known?: KnownEnglish): string {
  const words = fold(question).match(/[a-z]+/g);
  if (!words) return question;
  const extra = words.map((word) => lookUp(word, known)).filter((word): word is string => word !== undefined);
  const english = new Set(extra.flatMap((phrase) => phrase.split(' ')));
  const novel = [...english].filter((word) => !words.includes(word));
  return novel.length > 0 ? `${question} ${novel.join(' ')}` : question;
}

/** The English of one Dutch, German or French word the lexicon knows ("OCDE" → "OECD"), else the word itself. */
export function englishWord(word: string, known?: KnownEnglish): string {
  return lookUp(word, known) ?? word;
}

/**
 * For a question in Dutch, German or French: the known words replaced by English, so coverage can be measured.
 * `foreign` says the whole question is not English: one of its parts ("Wanneer kwamen de National Security
 * Guidelines for Research Partnerships uit") can read as English on its own.
 */
export function englishWording(question: string, foreign = false, known?: KnownEnglish): string {
  if (!foreign && guessLanguage(question) === 'en') return question;
  return question.replace(/[\p{L}]+/gu, (word) => lookUp(word, known) ?? word);
}

// Function words that are common in one language and rare in the others (and in English).
const LANGUAGE_MARKERS: Record<'nl' | 'de' | 'fr', RegExp> = {
  nl: /\b(wat|wie|hoe|waar|wanneer|mijn|onze|het|een|moet|moeten|mag|kan ik|welke|bij|voor|naar|van|niet|ook|wordt|worden|heeft|hebben|zijn|er|om|dat|ik|je|jullie|wij|onderzoek|kennisveiligheid|geen|nog|eigenlijk|via de|uit|hun|deze|dit|zou|kunnen|welk|sinds|heb|jij|ons|hoeveel|waarom)\b/g,
  de: /\b(was|wer|wie|wo|wann|welche|welcher|ich|mich|mein|meine|meinem|unser|unsere|der|die|das|dem|den|des|und|ist|sind|muss|kann|darf|forschung|ein|eine|einem|einer|einen|nicht|auch|oder|wenn|gibt|gibts|zu|zum|zur|im|vom|bei|mit|von|fur|uber|auf|aus|als|sich|wir|wurde|wurden|werden|hat|haben|soll|sollen|dass|seit|wieviel|warum|bin|habe|uns)\b/g,
  fr: /\b(que|qui|quoi|quel|quelle|quels|quelles|est|sont|les|des|une|un|du|au|aux|le|la|mon|ma|mes|notre|nos|pour|dois|doit|je|nous|vous|il|elle|recherche|avec|comment|dans|sur|par|ce|cette|pas|ou|faut|peut|l|qu|quand|ont|leur|leurs|depuis|combien|pourquoi|ai|suis)\b/g,
};

/** A rough guess at the question's language: English unless another language's function words outnumber English ones. */
export type Language = 'en' | 'nl' | 'de' | 'fr';

export function guessLanguage(question: string): Language {
  const text = question
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  let best: 'en' | 'nl' | 'de' | 'fr' = 'en';
  let bestCount = 0;
  for (const [language, pattern] of Object.entries(LANGUAGE_MARKERS) as ['nl' | 'de' | 'fr', RegExp][]) {
    const count = text.match(pattern)?.length ?? 0;
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  const englishCount =
    text.match(
      /\b(the|what|who|how|when|where|which|why|were|has|have|my|is|are|do|does|can|should|to|of|and|for|with|from|this|that|an|it)\b/g,
    )?.length ?? 0;
  return englishCount >= bestCount ? 'en' : best;
}
