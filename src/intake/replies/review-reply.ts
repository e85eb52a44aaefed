// The summary before the end: every applicable answer, numbered, to confirm or change.
import type { Reply } from '../../core/reply.js';
import { applicableFields } from '../applicable-fields.js';
import type { FlowDefinition } from '../flow.js';
import { formatAnswer } from '../format-answer.js';
import type { IntakeState } from '../intake-state.js';
import { encodeButtonValue, INTAKE_VERBS } from '../intake-verbs.js';

export function reviewReply(flow: FlowDefinition, state: IntakeState, lead?: string): Reply {
  const fields = applicableFields(flow, state.answers);
  const lines = fields.map(
    (field, index) => `${index + 1}. ${field.label}: ${formatAnswer(field, state.answers[field.id])}`,
  );
  const heading = `**${flow.title}: please check your answers**`;
  const value = encodeButtonValue(state.intakeId);
  return {
    visibility: 'private',
    blocks: [
      ...(lead ? [{ kind: 'text' as const, markdown: lead }] : []),
      { kind: 'text', markdown: `${heading}\n${lines.join('\n')}` },
      {
        kind: 'choices',
        display: 'buttons',
        options: [
          { label: 'Confirm and appraise', verb: INTAKE_VERBS.confirm, value, style: 'primary' },
          { label: 'Cancel', verb: INTAKE_VERBS.cancel, value, style: 'danger' },
        ],
      },
      {
        kind: 'choices',
        prompt: 'Change an answer:',
        display: 'select',
        mirrorsList: true,
        options: fields.map((field, index) => ({
          label: `${index + 1}. ${field.label}`,
          verb: INTAKE_VERBS.change,
          value: encodeButtonValue(state.intakeId, field.id),
        })),
      },
      { kind: 'context', text: 'Type `confirm`, `change <number>`, `back` or `cancel`.' },
    ],
    fallbackText: `${flow.title}: please check your answers`,
  };
}
