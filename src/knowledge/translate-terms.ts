// Researchers write in Dutch, German or French too; the corpus is English. Known words are put into English so
// retrieval still finds the guidance (the answer itself stays in English and says so).
import { LEXICON } from './translation-lexicon.js';

export function translateQuestion(question: string): string {
  const words = question
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .match(/[a-z]+/g);
  if (!words) return question;
  const extra = words.map((word) => LEXICON[word]).filter((word): word is string => word !== undefined);
  const english = new Set(extra.flatMap((phrase) => phrase.split(' ')));
  const novel = [...english].filter((word) => !words.includes(word));
  return novel.length > 0 ? `${question} ${novel.join(' ')}` : question;
}

/** For a question in Dutch, German or French: the known words replaced by English, so coverage can be measured. */
export function englishWording(question: string): string {
  if (guessLanguage(question) === 'en') return question;
  return question.replace(/[\p{L}]+/gu, (word) => {
    const key = word
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '');
    return LEXICON[key] ?? word;
  });
}

const LANGUAGE_MARKERS: Record<'nl' | 'de' | 'fr', RegExp> = {
  nl: /\b(wat|wie|hoe|mijn|onderzoek|het|een|moet|kan ik|welke|bij|voor de|kennisveiligheid|niet)\b/g,
  de: /\b(was|wer|wie|ich|mein|meine|der|die|das|und|ist|muss|kann|forschung|einen|nicht)\b/g,
  fr: /\b(que|qui|quoi|est|les|des|une|mon|ma|pour|dois|je|recherche|avec|comment)\b/g,
};

/** A rough guess at the question's language; English unless another language's markers clearly dominate. */
export type Language = 'en' | 'nl' | 'de' | 'fr';

export function guessLanguage(question: string): Language {
  const text = question
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  let best: 'en' | 'nl' | 'de' | 'fr' = 'en';
  let bestCount = 1;
  for (const [language, pattern] of Object.entries(LANGUAGE_MARKERS) as ['nl' | 'de' | 'fr', RegExp][]) {
    const count = text.match(pattern)?.length ?? 0;
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  const englishCount = text.match(/\b(the|what|who|how|my|is|are|do|does|can|should|to|of|and|for)\b/g)?.length ?? 0;
  return englishCount >= bestCount ? 'en' : best;
}
