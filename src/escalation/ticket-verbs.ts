// The `ticket.*` action verbs. An action verb without form values shows its form; with values it applies.
import type { DeskAction } from './lifecycle.js';

export const TICKET_VERBS = {
  new: 'ticket.new',
  submit: 'ticket.submit',
  view: 'ticket.view',
  claim: 'ticket.claim',
  ask: 'ticket.ask',
  note: 'ticket.note',
  status: 'ticket.status',
  advise: 'ticket.advise',
  close: 'ticket.close',
  reply: 'ticket.reply',
} as const;

export type TicketVerb = (typeof TICKET_VERBS)[keyof typeof TICKET_VERBS];

/** Verbs only desk members may use, and the desk action each stands for. */
export const DESK_VERBS: ReadonlyMap<string, DeskAction['kind']> = new Map([
  [TICKET_VERBS.claim, 'claim'],
  [TICKET_VERBS.ask, 'ask'],
  [TICKET_VERBS.note, 'note'],
  [TICKET_VERBS.status, 'status'],
  [TICKET_VERBS.advise, 'advise'],
  [TICKET_VERBS.close, 'close'],
]);
