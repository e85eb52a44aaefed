// The lifecycle buttons and their forms: claim, ask, note, status, advise, close (desk) and reply (requester).
// A button shows its form; the submitted form applies. Roles are checked before anything is shown or changed.
import { type Reply, textReply } from '../../core/reply.js';
import type { TurnContext } from '../../core/router.js';
import type { Turn, TurnInput } from '../../core/turn.js';
import { message } from '../../i18n/messages.js';
import { DELIVERY_WAIT_MS, deliveryWording } from '../delivery-status.js';
import type { ActOutcome } from '../escalation-service.js';
import { STATUS_LABELS, type TicketAction } from '../lifecycle.js';
import { type Ticket, TicketStatusSchema } from '../ticket.js';
import { parseTicketId } from '../ticket-id.js';
import { ticketCard, ticketDetail } from '../ticket-replies.js';
import { DESK_VERBS, TICKET_VERBS } from '../ticket-verbs.js';
import { isMessageVerb, messageForm, statusForm } from './action-forms.js';
import type { EscalationDeps } from './escalation-deps.js';
import { actionKeyOf, partyOf } from './party.js';
import { pendingReplyKey } from './pending-reply.js';

type ActionInput = Extract<TurnInput, { kind: 'action' | 'form' }>;

export function notFound(id: string): Reply {
  return textReply(`I can't find ticket ${id}. Type \`tickets\` to see the tickets you can open.`, 'private');
}

function badId(raw: string): Reply {
  return textReply(`"${raw.slice(0, 40)}" is not a ticket id; they look like RS-2026-0042.`, 'private');
}

const DONE: Partial<Record<string, (ticket: Ticket) => string>> = {
  [TICKET_VERBS.claim]: (ticket) => `You have claimed **${ticket.id}**.`,
  [TICKET_VERBS.ask]: (ticket) => `Your question on **${ticket.id}** was sent to the requester.`,
  [TICKET_VERBS.note]: (ticket) => `Internal note added to **${ticket.id}**.`,
  [TICKET_VERBS.status]: (ticket) =>
    `**${ticket.id}** is now ${STATUS_LABELS[ticket.status]}; the requester has been told.`,
  [TICKET_VERBS.advise]: (ticket) => `Your advice on **${ticket.id}** was sent to the requester.`,
  [TICKET_VERBS.close]: (ticket) => `**${ticket.id}** is closed; the requester has been told.`,
};

/** A requester's reply: where it is (confirmed by a desk sink, or waiting), never just "sent". */
export async function replyOutcome(deps: EscalationDeps, outcome: ActOutcome, id: string): Promise<Reply[]> {
  if (outcome.kind !== 'updated') return outcomeReply(outcome, TICKET_VERBS.reply, id);
  const status = await deps.service.deliveryStatus(outcome.ticket.id, 'ticket.requester_replied', DELIVERY_WAIT_MS);
  const language = outcome.ticket.handoff?.language;
  const where = deliveryWording(status, message(language, 'yourReply'), deps.deskName, language);
  const headline = `${message(language, 'replyAdded', { id: outcome.ticket.id })} ${where}`;
  return [ticketCard(outcome.ticket, 'requester', headline)];
}

export function outcomeReply(outcome: ActOutcome, verb: string, id: string): Reply[] {
  const viewer = verb === TICKET_VERBS.reply ? 'requester' : 'desk';
  switch (outcome.kind) {
    case 'updated':
      return [ticketCard(outcome.ticket, viewer, DONE[verb]?.(outcome.ticket) ?? `Updated ${outcome.ticket.id}.`)];
    case 'replayed':
      return [
        textReply(
          `That was already done: ${outcome.ticket.id} is ${STATUS_LABELS[outcome.ticket.status]}. Nothing changed.`,
          'private',
        ),
      ];
    case 'not-found':
      return [notFound(id)];
    case 'refused':
      return [textReply(`${outcome.message} Nothing changed.`, 'private')];
    case 'rejected':
      return [textReply(`${outcome.message} Nothing changed.`, 'private')];
  }
}

function formString(input: ActionInput, field: string): string | undefined {
  if (input.kind !== 'form') return undefined;
  const value = input.values[field];
  return Array.isArray(value) ? value[0] : value;
}

function actionFor(input: ActionInput): TicketAction | { invalid: string } | undefined {
  const message = formString(input, 'message') ?? '';
  switch (input.verb) {
    case TICKET_VERBS.claim:
      return { kind: 'claim' };
    case TICKET_VERBS.close:
      return { kind: 'close' };
    case TICKET_VERBS.ask:
      return input.kind === 'form' ? { kind: 'ask', question: message } : undefined;
    case TICKET_VERBS.note:
      return input.kind === 'form' ? { kind: 'note', text: message } : undefined;
    case TICKET_VERBS.advise:
      return input.kind === 'form' ? { kind: 'advise', advice: message } : undefined;
    case TICKET_VERBS.reply:
      return input.kind === 'form' ? { kind: 'reply', text: message } : undefined;
    case TICKET_VERBS.status: {
      if (input.kind !== 'form') return undefined;
      const status = TicketStatusSchema.safeParse(formString(input, 'status'));
      return status.success ? { kind: 'status', to: status.data } : { invalid: 'Choose one of the listed statuses.' };
    }
    default:
      return { invalid: 'That button is no longer active.' };
  }
}

export async function actOnTicket(
  deps: EscalationDeps,
  input: ActionInput,
  turn: Turn,
  context: TurnContext,
): Promise<Reply[]> {
  const actor = partyOf(turn);
  const raw = (input.kind === 'action' ? input.value : formString(input, 'ticketId')) ?? '';
  // A submitted reply form, valid or not, ends "just type your reply".
  if (input.verb === TICKET_VERBS.reply && input.kind === 'form') await context.state.delete(pendingReplyKey(turn));
  const id = parseTicketId(raw);
  const deskAction = DESK_VERBS.get(input.verb);
  // Refuse before looking anything up: a non-desk user learns nothing, and nothing changes.
  const refusal = deskAction ? deps.service.refuseUnlessDesk(actor, deskAction) : undefined;
  if (refusal) return outcomeReply(refusal, input.verb, raw);
  if (!id) return [badId(raw)];

  if (input.verb === TICKET_VERBS.view) {
    const ticket = await deps.service.view(actor, id);
    return ticket ? [ticketDetail(ticket, deps.service.roster.isDesk(actor) ? 'desk' : 'requester')] : [notFound(id)];
  }
  const action = actionFor(input);
  if (action && 'invalid' in action) return [textReply(`${action.invalid} Nothing changed.`, 'private')];
  if (!action) {
    // A button whose form comes next: show it, to whoever may see the ticket.
    const ticket = await deps.service.view(actor, id);
    if (!ticket) return [notFound(id)];
    if (input.verb === TICKET_VERBS.reply) {
      await context.state.set(pendingReplyKey(turn), { ticketId: id }, 30 * 60_000);
      return [
        messageForm(TICKET_VERBS.reply, ticket),
        textReply('Or just type your reply here (`cancel` to stop).', 'private'),
      ];
    }
    return [
      input.verb === TICKET_VERBS.status
        ? statusForm(ticket)
        : isMessageVerb(input.verb)
          ? messageForm(input.verb, ticket)
          : notFound(id),
    ];
  }
  const outcome = await deps.service.act(id, actionKeyOf(turn), actor, action);
  if (input.verb === TICKET_VERBS.reply) return replyOutcome(deps, outcome, id);
  return outcomeReply(outcome, input.verb, id);
}
