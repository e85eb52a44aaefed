// Each ticket's card in a desk channel (Slack or Teams), shared by every process on the database: where the card was
// posted (so status edits find it, and a reply in its thread is a note on that ticket), which version of the ticket
// it shows, how many of the ticket's changes its thread tells, and which deliveries were posted. Card edits run one
// at a time per ticket through `edit`, so two replicas never post a ticket's card twice or put an older version of
// the ticket over a newer one.
import type { Ticket } from '../../../escalation/ticket.js';

export interface DeskCard {
  ticketId: string;
  /** Where the card was posted: the Slack channel, or the Teams desk conversation. */
  conversationId: string;
  /** The card's own message (a Slack ts, a Teams root id): its thread is the case file. */
  messageId: string;
  /** The ticket version (cardVersionOf) the card shows; '' when unknown. */
  cardVersion: string;
  /** How many of the ticket's audit entries the thread tells. */
  linesPosted: number;
}

/** What an editor of one ticket's card may do while it holds the card. */
export interface DeskCardEdit {
  /** The ticket's card, read under the hold. */
  card(): Promise<DeskCard | undefined>;
  add(card: Omit<DeskCard, 'ticketId'>): Promise<void>;
  /** Counters only move forward: a late writer never takes the card back to an older state. */
  advance(change: { cardVersion?: string; linesPosted?: number }): Promise<void>;
  wasDelivered(deliveryId: string): Promise<boolean>;
  markDelivered(deliveryId: string): Promise<void>;
}

export interface DeskCards {
  byTicket(ticketId: string): Promise<DeskCard | undefined>;
  /** The ticket whose card is this message (the root of a thread), if any. */
  byMessage(conversationId: string, messageId: string): Promise<DeskCard | undefined>;
  /** Runs `work` as the only editor of the ticket's card, in this process and every other on the same database. */
  edit<T>(ticketId: string, work: (edit: DeskCardEdit) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * A ticket's version as a card records it: its last update, then its number of changes, since two changes in one
 * millisecond share an updatedAt. Versions sort as text, and a longer one (with the count) sorts after its bare prefix.
 */
export function cardVersionOf(ticket: Pick<Ticket, 'updatedAt' | 'audit'>): string {
  return `${ticket.updatedAt}#${String(ticket.audit.length).padStart(6, '0')}`;
}
