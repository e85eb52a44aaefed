// Runs a flow from a file of answers (field id → answer) through the same engine as the chat, for scripts,
// integrations and tests. Problems come back as data naming the field.
import type { Config } from '../config.js';
import type { StoredAppraisal } from '../core/handoff.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { nextField } from './applicable-fields.js';
import { appraisalSettings, buildStoredAppraisal } from './appraisal/stored-appraisal.js';
import { bindLists } from './bind-lists.js';
import type { AnswerValue } from './field.js';
import type { FlowDefinition } from './flow.js';
import { step } from './intake-engine.js';
import { type IntakeState, newIntakeState } from './intake-state.js';

export interface NonInteractiveOptions {
  knowledge: KnowledgeBase;
  config: Pick<Config, 'desk' | 'institution' | 'policy'>;
  now?: Date;
  /** Who the appraisal belongs to (the escalation feature files tickets for this user). */
  owner?: { userId: string; platform: string };
}

export interface AnswersProblem {
  field?: string;
  message: string;
}

export type NonInteractiveResult =
  | { ok: true; appraisal: StoredAppraisal; ignored: string[] }
  | { ok: false; problem: AnswersProblem };

/** Accepts the JSON a person would write: strings, arrays of strings, numbers, and true/false for yes/no. */
function toAnswerValue(raw: unknown): AnswerValue | undefined {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number') return String(raw);
  if (typeof raw === 'boolean') return raw ? 'yes' : 'no';
  if (Array.isArray(raw) && raw.every((item) => typeof item === 'string' || typeof item === 'number')) {
    return raw.map(String);
  }
  return undefined;
}

function readAnswersObject(
  flow: FlowDefinition,
  raw: unknown,
): { answers: Record<string, AnswerValue> } | AnswersProblem {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { message: 'the answers must be a JSON object of field id to answer, e.g. {"partner-country": "Norway"}' };
  }
  const known = new Set(flow.fields.map((field) => field.id));
  const answers: Record<string, AnswerValue> = {};
  for (const [field, value] of Object.entries(raw)) {
    if (!known.has(field)) {
      return { field, message: `unknown field for the ${flow.id} check (known: ${[...known].join(', ')})` };
    }
    const answer = toAnswerValue(value);
    if (answer === undefined) return { field, message: 'expected a string, a number, true/false or a list of strings' };
    answers[field] = answer;
  }
  return { answers };
}

export function runFlowNonInteractive(
  defined: FlowDefinition,
  rawAnswers: unknown,
  options: NonInteractiveOptions,
): NonInteractiveResult {
  const flow = bindLists(defined, options.knowledge.lists);
  const read = readAnswersObject(flow, rawAnswers);
  if (!('answers' in read)) return { ok: false, problem: read };
  const now = options.now ?? new Date();
  const owner = options.owner ?? { userId: 'cli', platform: 'cli' };
  let state: IntakeState = newIntakeState(flow.id, owner, now);
  const used = new Set<string>();
  // Each field is settled at most once, so the loop ends; the bound guards against a flow that cycles.
  for (let guard = 0; guard <= flow.fields.length; guard += 1) {
    const field = nextField(flow, state);
    if (!field) {
      const result = step(flow, state, { kind: 'confirm' }, now);
      if (result.outcome.kind !== 'complete') break;
      const settings = appraisalSettings(options.config, options.knowledge, now.toISOString().slice(0, 10));
      const appraisal = buildStoredAppraisal(flow, result.outcome.answers, state, options.knowledge, settings, now);
      const ignored = Object.keys(read.answers).filter((id) => !used.has(id));
      return { ok: true, appraisal, ignored };
    }
    const answer = read.answers[field.id];
    if (answer === undefined) {
      if (!field.optional) return { ok: false, problem: { field: field.id, message: `required: ${field.question}` } };
      state = step(flow, state, { kind: 'skip' }, now).state;
      continue;
    }
    used.add(field.id);
    const result = step(flow, state, { kind: 'answer', input: answer, fieldId: field.id }, now);
    const outcome = result.outcome;
    if (outcome.kind === 'ask' && outcome.problem && outcome.field.id === field.id) {
      return { ok: false, problem: { field: field.id, message: outcome.problem } };
    }
    if (outcome.kind === 'side-question') {
      return { ok: false, problem: { field: field.id, message: 'the answer reads as a question, not an answer' } };
    }
    state = result.state;
  }
  return { ok: false, problem: { message: `the ${flow.id} check could not be completed from these answers` } };
}
