// Flows as plain JSON (`ressec check --list --json`): fields, kinds, choices, conditions, rules and the data lists.
import type { DataLists } from './data/lists.js';
import type { FlowDefinition } from './flow.js';

export function flowDefinitionJson(flow: FlowDefinition) {
  return {
    id: flow.id,
    title: flow.title,
    summary: flow.summary,
    aliases: flow.aliases,
    deadlineField: flow.deadlineField,
    fields: flow.fields.map((field) => ({
      id: field.id,
      label: field.label,
      question: field.question,
      help: field.help,
      kind: field.kind,
      optional: field.optional === true,
      choices: field.choices?.map((choice) => ({ value: choice.value, label: choice.label })),
      when: field.when,
    })),
    rules: flow.rules.map((rule) => ({
      id: rule.id,
      factor: rule.factor,
      level: rule.level,
      escalate: rule.escalate === true,
      when: rule.when,
      reason: rule.reason,
      basis: rule.basis,
    })),
    combinations: flow.combinations.map((combination) => ({
      id: combination.id,
      requires: combination.requires,
      minimumLevel: combination.minimumLevel,
      level: combination.level,
      reason: combination.reason,
      basis: combination.basis,
    })),
  };
}

export function dataListsJson(lists: DataLists) {
  return lists.all.map((list) => ({
    id: list.id,
    title: list.title,
    purpose: list.purpose,
    sources: list.sources,
    as_of: list.as_of,
    entries: list.entries.map((entry) => entry.name),
    // Lists whose entries carry their own sources (what a country's laws allow) print them by entry.
    ...(list.entries.some((entry) => 'sources' in entry)
      ? {
          entrySources: Object.fromEntries(
            list.entries.map((entry) => [
              entry.name,
              {
                detail: 'detail' in entry ? entry.detail : undefined,
                sources: 'sources' in entry ? entry.sources : [],
                travelAdvice: 'travel_advice' in entry ? entry.travel_advice : [],
              },
            ]),
          ),
        }
      : {}),
  }));
}
