import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, loadQuestions } from './evaluate.js';

// Raised as the corpus grows; `npm run eval --verbose` lists what falls short.
const THRESHOLDS = { coverage: 0.9, perJurisdiction: 0.75, declineAccuracy: 1, falseDeclineRate: 0.02 };

describe('evaluation set (offline answers on the shipped corpus)', () => {
  it('has at least 80 questions and one per corpus document', () => {
    const questions = loadQuestions();
    expect(questions.length).toBeGreaterThanOrEqual(80);
    const documents = readdirSync(path.resolve('knowledge'), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.md'))
      .map((file) => path.basename(file, '.md'));
    const asked = new Set(questions.map((question) => question.doc));
    expect(documents.filter((id) => !asked.has(id))).toEqual([]);
    const outcomes = new Set(questions.map((question) => question.expected));
    expect([...outcomes].sort()).toEqual(['answered', 'declined', 'no-grounding', 'refused']);
  });

  it('stays above the thresholds', async () => {
    const summary = await evaluate();
    expect(summary.coverage).toBeGreaterThanOrEqual(THRESHOLDS.coverage);
    expect(summary.declineAccuracy).toBeGreaterThanOrEqual(THRESHOLDS.declineAccuracy);
    expect(summary.falseDeclineRate).toBeLessThanOrEqual(THRESHOLDS.falseDeclineRate);
    for (const [jurisdiction, bucket] of Object.entries(summary.byJurisdiction)) {
      expect(bucket.coverage, jurisdiction).toBeGreaterThanOrEqual(THRESHOLDS.perJurisdiction);
    }
  });
});
