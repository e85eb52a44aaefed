// Tickets as neutral replies: the card with the actions the viewer may take, the detail view and the list.
import type { ChoiceOption, Reply, TicketView } from '../core/reply.js';
import { STATUS_LABELS } from './lifecycle.js';
import { type AuditEntry, isOpen, type Ticket } from './ticket.js';
import { TICKET_VERBS } from './ticket-verbs.js';

export type Viewer = 'desk' | 'requester';

export function ticketView(ticket: Ticket): TicketView {
  return {
    id: ticket.id,
    subject: ticket.subject,
    status: ticket.status,
    priority: ticket.priority,
    requester: ticket.requester.name ?? ticket.requester.userId,
    assignee: ticket.assignee ? (ticket.assignee.name ?? ticket.assignee.userId) : undefined,
    deadline: ticket.deadline,
    flags:
      ticket.origin.kind === 'appraisal'
        ? ticket.origin.flags.map((flag) => `${flag.level}: ${flag.reason}`)
        : undefined,
    updatedAt: ticket.updatedAt,
  };
}

export function ticketActions(ticket: Ticket, viewer: Viewer): ChoiceOption[] {
  const value = ticket.id;
  if (viewer === 'requester') {
    return isOpen(ticket) ? [{ label: 'Reply to the desk', verb: TICKET_VERBS.reply, value, style: 'primary' }] : [];
  }
  if (!isOpen(ticket)) return [{ label: 'Reopen (change status)', verb: TICKET_VERBS.status, value }];
  return [
    { label: 'Claim', verb: TICKET_VERBS.claim, value, style: 'primary' },
    { label: 'Ask the requester', verb: TICKET_VERBS.ask, value },
    { label: 'Internal note', verb: TICKET_VERBS.note, value },
    { label: 'Change status', verb: TICKET_VERBS.status, value },
    { label: 'Give advice', verb: TICKET_VERBS.advise, value },
    { label: 'Close', verb: TICKET_VERBS.close, value, style: 'danger' },
  ];
}

export function ticketCard(ticket: Ticket, viewer: Viewer, headline?: string): Reply {
  return {
    visibility: 'private',
    blocks: [
      ...(headline ? [{ kind: 'text' as const, markdown: headline }] : []),
      { kind: 'ticket', ticket: ticketView(ticket), actions: ticketActions(ticket, viewer) },
    ],
    fallbackText: headline ?? `Ticket ${ticket.id}: ${STATUS_LABELS[ticket.status]}`,
  };
}

function describeEntry(entry: AuditEntry, viewer: Viewer): string {
  const who =
    entry.actor.role === 'desk' && viewer === 'requester'
      ? 'The desk'
      : entry.actor.role === 'requester' && viewer === 'requester'
        ? 'You'
        : (entry.actor.name ?? entry.actor.userId);
  const move = entry.from && entry.to ? ` (${STATUS_LABELS[entry.from]} → ${STATUS_LABELS[entry.to]})` : '';
  const what: Record<AuditEntry['action'], string> = {
    created: 'filed the ticket',
    claimed: 'took the ticket',
    status_changed: `changed the status to ${entry.to ? STATUS_LABELS[entry.to] : '?'}`,
    question_asked: 'asked',
    requester_replied: 'replied',
    note_added: 'noted (internal)',
    advice_given: 'advised',
  };
  const text = entry.text ? `: ${entry.text}` : '';
  return `• ${entry.at.slice(0, 16).replace('T', ' ')} ${who} ${what[entry.action]}${entry.action === 'status_changed' ? '' : move}${text}`;
}

export function ticketDetail(ticket: Ticket, viewer: Viewer): Reply {
  const entries = ticket.audit.filter((entry) => viewer === 'desk' || entry.visibility === 'shared');
  const history = entries.map((entry) => describeEntry(entry, viewer)).join('\n');
  const note = ticket.note ? `**Note:** ${ticket.note}\n\n` : '';
  const card = ticketCard(ticket, viewer);
  card.blocks.push({ kind: 'text', markdown: `${note}**History**\n${history}` });
  return card;
}

export function ticketList(tickets: Ticket[], viewer: Viewer): Reply {
  if (tickets.length === 0) {
    const text = viewer === 'desk' ? 'No open tickets.' : "You haven't filed any tickets.";
    return { visibility: 'private', blocks: [{ kind: 'text', markdown: text }], fallbackText: text };
  }
  const heading = viewer === 'desk' ? `**Open tickets (${tickets.length})**` : `**Your tickets (${tickets.length})**`;
  return {
    visibility: 'private',
    blocks: [
      { kind: 'text', markdown: heading },
      ...tickets.map((ticket) => ({
        kind: 'ticket' as const,
        ticket: ticketView(ticket),
        actions: [{ label: `Open ${ticket.id}`, verb: TICKET_VERBS.view, value: ticket.id }],
      })),
    ],
    fallbackText: `${tickets.length} ticket(s)`,
  };
}
