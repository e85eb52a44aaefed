// The Slack channel's tables in the shared SQL file: the desk cards. (Its inbox moved to the runtime's channel_inbox.)
import type { Migration } from '../../../store/sql-database.js';

export const SLACK_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'inbox',
    sql: `CREATE TABLE IF NOT EXISTS slack_inbox (
      key TEXT PRIMARY KEY,
      event_id TEXT,
      lane TEXT NOT NULL,
      body TEXT,
      state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'failed')),
      replies TEXT,
      delivered INTEGER NOT NULL DEFAULT 0,
      attempts INTEGER NOT NULL DEFAULT 0,
      received_at INTEGER NOT NULL,
      finished_at INTEGER
    );
    CREATE INDEX IF NOT EXISTS slack_inbox_state ON slack_inbox (state, received_at);`,
  },
  {
    version: 2,
    name: 'desk-cards',
    sql: `CREATE TABLE IF NOT EXISTS slack_desk_cards (
      ticket_id TEXT PRIMARY KEY,
      channel TEXT NOT NULL,
      ts TEXT NOT NULL,
      created_at INTEGER NOT NULL
    );
    CREATE UNIQUE INDEX IF NOT EXISTS slack_desk_cards_thread ON slack_desk_cards (channel, ts);
    CREATE TABLE IF NOT EXISTS slack_desk_deliveries (
      delivery_id TEXT PRIMARY KEY,
      delivered_at INTEGER NOT NULL
    );`,
  },
  {
    version: 3,
    name: 'inbox-moved-to-runtime',
    sql: 'DROP TABLE IF EXISTS slack_inbox;',
  },
];
