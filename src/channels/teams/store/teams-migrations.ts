// The Teams channel's tables in the shared SQL file: where each person and conversation is reached (conversation
// references, kept from validated activities only), and each ticket's card in the desk channel.
import type { Migration } from '../../../store/sql-database.js';

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
];
