// Why an answer was not accepted, as data: a catalog key and its values, so the researcher reads it in the language
// of the check while scripts (`ressec check --answers`) and the logs' tests read the English. Zod keeps messages as
// strings, so the schemas carry the key (and one value) in the message: `problemTooLong|150`.
import { en, type MessageKey } from '../i18n/catalog-en.js';
import { message } from '../i18n/messages.js';
import type { FieldChoice } from './field.js';

export type ProblemKey = Extract<MessageKey, `problem${string}`>;

export interface AnswerProblem {
  key: ProblemKey;
  values: Record<string, string | number>;
}

const SEPARATOR = '|';

/** The message a zod schema carries for a problem; `value` fills `{{max}}` or `{{part}}`. */
export function problemCode(key: ProblemKey, value?: string | number): string {
  return value === undefined ? key : `${key}${SEPARATOR}${value}`;
}

function isProblemKey(name: string): name is ProblemKey {
  return name.startsWith('problem') && Object.hasOwn(en, name);
}

/** A problem from a schema's message; `{{options}}` are the field's choices as the researcher reads them. */
export function decodeProblem(code: string, choices: readonly FieldChoice[] = []): AnswerProblem {
  const at = code.indexOf(SEPARATOR);
  const name = at < 0 ? code : code.slice(0, at);
  const value = at < 0 ? '' : code.slice(at + 1);
  if (!isProblemKey(name)) return { key: 'problemDoesNotFit', values: {} };
  const key = name;
  return {
    key,
    values: { options: choices.map((choice) => choice.label).join(', '), max: value, part: value.slice(0, 40) },
  };
}

export function problemText(problem: AnswerProblem, language?: string): string {
  return message(language, problem.key, problem.values);
}
