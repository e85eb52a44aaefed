// Choices as buttons, or as a drop-down with one button when there are more than a card shows side by side.
import type { Block, ChoiceOption } from '../../../core/reply.js';
import { CHOICE_INPUT_ID, CHOOSE_VERB, executeAction, optionAction } from './card-actions.js';
import type { CardElement } from './card-elements.js';
import { textBlock } from './card-elements.js';
import { TEAMS_LIMITS } from './card-limits.js';
import { cardMarkdown, plainText } from './card-markdown.js';

type ChoicesBlock = Extract<Block, { kind: 'choices' }>;

/** Labels longer than this do not fit side by side: each gets a full-width row. */
const SIDE_BY_SIDE_LABEL = 30;

export function buttonRows(options: readonly ChoiceOption[], version?: string): CardElement[] {
  const actions = options.map((option) => optionAction(option, version));
  if (options.some((option) => plainText(option.label).length > SIDE_BY_SIDE_LABEL)) {
    return actions.map((action) => ({ type: 'ActionSet', actions: [action] }));
  }
  // Rows of even length: six buttons are two rows of three, not five and one.
  const rows = Math.ceil(actions.length / TEAMS_LIMITS.actionsPerSet);
  const perRow = Math.ceil(actions.length / rows);
  return Array.from({ length: rows }, (_, row) => ({
    type: 'ActionSet' as const,
    actions: actions.slice(row * perRow, (row + 1) * perRow),
  }));
}

function dropDown(options: readonly ChoiceOption[], prompt: string | undefined): CardElement[] {
  return [
    {
      type: 'Input.ChoiceSet',
      id: CHOICE_INPUT_ID,
      label: prompt ? plainText(prompt) : 'Choose one',
      style: 'compact',
      isRequired: true,
      errorMessage: 'Choose one of the options.',
      choices: options.map((option, index) => ({ title: plainText(option.label), value: String(index) })),
    },
    {
      type: 'ActionSet',
      actions: [
        {
          ...executeAction('Choose', CHOOSE_VERB, {
            options: options.map((option) => ({ verb: option.verb, value: option.value })),
          }),
          associatedInputs: 'auto',
        },
      ],
    },
  ];
}

export function choiceElements(block: ChoicesBlock): CardElement[] {
  const asButtons = block.display === 'buttons' && block.options.length <= TEAMS_LIMITS.buttonsPerChoice;
  if (!asButtons) return dropDown(block.options, block.prompt);
  const prompt = block.prompt ? [textBlock(cardMarkdown(block.prompt), { weight: 'bolder' })] : [];
  return [...prompt, ...buttonRows(block.options)];
}
