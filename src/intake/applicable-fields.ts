// Which questions apply, which comes next, which came before: all computed from answers by field id.

import { listsOf } from './bind-lists.js';
import { type Answers, evaluateCondition } from './condition.js';
import type { AnswerValue, FieldDefinition } from './field.js';
import type { FlowDefinition } from './flow.js';
import type { IntakeState } from './intake-state.js';
import { validateAnswer } from './validate-answer.js';

/** Fields whose conditions hold; a condition sees only the answers of fields that apply themselves. */
export function applicableFields(flow: FlowDefinition, answers: Answers): FieldDefinition[] {
  const lists = listsOf(flow);
  const visible: Record<string, AnswerValue> = {};
  const fields: FieldDefinition[] = [];
  for (const field of flow.fields) {
    if (field.when && !evaluateCondition(field.when, visible, lists).holds) continue;
    fields.push(field);
    const answer = answers[field.id];
    if (answer !== undefined) visible[field.id] = answer;
  }
  return fields;
}

/** The answers that count: those of applicable fields. */
export function effectiveAnswers(flow: FlowDefinition, answers: Answers): Record<string, AnswerValue> {
  const effective: Record<string, AnswerValue> = {};
  for (const field of applicableFields(flow, answers)) {
    const answer = answers[field.id];
    if (answer !== undefined) effective[field.id] = answer;
  }
  return effective;
}

function isSettled(state: IntakeState, field: FieldDefinition): boolean {
  return state.answers[field.id] !== undefined || state.skipped.includes(field.id);
}

/** The field being corrected, else the first applicable field without a valid answer; undefined when all are settled. */
export function nextField(flow: FlowDefinition, state: IntakeState): FieldDefinition | undefined {
  const fields = applicableFields(flow, state.answers);
  const editing = state.editing ? fields.find((field) => field.id === state.editing) : undefined;
  return editing ?? fields.find((field) => !isSettled(state, field));
}

/** The settled field just before the current question (or the last one at the summary). */
export function previousField(flow: FlowDefinition, state: IntakeState): FieldDefinition | undefined {
  const fields = applicableFields(flow, state.answers);
  const current = nextField(flow, state);
  const end = current ? fields.indexOf(current) : fields.length;
  for (let index = end - 1; index >= 0; index -= 1) {
    const field = fields[index];
    if (field && isSettled(state, field)) return field;
  }
  return undefined;
}

/**
 * Fits a stored intake to the flow as it is now: answers to removed fields or that no longer validate are dropped
 * (and so asked again), as are skips of fields that became required. Returns the ids dropped.
 */
export function reconcile(flow: FlowDefinition, state: IntakeState): { state: IntakeState; dropped: string[] } {
  const byId = new Map(flow.fields.map((field) => [field.id, field]));
  const answers: Record<string, AnswerValue> = {};
  const dropped: string[] = [];
  for (const [id, value] of Object.entries(state.answers)) {
    const field = byId.get(id);
    if (field && validateAnswer(field, value).ok) answers[id] = value;
    else dropped.push(id);
  }
  const skipped = state.skipped.filter((id) => byId.get(id)?.optional === true && answers[id] === undefined);
  const editing = state.editing && byId.has(state.editing) ? state.editing : undefined;
  const failures = state.failures && byId.has(state.failures.field) ? state.failures : undefined;
  return { state: { ...state, answers, skipped, editing, failures }, dropped };
}
