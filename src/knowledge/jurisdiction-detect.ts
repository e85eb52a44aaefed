// Finds the jurisdictions a question names (countries, demonyms, national bodies, in English, Dutch, German and
// French with their inflected adjectives), for ranking.
import type { Jurisdiction } from '../config.js';
import { normalizeForSearch } from './text-analysis.js';

const NAMES: Record<Exclude<Jurisdiction, 'GENERAL' | 'INTL'>, string[]> = {
  EU: [
    'eu',
    'european union',
    'european commission',
    'horizon europe',
    'brussels',
    'europe',
    'european',
    'europese unie',
    'union europeenne',
    'europaische union',
  ],
  NL: [
    'nl',
    'netherlands',
    'dutch',
    'holland',
    'nederland',
    'nederlandse',
    'niederlande',
    'pays-bas',
    'niederlandisch',
    'niederlandische',
    'niederlandischen',
    'neerlandais',
    'neerlandaise',
    'neerlandaises',
  ],
  UK: [
    'uk',
    'united kingdom',
    'britain',
    'british',
    'england',
    'scotland',
    'wales',
    'english universities',
    'verenigd koninkrijk',
    'groot-brittannie',
    'britse',
    'vereinigtes konigreich',
    'grossbritannien',
    'britische',
    'britischen',
    'royaume-uni',
    'royaume uni',
    'britannique',
    'britanniques',
    'engeland',
    'angleterre',
    'schotland',
    'schottland',
    'ecosse',
  ],
  US: [
    'us',
    'usa',
    'u.s.',
    'united states',
    'america',
    'american',
    'federal agencies',
    'nsf',
    'nih',
    'dod',
    'doe',
    'verenigde staten',
    'amerikaanse',
    'vereinigte staaten',
    'vereinigten staaten',
    'amerikanische',
    'amerikanischen',
    'etats-unis',
    'etats unis',
    'americain',
    'americaine',
    'americains',
    'americaines',
  ],
  CA: [
    'canada',
    'canadian',
    'ottawa',
    'canadese',
    'kanada',
    'kanadische',
    'kanadischen',
    'canadien',
    'canadienne',
    'canadiens',
    'canadiennes',
  ],
  AU: [
    'australia',
    'australian',
    'australie',
    'australische',
    'australien',
    'australischen',
    'australienne',
    'australiennes',
  ],
  DE: [
    'germany',
    'german',
    'deutschland',
    'allemagne',
    'duitsland',
    'duitse',
    'deutsche',
    'deutschen',
    'allemand',
    'allemande',
    'allemands',
    'allemandes',
  ],
  FR: [
    'france',
    'french',
    'frankrijk',
    'frankreich',
    'franse',
    'franzosische',
    'franzosischen',
    'francais',
    'francaise',
    'francaises',
  ],
  IT: [
    'italy',
    'italian',
    'italia',
    'italie',
    'italiaanse',
    'italien',
    'italienische',
    'italienischen',
    'italienne',
    'italiennes',
  ],
  JP: ['japan', 'japanese', 'japanse', 'japanische', 'japanischen', 'japon', 'japonais', 'japonaise', 'japonaises'],
  CZ: [
    'czechia',
    'czech republic',
    'czech',
    'tsjechie',
    'tsjechische',
    'tschechien',
    'tschechische',
    'tschechischen',
    'tchequie',
    'tcheque',
    'tcheques',
  ],
  CH: [
    'switzerland',
    'swiss',
    'schweiz',
    'suisse',
    'zwitserland',
    'zwitserse',
    'schweizer',
    'schweizerische',
    'schweizerischen',
    'helvetique',
  ],
  BE: [
    'belgium',
    'belgian',
    'belgie',
    'belgique',
    'flanders',
    'wallonia',
    'belgische',
    'belgien',
    'belgischen',
    'belge',
    'belges',
    'vlaanderen',
    'wallonie',
    'flandern',
  ],
  NORDIC: ['nordic', 'nordics', 'scandinavia', 'scandinavian', 'iceland'],
  NO: [
    'norway',
    'norwegian',
    'norge',
    'noorwegen',
    'norwegen',
    'norvege',
    'noorse',
    'norwegische',
    'norwegischen',
    'norvegien',
    'norvegienne',
  ],
  SE: [
    'sweden',
    'swedish',
    'sverige',
    'zweden',
    'schweden',
    'suede',
    'zweedse',
    'schwedische',
    'schwedischen',
    'suedois',
    'suedoise',
  ],
  DK: [
    'denmark',
    'danish',
    'danmark',
    'denemarken',
    'danemark',
    'daenemark',
    'dänemark',
    'deense',
    'danische',
    'danischen',
    'danois',
    'danoise',
  ],
  FI: [
    'finland',
    'finnish',
    'suomi',
    'finnland',
    'finlande',
    'finse',
    'finnische',
    'finnischen',
    'finlandais',
    'finlandaise',
  ],
};

const escapeRegExp = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const PATTERNS = Object.entries(NAMES).map(([jurisdiction, names]) => ({
  jurisdiction: jurisdiction as Jurisdiction,
  names,
  patterns: names.map(
    (name) => new RegExp(`(^|[^a-z0-9])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[^a-z0-9])`),
  ),
}));

export function detectJurisdictions(question: string): Jurisdiction[] {
  const text = normalizeForSearch(question);
  const found: Jurisdiction[] = [];
  for (const { jurisdiction, patterns } of PATTERNS) {
    // "us" is also a pronoun: count it only when written in capitals.
    const hits = patterns.filter((pattern) => pattern.test(text));
    if (hits.length === 0) continue;
    if (jurisdiction === 'US' && hits.length === 1 && hits[0]?.source.includes('us(?=') && !/\bUS\b/.test(question)) {
      continue;
    }
    // Nordic guidance is national: "the Nordics" means each of the four countries the corpus covers.
    if (jurisdiction === 'NORDIC') found.push(...NORDIC_COUNTRIES.filter((country) => !found.includes(country)));
    else if (!found.includes(jurisdiction)) found.push(jurisdiction);
  }
  return found;
}

const NORDIC_COUNTRIES: Jurisdiction[] = ['NO', 'SE', 'DK', 'FI'];

const ADJECTIVES: Record<Jurisdiction, string> = {
  EU: 'EU',
  NL: 'Dutch',
  UK: 'UK',
  US: 'US',
  CA: 'Canadian',
  AU: 'Australian',
  DE: 'German',
  FR: 'French',
  IT: 'Italian',
  JP: 'Japanese',
  CZ: 'Czech',
  CH: 'Swiss',
  BE: 'Belgian',
  NORDIC: 'Nordic',
  NO: 'Norwegian',
  SE: 'Swedish',
  DK: 'Danish',
  FI: 'Finnish',
  INTL: 'international',
  GENERAL: 'general',
};

/** "German" for DE: how an answer names a jurisdiction's guidance. */
export function jurisdictionAdjective(jurisdiction: Jurisdiction): string {
  return ADJECTIVES[jurisdiction];
}

/** The text without the words that name these jurisdictions ("in Germany", "German", "Germany's"). */
export function withoutJurisdictionNames(text: string, jurisdictions: Jurisdiction[]): string {
  let result = text;
  for (const { jurisdiction, names } of PATTERNS) {
    if (!jurisdictions.includes(jurisdiction)) continue;
    for (const name of names) {
      result = result.replace(
        new RegExp(`(^|\\s)(?:(?:in|for|from|of|the)\\s+)*${escapeRegExp(name)}(?:'s)?(?=$|[^\\p{L}0-9])`, 'giu'),
        ' ',
      );
    }
  }
  return result.replace(/\s+/g, ' ').trim();
}
