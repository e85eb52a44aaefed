// `tickets` (the desk: every open ticket; anyone else: their own) and `ticket [id]` (one ticket, or a new request).
import { textReply } from '../../core/reply.js';
import type { Command } from '../../core/router.js';
import { nativeWords } from '../../i18n/command-words.js';
import { parseTicketId } from '../ticket-id.js';
import { ticketDetail, ticketList } from '../ticket-replies.js';
import { notFound } from './act-on-ticket.js';
import type { EscalationDeps } from './escalation-deps.js';
import { partyOf } from './party.js';
import { showTicketForm } from './submit-ticket.js';

export function ticketsCommand(deps: EscalationDeps): Command {
  return {
    name: 'tickets',
    aliases: nativeWords('tickets'),
    usage: 'tickets',
    summary: 'your tickets with the advice desk (for the desk: every open ticket)',
    async run(_args, turn) {
      const viewer = partyOf(turn);
      const tickets = await deps.service.list(viewer);
      return [ticketList(tickets, deps.service.roster.isDesk(viewer) ? 'desk' : 'requester')];
    },
  };
}

export function ticketCommand(deps: EscalationDeps): Command {
  return {
    name: 'ticket',
    aliases: ['desk', ...nativeWords('ticket')],
    usage: 'ticket [RS-2026-0042]',
    summary: 'write to the advice desk, or open one of your tickets',
    acceptsBare: (args) => parseTicketId(args) !== undefined,
    async run(args, turn, context) {
      if (args.trim() === '') return showTicketForm(deps, '', turn, context);
      const id = parseTicketId(args);
      if (!id) return [textReply(`"${args.slice(0, 40)}" is not a ticket id; they look like RS-2026-0042.`, 'private')];
      const viewer = partyOf(turn);
      const ticket = await deps.service.view(viewer, id);
      return ticket
        ? [ticketDetail(ticket, deps.service.roster.isDesk(viewer) ? 'desk' : 'requester')]
        : [notFound(id)];
    },
  };
}
