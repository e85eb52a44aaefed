// The summary before the end: every applicable answer, numbered, to confirm or change.
import type { Reply } from '../../core/reply.js';
import { message } from '../../i18n/messages.js';
import { applicableFields } from '../applicable-fields.js';
import type { FlowDefinition } from '../flow.js';
import { formatAnswer } from '../format-answer.js';
import type { IntakeState } from '../intake-state.js';
import { encodeButtonValue, INTAKE_VERBS } from '../intake-verbs.js';

export function reviewReply(flow: FlowDefinition, state: IntakeState, lead?: string): Reply {
  const language = state.language;
  const fields = applicableFields(flow, state.answers);
  const lines = fields.map(
    (field, index) => `${index + 1}. ${field.label}: ${formatAnswer(field, state.answers[field.id], language)}`,
  );
  const title = message(language, 'reviewHeading', { flow: flow.title });
  const heading = `**${title}**`;
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
          { label: message(language, 'confirmAndAppraise'), verb: INTAKE_VERBS.confirm, value, style: 'primary' },
          { label: message(language, 'cancel'), verb: INTAKE_VERBS.cancel, value, style: 'danger' },
        ],
      },
      {
        kind: 'choices',
        prompt: message(language, 'changeAnswer'),
        display: 'select',
        mirrorsList: true,
        options: fields.map((field, index) => ({
          label: `${index + 1}. ${field.label}`,
          verb: INTAKE_VERBS.change,
          value: encodeButtonValue(state.intakeId, field.id),
        })),
      },
      { kind: 'context', text: message(language, 'reviewHint') },
    ],
    fallbackText: title,
  };
}
