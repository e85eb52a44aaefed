// Tokenising, stop words and a light stemmer shared by the index and sentence scoring, so both see the same terms.

const STOP_WORDS = new Set(
  `a an and are as at be been being but by can could did do does doing for from had has have having he her here hers
  him his how i if in into is it its itself just me might more most must my no nor not of off on once only or other
  our ours out over own same shall she should so some such than that the their theirs them then there these they this
  those through to too under until up very was we were what when where which while who whom why will with would you
  your yours about also any each few all am us may let get got want need needs know tell please hi hello thanks thank
  i'm im i've ive we're what's whats there's it's anyone something someone`.split(/\s+/),
);

export function isStopWord(term: string): boolean {
  return STOP_WORDS.has(term);
}

/** A deliberately light suffix stripper: enough to match plural and verb forms without Porter's surprises. */
export function stem(term: string): string {
  if (term.length <= 4 || /\d/.test(term)) return term;
  const rules: [RegExp, string][] = [
    [/ies$/, 'y'],
    [/sses$/, 'ss'],
    [/ational$/, 'ate'],
    [/isation$|ization$/, 'ise'],
    [/ising$|izing$/, 'ise'],
    [/ised$|ized$/, 'ise'],
    [/ings$/, ''],
    [/ing$/, ''],
    [/edly$/, ''],
    [/ed$/, ''],
    [/ers$/, 'er'],
    [/ions$/, 'ion'],
    [/ments$/, 'ment'],
    [/([^s])s$/, '$1'],
  ];
  for (const [pattern, replacement] of rules) {
    if (pattern.test(term)) {
      const stemmed = term.replace(pattern, replacement);
      return stemmed.length >= 3 ? stemmed : term;
    }
  }
  return term;
}

export function normalizeForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'");
}

/** Words of a text, lower-cased, accents folded; hyphenated terms kept whole and also split. */
export function tokenize(text: string): string[] {
  const words = normalizeForSearch(text).match(/[a-z0-9]+(?:[-'][a-z0-9]+)*/g) ?? [];
  const tokens: string[] = [];
  for (const word of words) {
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
