// What the desk's sinks receive: one event per audit entry, carrying the ticket as it stood right after the change.
import type { AuditAction, AuditEntry, Ticket } from './ticket.js';

export const TICKET_EVENT_TYPES = [
  'ticket.created',
  'ticket.claimed',
  'ticket.status_changed',
  'ticket.question_asked',
  'ticket.requester_replied',
  'ticket.note_added',
  'ticket.advice_given',
] as const satisfies readonly `ticket.${AuditAction}`[];
export type TicketEventType = (typeof TICKET_EVENT_TYPES)[number];

export interface TicketEvent {
  /** `evt_<ticket id>_<audit position>`: the same change always has the same event id. */
  id: string;
  type: TicketEventType;
  occurredAt: string;
  ticket: Ticket;
  entry: AuditEntry;
}

export function ticketEvent(ticket: Ticket, position: number): TicketEvent {
  const entry = ticket.audit[position];
  if (!entry) throw new Error(`ticket ${ticket.id} has no audit entry ${position}`);
  return { id: `evt_${ticket.id}_${position}`, type: `ticket.${entry.action}`, occurredAt: entry.at, ticket, entry };
}
