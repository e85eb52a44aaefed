// A question as neutral blocks: the question, help as context, buttons for choices (a form for several picks),
// and navigation buttons, so Slack, Teams and the terminal can all show it.
import type { Block, ChoiceOption, Reply } from '../../core/reply.js';
import { VERBS } from '../../core/verbs.js';
import { applicableFields } from '../applicable-fields.js';
import type { FieldDefinition } from '../field.js';
import type { FlowDefinition } from '../flow.js';
import { formatAnswer } from '../format-answer.js';
import type { IntakeState } from '../intake-state.js';
import { encodeButtonValue, INTAKE_VERBS } from '../intake-verbs.js';

export interface QuestionNotes {
  problem?: string;
  note?: string;
  offerDesk?: boolean;
  lead?: string;
}

function answerBlock(field: FieldDefinition, state: IntakeState): Block | undefined {
  const choices = field.choices ?? [];
  if (field.kind === 'multi') {
    return {
      kind: 'form',
      verb: INTAKE_VERBS.answer,
      title: field.label,
      submitLabel: 'Next',
      fields: [
        {
          id: field.id,
          label: field.label,
          kind: 'multiselect',
          required: field.optional !== true,
          options: choices.map((choice) => ({ label: choice.label, value: choice.value })),
        },
      ],
    };
  }
  if (choices.length === 0) return undefined;
  return {
    kind: 'choices',
    display: 'buttons',
    options: choices.map((choice) => ({
      label: choice.label,
      verb: INTAKE_VERBS.answer,
      value: encodeButtonValue(state.intakeId, field.id, choice.value),
    })),
  };
}

function navigation(field: FieldDefinition, state: IntakeState, offerDesk: boolean): ChoiceOption[] {
  const value = encodeButtonValue(state.intakeId);
  const options: ChoiceOption[] = [{ label: 'Back', verb: INTAKE_VERBS.back, value }];
  if (field.optional) options.push({ label: 'Skip', verb: INTAKE_VERBS.skip, value });
  if (offerDesk) {
    // A plain desk request: the intake is unfinished, so there is no appraisal to attach yet.
    options.push({ label: 'Ask the advice desk', verb: VERBS.newTicket, value: '', style: 'primary' });
  }
  options.push({ label: 'Finish later', verb: INTAKE_VERBS.pause, value });
  options.push({ label: 'Cancel', verb: INTAKE_VERBS.cancel, value, style: 'danger' });
  return options;
}

export function questionReply(
  flow: FlowDefinition,
  state: IntakeState,
  field: FieldDefinition,
  notes: QuestionNotes = {},
): Reply {
  const fields = applicableFields(flow, state.answers);
  const position = fields.findIndex((candidate) => candidate.id === field.id) + 1;
  const blocks: Block[] = [];
  const lead = [notes.lead, notes.note].filter(Boolean).join(' ');
  if (lead) blocks.push({ kind: 'text', markdown: lead });
  if (notes.problem) blocks.push({ kind: 'text', markdown: `⚠️ ${notes.problem}` });
  if (notes.offerDesk) {
    blocks.push({
      kind: 'text',
      markdown:
        'This one seems hard to answer here. Try again in other words, ask the advice desk (button below), or type `later` to finish another time.',
    });
  }
  const current = state.answers[field.id];
  const currentLine = current !== undefined ? `\nCurrent answer: ${formatAnswer(field, current)}` : '';
  const optional = field.optional ? ' (optional)' : '';
  blocks.push({
    kind: 'text',
    markdown: `**${flow.title} · question ${position} of ${fields.length}**${optional}\n${field.question}${currentLine}`,
  });
  blocks.push({ kind: 'context', text: field.help });
  const answer = answerBlock(field, state);
  if (answer) blocks.push(answer);
  blocks.push({ kind: 'choices', display: 'buttons', options: navigation(field, state, notes.offerDesk === true) });
  return { visibility: 'private', blocks, fallbackText: field.question };
}
