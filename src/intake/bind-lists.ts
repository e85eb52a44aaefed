// A flow as the data lists in use make it: its conditions read those lists, and a field whose choices come from a
// list (the technology areas) offers that list's entries. Bound once per set of lists, so a reload that brings new
// lists gives new flows, and an intake in progress goes on with the lists in use at each step.
import { BUILT_IN_LISTS, type DataLists, TECHNOLOGY_LIST } from './data/lists.js';
import type { FieldDefinition } from './field.js';
import { multiField } from './field-builders.js';
import type { FlowDefinition } from './flow.js';

const bound = new WeakMap<DataLists, WeakMap<FlowDefinition, FlowDefinition>>();

/** The lists a flow's conditions read: the built-in ones until it is bound. */
export function listsOf(flow: FlowDefinition): DataLists {
  return flow.lists ?? BUILT_IN_LISTS;
}

function withListChoices(field: FieldDefinition, lists: DataLists): FieldDefinition {
  if (field.choicesFrom !== TECHNOLOGY_LIST || field.kind !== 'multi') return field;
  const { id, label, question, help, when, optional, choicesFrom } = field;
  return {
    ...multiField({ id, label, question, help, when, optional, choices: lists.technologyChoices() }),
    choicesFrom,
  };
}

export function bindLists(flow: FlowDefinition, lists: DataLists): FlowDefinition {
  if (flow.lists === lists) return flow;
  const byFlow = bound.get(lists) ?? new WeakMap<FlowDefinition, FlowDefinition>();
  bound.set(lists, byFlow);
  const known = byFlow.get(flow);
  if (known) return known;
  const fields = lists === BUILT_IN_LISTS ? flow.fields : flow.fields.map((field) => withListChoices(field, lists));
  const result: FlowDefinition = { ...flow, fields, lists };
  byFlow.set(flow, result);
  return result;
}
