// A desk member's reply in a ticket's thread is an internal note: the escalation's note form, already filled in.
import { TICKET_VERBS } from '../../../escalation/ticket-verbs.js';

export const TICKET_NOTE_VERB = TICKET_VERBS.note;

export function ticketNoteValues(ticketId: string, text: string): Record<string, string> {
  return { ticketId, message: text };
}
