// An answer as people read it: choice labels instead of stored values.
import { message } from '../i18n/messages.js';
import type { AnswerValue, FieldDefinition } from './field.js';

export function formatAnswer(field: FieldDefinition, value: AnswerValue | undefined, language?: string): string {
  if (value === undefined) return message(language, field.optional ? 'answerSkipped' : 'answerMissing');
  const values = Array.isArray(value) ? value : [value];
  if (!field.choices) return values.join(', ');
  return values.map((item) => field.choices?.find((choice) => choice.value === item)?.label ?? item).join(', ');
}

/** Every form of an answer (stored values and labels), for matching institution policy terms. */
export function answerSearchText(field: FieldDefinition, value: AnswerValue): string {
  const values = Array.isArray(value) ? value : [value];
  return `${values.join(' ')} ${formatAnswer(field, value)}`;
}
