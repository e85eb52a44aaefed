// Wires escalation into the router: the `ticket.*` actions, the `tickets` and `ticket` commands, and typed replies.
import { textReply } from '../core/reply.js';
import type { Router } from '../core/router.js';
import { actOnTicket, replyOutcome } from './handlers/act-on-ticket.js';
import type { EscalationDeps } from './handlers/escalation-deps.js';
import { actionKeyOf, partyOf } from './handlers/party.js';
import { pendingReplyInterceptor } from './handlers/pending-reply.js';
import { showTicketForm, submitTicket } from './handlers/submit-ticket.js';
import { ticketCommand, ticketsCommand } from './handlers/ticket-commands.js';
import { TICKET_VERBS } from './ticket-verbs.js';

export type { EscalationDeps } from './handlers/escalation-deps.js';

export function registerEscalation(router: Router, deps: EscalationDeps): void {
  router.action('ticket', async (input, turn, context) => {
    if (input.verb === TICKET_VERBS.new) {
      return showTicketForm(deps, input.kind === 'action' ? (input.value ?? '') : '', turn, context);
    }
    if (input.verb === TICKET_VERBS.submit) {
      if (input.kind !== 'form') return [textReply('That button is no longer active.', 'private')];
      return submitTicket(deps, input.values, turn, context);
    }
    return actOnTicket(deps, input, turn, context);
  });
  router.command(ticketsCommand(deps));
  router.command(ticketCommand(deps));
  router.intercept(
    'ticket-reply',
    pendingReplyInterceptor(async (ticketId, text, turn) => {
      const outcome = await deps.service.act(ticketId, actionKeyOf(turn), partyOf(turn), { kind: 'reply', text });
      return replyOutcome(deps, outcome, ticketId);
    }),
  );
}

/**
 * The ticket database could not be opened (corrupt, read-only, disk full): answers and checks go on, and every
 * way into escalation says what is wrong and which file, instead of filing a ticket that would be lost.
 */
export function registerEscalationUnavailable(router: Router, problem: string): void {
  const reply = () => [
    textReply(
      `Tickets are unavailable right now: ${problem}. Your question was not sent. Please contact the advice desk directly, and tell the administrator.`,
      'private',
    ),
  ];
  router.action('ticket', async () => reply());
  for (const name of ['tickets', 'ticket']) {
    router.command({ name, usage: name, summary: 'tickets (unavailable: see the message)', run: async () => reply() });
  }
}
