// A guided check in the language of the conversation: its title, questions, help and option labels from the
// catalogs (src/i18n), everything else (ids, values, rules, schemas) as defined. The English labels stay
// recognised as answers, so a researcher may type either. The desk's copy is built from the English flow.
import { flowText } from '../i18n/messages.js';
import type { FieldChoice, FieldDefinition } from './field.js';
import type { FlowDefinition } from './flow.js';

function localiseChoice(language: string, flowId: string, fieldId: string, choice: FieldChoice): FieldChoice {
  const shared = flowText(language, `choices.${choice.value}`, choice.label);
  const label = flowText(language, `flows.${flowId}.fields.${fieldId}.choices.${choice.value}`, shared);
  if (label === choice.label) return choice;
  return { ...choice, label, synonyms: [...(choice.synonyms ?? []), choice.label] };
}

function localiseField(language: string, flowId: string, field: FieldDefinition): FieldDefinition {
  const text = (part: 'label' | 'question' | 'help') =>
    flowText(
      language,
      `flows.${flowId}.fields.${field.id}.${part}`,
      flowText(language, `fields.${field.id}.${part}`, field[part]),
    );
  return {
    ...field,
    label: text('label'),
    question: text('question'),
    help: text('help'),
    choices: field.choices?.map((choice) => localiseChoice(language, flowId, field.id, choice)),
  };
}

const cache = new WeakMap<FlowDefinition, Map<string, FlowDefinition>>();

/** The flow as a researcher writing in `language` sees it; English (or an unknown language) is the flow itself. */
export function localiseFlow(flow: FlowDefinition, language: string | undefined): FlowDefinition {
  if (language === undefined || language === 'en') return flow;
  const byLanguage = cache.get(flow) ?? new Map<string, FlowDefinition>();
  cache.set(flow, byLanguage);
  const known = byLanguage.get(language);
  if (known) return known;
  const localised: FlowDefinition = {
    ...flow,
    title: flowText(language, `flows.${flow.id}.title`, flow.title),
    summary: flowText(language, `flows.${flow.id}.summary`, flow.summary),
    fields: flow.fields.map((field) => localiseField(language, flow.id, field)),
  };
  byLanguage.set(language, localised);
  return localised;
}
