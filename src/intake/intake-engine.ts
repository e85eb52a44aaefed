// The form engine: one pure step from (flow, state, event) to (state, outcome). No storage, no replies, no throws.
// Its notes and problems are in the language of the check (the state's), like the flow's own texts.
import { message } from '../i18n/messages.js';
import { problemText } from './answer-problem.js';
import { applicableFields, effectiveAnswers, nextField, previousField, reconcile } from './applicable-fields.js';
import type { AnswerValue, FieldDefinition } from './field.js';
import type { FlowDefinition } from './flow.js';
import type { IntakeEvent } from './intake-event.js';
import type { IntakeState } from './intake-state.js';
import { looksLikeQuestion } from './looks-like-question.js';
import { readAnswer } from './validate-answer.js';

export const MAX_FAILED_TRIES = 3;

export type IntakeOutcome =
  | {
      kind: 'ask';
      field: FieldDefinition;
      /** Why the last answer was not accepted. */
      problem?: string;
      /** Set after the third failed try: offer the advice desk. */
      offerDesk?: boolean;
      note?: string;
    }
  /** Every applicable question is settled: show the summary to confirm or edit. */
  | { kind: 'review'; note?: string }
  /** Not an answer but a question: answer it, then show the current step again. */
  | { kind: 'side-question'; question: string }
  | { kind: 'complete'; answers: Record<string, AnswerValue> }
  | { kind: 'cancelled' }
  | { kind: 'paused' };

export interface StepResult {
  state: IntakeState;
  outcome: IntakeOutcome;
}

/** Where the intake stands: the next question, or the summary. */
export function currentStep(flow: FlowDefinition, state: IntakeState, note?: string): IntakeOutcome {
  const field = nextField(flow, state);
  return field ? { kind: 'ask', field, note } : { kind: 'review', note };
}

/** Resolves `change <target>`: a field id, the number shown in the summary, or words of a label or question. */
export function findFieldToChange(
  flow: FlowDefinition,
  state: IntakeState,
  target: string,
): FieldDefinition | undefined {
  const fields = applicableFields(flow, state.answers);
  const wanted = target.trim().toLowerCase();
  if (/^\d{1,2}$/.test(wanted)) return fields[Number(wanted) - 1];
  const byId = fields.find((field) => field.id === wanted);
  if (byId) return byId;
  const byLabel = fields.filter((field) => field.label.toLowerCase().includes(wanted));
  if (byLabel.length === 1) return byLabel[0];
  const exactLabel = byLabel.find((field) => field.label.toLowerCase() === wanted);
  return exactLabel;
}

function answer(flow: FlowDefinition, state: IntakeState, event: Extract<IntakeEvent, { kind: 'answer' }>, now: Date) {
  const fields = applicableFields(flow, state.answers);
  const current = nextField(flow, state);
  const target = event.fieldId ? fields.find((field) => field.id === event.fieldId) : current;
  if (!target) {
    if (event.fieldId)
      return { state, outcome: currentStep(flow, state, message(state.language, 'noteNoLongerApplies')) };
    if (typeof event.input === 'string' && looksLikeQuestion(event.input, 2)) {
      return { state, outcome: { kind: 'side-question', question: event.input } as const };
    }
    return {
      state,
      outcome: currentStep(flow, state, message(state.language, 'noteConfirmOrChange')),
    };
  }
  const text = typeof event.input === 'string' ? event.input : undefined;
  if (text !== undefined && target.kind === 'text' && looksLikeQuestion(text, 4)) {
    return { state, outcome: { kind: 'side-question', question: text } as const };
  }
  const read = readAnswer(target, event.input, now);
  if (read.ok) {
    const corrected = current !== undefined && target.id !== current.id;
    const next: IntakeState = {
      ...state,
      answers: { ...state.answers, [target.id]: read.value },
      skipped: state.skipped.filter((id) => id !== target.id),
      editing: state.editing === target.id ? undefined : state.editing,
      failures: state.failures?.field === target.id ? undefined : state.failures,
    };
    const note = corrected ? message(state.language, 'noteUpdated', { label: target.label }) : undefined;
    return { state: next, outcome: currentStep(flow, next, note) };
  }
  if (text !== undefined && looksLikeQuestion(text)) {
    return { state, outcome: { kind: 'side-question', question: text } as const };
  }
  const count = (state.failures?.field === target.id ? state.failures.count : 0) + 1;
  const offerDesk = count >= MAX_FAILED_TRIES;
  const next: IntakeState = { ...state, failures: offerDesk ? undefined : { field: target.id, count } };
  const problem = problemText(read.problem, state.language);
  return { state: next, outcome: { kind: 'ask', field: target, problem, offerDesk } as const };
}

function skip(flow: FlowDefinition, state: IntakeState): StepResult {
  const field = nextField(flow, state);
  if (!field) return { state, outcome: currentStep(flow, state, message(state.language, 'noteNothingToSkip')) };
  if (!field.optional) {
    const note = message(state.language, field.kind === 'yes-no-unsure' ? 'noteNeededUnsure' : 'noteNeeded');
    return { state, outcome: { kind: 'ask', field, note } };
  }
  const { [field.id]: _removed, ...answers } = state.answers;
  const next: IntakeState = {
    ...state,
    answers,
    skipped: [...state.skipped.filter((id) => id !== field.id), field.id],
    editing: state.editing === field.id ? undefined : state.editing,
    failures: undefined,
  };
  return {
    state: next,
    outcome: currentStep(flow, next, message(state.language, 'noteSkipped', { label: field.label })),
  };
}

function back(flow: FlowDefinition, state: IntakeState): StepResult {
  const previous = previousField(flow, state);
  if (!previous) return { state, outcome: currentStep(flow, state, message(state.language, 'noteFirstQuestion')) };
  const next: IntakeState = { ...state, editing: previous.id, failures: undefined };
  return { state: next, outcome: { kind: 'ask', field: previous } };
}

function change(flow: FlowDefinition, state: IntakeState, target: string): StepResult {
  const field = findFieldToChange(flow, state, target);
  if (!field) {
    return {
      state,
      outcome: currentStep(flow, state, message(state.language, 'noteUnknownField', { target: target.slice(0, 40) })),
    };
  }
  const next: IntakeState = { ...state, editing: field.id, failures: undefined };
  return { state: next, outcome: { kind: 'ask', field } };
}

export function step(
  flow: FlowDefinition,
  stored: IntakeState,
  event: IntakeEvent,
  now: Date = new Date(),
): StepResult {
  const { state: reconciled } = reconcile(flow, stored);
  const state: IntakeState = { ...reconciled, updatedAt: now.toISOString() };
  switch (event.kind) {
    case 'answer':
      return answer(flow, state, event, now);
    case 'skip':
      return skip(flow, state);
    case 'back':
      return back(flow, state);
    case 'change':
      return change(flow, state, event.target);
    case 'confirm': {
      // Confirming while a settled answer is open for correction keeps that answer.
      const keeping: IntakeState =
        state.editing && (state.answers[state.editing] !== undefined || state.skipped.includes(state.editing))
          ? { ...state, editing: undefined }
          : state;
      if (nextField(flow, keeping)) {
        return { state: keeping, outcome: currentStep(flow, keeping, message(state.language, 'noteStillOpen')) };
      }
      return { state: keeping, outcome: { kind: 'complete', answers: effectiveAnswers(flow, keeping.answers) } };
    }
    case 'cancel':
      return { state, outcome: { kind: 'cancelled' } };
    case 'pause':
      return { state: { ...state, paused: true }, outcome: { kind: 'paused' } };
    case 'resume': {
      const resumed: IntakeState = { ...state, paused: false };
      return { state: resumed, outcome: currentStep(flow, resumed) };
    }
  }
}
