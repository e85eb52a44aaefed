// A ticket: its id and subject, the facts the desk triages by, and the buttons the viewer may use. Buttons carry the
// ticket's version (its last update), so that a click Teams repeats is recognised as the same act.
import type { ChoiceOption, TicketView } from '../../../core/reply.js';
import { STATUS_LABELS } from '../../../escalation/lifecycle.js';
import type { CardElement } from './card-elements.js';
import { textBlock } from './card-elements.js';
import { plainText } from './card-markdown.js';
import { buttonRows } from './choice-elements.js';

function facts(ticket: TicketView): { title: string; value: string }[] {
  const rows = [
    { title: 'Status', value: STATUS_LABELS[ticket.status] },
    { title: 'Priority', value: ticket.priority },
    { title: 'Requester', value: ticket.requester },
    { title: 'Assignee', value: ticket.assignee ?? 'nobody yet' },
  ];
  if (ticket.deadline) rows.push({ title: 'Deadline', value: ticket.deadline });
  rows.push({ title: 'Updated', value: `${ticket.updatedAt.slice(0, 16).replace('T', ' ')} UTC` });
  return rows.map((row) => ({ title: row.title, value: plainText(row.value) }));
}

export function ticketElements(ticket: TicketView, actions: readonly ChoiceOption[] = []): CardElement[] {
  const flags = ticket.flags ?? [];
  return [
    {
      type: 'Container',
      style: ticket.status === 'closed' ? 'good' : ticket.priority === 'high' ? 'attention' : 'emphasis',
      items: [
        textBlock(`${ticket.id}: ${plainText(ticket.subject)}`, { weight: 'bolder', style: 'heading' }),
        { type: 'FactSet', facts: facts(ticket) },
        ...(flags.length > 0
          ? [textBlock(flags.map((flag) => `- ${plainText(flag)}`).join('\n'), { size: 'small', spacing: 'small' })]
          : []),
      ],
    },
    ...(actions.length > 0 ? buttonRows(actions, ticket.updatedAt) : []),
  ];
}
