// Recognising turns what a user typed or clicked into a candidate value; validating (zod) is a separate step.
import { normalizeForSearch } from '../knowledge/text-analysis.js';
import type { AnswerValue, FieldChoice, FieldDefinition } from './field.js';

export type Recognition = { ok: true; value: AnswerValue } | { ok: false; reason: string };

function normalize(text: string): string {
  return normalizeForSearch(text)
    .replace(/[.!]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One choice from a number (1-based), a value, a label or a synonym; a unique label prefix or part also counts. */
export function recogniseChoice(text: string, choices: FieldChoice[]): FieldChoice | undefined {
  const typed = normalize(text);
  if (typed === '') return undefined;
  if (/^\d{1,2}$/.test(typed)) return choices[Number(typed) - 1];
  const exact = choices.find(
    (choice) =>
      choice.value === typed ||
      normalize(choice.label) === typed ||
      (choice.synonyms ?? []).some((synonym) => normalize(synonym) === typed),
  );
  if (exact) return exact;
  if (typed.length < 3) return undefined;
  const prefixed = choices.filter((choice) => normalize(choice.label).startsWith(typed));
  if (prefixed.length === 1) return prefixed[0];
  if (typed.length < 4) return undefined;
  const containing = choices.filter((choice) => normalize(choice.label).includes(typed));
  return containing.length === 1 ? containing[0] : undefined;
}

function recogniseMulti(text: string, choices: FieldChoice[]): Recognition {
  const whole = recogniseChoice(text, choices);
  if (whole) return { ok: true, value: [whole.value] };
  const parts = text
    .split(/\s*(?:,|;|\/|\band\b|\s(?=\d))\s*/i)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  const picked: string[] = [];
  for (const part of parts) {
    const choice = recogniseChoice(part, choices);
    if (!choice) return { ok: false, reason: `I couldn't match "${part.slice(0, 40)}" to an option.` };
    if (!picked.includes(choice.value)) picked.push(choice.value);
  }
  return picked.length > 0 ? { ok: true, value: picked } : { ok: false, reason: 'Please pick at least one option.' };
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function recogniseDate(text: string, now: Date): Recognition {
  const typed = normalize(text);
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(typed)) {
    const [year, month, day] = typed.split('-');
    return { ok: true, value: `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}` };
  }
  const european = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(typed);
  if (european) {
    const [, day = '', month = '', year = ''] = european;
    return { ok: true, value: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` };
  }
  if (typed === 'today') return { ok: true, value: isoDay(now) };
  if (typed === 'tomorrow') return { ok: true, value: isoDay(new Date(now.getTime() + 86_400_000)) };
  const relative = /^in (\d{1,3}) (day|days|week|weeks|month|months)$/.exec(typed);
  if (relative) {
    const amount = Number(relative[1]);
    const unit = relative[2] ?? 'days';
    const days = unit.startsWith('week') ? amount * 7 : unit.startsWith('month') ? amount * 30 : amount;
    return { ok: true, value: isoDay(new Date(now.getTime() + days * 86_400_000)) };
  }
  return { ok: false, reason: 'Please give a date as YYYY-MM-DD (for example 2027-03-31), or "in 3 weeks".' };
}

export function recogniseAnswer(field: FieldDefinition, input: AnswerValue, now: Date = new Date()): Recognition {
  if (Array.isArray(input)) {
    if (field.kind !== 'multi') return recogniseAnswer(field, input.join(', '), now);
    return recogniseMulti(input.join(', '), field.choices ?? []);
  }
  switch (field.kind) {
    case 'text':
      return { ok: true, value: input.replace(/\s+/g, ' ').trim() };
    case 'date':
      return recogniseDate(input, now);
    case 'multi':
      return recogniseMulti(input, field.choices ?? []);
    case 'choice':
    case 'yes-no-unsure': {
      const choice = recogniseChoice(input, field.choices ?? []);
      if (choice) return { ok: true, value: choice.value };
      const options = (field.choices ?? []).map((option) => option.label).join(', ');
      return { ok: false, reason: `I couldn't match that to an option. Please pick one of: ${options}.` };
    }
  }
}
