// The words the intent classifier reads: lower-case, accents folded, contractions spelled out, leetspeak and
// spaced-out letters ("h i d e", "h1de") joined back, so a rephrasing in form cannot hide a word.
const CONTRACTIONS: [RegExp, string][] = [
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'can not'],
  [/\bshan't\b/g, 'shall not'],
  [/n't\b/g, ' not'],
  [/\bcannot\b/g, 'can not'],
  // The same without the apostrophe, as people type in a hurry: "doesnt", "dont", "wont".
  [/\b(does|did|is|are|was|were|should|would|could|has|have|had|must|need|ai)nt\b/g, '$1 not'],
  // French "dont" ("whose", "of which") is followed by a determiner or a pronoun; English "dont" by a verb.
  [
    /\bdont\b(?! (les?|la|l|leur|leurs|il|ils|elle|elles|on|je|j|nous|vous|des|du|un|une|ce|cette|ces|certains|certaines|plusieurs|chaque|notre|nos|votre|vos|mon|ma|mes|son|sa|ses)\b)/g,
    'do not',
  ],
  [/\bwont\b/g, 'will not'],
  [/\bcant\b/g, 'can not'],
  [/'(re|ve|ll|d|m|s)\b/g, ' $1'],
];
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

export function foldForMatching(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ø/g, 'o')
    .replace(/ĳ/g, 'ij')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

export function intentTokens(text: string): string[] {
  let folded = foldForMatching(text);
  for (const [pattern, replacement] of CONTRACTIONS) folded = folded.replace(pattern, replacement);
  const raw = folded.match(/[a-z0-9@$]+/g) ?? [];
  const tokens: string[] = [];
  let letters: string[] = [];
  const flushLetters = () => {
    // "how do I h i d e": a leading "i" or "a" is usually the word before the spelled-out one.
    if (letters.length >= 4 && (letters[0] === 'i' || letters[0] === 'a')) tokens.push(letters.shift() ?? '');
    if (letters.length >= 3) tokens.push(letters.join(''));
    else tokens.push(...letters);
    letters = [];
  };
  // Leetspeak is read as letters when the text is written in it; a lone "5g", "h2020" or "f35" stays a name.
  const mixed = raw.filter((token) => /[a-z]/.test(token) && /[0-9@$]/.test(token)).length;
  const leetText = mixed >= 2 && mixed >= raw.length * 0.2;
  for (const token of raw) {
    // A word written one letter at a time ("h i d e", "h.i.d.e") is read as that word.
    if (token.length === 1 && /[a-z]/.test(token)) {
      letters.push(token);
      continue;
    }
    flushLetters();
    const isMixed = /[a-z]/.test(token) && /[0-9@$]/.test(token);
    tokens.push(isMixed ? deLeet(token, leetText) : token.replace(/[@$]/g, ''));
  }
  flushLetters();
  return tokens.filter((token) => token.length > 0);
}

function deLeet(token: string, leetText: boolean): string {
  // "h2020", "5g", "f35": a number with a unit or a name, not leetspeak, unless the whole text is leetspeak.
  if (!leetText && /^[a-z]+[0-9]+$|^[0-9]+[a-z]{1,2}$/.test(token) && !/[@$]/.test(token)) return token;
  return token.replace(/[013457@$]/g, (character) => LEET[character] ?? character);
}
