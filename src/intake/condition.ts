// Conditions on answers, as data: they decide which questions apply and which risk rules fire.
import type { AnswerValue } from './field.js';

export type Condition =
  /** The answer is one of these values (for multi: any selected value is one of them). */
  | { field: string; in: string[] }
  /** The answer (text) names an entry of a data list, e.g. a destination under restrictive measures. */
  | { field: string; inList: string }
  /** The answer (choice values) is an entry id of a data list; `priority` narrows to the EU priority areas or the others. */
  | { field: string; listEntry: string; priority?: boolean }
  /** The field has an answer (not skipped). */
  | { field: string; answered: true }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export type Answers = Readonly<Record<string, AnswerValue>>;

/** The data lists in use; supplied by the caller so conditions stay pure and follow a reload. */
export interface ListLookup {
  /** The display name of the entry a text answer names, if any. */
  match(list: string, text: string): string | undefined;
  entryIds(list: string, priority?: boolean): string[];
}

export interface ConditionMatch {
  holds: boolean;
  /** Display names of list entries that matched (for the flag's reason). */
  listMatches: string[];
  /** Fields whose answer made the condition hold. */
  fields: string[];
}

function values(answer: AnswerValue | undefined): string[] {
  if (answer === undefined) return [];
  return Array.isArray(answer) ? answer : [answer];
}

export function evaluateCondition(condition: Condition, answers: Answers, lists: ListLookup): ConditionMatch {
  const no: ConditionMatch = { holds: false, listMatches: [], fields: [] };
  if ('all' in condition) {
    const parts = condition.all.map((part) => evaluateCondition(part, answers, lists));
    if (!parts.every((part) => part.holds)) return no;
    return {
      holds: true,
      listMatches: parts.flatMap((part) => part.listMatches),
      fields: parts.flatMap((part) => part.fields),
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map((part) => evaluateCondition(part, answers, lists)).filter((part) => part.holds);
    if (parts.length === 0) return no;
    return {
      holds: true,
      listMatches: parts.flatMap((part) => part.listMatches),
      fields: parts.flatMap((part) => part.fields),
    };
  }
  if ('not' in condition) {
    return { holds: !evaluateCondition(condition.not, answers, lists).holds, listMatches: [], fields: [] };
  }
  const answer = answers[condition.field];
  if ('answered' in condition) {
    return answer === undefined ? no : { holds: true, listMatches: [], fields: [condition.field] };
  }
  if ('in' in condition) {
    const holds = values(answer).some((value) => condition.in.includes(value));
    return holds ? { holds, listMatches: [], fields: [condition.field] } : no;
  }
  if ('listEntry' in condition) {
    const ids = lists.entryIds(condition.listEntry, condition.priority);
    const holds = values(answer).some((value) => ids.includes(value));
    return holds ? { holds, listMatches: [], fields: [condition.field] } : no;
  }
  const matches = values(answer)
    .map((value) => lists.match(condition.inList, value))
    .filter((match): match is string => match !== undefined);
  return matches.length > 0 ? { holds: true, listMatches: matches, fields: [condition.field] } : no;
}

/** Every field id a condition reads, to check flows for references to unknown fields. */
export function conditionFields(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(conditionFields);
  if ('any' in condition) return condition.any.flatMap(conditionFields);
  if ('not' in condition) return conditionFields(condition.not);
  return [condition.field];
}
