// The Slack channel's tables in the shared SQL file, all moved to the runtime's since: the inbox to channel_inbox, the
// desk cards to desk_cards (shared with Teams, and on PostgreSQL with every replica).
import type { Migration } from '../../../store/sql-database.js';
import { SQLITE_DESK_CARD_MIGRATIONS } from '../../runtime/desk-cards/desk-card-migrations.js';

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
  {
    version: 4,
    name: 'desk-cards-moved-to-runtime',
    // The runtime's tables are made here too (if not there yet), so this runs whichever module migrates first.
    sql: `${SQLITE_DESK_CARD_MIGRATIONS.map((migration) => migration.sql).join('\n')}
    INSERT OR IGNORE INTO desk_cards (platform, ticket_id, conversation_id, message_id, card_version, lines_posted, created_at)
      SELECT 'slack', ticket_id, channel, ts, '', 0, created_at FROM slack_desk_cards;
    INSERT OR IGNORE INTO desk_card_deliveries (platform, delivery_id, delivered_at)
      SELECT 'slack', delivery_id, delivered_at FROM slack_desk_deliveries;
    DROP TABLE slack_desk_cards;
    DROP TABLE slack_desk_deliveries;`,
  },
];
