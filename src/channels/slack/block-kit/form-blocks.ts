import type { Block } from '../../../core/reply.js';
import { OPEN_FORM_ACTION_ID } from './action-id.js';
import { LIMITS, truncate } from './limits.js';
import { escapeMrkdwn, markdownToMrkdwn } from './mrkdwn.js';
import { mrkdwn, plain, type SlackBlock } from './slack-block.js';
import { mrkdwnSections } from './text-blocks.js';

export type FormBlock = Extract<Block, { kind: 'form' }>;

/** A form shown in a message (no fresh trigger to open a modal with): its title and a button that opens it. */
export function formMessageBlocks(form: FormBlock, formRef: string): SlackBlock[] {
  const intro = form.intro ? `\n${markdownToMrkdwn(form.intro)}` : '';
  const errors = form.fields
    .filter((field) => field.error)
    .map((field) => `⚠️ ${escapeMrkdwn(field.label)}: ${escapeMrkdwn(field.error ?? '')}`);
  return [
    ...mrkdwnSections(`*${escapeMrkdwn(form.title)}*${intro}`),
    ...(errors.length > 0
      ? [{ type: 'context' as const, elements: [mrkdwn(truncate(errors.join('\n'), LIMITS.sectionText))] }]
      : []),
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          text: plain(truncate(`Open: ${form.title}`, LIMITS.buttonText)),
          action_id: OPEN_FORM_ACTION_ID,
          value: truncate(formRef, LIMITS.buttonValue),
          style: 'primary',
        },
      ],
    },
  ];
}
