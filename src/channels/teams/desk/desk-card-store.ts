// Each ticket's card in the desk channel: where its thread is, which version of the ticket the card shows, and how
// many of the ticket's changes the thread already tells. Deliveries compare against these counters, so a retried,
// repeated or late delivery posts nothing twice and a missed one is caught up by the next.
import type { SqlDatabase } from '../../../store/sql-database.js';

export interface DeskCardRow {
  ticketId: string;
  conversationId: string;
  rootId: string;
  cardVersion: string;
  linesPosted: number;
}

interface StoredRow {
  ticket_id: string;
  conversation_id: string;
  root_id: string;
  card_version: string;
  lines_posted: number;
}

function toRow(stored: StoredRow): DeskCardRow {
  return {
    ticketId: stored.ticket_id,
    conversationId: stored.conversation_id,
    rootId: stored.root_id,
    cardVersion: stored.card_version,
    linesPosted: stored.lines_posted,
  };
}

export class DeskCardStore {
  constructor(
    private readonly db: SqlDatabase,
    private readonly now: () => number = Date.now,
  ) {}

  byTicket(ticketId: string): DeskCardRow | undefined {
    const stored = this.db.prepare('SELECT * FROM teams_desk_cards WHERE ticket_id = ?').get(ticketId) as
      | StoredRow
      | undefined;
    return stored ? toRow(stored) : undefined;
  }

  /** The ticket whose card is the root of this reply chain, if any. */
  byRoot(conversationId: string, rootId: string): DeskCardRow | undefined {
    const stored = this.db
      .prepare('SELECT * FROM teams_desk_cards WHERE conversation_id = ? AND root_id = ?')
      .get(conversationId, rootId) as StoredRow | undefined;
    return stored ? toRow(stored) : undefined;
  }

  add(row: DeskCardRow): void {
    this.db
      .prepare(
        `INSERT INTO teams_desk_cards (ticket_id, conversation_id, root_id, card_version, lines_posted, created_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(row.ticketId, row.conversationId, row.rootId, row.cardVersion, row.linesPosted, this.now());
  }

  /** Counters only move forward: a late writer never takes the card back to an older state. */
  advance(ticketId: string, change: { cardVersion?: string; linesPosted?: number }): void {
    this.db
      .prepare(
        `UPDATE teams_desk_cards
         SET card_version = MAX(card_version, COALESCE(@cardVersion, card_version)),
             lines_posted = MAX(lines_posted, COALESCE(@linesPosted, lines_posted))
         WHERE ticket_id = @ticketId`,
      )
      .run({ ticketId, cardVersion: change.cardVersion ?? null, linesPosted: change.linesPosted ?? null });
  }
}
