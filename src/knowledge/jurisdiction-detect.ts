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

/**
 * University cities and well-known universities: "I'm at Kyoto", "je suis à l'Université Laval" place the asker in a
 * country as surely as its name does. Names that are also common words or cities elsewhere are left out (Reading,
 * Bath, Nice, Essen, Cambridge, Birmingham, York, "mit").
 */
const PLACES: Partial<Record<Jurisdiction, string[]>> = {
  NL: [
    'amsterdam',
    'rotterdam',
    'delft',
    'leiden',
    'utrecht',
    'groningen',
    'eindhoven',
    'nijmegen',
    'maastricht',
    'tilburg',
    'wageningen',
    'enschede',
    'twente',
    'tu delft',
    'vu amsterdam',
  ],
  UK: [
    'london',
    'oxford',
    'university of cambridge',
    'manchester',
    'edinburgh',
    'glasgow',
    'bristol',
    'university of birmingham',
    'leeds',
    'sheffield',
    'nottingham',
    'southampton',
    'liverpool',
    'newcastle university',
    'durham university',
    'cardiff',
    'belfast',
    'imperial college',
    'ucl',
    "king's college london",
    'st andrews',
    'aberdeen',
    'dundee',
    'warwick',
    'exeter',
    'loughborough',
  ],
  US: [
    'harvard',
    'stanford',
    'berkeley',
    'caltech',
    'princeton',
    'yale',
    'columbia university',
    'boston',
    'new york',
    'chicago',
    'los angeles',
    'san francisco',
    'seattle',
    'texas',
    'california',
    'massachusetts',
    'michigan',
    'ucla',
  ],
  CA: [
    'toronto',
    'montreal',
    'vancouver',
    'ottawa',
    'quebec',
    'universite laval',
    'ubc',
    'mcgill',
    'university of waterloo',
    'calgary',
    'edmonton',
    'alberta',
    'british columbia',
    'ontario',
    'halifax',
    'winnipeg',
    'saskatchewan',
  ],
  AU: [
    'sydney',
    'melbourne',
    'brisbane',
    'canberra',
    'adelaide',
    'queensland',
    'new south wales',
    'monash',
    'unsw',
    'hobart',
  ],
  DE: [
    'berlin',
    'munchen',
    'munich',
    'hamburg',
    'koln',
    'cologne',
    'frankfurt',
    'heidelberg',
    'stuttgart',
    'tubingen',
    'freiburg',
    'aachen',
    'dresden',
    'leipzig',
    'gottingen',
    'karlsruhe',
    'bonn',
    'baden-wurttemberg',
    'bayern',
    'bavaria',
    'nordrhein-westfalen',
    'hessen',
    'sachsen',
    'lmu',
    'rwth',
  ],
  FR: [
    'paris',
    'lyon',
    'marseille',
    'toulouse',
    'bordeaux',
    'lille',
    'grenoble',
    'strasbourg',
    'montpellier',
    'rennes',
    'nantes',
    'sorbonne',
    'saclay',
  ],
  IT: [
    'rome',
    'roma',
    'milan',
    'milano',
    'turin',
    'torino',
    'bologna',
    'florence',
    'firenze',
    'padua',
    'padova',
    'pisa',
    'naples',
    'napoli',
    'politecnico',
  ],
  JP: ['tokyo', 'tokio', 'kyoto', 'osaka', 'tohoku', 'sendai', 'nagoya', 'riken', 'hokkaido', 'tsukuba', 'fukuoka'],
  CZ: ['prague', 'praha', 'prag', 'brno', 'ostrava', 'olomouc', 'charles university'],
  CH: ['zurich', 'geneva', 'geneve', 'genf', 'bern', 'berne', 'basel', 'bale', 'lausanne', 'lugano', 'eth', 'epfl'],
  BE: [
    'leuven',
    'louvain',
    'gent',
    'ghent',
    'gand',
    'antwerp',
    'antwerpen',
    'anvers',
    'liege',
    'luik',
    'namur',
    'ugent',
    'ulb',
    'vub',
    'uclouvain',
    'hasselt',
    'flanders',
    'vlaanderen',
    'wallonia',
    'wallonie',
  ],
  NO: ['oslo', 'bergen', 'trondheim', 'tromso', 'stavanger', 'ntnu'],
  SE: ['stockholm', 'uppsala', 'gothenburg', 'goteborg', 'lund', 'linkoping', 'umea', 'karolinska', 'kth', 'malmo'],
  DK: ['copenhagen', 'kobenhavn', 'kopenhagen', 'aarhus', 'odense', 'aalborg', 'dtu'],
  FI: ['helsinki', 'espoo', 'tampere', 'turku', 'oulu', 'aalto'],
};

const escapeRegExp = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const PATTERNS = Object.entries(NAMES).map(([jurisdiction, countryNames]) => {
  const names = [...countryNames, ...(PLACES[jurisdiction as Jurisdiction] ?? [])];
  return {
    jurisdiction: jurisdiction as Jurisdiction,
    names,
    patterns: names.map((name) => new RegExp(`(^|[^a-z0-9])${escapeRegExp(name)}(?=$|[^a-z0-9])`)),
  };
});

// "A non-EU investor", "buiten de EU", "hors de l'UE": the question is about somewhere else, not about the EU.
const OUTSIDE_EU =
  /\b(?:non|nicht|niet|extra|hors(?: de l'| de la | du )?|outside(?: of)?(?: the)?|beyond the|buiten(?: de)?|au(?:ss|ß)erhalb(?: der)?)[\s-]*(?:eu|ue|eea|eer|ewr|european union|europese unie|europaischen union|union europeenne|europe|european|europese|europaische[nr]?|europeenne?s?)(?:[\s/-]+(?:eea|eer|ewr))?\b/g;

/** A web address names its country: "voyage.gc.ca", "www.gov.uk", "diplomatie.gouv.fr", "www.bafa.de". */
const DOMAINS: [Jurisdiction, RegExp][] = [
  ['CA', /\.gc\.ca|canada\.ca|\.ca/],
  ['UK', /\.gov\.uk|\.ac\.uk|\.uk/],
  ['FR', /\.gouv\.fr|\.fr/],
  ['CH', /\.admin\.ch|\.ch/],
  ['AU', /\.gov\.au|\.edu\.au|\.au/],
  ['JP', /\.go\.jp|\.ac\.jp|\.jp/],
  ['NL', /\.nl/],
  ['DE', /\.de/],
  ['BE', /\.be/],
  ['IT', /\.it/],
  ['CZ', /\.cz/],
  ['NO', /\.no/],
  ['SE', /\.se/],
  ['DK', /\.dk/],
  ['FI', /\.fi/],
  ['US', /\.gov|\.mil/],
  ['EU', /europa\.eu|\.eu/],
];
/** Each ending anchored at the end of the address, compiled once. */
const DOMAIN_ENDINGS: [Jurisdiction, RegExp][] = DOMAINS.map(([jurisdiction, pattern]) => [
  jurisdiction,
  new RegExp(`(${pattern.source})$`),
]);
const DOMAIN = /\b(?:[a-z0-9-]+\.)+[a-z]{2,4}\b(?![.\w@-])/gi;

function domainJurisdictions(question: string): Jurisdiction[] {
  const found: Jurisdiction[] = [];
  for (const [domain] of question.matchAll(DOMAIN)) {
    // A domain has a name before its ending ("gc.ca"); "e.g." and "i.e." are none.
    if (!/[a-z0-9-]{2,}\.[a-z]{2,4}$/i.test(domain)) continue;
    const ending = domain.toLowerCase();
    const match = DOMAIN_ENDINGS.find(([, pattern]) => pattern.test(ending));
    if (match && !found.includes(match[0])) found.push(match[0]);
  }
  return found;
}

export function detectJurisdictions(question: string): Jurisdiction[] {
  const text = normalizeForSearch(question).replace(OUTSIDE_EU, ' ');
  const found: Jurisdiction[] = domainJurisdictions(question);
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
