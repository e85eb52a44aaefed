// The desk cards' tables, one pair for every channel (keyed by platform), on SQLite and on PostgreSQL.
import type { Migration } from '../../../store/sql-database.js';

export const DESK_CARDS_MODULE = 'desk-cards';

export const SQLITE_DESK_CARD_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'desk-cards',
    sql: `CREATE TABLE IF NOT EXISTS desk_cards (
      platform TEXT NOT NULL,
      ticket_id TEXT NOT NULL,
      conversation_id TEXT NOT NULL,
      message_id TEXT NOT NULL,
      card_version TEXT NOT NULL,
      lines_posted INTEGER NOT NULL,
      created_at INTEGER NOT NULL,
      PRIMARY KEY (platform, ticket_id)
    );
    CREATE UNIQUE INDEX IF NOT EXISTS desk_cards_message ON desk_cards (platform, conversation_id, message_id);
    CREATE TABLE IF NOT EXISTS desk_card_deliveries (
      platform TEXT NOT NULL,
      delivery_id TEXT NOT NULL,
      delivered_at INTEGER NOT NULL,
      PRIMARY KEY (platform, delivery_id)
    );`,
  },
];

export const POSTGRES_DESK_CARD_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'desk-cards',
    sql: `CREATE TABLE desk_cards (
      platform TEXT NOT NULL,
      ticket_id TEXT NOT NULL,
      conversation_id TEXT NOT NULL,
      message_id TEXT NOT NULL,
      card_version TEXT NOT NULL,
      lines_posted INTEGER NOT NULL,
      created_at BIGINT NOT NULL,
      PRIMARY KEY (platform, ticket_id),
      UNIQUE (platform, conversation_id, message_id)
    );
    CREATE TABLE desk_card_deliveries (
      platform TEXT NOT NULL,
      delivery_id TEXT NOT NULL,
      delivered_at BIGINT NOT NULL,
      PRIMARY KEY (platform, delivery_id)
    );`,
  },
];
