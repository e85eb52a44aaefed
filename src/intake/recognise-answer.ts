// Recognising turns what a user typed or clicked into a candidate value; validating (zod) is a separate step.
import { normalizeForSearch } from '../knowledge/text-analysis.js';
import { type AnswerProblem, type ProblemKey, problemText } from './answer-problem.js';
import type { AnswerValue, FieldChoice, FieldDefinition } from './field.js';

/** A failure carries the English `reason` (scripts, tests) and the `problem`, to say it in the check's language. */
export type Recognition = { ok: true; value: AnswerValue } | { ok: false; reason: string; problem: AnswerProblem };

function failure(key: ProblemKey, values: Record<string, string> = {}): Recognition {
  const problem: AnswerProblem = { key, values };
  return { ok: false, reason: problemText(problem), problem };
}

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
    if (!choice) return failure('problemNoMatchPart', { part: part.slice(0, 40) });
    if (!picked.includes(choice.value)) picked.push(choice.value);
  }
  return picked.length > 0 ? { ok: true, value: picked } : failure('problemPickAtLeastOne');
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// "in 3 weeks" in the four languages of the checks (accents are folded before matching: "über", "aujourd'hui").
const TODAY = new Set(['today', 'vandaag', 'heute', "aujourd'hui", 'aujourdhui']);
const TOMORROW = new Set(['tomorrow', 'morgen', 'demain']);
const RELATIVE_DATE =
  /^(?:in|over|dans|en) (\d{1,3}) (days?|weeks?|months?|dag(?:en)?|weken|maand(?:en)?|tag(?:e|en)?|woche(?:n)?|monat(?:e|en)?|jours?|semaines?|mois)$/;
const WEEK = /^(week|weken|woche|semaine)/;
const MONTH = /^(month|maand|monat|mois)/;

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
  if (TODAY.has(typed)) return { ok: true, value: isoDay(now) };
  if (TOMORROW.has(typed)) return { ok: true, value: isoDay(new Date(now.getTime() + 86_400_000)) };
  const relative = RELATIVE_DATE.exec(typed);
  if (relative) {
    const amount = Number(relative[1]);
    const unit = relative[2] ?? 'days';
    const days = WEEK.test(unit) ? amount * 7 : MONTH.test(unit) ? amount * 30 : amount;
    return { ok: true, value: isoDay(new Date(now.getTime() + days * 86_400_000)) };
  }
  return failure('problemDateWords');
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
      return failure('problemNoMatch', { options: (field.choices ?? []).map((option) => option.label).join(', ') });
    }
  }
}
