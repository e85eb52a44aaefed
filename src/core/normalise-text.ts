// What every check sees: NFKC, no invisible or bidi characters, and look-alike letters folded to Latin, so that a
// soft hyphen, a zero-width space, a Cyrillic "е" or a full-width "ｅ" cannot turn one request into another.
import { createRequire } from 'node:module';

// Unicode's confusables.txt (character → prototype), as the unhomoglyph package ships it.
const confusables = createRequire(import.meta.url)('unhomoglyph/data.json') as Record<string, string>;

/** Non-Latin (or exotic Latin) letters whose prototype is one ASCII letter: Cyrillic а, Greek ο, Cherokee Ꭺ, ɡ. */
const TO_LATIN: Map<string, string> = buildFoldTable();

function buildFoldTable(): Map<string, string> {
  const table = new Map<string, string>();
  const prototypeOf = (character: string): string | undefined => {
    let current = confusables[character];
    for (let hop = 0; hop < 3 && current !== undefined && !/^[A-Za-z]$/.test(current); hop++) {
      current = confusables[current];
    }
    return current !== undefined && /^[A-Za-z]$/.test(current) ? current : undefined;
  };
  for (const character of Object.keys(confusables)) {
    if (!isFoldable(character)) continue;
    const latin = prototypeOf(character);
    if (latin) table.set(character, latin);
  }
  // Lower-case Cyrillic and Greek letters often have only their capital listed (м → ʍ, but М → M).
  for (const character of Object.keys(confusables)) {
    const lower = character.toLowerCase();
    if (lower === character || [...lower].length !== 1 || table.has(lower) || !isFoldable(lower)) continue;
    const latin = table.get(character);
    if (latin) table.set(lower, latin.toLowerCase());
  }
  table.set('ı', 'i');
  table.set('ȷ', 'j');
  return table;
}

/** Accented Latin letters of the languages ressec reads (é, ü, ß, æ, ø, ĳ) are letters, not disguises. */
function isFoldable(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  if ([...character].length !== 1 || code < 0x80 || !/\p{L}/u.test(character)) return false;
  return !(/\p{Script=Latin}/u.test(character) && code < 0x250);
}

// Invisible and direction-changing characters (soft hyphen, zero-width, bidi embeddings and isolates, tags,
// variation selectors), other format characters, private-use, unassigned and lone surrogates.
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}\p{Cf}\p{Co}\p{Cn}\p{Cs}]/gu;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Combining marks NFKC could not fold into a Latin letter (e̸, zalgo): no language ressec reads needs them.
const STRAY_MARKS = /(?<=\p{Script=Latin})\p{M}+/gu;
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Look-alikes in a Latin-script text are folded; a word wholly in another script is left alone when most words of
 * the text are in that script, so Russian or Greek prose is not turned into Latin nonsense.
 */
export function foldConfusables(text: string): string {
  const words = text.match(WORD) ?? [];
  let foreign = 0;
  for (const word of words) {
    if (/^[\p{Script=Latin}\p{M}]+$/u.test(word)) continue;
    if (foldWord(word) === undefined) foreign++;
  }
  const foreignProse = foreign > 0 && foreign >= words.length / 2;
  return text.replace(WORD, (word) => {
    if (foreignProse && !/\p{Script=Latin}/u.test(word)) return word;
    return foldWord(word) ?? word;
  });
}

/** The word in Latin letters, or undefined when it holds a letter that is no look-alike of one. */
function foldWord(word: string): string | undefined {
  let folded = '';
  for (const character of word) {
    if ((character.codePointAt(0) ?? 0) < 0x80) {
      folded += character;
      continue;
    }
    const latin = TO_LATIN.get(character);
    if (latin !== undefined) folded += latin;
    else if (/[\p{Script=Latin}\p{M}]/u.test(character)) folded += character;
    else return undefined;
  }
  return folded;
}

// A right-to-left override shows the characters after it in reverse order: "\u202Eedih\u202C" reads "hide".
const RIGHT_TO_LEFT_OVERRIDE = /\u202E([^\u202A-\u202E\u2066-\u2069\n]*)(?:\u202C|$)/gmu;

/** The text as a reader sees it on screen, spelled in plain letters: what a check must read. */
export function normaliseText(text: string): string {
  const shown = text.replace(RIGHT_TO_LEFT_OVERRIDE, (_, run: string) => [...run].reverse().join(''));
  const composed = shown.normalize('NFKC').replace(INVISIBLE, '').replace(CONTROL, ' ');
  return foldConfusables(composed.replace(STRAY_MARKS, '')).normalize('NFC');
}
