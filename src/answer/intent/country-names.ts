// Country names, read by the intent model as one token. What is asked for (a loophole, a person's details, a recipe)
// is the intent; where is not. Trained on questions that happened to name China for legitimate travel and Brazil or
// Singapore for sightseeing, the model had learned the country: "Can I bring my own laptop to a conference in Brazil?"
// read as out of scope. The names come from ICU (all regions, in the four languages), so no list is kept here.

const LANGUAGES = ['en', 'nl', 'de', 'fr'];
/** Region codes that are no country, and names that are as often a word or a person ("Chad", "Jordan", "chili"). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'XA', 'XB', 'ZZ', 'QO']);
const AMBIGUOUS = new Set(['chad', 'jordan', 'jersey', 'chili', 'georgia', 'turkey', 'guinea', 'niger', 'togo']);

export const COUNTRY_TOKEN = 'xcountry';

/** First word → the names (as word sequences) that start with it, longest first. */
export function countryNameIndex(fold: (text: string) => string[]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const language of LANGUAGES) {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    for (let first = 65; first <= 90; first++) {
      for (let second = 65; second <= 90; second++) {
        const code = String.fromCharCode(first, second);
        if (NOT_COUNTRIES.has(code)) continue;
        const name = names.of(code)?.replace(/\(.*\)/, '');
        if (!name) continue;
        const words = fold(name);
        if (words.length === 0 || (words.length === 1 && AMBIGUOUS.has(words[0] as string))) continue;
        const head = words[0] as string;
        const known = index.get(head) ?? [];
        if (!known.some((other) => other.join(' ') === words.join(' '))) known.push(words);
        index.set(head, known);
      }
    }
  }
  for (const names of index.values()) names.sort((a, b) => b.length - a.length);
  return index;
}

/** The words with every country name replaced by one token, and the names found. */
export function maskCountries(words: string[], index: Map<string, string[][]>): { masked: string[]; names: string[] } {
  const masked: string[] = [];
  const names: string[] = [];
  for (let at = 0; at < words.length; ) {
    const name = index.get(words[at] as string)?.find((candidate) => candidate.every((w, k) => words[at + k] === w));
    if (name) {
      masked.push(COUNTRY_TOKEN);
      names.push(name.join(' '));
      at += name.length;
    } else {
      masked.push(words[at] as string);
      at += 1;
    }
  }
  return { masked, names };
}
