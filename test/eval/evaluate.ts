// The evaluation: answers every question of the set offline and measures key-fact coverage and decline accuracy.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AnswerService } from '../../src/answer/answer-service.js';
import { loadKnowledge } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';

export const questionSchema = z.object({
  id: z.string(),
  question: z.string(),
  expected: z.enum(['answered', 'no-grounding', 'declined', 'refused']),
  jurisdiction: z.string().default('GENERAL'),
  topic: z.string().default('general'),
  doc: z.string().optional(),
  key_facts: z.array(z.string()).default([]),
});
export type EvalQuestion = z.output<typeof questionSchema>;

export interface EvalResult {
  question: EvalQuestion;
  outcome: string;
  factsFound: number;
  factsTotal: number;
  missing: string[];
}

export interface Bucket {
  coverage: number;
  questions: number;
}

export interface EvalSummary {
  questions: number;
  coverage: number;
  declineAccuracy: number;
  declineQuestions: number;
  falseDeclineRate: number;
  byJurisdiction: Record<string, Bucket>;
  byTopic: Record<string, Bucket>;
  results: EvalResult[];
}

const EVAL_DIR = path.dirname(new URL(import.meta.url).pathname);

export function loadQuestions(): EvalQuestion[] {
  const files = [path.join(EVAL_DIR, 'questions.jsonl')];
  const partsDir = path.join(EVAL_DIR, 'questions');
  try {
    for (const name of readdirSync(partsDir).sort()) if (name.endsWith('.jsonl')) files.push(path.join(partsDir, name));
  } catch {
    // no parts folder
  }
  const questions: EvalQuestion[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    text.split('\n').forEach((line, index) => {
      if (line.trim() === '') return;
      const parsed = questionSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.message}`);
      questions.push(parsed.data);
    });
  }
  return questions;
}

function factFound(fact: string, haystack: string): boolean {
  return fact
    .split('|')
    .map((alternative) => alternative.trim().toLowerCase())
    .some((alternative) => alternative.length > 0 && haystack.includes(alternative));
}

function bucketize(results: EvalResult[], key: (result: EvalResult) => string): Record<string, Bucket> {
  const buckets: Record<string, { found: number; total: number; questions: number }> = {};
  for (const result of results) {
    if (result.question.expected !== 'answered') continue;
    const name = key(result);
    buckets[name] ??= { found: 0, total: 0, questions: 0 };
    buckets[name].found += result.factsFound;
    buckets[name].total += result.factsTotal;
    buckets[name].questions += 1;
  }
  return Object.fromEntries(
    Object.entries(buckets)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, bucket]) => [
        name,
        { coverage: bucket.total === 0 ? 1 : bucket.found / bucket.total, questions: bucket.questions },
      ]),
  );
}

export async function evaluate(questions = loadQuestions()): Promise<EvalSummary> {
  const config = loadConfig({ RESSEC_OFFLINE: 'true', RESSEC_LOG_LEVEL: 'silent' });
  const { knowledge } = await loadKnowledge(config);
  const answers = new AnswerService({ knowledge, log: silentLogger(), deskName: 'the advice desk' });
  const results: EvalResult[] = [];
  for (const question of questions) {
    const answer = await answers.answer(question.question);
    const haystack = [answer.text, ...answer.citations.map((citation) => `${citation.title} ${citation.excerpt}`)]
      .join('\n')
      .toLowerCase();
    const expectsFacts = question.expected === 'answered';
    const facts = expectsFacts ? question.key_facts : [];
    const missing = facts.filter((fact) => !factFound(fact, haystack));
    const found = answer.outcome === 'answered' ? facts.length - missing.length : 0;
    results.push({
      question,
      outcome: answer.outcome,
      factsFound: found,
      factsTotal: facts.length,
      missing: answer.outcome === 'answered' ? missing : facts,
    });
  }
  const answerable = results.filter((result) => result.question.expected === 'answered');
  const declines = results.filter((result) => result.question.expected !== 'answered');
  const totalFacts = answerable.reduce((sum, result) => sum + result.factsTotal, 0);
  const foundFacts = answerable.reduce((sum, result) => sum + result.factsFound, 0);
  return {
    questions: results.length,
    coverage: totalFacts === 0 ? 1 : foundFacts / totalFacts,
    declineAccuracy:
      declines.length === 0
        ? 1
        : declines.filter((result) => result.outcome === result.question.expected).length / declines.length,
    declineQuestions: declines.length,
    falseDeclineRate:
      answerable.length === 0
        ? 0
        : answerable.filter((result) => result.outcome !== 'answered').length / answerable.length,
    byJurisdiction: bucketize(results, (result) => result.question.jurisdiction),
    byTopic: bucketize(results, (result) => result.question.topic),
    results,
  };
}
