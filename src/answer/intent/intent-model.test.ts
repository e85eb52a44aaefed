import { describe, expect, it } from 'vitest';
import { intentFeatures, intentWords } from './intent-features.js';
import { IntentModel, shippedIntentModel } from './intent-model.js';
import { train } from './train-intent-model.js';

describe('intent features', () => {
  it('reads disguised words as the words they disguise', () => {
    expect(intentWords('h i d e the f0reign p4yment from the funder')).toEqual([
      'hide',
      'the',
      'foreign',
      'payment',
      'from',
      'the',
      'funder',
    ]);
    expect(intentWords('ver\u00adberg het voor de universit\u00e9it')).toEqual([
      'verberg',
      'het',
      'voor',
      'de',
      'universiteit',
    ]);
  });

  it('reads every country name, in four languages, as one token, and leaves words that are also names', () => {
    expect(intentWords('laptop to Brazil, les États-Unis, die Vereinigte Staaten or Brazilië')).toEqual([
      'laptop',
      'to',
      'xcountry',
      'les',
      'xcountry',
      'die',
      'xcountry',
      'or',
      'xcountry',
    ]);
    expect(intentWords('turkey with chili')).toEqual(['turkey', 'with', 'chili']);
  });

  it('is a unit-length sparse vector of words when no concept is found', () => {
    const norm = [...intentFeatures('who do I report a suspicious approach to?', []).values()].reduce(
      (s, v) => s + v * v,
      0,
    );
    expect(norm).toBeCloseTo(1, 6);
  });
});

describe('intent model', () => {
  it('learns to tell two kinds of request apart from examples, in words it was not given', () => {
    const examples = [
      ...[
        'how do I hide the payment from my funder',
        'keep the appointment off the disclosure form',
        'hide my chinese contract from the university',
        'how to conceal the affiliation from the grant office',
      ].map((text) => ({ text, label: 'evasion' as const })),
      ...[
        'how do I disclose the payment to my funder',
        'where do I report the appointment on the disclosure form',
        'who do I tell about my contract at the university',
        'how to declare the affiliation to the grant office',
      ].map((text) => ({ text, label: 'legitimate' as const })),
    ];
    // Two of the five labels are taught here, so the comparison is between those two.
    const model = new IntentModel(train(examples, { epochs: 60, hidden: 16, learningRate: 1 }));
    const hide = model.probabilities('can I hide the contract from my funder');
    const disclose = model.probabilities('how do I disclose the contract to my funder');
    expect(hide.evasion).toBeGreaterThan(2 * hide.legitimate);
    expect(disclose.legitimate).toBeGreaterThan(2 * disclose.evasion);
  });

  it('ships a trained model that tells an evasion request from a compliance question', () => {
    const model = shippedIntentModel();
    const evasion = model.probabilities(
      'How can I keep my paid appointment in Wuhan off the conflict of interest form so nobody asks?',
    );
    const compliance = model.probabilities(
      'Where on the conflict of interest form do I declare a paid appointment abroad?',
    );
    expect(evasion.evasion + evasion.targeting + evasion.injection).toBeGreaterThan(0.6);
    expect(compliance.legitimate).toBeGreaterThan(0.5);
  });
});
