// A starting point for `ressec check <flow> --answers`: every field of the flow by id, with a value of the right
// kind (`ressec check <flow> --template`). Choices take their first listed value, pick lists "none" where they
// offer it, yes/no questions "no", free text a placeholder in angle brackets to replace, and dates a month ahead. Fields whose condition does not hold on
// the answers are ignored when the file is run, so the template lists them all.
import type { AnswerValue, FieldDefinition } from './field.js';
import { NONE_VALUE } from './field.js';
import type { FlowDefinition } from './flow.js';

function exampleValue(field: FieldDefinition, today: Date): AnswerValue {
  const values = (field.choices ?? []).map((choice) => choice.value);
  switch (field.kind) {
    case 'choice':
      return values[0] ?? '';
    case 'multi':
      return [values.includes(NONE_VALUE) ? NONE_VALUE : (values[0] ?? NONE_VALUE)];
    case 'yes-no-unsure':
      return 'no';
    case 'date':
      return new Date(today.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
    case 'text':
      return `<${field.label}>`;
  }
}

export function answersTemplate(flow: FlowDefinition, today: Date = new Date()): Record<string, AnswerValue> {
  return Object.fromEntries(flow.fields.map((field) => [field.id, exampleValue(field, today)]));
}
