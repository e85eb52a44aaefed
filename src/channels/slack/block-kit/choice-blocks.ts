import type { ChoiceOption } from '../../../core/reply.js';
import { EMPTY_VALUE, encodeMixedOption, MIXED_SELECT_ACTION_ID, uniqueActionIds } from './action-id.js';
import { LIMITS, truncate } from './limits.js';
import { type ActionsBlock, type Button, plain, type SlackBlock } from './slack-block.js';
import { textBlocks } from './text-blocks.js';

export function buttons(options: readonly ChoiceOption[]): ActionsBlock[] {
  const blocks: ActionsBlock[] = [];
  for (let start = 0; start < options.length; start += LIMITS.actionsElements) {
    const chunk = options.slice(start, start + LIMITS.actionsElements);
    const actionIds = uniqueActionIds(chunk.map((option) => option.verb));
    const elements = chunk.map((option, index): Button => {
      const button: Button = {
        type: 'button',
        text: plain(truncate(option.label, LIMITS.buttonText)),
        action_id: truncate(actionIds[index] ?? option.verb, LIMITS.actionId),
      };
      if (option.value !== undefined && option.value !== '') button.value = truncate(option.value, LIMITS.buttonValue);
      if (option.style) button.style = option.style;
      return button;
    });
    blocks.push({ type: 'actions', elements });
  }
  return blocks;
}

export function select(options: readonly ChoiceOption[], placeholder: string): ActionsBlock {
  const verbs = new Set(options.map((option) => option.verb));
  const single = verbs.size === 1 ? options[0]?.verb : undefined;
  return {
    type: 'actions',
    elements: [
      {
        type: 'static_select',
        action_id: single ?? MIXED_SELECT_ACTION_ID,
        placeholder: plain(truncate(placeholder, LIMITS.placeholder)),
        options: options.slice(0, LIMITS.selectOptions).map((option) => ({
          text: plain(truncate(option.label, LIMITS.optionText)),
          value: truncate(
            single ? option.value || EMPTY_VALUE : encodeMixedOption(option.verb, option.value),
            LIMITS.optionValue,
          ),
        })),
      },
    ],
  };
}

export function choiceBlocks(choice: {
  prompt?: string;
  display: 'buttons' | 'select';
  options: readonly ChoiceOption[];
}): SlackBlock[] {
  const prompt = choice.prompt ? textBlocks(choice.prompt) : [];
  if (choice.options.length === 0) return prompt;
  const controls = choice.display === 'select' ? [select(choice.options, 'Choose…')] : buttons(choice.options);
  return [...prompt, ...controls];
}
