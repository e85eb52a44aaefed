import type { ChoiceOption, TicketStatus, TicketView } from '../../../core/reply.js';
import { buttons } from './choice-blocks.js';
import { LIMITS, truncate } from './limits.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { mrkdwn, type SlackBlock } from './slack-block.js';
import { mrkdwnSections } from './text-blocks.js';

export const STATUS_BADGE: Record<TicketStatus, string> = {
  new: '🆕 New',
  in_review: '🔎 In review',
  needs_info: '❓ Needs information',
  advice_given: '💬 Advice given',
  closed: '✅ Closed',
};

/** A Slack user id renders as a mention (Slack shows the name); anything else as text. */
export function personText(person: string): string {
  return /^[UW][A-Z0-9]{6,}$/.test(person) ? `<@${person}>` : escapeMrkdwn(person);
}

export function ticketBlocks(ticket: TicketView, actions: readonly ChoiceOption[] = []): SlackBlock[] {
  const fields = [
    `*Status*\n${STATUS_BADGE[ticket.status]}`,
    `*Level*\n${ticket.priority}`,
    `*Requester*\n${personText(ticket.requester)}`,
    `*Assignee*\n${ticket.assignee ? personText(ticket.assignee) : '_unassigned_'}`,
    ...(ticket.deadline ? [`*Deadline*\n${escapeMrkdwn(ticket.deadline)}`] : []),
  ].map((text) => mrkdwn(truncate(text, LIMITS.fieldText)));
  const flags = ticket.flags?.length
    ? mrkdwnSections(`*Flags*\n${ticket.flags.map((flag) => `• ${escapeMrkdwn(flag)}`).join('\n')}`)
    : [];
  return [
    {
      type: 'section',
      text: mrkdwn(truncate(`*${ticket.id}* · ${escapeMrkdwn(ticket.subject)}`, LIMITS.sectionText)),
      fields: fields.slice(0, LIMITS.sectionFields),
    },
    ...flags,
    {
      type: 'context',
      elements: [mrkdwn(`Updated ${escapeMrkdwn(ticket.updatedAt.slice(0, 16).replace('T', ' '))} UTC`)],
    },
    ...buttons(actions),
  ];
}
