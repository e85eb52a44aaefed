import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answer.js';
import { parseQuestionSet } from './question-set.js';
import { factFound, foldForMatching, scoreAnswer, uncitedSentences } from './score.js';

function answer(text: string, excerpt = '', outcome: Answer['outcome'] = 'answered'): Answer {
  return {
    id: 'a',
    question: 'q',
    outcome,
    text,
    citations: excerpt
      ? [
          {
            n: 1,
            id: 'd#s',
            documentId: 'd',
            title: 'T',
            publisher: 'P',
            date: '2024',
            url: 'https://x.org',
            jurisdiction: 'NL',
            excerpt,
          },
        ]
      : [],
    mode: 'offline',
    jurisdictions: [],
    stale: [],
    suggestDesk: false,
    followUps: [],
    notes: [],
  };
}

describe('fact matching', () => {
  it('ignores case, accents, dash and quote styles', () => {
    const haystack = foldForMatching('Die Zone à Régime Restrictif – the “ZRR” rule');
    expect(factFound(['zone a regime restrictif'], haystack)).toBe(true);
    expect(factFound(['nope', 'zrr'], haystack)).toBe(true);
    expect(factFound(['Zone à régime - the "ZRR"'], haystack)).toBe(false);
    expect(factFound(['régime restrictif - the "zrr"'], haystack)).toBe(true);
  });
});

describe('uncited sentences', () => {
  it('finds sentences without a marker, but not labels', () => {
    expect(uncitedSentences('One fact. [1] Two facts. [2]\n\nContact points: Loket: advises. [3]')).toEqual([]);
    expect(uncitedSentences('First claim. Second claim. [1]')).toEqual(['First claim.']);
    expect(uncitedSentences('A claim. [1] A trailing claim.')).toEqual(['A trailing claim.']);
  });
});

describe('scoring one answer', () => {
  it('scores the answer text apart from the cited excerpts, per question', () => {
    const [question] = parseQuestionSet(
      JSON.stringify({
        id: 'x',
        question: 'q?',
        language: 'en',
        jurisdiction: 'NL',
        expected: 'answered',
        key_facts: [['31 January 2022', 'January 2022'], ['Loket']],
      }),
      'inline',
    );
    const score = scoreAnswer(question!, answer('The Loket opened in 2022. [1]', 'It opened on 31 January 2022.'));
    expect(score.coverage).toBe(1);
    expect(score.answerTextCoverage).toBe(0.5);
    expect(score.uncited).toEqual([]);
  });

  it('reads the old format with | between wordings', () => {
    const [question] = parseQuestionSet('{"id":"o","question":"q","expected":"answered","key_facts":["a|b","c"]}', 'x');
    expect(question?.facts).toEqual([['a', 'b'], ['c']]);
  });
});
