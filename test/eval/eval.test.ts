import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerService } from '../../src/answer/answer-service.js';
import { evaluateSet, loadQuestions, offlineAnswerService } from './evaluate.js';
import { BLIND_LOCKED, loadQuestionSet } from './question-set.js';

// Floors on the locked half of the blind set. The targets (coverage 0.90, answer text 0.75, every
// jurisdiction 0.80, false declines 2%, no uncited sentence) are not all reached; where one is not, the floor sits
// just under the figure last measured (77.9%, 71.1%, weakest jurisdiction 33.3%, false declines 7.3% of which 5
// policy refusals), so that a regression fails. Raise them as the corpus and answers improve. Only aggregates are
// compared; the locked questions are never printed.
const LOCKED_FLOORS = {
  coverage: 0.77,
  answerTextCoverage: 0.7,
  perJurisdiction: 0.25,
  falseDeclineRate: 0.08,
  uncitedSentences: 0,
};

// The old set copied its facts from the corpus, so it decides nothing alone; it guards against regressions at its
// measured level (89.1%, 77.8%, no false decline, every expected decline right). Its answer text fell from 78.4%
// when about 60 sections for CA, NL, FR, CH, CZ and AU were added: they now compete with the sections its questions
// were copied from (a generic academic-freedom question meets a Dutch section first). A discount on countries'
// sections for questions that name none won those back here but lost answer text on the blind tuning half, so it
// was not kept; the floor follows the measured level instead.
const OLD_SET_FLOORS = { coverage: 0.885, answerTextCoverage: 0.775, declineAccuracy: 1, falseDeclineRate: 0.02 };

let service: AnswerService;
beforeAll(async () => {
  service = await offlineAnswerService();
});

describe('blind evaluation, locked half (offline answers on the shipped corpus)', () => {
  it('holds at least 150 questions', () => {
    expect(existsSync(BLIND_LOCKED), 'test/eval/blind/locked.jsonl').toBe(true);
    expect(loadQuestionSet(BLIND_LOCKED).length).toBeGreaterThanOrEqual(150);
  });

  it('stays above the floors', async () => {
    const summary = await evaluateSet(loadQuestionSet(BLIND_LOCKED), service);
    expect(summary.coverage, 'key-fact coverage').toBeGreaterThanOrEqual(LOCKED_FLOORS.coverage);
    expect(summary.answerTextCoverage, 'answer-text coverage').toBeGreaterThanOrEqual(LOCKED_FLOORS.answerTextCoverage);
    expect(summary.falseDeclineRate, 'false declines').toBeLessThanOrEqual(LOCKED_FLOORS.falseDeclineRate);
    expect(summary.uncitedSentences, 'uncited sentences').toBeLessThanOrEqual(LOCKED_FLOORS.uncitedSentences);
    for (const [jurisdiction, bucket] of Object.entries(summary.byJurisdiction)) {
      expect(bucket.coverage, `coverage in ${jurisdiction}`).toBeGreaterThanOrEqual(LOCKED_FLOORS.perJurisdiction);
    }
  });
});

describe('old evaluation set (regression floor)', () => {
  it('covers every outcome', () => {
    const outcomes = new Set(loadQuestions().map((question) => question.expected));
    expect([...outcomes].sort()).toEqual(['answered', 'declined', 'no-grounding', 'refused']);
  });

  it('stays above its measured level', async () => {
    const summary = await evaluateSet(loadQuestions(), service);
    expect(summary.coverage).toBeGreaterThanOrEqual(OLD_SET_FLOORS.coverage);
    expect(summary.answerTextCoverage).toBeGreaterThanOrEqual(OLD_SET_FLOORS.answerTextCoverage);
    expect(summary.declineAccuracy).toBeGreaterThanOrEqual(OLD_SET_FLOORS.declineAccuracy);
    expect(summary.falseDeclineRate).toBeLessThanOrEqual(OLD_SET_FLOORS.falseDeclineRate);
    expect(summary.uncitedSentences).toBe(0);
  });
});
