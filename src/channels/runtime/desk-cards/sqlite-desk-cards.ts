// The desk cards in the data folder's SQLite file (the embedded default, one process answering). Edits of one
// ticket's card are chained in this process; the outbox's lease keeps another process (`ressec deliver`) off the same
// ticket's deliveries.
import type { Platform } from '../../../core/turn.js';
import { migrate, type SqlDatabase } from '../../../store/sql-database.js';
import { DESK_CARDS_MODULE, SQLITE_DESK_CARD_MIGRATIONS } from './desk-card-migrations.js';
import type { DeskCard, DeskCardEdit, DeskCards } from './desk-cards.js';
import { DESK_CARD_COLUMNS, type StoredDeskCard, toDeskCard } from './stored-desk-card.js';

/** Edits in progress, by database file, platform and ticket: shared by every store on the same file in this process. */
const editing = new Map<string, Promise<unknown>>();

export class SqliteDeskCards implements DeskCards {
  constructor(
    private readonly db: SqlDatabase,
    private readonly platform: Platform,
    private readonly options: { now?: () => number; close?: () => void } = {},
  ) {
    migrate(db, DESK_CARDS_MODULE, SQLITE_DESK_CARD_MIGRATIONS);
  }

  async byTicket(ticketId: string): Promise<DeskCard | undefined> {
    return this.find(ticketId);
  }

  async byMessage(conversationId: string, messageId: string): Promise<DeskCard | undefined> {
    const stored = this.db
      .prepare(
        `SELECT ${DESK_CARD_COLUMNS} FROM desk_cards WHERE platform = ? AND conversation_id = ? AND message_id = ?`,
      )
      .get(this.platform, conversationId, messageId) as StoredDeskCard | undefined;
    return stored ? toDeskCard(stored) : undefined;
  }

  edit<T>(ticketId: string, work: (edit: DeskCardEdit) => Promise<T>): Promise<T> {
    const key = `${this.db.name}|${this.platform}|${ticketId}`;
    const previous = editing.get(key) ?? Promise.resolve();
    const next = previous.then(() => work(this.editor(ticketId)));
    const tail = next.catch(() => undefined);
    editing.set(key, tail);
    void tail.then(() => {
      if (editing.get(key) === tail) editing.delete(key);
    });
    return next;
  }

  async close(): Promise<void> {
    this.options.close?.();
  }

  private find(ticketId: string): DeskCard | undefined {
    const stored = this.db
      .prepare(`SELECT ${DESK_CARD_COLUMNS} FROM desk_cards WHERE platform = ? AND ticket_id = ?`)
      .get(this.platform, ticketId) as StoredDeskCard | undefined;
    return stored ? toDeskCard(stored) : undefined;
  }

  private editor(ticketId: string): DeskCardEdit {
    const { db, platform } = this;
    const now = this.options.now ?? Date.now;
    return {
      card: async () => this.find(ticketId),
      add: async (card) => {
        db.prepare(
          `INSERT INTO desk_cards (platform, ticket_id, conversation_id, message_id, card_version, lines_posted, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        ).run(platform, ticketId, card.conversationId, card.messageId, card.cardVersion, card.linesPosted, now());
      },
      advance: async (change) => {
        db.prepare(
          `UPDATE desk_cards
           SET card_version = MAX(card_version, COALESCE(@cardVersion, card_version)),
               lines_posted = MAX(lines_posted, COALESCE(@linesPosted, lines_posted))
           WHERE platform = @platform AND ticket_id = @ticketId`,
        ).run({
          platform,
          ticketId,
          cardVersion: change.cardVersion ?? null,
          linesPosted: change.linesPosted ?? null,
        });
      },
      wasDelivered: async (deliveryId) =>
        db
          .prepare('SELECT 1 FROM desk_card_deliveries WHERE platform = ? AND delivery_id = ?')
          .get(platform, deliveryId) !== undefined,
      markDelivered: async (deliveryId) => {
        db.prepare(
          'INSERT INTO desk_card_deliveries (platform, delivery_id, delivered_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
        ).run(platform, deliveryId, now());
      },
    };
  }
}
