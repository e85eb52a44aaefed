// Tickets as neutral replies: the card with the actions the viewer may take, the detail view and the list.
import type { Reply, TicketView } from '../core/reply.js';
import { describeChange, ticketActions, type Viewer } from './case-file.js';
import { STATUS_LABELS } from './lifecycle.js';
import type { AuditEntry, Ticket } from './ticket.js';
import { TICKET_VERBS } from './ticket-verbs.js';

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
  const change = describeChange(entry, viewer);
  const move = change.move ? ` (${change.move})` : '';
  const text = change.text ? `: ${change.text}` : '';
  return `• ${entry.at.slice(0, 16).replace('T', ' ')} ${who} ${change.did}${move}${text}`;
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
