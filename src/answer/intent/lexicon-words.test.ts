import { describe, expect, it } from 'vitest';
import { intentTokens } from './intent-tokens.js';
import { CUE_CONCEPTS } from './lexicon-cues.js';
import { EVASION_CONCEPTS } from './lexicon-evasion.js';
import { INJECTION_CONCEPTS } from './lexicon-injection.js';
import { SCOPE_CONCEPTS } from './lexicon-scope.js';
import { TARGETING_CONCEPTS } from './lexicon-targeting.js';

const LEXICONS = { CUE_CONCEPTS, EVASION_CONCEPTS, INJECTION_CONCEPTS, SCOPE_CONCEPTS, TARGETING_CONCEPTS };

/** Words the tokeniser reads by their context: French "dont" before a determiner stays "dont". */
const CONTEXT: Record<string, string> = { dont: 'dont les' };

/** Every whole word a pattern lists, with where it stands. */
function listedWords(): { word: string; where: string }[] {
  const words: { word: string; where: string }[] = [];
  for (const [lexicon, concepts] of Object.entries(LEXICONS)) {
    for (const [concept, patterns] of Object.entries(concepts)) {
      for (const pattern of patterns) {
        for (const slot of pattern.split(' ')) {
          if (slot.startsWith('~') || slot.startsWith('@') || slot.includes('${')) continue;
          const alternatives = slot.split('|').filter((word) => !word.includes('*') && !word.startsWith('@'));
          for (const word of alternatives) words.push({ word, where: `${lexicon}.${concept}: ${pattern}` });
        }
      }
    }
  }
  return words;
}

describe('the lexicons', () => {
  // The text is tokenised before matching ("can't", "cant" and "cannot" all become "can not"): a listed word the
  // tokeniser never produces can never match, and a pattern made only of such words is silently dead.
  it('list no word the tokeniser never produces', () => {
    const dead = listedWords()
      .filter(({ word }) => word !== '' && intentTokens(CONTEXT[word] ?? word).join(' ') !== (CONTEXT[word] ?? word))
      .map(({ word, where }) => `${word} in ${where}`);
    expect(dead).toEqual([]);
  });
});
