// Builders that give each kind of field its choices and its zod schema, so flow files stay short and declarative.
import { z } from 'zod';
import { problemCode } from './answer-problem.js';
import type { Condition } from './condition.js';
import { type AnswerValue, type FieldChoice, type FieldDefinition, NONE_VALUE } from './field.js';

interface Common {
  id: string;
  label: string;
  question: string;
  help: string;
  when?: Condition;
  optional?: boolean;
}

export const YES_NO_UNSURE: FieldChoice[] = [
  { value: 'yes', label: 'Yes', synonyms: ['y', 'yeah', 'yep', 'true', 'ja', 'oui'] },
  { value: 'no', label: 'No', synonyms: ['n', 'nope', 'false', 'nee', 'non'] },
  {
    value: 'unsure',
    label: 'Unsure',
    synonyms: ['not sure', "don't know", 'dont know', 'do not know', 'unknown', 'maybe', 'idk', 'no idea', '?'],
  },
];

function enumOf(choices: FieldChoice[], message: string) {
  const values = choices.map((choice) => choice.value) as [string, ...string[]];
  return z.enum(values, { error: message });
}

export function yesNoUnsure(common: Common): FieldDefinition {
  return {
    ...common,
    kind: 'yes-no-unsure',
    choices: YES_NO_UNSURE,
    schema: enumOf(YES_NO_UNSURE, problemCode('problemYesNoUnsure')) as z.ZodType<AnswerValue>,
  };
}

export function choiceField(common: Common & { choices: FieldChoice[] }): FieldDefinition {
  return {
    ...common,
    kind: 'choice',
    schema: enumOf(common.choices, problemCode('problemPickOne')) as z.ZodType<AnswerValue>,
  };
}

export function multiField(common: Common & { choices: FieldChoice[] }): FieldDefinition {
  const schema = z
    .array(enumOf(common.choices, problemCode('problemPickFrom')))
    .min(1, problemCode('problemPickAtLeastOne'))
    .refine((picked) => new Set(picked).size === picked.length, problemCode('problemPickOnce'))
    .refine((picked) => !picked.includes(NONE_VALUE) || picked.length === 1, problemCode('problemNoneAlone'));
  return { ...common, kind: 'multi', schema: schema as z.ZodType<AnswerValue> };
}

export function textField(common: Common & { maxLength?: number }): FieldDefinition {
  const { maxLength = 200, ...rest } = common;
  const schema = z
    .string()
    .trim()
    .min(2, problemCode('problemMoreDetail'))
    .max(maxLength, problemCode('problemTooLong', maxLength));
  return { ...rest, kind: 'text', schema };
}

function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** A date from today on (deadlines): checked against the clock when validated, so a passed deadline is asked again. */
export function dateField(common: Common): FieldDefinition {
  const schema = z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, problemCode('problemDateFormat'))
    .refine(isCalendarDate, problemCode('problemNotCalendarDate'))
    .refine((text) => text >= new Date().toISOString().slice(0, 10), problemCode('problemDatePassed'));
  return { ...common, kind: 'date', schema };
}
