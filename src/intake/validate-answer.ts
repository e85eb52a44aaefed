// Validation with the field's zod schema: a recognised value either fits or comes back with a reason.
import { decodeProblem, problemText } from './answer-problem.js';
import type { AnswerValue, FieldDefinition } from './field.js';
import { type Recognition, recogniseAnswer } from './recognise-answer.js';

export type Validation = Recognition;

export function validateAnswer(field: FieldDefinition, value: AnswerValue): Validation {
  const parsed = field.schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problem = decodeProblem(parsed.error.issues[0]?.message ?? '', field.choices);
  return { ok: false, reason: problemText(problem), problem };
}

/** Recognise, then validate: what the engine does with every answer. */
export function readAnswer(field: FieldDefinition, input: AnswerValue, now?: Date): Validation {
  const recognised = recogniseAnswer(field, input, now);
  return recognised.ok ? validateAnswer(field, recognised.value) : recognised;
}
