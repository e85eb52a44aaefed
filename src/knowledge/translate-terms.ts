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

/** The English of one Dutch, German or French word the lexicon knows ("OCDE" → "OECD"), else the word itself. */
export function englishWord(word: string): string {
  return (
    LEXICON[
      word
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
    ] ?? word
  );
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

// Function words that are common in one language and rare in the others (and in English).
const LANGUAGE_MARKERS: Record<'nl' | 'de' | 'fr', RegExp> = {
  nl: /\b(wat|wie|hoe|waar|wanneer|mijn|onze|het|een|moet|moeten|mag|kan ik|welke|bij|voor|naar|van|niet|ook|wordt|worden|heeft|hebben|zijn|er|om|dat|ik|je|jullie|wij|onderzoek|kennisveiligheid|geen|nog|eigenlijk|via de)\b/g,
  de: /\b(was|wer|wie|wo|wann|welche|welcher|ich|mich|mein|meine|meinem|unser|unsere|der|die|das|dem|den|des|und|ist|sind|muss|kann|darf|forschung|ein|eine|einem|einer|einen|nicht|auch|oder|wenn|gibt|gibts|zu|zum|zur|im|vom|bei|mit|von|fur|uber|auf|aus|als|sich|wir)\b/g,
  fr: /\b(que|qui|quoi|quel|quelle|quels|quelles|est|sont|les|des|une|un|du|au|aux|le|la|mon|ma|mes|notre|nos|pour|dois|doit|je|nous|vous|il|elle|recherche|avec|comment|dans|sur|par|ce|cette|pas|ou|faut|peut|l|qu)\b/g,
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
