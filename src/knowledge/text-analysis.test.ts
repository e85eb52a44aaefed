import { describe, expect, it } from 'vitest';
import { contentTerms } from './text-analysis.js';

describe('contentTerms', () => {
  it('drops Dutch, German and French function words and everyday verbs, so they weigh nothing in what is asked', () => {
    expect(contentTerms('Onze spin-off krijgt opnieuw iets onder de Wet Vifo')).toEqual([
      'spin-off',
      'spin',
      'wet',
      'vifo',
    ]);
    expect(contentTerms('Was müssen wir eigentlich bei unserem Partner beachten?')).toEqual(['partner', 'beachten']);
    expect(contentTerms('la licence wallonne suffit-elle ou faut-il autre chose côté américain ?')).toEqual([
      'licens',
      'wallonn',
      'americain',
    ]);
  });
});
