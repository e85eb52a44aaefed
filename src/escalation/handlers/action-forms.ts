// The small forms behind the desk's and the requester's buttons: a message (question, note, advice, reply) or a status.
import type { Reply } from '../../core/reply.js';
import { STATUS_LABELS } from '../lifecycle.js';
import { MESSAGE_MAX_LENGTH, TICKET_STATUSES, type Ticket } from '../ticket.js';
import { TICKET_VERBS } from '../ticket-verbs.js';

const MESSAGE_FORMS = {
  [TICKET_VERBS.ask]: {
    title: 'Ask the requester',
    label: 'Your question',
    submit: 'Send question',
    help: 'The requester sees this.',
  },
  [TICKET_VERBS.note]: { title: 'Internal note', label: 'Note', submit: 'Add note', help: 'Only the desk sees this.' },
  [TICKET_VERBS.advise]: {
    title: 'Give advice',
    label: 'Advice',
    submit: 'Send advice',
    help: 'The requester sees this.',
  },
  [TICKET_VERBS.reply]: {
    title: 'Reply to the desk',
    label: 'Your reply',
    submit: 'Send reply',
    help: 'Please leave out personal data of third parties and proposal text.',
  },
} as const;

export type MessageVerb = keyof typeof MESSAGE_FORMS;

export function isMessageVerb(verb: string): verb is MessageVerb {
  return verb in MESSAGE_FORMS;
}

export function messageForm(verb: MessageVerb, ticket: Ticket): Reply {
  const form = MESSAGE_FORMS[verb];
  return {
    visibility: 'private',
    blocks: [
      {
        kind: 'form',
        verb,
        title: `${form.title}: ${ticket.id}`,
        submitLabel: form.submit,
        intro: form.help,
        fields: [
          {
            id: 'ticketId',
            label: 'Ticket',
            kind: 'text',
            required: true,
            initial: ticket.id,
            maxLength: 20,
            hidden: true,
          },
          { id: 'message', label: form.label, kind: 'textarea', required: true, maxLength: MESSAGE_MAX_LENGTH },
        ],
      },
    ],
    fallbackText: `${form.title}: ${ticket.id}`,
  };
}

export function statusForm(ticket: Ticket): Reply {
  return {
    visibility: 'private',
    blocks: [
      {
        kind: 'form',
        verb: TICKET_VERBS.status,
        title: `Change the status of ${ticket.id}`,
        submitLabel: 'Change status',
        intro: `Now ${STATUS_LABELS[ticket.status]}. The requester is told of the change.`,
        fields: [
          {
            id: 'ticketId',
            label: 'Ticket',
            kind: 'text',
            required: true,
            initial: ticket.id,
            maxLength: 20,
            hidden: true,
          },
          {
            id: 'status',
            label: 'New status',
            kind: 'select',
            required: true,
            options: TICKET_STATUSES.filter((status) => status !== ticket.status && status !== 'new').map((status) => ({
              label: STATUS_LABELS[status],
              value: status,
            })),
          },
        ],
      },
    ],
    fallbackText: `Change the status of ${ticket.id}`,
  };
}
