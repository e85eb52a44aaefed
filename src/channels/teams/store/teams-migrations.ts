// The Teams channel's tables: where each person and conversation is reached (conversation references, kept from
// validated activities only), on SQLite and on PostgreSQL. Each ticket's card in the desk channel moved to the
// runtime's desk_cards (shared with Slack, and on PostgreSQL with every replica).
import type { Migration } from '../../../store/sql-database.js';
import { SQLITE_DESK_CARD_MIGRATIONS } from '../../runtime/desk-cards/desk-card-migrations.js';

export const TEAMS_MODULE = 'teams';

export const TEAMS_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'references-and-desk-cards',
    sql: `CREATE TABLE IF NOT EXISTS teams_people (
      user_id TEXT PRIMARY KEY,
      member_id TEXT NOT NULL,
      service_url TEXT NOT NULL,
      tenant_id TEXT,
      personal_conversation TEXT,
      updated_at INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS teams_conversations (
      conversation_id TEXT PRIMARY KEY,
      service_url TEXT NOT NULL,
      tenant_id TEXT,
      updated_at INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS teams_desk_cards (
      ticket_id TEXT PRIMARY KEY,
      conversation_id TEXT NOT NULL,
      root_id TEXT NOT NULL,
      card_version TEXT NOT NULL,
      lines_posted INTEGER NOT NULL,
      created_at INTEGER NOT NULL
    );
    CREATE UNIQUE INDEX IF NOT EXISTS teams_desk_cards_root ON teams_desk_cards (conversation_id, root_id);`,
  },
  {
    version: 2,
    name: 'desk-cards-moved-to-runtime',
    // The runtime's tables are made here too (if not there yet), so this runs whichever module migrates first.
    sql: `${SQLITE_DESK_CARD_MIGRATIONS.map((migration) => migration.sql).join('\n')}
    INSERT OR IGNORE INTO desk_cards (platform, ticket_id, conversation_id, message_id, card_version, lines_posted, created_at)
      SELECT 'teams', ticket_id, conversation_id, root_id, card_version, lines_posted, created_at FROM teams_desk_cards;
    DROP TABLE teams_desk_cards;`,
  },
];

export const POSTGRES_TEAMS_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'conversation-references',
    sql: `CREATE TABLE teams_people (
      user_id TEXT PRIMARY KEY,
      member_id TEXT NOT NULL,
      service_url TEXT NOT NULL,
      tenant_id TEXT,
      personal_conversation TEXT,
      updated_at BIGINT NOT NULL
    );
    CREATE TABLE teams_conversations (
      conversation_id TEXT PRIMARY KEY,
      service_url TEXT NOT NULL,
      tenant_id TEXT,
      updated_at BIGINT NOT NULL
    );`,
  },
];
