// The evaluation: answers a question set offline and summarises it per question (not per fact): key-fact coverage in
// the answer and its cited excerpts, coverage in the answer text alone, per jurisdiction, false declines, whether
// questions the corpus cannot answer are declined, and uncited sentences.
import path from 'node:path';
import { AnswerService } from '../../src/answer/answer-service.js';
import { loadConfig } from '../../src/config.js';
import { KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { silentLogger } from '../../src/log.js';
import { type EvalQuestion, loadQuestionSet, OLD_SET } from './question-set.js';
import { type QuestionScore, scoreAnswer } from './score.js';

export interface Bucket {
  coverage: number;
  answerTextCoverage: number;
  questions: number;
}

export interface SetSummary {
  questions: number;
  /** Questions expected to be answered. */
  answerable: number;
  coverage: number;
  answerTextCoverage: number;
  falseDeclines: number;
  falseDeclineRate: number;
  /** False declines by the outcome they got: no grounding, declined as out of scope, refused by the policy. */
  falseDeclinesBy: Record<string, number>;
  /** Questions expected to be declined, refused or left ungrounded, and how many got that outcome. */
  declineQuestions: number;
  declineAccuracy: number;
  uncitedSentences: number;
  byJurisdiction: Record<string, Bucket>;
  results: QuestionScore[];
}

const mean = (values: number[]) =>
  values.length === 0 ? 1 : values.reduce((sum, value) => sum + value, 0) / values.length;

function bucket(results: QuestionScore[]): Bucket {
  return {
    coverage: mean(results.map((result) => result.coverage)),
    answerTextCoverage: mean(results.map((result) => result.answerTextCoverage)),
    questions: results.length,
  };
}

export function summarise(results: QuestionScore[]): SetSummary {
  const answerable = results.filter((result) => result.question.expected === 'answered');
  const declines = results.filter((result) => result.question.expected !== 'answered');
  const falseDeclines = answerable.filter((result) => result.outcome !== 'answered').length;
  const jurisdictions = [...new Set(answerable.map((result) => result.question.jurisdiction))].sort();
  const overall = bucket(answerable);
  return {
    questions: results.length,
    answerable: answerable.length,
    coverage: overall.coverage,
    answerTextCoverage: overall.answerTextCoverage,
    falseDeclines,
    falseDeclinesBy: Object.fromEntries(
      ['no-grounding', 'declined', 'refused'].map((outcome) => [
        outcome,
        answerable.filter((result) => result.outcome === outcome).length,
      ]),
    ),
    falseDeclineRate: answerable.length === 0 ? 0 : falseDeclines / answerable.length,
    declineQuestions: declines.length,
    // A question the corpus cannot answer may get no grounding or a decline; both keep the assistant from guessing.
    declineAccuracy:
      declines.length === 0
        ? 1
        : declines.filter((result) =>
            result.question.expected === 'no-grounding'
              ? result.outcome === 'no-grounding' || result.outcome === 'declined'
              : result.outcome === result.question.expected,
          ).length / declines.length,
    uncitedSentences: results.reduce((sum, result) => sum + result.uncited.length, 0),
    byJurisdiction: Object.fromEntries(
      jurisdictions.map((name) => [name, bucket(answerable.filter((result) => result.question.jurisdiction === name))]),
    ),
    results,
  };
}

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');

/** The shipped corpus (or another folder) in offline mode, with the default configuration (no institution). */
export async function offlineAnswerService(knowledgeDir?: string): Promise<AnswerService> {
  const config = loadConfig({ RESSEC_OFFLINE: 'true', RESSEC_LOG_LEVEL: 'silent' });
  const { knowledge, problems } = await KnowledgeBase.load({
    dir: knowledgeDir ?? path.resolve(PROJECT_ROOT, config.knowledge.dir),
    institutionDirs: [],
    institutionJurisdiction: config.institution.jurisdiction,
  });
  // A corpus with a broken file would only score lower, silently: an eval of it measures nothing, so it stops here.
  if (problems.length > 0) {
    const listed = problems.map((problem) => `  ${problem.file}: ${problem.message}`).join('\n');
    throw new Error(`the corpus has ${problems.length} problem(s); run \`ressec knowledge check\`:\n${listed}`);
  }
  return new AnswerService({ knowledge, log: silentLogger(), deskName: 'the advice desk' });
}

export async function evaluateSet(questions: EvalQuestion[], service?: AnswerService): Promise<SetSummary> {
  const answers = service ?? (await offlineAnswerService());
  const results: QuestionScore[] = [];
  for (const question of questions) results.push(scoreAnswer(question, await answers.answer(question.question)));
  return summarise(results);
}

/** The old, corpus-derived set (kept as a regression check; the benchmark also uses its questions as queries). */
export function loadQuestions(): EvalQuestion[] {
  return loadQuestionSet(OLD_SET);
}
