// A question as neutral blocks: the question, help as context, buttons for choices (a form for several picks),
// and navigation buttons, so Slack, Teams and the terminal can all show it.
import type { Block, ChoiceOption, Reply } from '../../core/reply.js';
import { VERBS } from '../../core/verbs.js';
import { message } from '../../i18n/messages.js';
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

/** The answer's form or buttons; a form carries the problem with the last answer on its field, where it is shown. */
function answerBlock(field: FieldDefinition, state: IntakeState, problem?: string): Block | undefined {
  const language = state.language;
  const choices = field.choices ?? [];
  if (field.kind === 'multi') {
    return {
      kind: 'form',
      verb: INTAKE_VERBS.answer,
      title: field.label,
      submitLabel: message(language, 'next'),
      fields: [
        {
          id: field.id,
          label: field.label,
          kind: 'multiselect',
          required: field.optional !== true,
          options: choices.map((choice) => ({ label: choice.label, value: choice.value })),
          ...(problem ? { error: problem } : {}),
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
  const t = (key: 'back' | 'skip' | 'askDesk' | 'finishLater' | 'cancel') => message(state.language, key);
  const options: ChoiceOption[] = [{ label: t('back'), verb: INTAKE_VERBS.back, value }];
  if (field.optional) options.push({ label: t('skip'), verb: INTAKE_VERBS.skip, value });
  if (offerDesk) {
    // A plain desk request: the intake is unfinished, so there is no appraisal to attach yet.
    options.push({ label: t('askDesk'), verb: VERBS.newTicket, value: '', style: 'primary' });
  }
  options.push({ label: t('finishLater'), verb: INTAKE_VERBS.pause, value });
  options.push({ label: t('cancel'), verb: INTAKE_VERBS.cancel, value, style: 'danger' });
  return options;
}

export function questionReply(
  flow: FlowDefinition,
  state: IntakeState,
  field: FieldDefinition,
  notes: QuestionNotes = {},
): Reply {
  const language = state.language;
  const fields = applicableFields(flow, state.answers);
  const position = fields.findIndex((candidate) => candidate.id === field.id) + 1;
  const blocks: Block[] = [];
  const lead = [notes.lead, notes.note].filter(Boolean).join(' ');
  if (lead) blocks.push({ kind: 'text', markdown: lead });
  const answer = answerBlock(field, state, notes.problem);
  if (notes.problem && answer?.kind !== 'form') blocks.push({ kind: 'text', markdown: `⚠️ ${notes.problem}` });
  if (notes.offerDesk) {
    blocks.push({
      kind: 'text',
      markdown: message(language, 'hardToAnswer'),
    });
  }
  const current = state.answers[field.id];
  const currentLine =
    current !== undefined
      ? `\n${message(language, 'currentAnswer', { answer: formatAnswer(field, current, language) })}`
      : '';
  const optional = field.optional ? ` ${message(language, 'questionOptional')}` : '';
  const heading = message(language, 'questionHeading', { flow: flow.title, position, total: fields.length });
  blocks.push({ kind: 'text', markdown: `**${heading}**${optional}\n${field.question}${currentLine}` });
  blocks.push({ kind: 'context', text: field.help });
  if (answer) blocks.push(answer);
  blocks.push({ kind: 'choices', display: 'buttons', options: navigation(field, state, notes.offerDesk === true) });
  return { visibility: 'private', blocks, fallbackText: field.question };
}
