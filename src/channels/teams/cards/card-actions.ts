// Every button and form on a card is an Action.Execute whose `verb` is the core's verb. What the core needs back
// rides in `data.ressec`; a form's inputs come back beside it, under their field ids. The adapter reads an invoke
// with `actionInput`, the one place that knows this shape besides the renderer.
import type { ChoiceOption } from '../../../core/reply.js';
import type { TurnInput } from '../../../core/turn.js';
import type { ExecuteAction } from './card-elements.js';
import { plainText } from './card-markdown.js';

/** The verb of a select whose options carry different verbs: the chosen option names the real verb. */
export const CHOOSE_VERB = 'ressec.choose';
/** The input of that select: its value is the option's index. */
export const CHOICE_INPUT_ID = 'ressec.choice';
/** Teams cuts longer button titles; the whole label stays in the card's text where it matters. */
const TITLE_MAX = 80;

export interface ActionData {
  value?: string;
  /** The ticket's version (its last update) on ticket buttons: a retried or repeated click on it is the same act. */
  version?: string;
  /** Set on a form's submit button: the inputs beside this object are the form's values. */
  form?: boolean;
  /** Values sent back unchanged (a form's hidden fields). */
  carried?: Record<string, string>;
  /** A form's multi-selects: Teams sends their values as one comma-separated string. */
  multiple?: string[];
  /** The options of a mixed select, by index. */
  options?: { verb: string; value?: string }[];
}

function title(label: string): string {
  const plain = plainText(label);
  return plain.length <= TITLE_MAX ? plain : `${plain.slice(0, TITLE_MAX - 1)}…`;
}

export function executeAction(
  label: string,
  verb: string,
  data: ActionData,
  style?: ChoiceOption['style'],
): ExecuteAction {
  return {
    type: 'Action.Execute',
    title: title(label),
    verb,
    data: { ressec: data },
    ...(style === 'primary' ? { style: 'positive' } : style === 'danger' ? { style: 'destructive' } : {}),
  };
}

export function optionAction(option: ChoiceOption, version?: string): ExecuteAction {
  const data: ActionData = {};
  if (option.value !== undefined && option.value !== '') data.value = option.value;
  if (version) data.version = version;
  return { ...executeAction(option.label, option.verb, data, option.style), associatedInputs: 'none' };
}

export interface DecodedAction {
  input: Extract<TurnInput, { kind: 'action' | 'form' }>;
  /** The ticket version the button was shown with, when it carried one. */
  version?: string;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** The form's values: its inputs, with multi-selects split into lists, and the values it carried. */
function formValues(data: Record<string, unknown>, ours: Record<string, unknown>): Record<string, string | string[]> {
  const multiple = new Set(Array.isArray(ours.multiple) ? ours.multiple.filter((id) => typeof id === 'string') : []);
  const values: Record<string, string | string[]> = {};
  for (const [key, raw] of Object.entries(data)) {
    if (key === 'ressec' || key === CHOICE_INPUT_ID) continue;
    const value = asString(raw);
    if (value === undefined) continue;
    values[key] = multiple.has(key) ? value.split(',').filter((item) => item !== '') : value;
  }
  for (const [key, raw] of Object.entries(asRecord(ours.carried) ?? {})) {
    const value = asString(raw);
    if (value !== undefined) values[key] = value;
  }
  return values;
}

/** The core's input behind an Action.Execute invoke; undefined when it is not one of ours or is malformed. */
export function actionInput(verb: unknown, rawData: unknown): DecodedAction | undefined {
  if (typeof verb !== 'string' || verb.length === 0 || verb.length > 200) return undefined;
  const data = asRecord(rawData) ?? {};
  const ours = asRecord(data.ressec);
  if (!ours) return undefined;
  const version = asString(ours.version);
  if (verb === CHOOSE_VERB) {
    const options = Array.isArray(ours.options) ? ours.options : [];
    const chosen = asRecord(options[Number(asString(data[CHOICE_INPUT_ID]))]);
    const chosenVerb = asString(chosen?.verb);
    if (!chosen || !chosenVerb) return undefined;
    return { input: { kind: 'action', verb: chosenVerb, value: asString(chosen.value) }, version };
  }
  if (ours.form === true) {
    return { input: { kind: 'form', verb, values: formValues(data, ours) }, version };
  }
  return { input: { kind: 'action', verb, value: asString(ours.value) }, version };
}
