import { describe, expect, it } from 'vitest';
import { passageSentences } from './sentences.js';

describe('passageSentences', () => {
  it("does not end a sentence at a code's letter before an article number, nor at U.S.C. or p.", () => {
    const text =
      'The DRSD is, under article D. 3126-5 of the Defence Code, the competent service. It also advises. ' +
      'Protected status under 8 U.S.C. 1324b applies. See p. 12 of the guide. Plan B. Then more. ' +
      'It was enacted by the Act (S.C. 2024, c. 16) in June. It came into force.';
    expect(passageSentences(text).map((sentence) => sentence.text)).toEqual([
      'The DRSD is, under article D. 3126-5 of the Defence Code, the competent service.',
      'It also advises.',
      'Protected status under 8 U.S.C. 1324b applies.',
      'See p. 12 of the guide.',
      'Plan B.',
      'Then more.',
      'It was enacted by the Act (S.C. 2024, c. 16) in June.',
      'It came into force.',
    ]);
  });
});
