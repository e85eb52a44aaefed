// A desk_cards row as either database returns it.
import type { DeskCard } from './desk-cards.js';

export interface StoredDeskCard {
  ticket_id: string;
  conversation_id: string;
  message_id: string;
  card_version: string;
  lines_posted: number;
}

export function toDeskCard(stored: StoredDeskCard): DeskCard {
  return {
    ticketId: stored.ticket_id,
    conversationId: stored.conversation_id,
    messageId: stored.message_id,
    cardVersion: stored.card_version,
    linesPosted: stored.lines_posted,
  };
}

export const DESK_CARD_COLUMNS = 'ticket_id, conversation_id, message_id, card_version, lines_posted';
