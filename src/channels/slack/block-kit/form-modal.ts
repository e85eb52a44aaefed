// A form as a modal: one input block per field (block_id = field id), the verb and the conversation kept in
// private_metadata, and validation errors mapped back onto the fields (response_action "errors").
import type { Block, FormField } from '../../../core/reply.js';
import type { FormBlock } from './form-blocks.js';
import { LIMITS, truncate } from './limits.js';
import { markdownToMrkdwn } from './mrkdwn.js';
import { type InputBlock, type ModalView, type PlainTextOption, plain, type SlackBlock } from './slack-block.js';
import { mrkdwnSections } from './text-blocks.js';

export const FORM_CALLBACK_ID = 'ressec.form';
export const FIELD_ACTION_ID = 'value';

function option(item: { label: string; value: string }): PlainTextOption {
  return { text: plain(truncate(item.label, LIMITS.optionText)), value: truncate(item.value, LIMITS.optionValue) };
}

function initialText(field: FormField): string | undefined {
  const initial = Array.isArray(field.initial) ? field.initial.join(', ') : field.initial;
  return initial === undefined || initial === '' ? undefined : truncate(initial, LIMITS.plainTextInput);
}

function element(field: FormField): InputBlock['element'] {
  const placeholder = field.placeholder ? plain(truncate(field.placeholder, LIMITS.placeholder)) : undefined;
  const options = (field.options ?? []).slice(0, LIMITS.selectOptions).map(option);
  const initials = new Set<string>(Array.isArray(field.initial) ? field.initial : field.initial ? [field.initial] : []);
  const chosen = options.filter((item) => initials.has(item.value ?? ''));
  if (field.kind === 'select' && options.length > 0) {
    return {
      type: 'static_select',
      action_id: FIELD_ACTION_ID,
      options,
      placeholder,
      ...(chosen[0] ? { initial_option: chosen[0] } : {}),
    };
  }
  if (field.kind === 'multiselect' && options.length > 0) {
    return {
      type: 'multi_static_select',
      action_id: FIELD_ACTION_ID,
      options,
      placeholder,
      ...(chosen.length ? { initial_options: chosen } : {}),
    };
  }
  if (field.kind === 'date') {
    const initial = initialText(field);
    return {
      type: 'datepicker',
      action_id: FIELD_ACTION_ID,
      ...(initial && /^\d{4}-\d{2}-\d{2}$/.test(initial) ? { initial_date: initial } : {}),
    };
  }
  if (field.kind === 'email') {
    const initial = initialText(field);
    return {
      type: 'email_text_input',
      action_id: FIELD_ACTION_ID,
      placeholder,
      ...(initial ? { initial_value: initial } : {}),
    };
  }
  const initial = initialText(field);
  return {
    type: 'plain_text_input',
    action_id: FIELD_ACTION_ID,
    multiline: field.kind === 'textarea',
    max_length: Math.min(field.maxLength ?? LIMITS.plainTextInput, LIMITS.plainTextInput),
    placeholder,
    ...(initial ? { initial_value: initial } : {}),
  };
}

export function inputBlock(field: FormField): InputBlock {
  const hint = field.error ? `⚠️ ${field.error}` : field.help;
  return {
    type: 'input',
    block_id: field.id,
    optional: !field.required,
    label: plain(truncate(field.label, LIMITS.inputLabel)),
    element: element(field),
    ...(hint ? { hint: plain(truncate(hint, LIMITS.inputHint)) } : {}),
  };
}

/** Field errors keyed by block_id, for `response_action: "errors"`; empty when the form has none. */
export function fieldErrors(form: FormBlock): Record<string, string> {
  return Object.fromEntries(form.fields.filter((field) => field.error).map((field) => [field.id, field.error ?? '']));
}

export function formModal(form: FormBlock, privateMetadata: string, leading: SlackBlock[] = []): ModalView {
  const title =
    form.title.length > LIMITS.modalTitle
      ? [{ type: 'header' as const, text: plain(truncate(form.title, LIMITS.headerText)) }]
      : [];
  const intro = form.intro ? mrkdwnSections(markdownToMrkdwn(form.intro)) : [];
  // Fields carried from the context (a ticket id) are never asked: they travel in private_metadata (form-memory.ts).
  const inputs = form.fields.filter((field) => !field.hidden).map(inputBlock);
  const room = LIMITS.modalBlocks - inputs.length;
  return {
    type: 'modal',
    callback_id: FORM_CALLBACK_ID,
    title: plain(truncate(form.title, LIMITS.modalTitle)),
    submit: plain(truncate(form.submitLabel || 'Submit', LIMITS.modalButton)),
    close: plain('Cancel'),
    private_metadata: truncate(privateMetadata, LIMITS.privateMetadata),
    blocks: [...[...title, ...leading, ...intro].slice(0, Math.max(0, room)), ...inputs.slice(0, LIMITS.modalBlocks)],
  };
}

/** Blocks of the reply other than the form, shown above the inputs (a step counter, an explanation). */
export function otherBlocks(blocks: readonly Block[], form: FormBlock): Block[] {
  return blocks.filter((block) => block !== form);
}

type StateValue = {
  type?: string;
  value?: string | null;
  selected_option?: { value: string } | null;
  selected_options?: { value: string }[];
  selected_date?: string | null;
};

/** The submitted values by field id, as the core's form turn expects them. */
export function readViewValues(
  state: { values: Record<string, Record<string, StateValue>> } | undefined,
): Record<string, string | string[] | undefined> {
  const values: Record<string, string | string[] | undefined> = {};
  for (const [blockId, actions] of Object.entries(state?.values ?? {})) {
    const input = actions[FIELD_ACTION_ID];
    if (!input) continue;
    if (input.type === 'multi_static_select')
      values[blockId] = (input.selected_options ?? []).map((item) => item.value);
    else if (input.type === 'static_select') values[blockId] = input.selected_option?.value ?? undefined;
    else if (input.type === 'datepicker') values[blockId] = input.selected_date ?? undefined;
    else values[blockId] = input.value ?? undefined;
  }
  return values;
}
