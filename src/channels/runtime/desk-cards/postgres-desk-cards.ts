// The desk cards on PostgreSQL, shared by every replica. An edit holds a session advisory lock on its own connection
// for the ticket, so edits of one card run one at a time across replicas, and a replica that dies mid-edit lets go
// with its connection. The editor's writes commit at once (no transaction around the platform calls), so a card
// posted is recorded even when a later step fails.
import type pg from 'pg';
import type { QueryResultRow } from 'pg';
import type { Platform } from '../../../core/turn.js';
import type { PostgresDatabase, Queryable } from '../../../store/postgres/postgres-database.js';
import { DESK_CARDS_MODULE, POSTGRES_DESK_CARD_MIGRATIONS } from './desk-card-migrations.js';
import type { DeskCard, DeskCardEdit, DeskCards } from './desk-cards.js';
import { DESK_CARD_COLUMNS, type StoredDeskCard, toDeskCard } from './stored-desk-card.js';

/** The first key of the two-key advisory locks on desk cards ("desk" in ASCII); the second is the ticket's hash. */
const DESK_CARD_LOCK_CLASS = 1684370283;

export class PostgresDeskCards implements DeskCards {
  constructor(
    private readonly database: PostgresDatabase,
    private readonly platform: Platform,
    private readonly options: { now?: () => number; close?: () => Promise<void> } = {},
  ) {}

  async byTicket(ticketId: string): Promise<DeskCard | undefined> {
    return this.find(this.database.pool, ticketId);
  }

  async byMessage(conversationId: string, messageId: string): Promise<DeskCard | undefined> {
    const { rows } = await this.query<StoredDeskCard>(
      this.database.pool,
      `SELECT ${DESK_CARD_COLUMNS} FROM desk_cards WHERE platform = $1 AND conversation_id = $2 AND message_id = $3`,
      [this.platform, conversationId, messageId],
    );
    return rows[0] ? toDeskCard(rows[0]) : undefined;
  }

  async edit<T>(ticketId: string, work: (edit: DeskCardEdit) => Promise<T>): Promise<T> {
    await this.ready();
    const client = await this.database.pool.connect();
    // A connection lost while the work talks to the platform (no query running) reports here, not to a query: the
    // next query fails instead, and the pool drops the connection on release.
    let connectionError: Error | undefined;
    const lost = (error: Error) => {
      connectionError = error;
    };
    client.on('error', lost);
    const lock = [DESK_CARD_LOCK_CLASS, `${this.platform}:${ticketId}`];
    try {
      await client.query('SELECT pg_advisory_lock($1, hashtext($2))', lock);
    } catch (error) {
      client.off('error', lost);
      client.release(error as Error);
      throw error;
    }
    try {
      return await work(this.editor(client, ticketId));
    } finally {
      // A connection that may still hold the lock must not go back to the pool: it is closed instead.
      const unlocked = await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', lock).then(
        () => true,
        () => false,
      );
      client.off('error', lost);
      client.release(
        unlocked && !connectionError ? undefined : (connectionError ?? new Error('advisory unlock failed')),
      );
    }
  }

  async close(): Promise<void> {
    await this.options.close?.();
  }

  private async find(client: Queryable, ticketId: string): Promise<DeskCard | undefined> {
    const { rows } = await this.query<StoredDeskCard>(
      client,
      `SELECT ${DESK_CARD_COLUMNS} FROM desk_cards WHERE platform = $1 AND ticket_id = $2`,
      [this.platform, ticketId],
    );
    return rows[0] ? toDeskCard(rows[0]) : undefined;
  }

  private editor(client: pg.PoolClient, ticketId: string): DeskCardEdit {
    const { platform } = this;
    const now = this.options.now ?? Date.now;
    return {
      card: () => this.find(client, ticketId),
      add: async (card) => {
        await client.query(
          `INSERT INTO desk_cards (platform, ticket_id, conversation_id, message_id, card_version, lines_posted, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [platform, ticketId, card.conversationId, card.messageId, card.cardVersion, card.linesPosted, now()],
        );
      },
      advance: async (change) => {
        await client.query(
          `UPDATE desk_cards
           SET card_version = GREATEST(card_version, COALESCE($3, card_version)),
               lines_posted = GREATEST(lines_posted, COALESCE($4, lines_posted))
           WHERE platform = $1 AND ticket_id = $2`,
          [platform, ticketId, change.cardVersion ?? null, change.linesPosted ?? null],
        );
      },
      wasDelivered: async (deliveryId) => {
        const { rowCount } = await client.query(
          'SELECT 1 FROM desk_card_deliveries WHERE platform = $1 AND delivery_id = $2',
          [platform, deliveryId],
        );
        return (rowCount ?? 0) > 0;
      },
      markDelivered: async (deliveryId) => {
        await client.query(
          `INSERT INTO desk_card_deliveries (platform, delivery_id, delivered_at) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING`,
          [platform, deliveryId, now()],
        );
      },
    };
  }

  private ready(): Promise<unknown> {
    return this.database.migrate(DESK_CARDS_MODULE, POSTGRES_DESK_CARD_MIGRATIONS);
  }

  private async query<Row extends QueryResultRow>(client: Queryable, sql: string, values: unknown[]) {
    await this.ready();
    return client.query<Row>(sql, values);
  }
}
