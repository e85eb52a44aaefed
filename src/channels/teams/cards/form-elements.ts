// A form as card inputs, each with its label, what it asks for and its error from the last submission right under it.
// Hidden fields are not shown: their values ride in the submit button's data and come back unchanged.
import type { Block, FormField } from '../../../core/reply.js';
import { executeAction } from './card-actions.js';
import type { CardElement, CardInput } from './card-elements.js';
import { textBlock } from './card-elements.js';
import { cardMarkdown, plainText } from './card-markdown.js';

type FormBlock = Extract<Block, { kind: 'form' }>;

const EMAIL_PATTERN = '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$';

function single(initial: FormField['initial']): string | undefined {
  return Array.isArray(initial) ? initial.join(',') : initial;
}

function input(field: FormField): CardInput {
  const base = {
    id: field.id,
    label: plainText(field.label),
    isRequired: field.required,
    errorMessage: field.error ?? (field.required ? `${plainText(field.label)} is required.` : undefined),
  };
  const value = single(field.initial);
  switch (field.kind) {
    case 'select':
    case 'multiselect':
      return {
        ...base,
        type: 'Input.ChoiceSet',
        style: 'compact',
        isMultiSelect: field.kind === 'multiselect',
        choices: (field.options ?? []).map((option) => ({ title: plainText(option.label), value: option.value })),
        ...(value ? { value } : {}),
        ...(field.placeholder ? { placeholder: field.placeholder } : {}),
      };
    case 'date':
      return { ...base, type: 'Input.Date', ...(value ? { value } : {}) };
    case 'email':
      return { ...base, type: 'Input.Text', style: 'email', regex: EMAIL_PATTERN, ...(value ? { value } : {}) };
    case 'text':
    case 'textarea':
      return {
        ...base,
        type: 'Input.Text',
        isMultiline: field.kind === 'textarea',
        ...(field.maxLength ? { maxLength: field.maxLength } : {}),
        ...(field.placeholder ? { placeholder: field.placeholder } : {}),
        ...(value ? { value } : {}),
      };
  }
}

function fieldElements(field: FormField): CardElement[] {
  const elements: CardElement[] = [input(field)];
  if (field.help)
    elements.push(textBlock(cardMarkdown(field.help), { size: 'small', isSubtle: true, spacing: 'none' }));
  if (field.error) {
    elements.push(textBlock(`⚠️ ${plainText(field.error)}`, { size: 'small', color: 'attention', spacing: 'none' }));
  }
  return elements;
}

export function formElements(form: FormBlock): CardElement[] {
  const shown = form.fields.filter((field) => !field.hidden);
  const carried: Record<string, string> = {};
  for (const field of form.fields) {
    const value = single(field.initial);
    if (field.hidden && value !== undefined) carried[field.id] = value;
  }
  const multiple = shown.filter((field) => field.kind === 'multiselect').map((field) => field.id);
  const errors = shown.filter((field) => field.error).length;
  return [
    textBlock(cardMarkdown(form.title), { weight: 'bolder', size: 'medium', style: 'heading' }),
    ...(form.intro ? [textBlock(cardMarkdown(form.intro), { spacing: 'small' })] : []),
    ...(errors > 0
      ? [
          textBlock(
            errors === 1 ? 'Please fix the field marked below.' : `Please fix the ${errors} fields marked below.`,
            { color: 'attention' },
          ),
        ]
      : []),
    ...shown.flatMap(fieldElements),
    {
      type: 'ActionSet',
      actions: [
        {
          ...executeAction(
            form.submitLabel,
            form.verb,
            {
              form: true,
              ...(Object.keys(carried).length > 0 ? { carried } : {}),
              ...(multiple.length > 0 ? { multiple } : {}),
            },
            'primary',
          ),
          associatedInputs: 'auto',
        },
      ],
    },
  ];
}
