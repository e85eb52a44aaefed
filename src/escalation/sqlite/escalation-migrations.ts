// The escalation tables in ressec.sqlite. Add a migration with the next number; never edit one that has shipped.
import type { Migration } from '../../store/sql-database.js';

export const ESCALATION_MODULE = 'escalation';

export const ESCALATION_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'tickets, audit trail, applied actions, outbox',
    sql: `
      CREATE TABLE ticket_sequences (year INTEGER PRIMARY KEY, last_sequence INTEGER NOT NULL);
      CREATE TABLE tickets (
        id TEXT PRIMARY KEY,
        submission_key TEXT NOT NULL UNIQUE,
        requester_platform TEXT NOT NULL,
        requester_user_id TEXT NOT NULL,
        status TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        closed_at TEXT,
        body TEXT NOT NULL
      );
      CREATE INDEX tickets_requester ON tickets (requester_platform, requester_user_id);
      CREATE INDEX tickets_status ON tickets (status, closed_at);
      CREATE TABLE ticket_audit (
        ticket_id TEXT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        entry TEXT NOT NULL,
        PRIMARY KEY (ticket_id, position)
      );
      CREATE TRIGGER ticket_audit_append_only BEFORE UPDATE ON ticket_audit
        BEGIN SELECT RAISE(ABORT, 'the ticket audit trail is append-only'); END;
      CREATE TABLE ticket_actions (
        action_key TEXT PRIMARY KEY,
        ticket_id TEXT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
        applied_at TEXT NOT NULL
      );
      CREATE TABLE ticket_outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        ticket_id TEXT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
        sink TEXT NOT NULL,
        event_type TEXT NOT NULL,
        payload TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        lease_owner TEXT,
        lease_expires_at INTEGER,
        last_error TEXT,
        created_at TEXT NOT NULL,
        delivered_at TEXT
      );
      CREATE INDEX ticket_outbox_due ON ticket_outbox (state, next_attempt_at);
      CREATE INDEX ticket_outbox_order ON ticket_outbox (ticket_id, sink, seq);
    `,
  },
];
