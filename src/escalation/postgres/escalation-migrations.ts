// The escalation tables on PostgreSQL: the same shape as on SQLite (see ../sqlite/escalation-migrations.ts), in
// PostgreSQL's types. Add a migration with the next number; never edit one that has shipped.
import type { Migration } from '../../store/sql-database.js';

/** Sent (on commit) whenever outbox rows are written, so delivery workers on every replica wake up. */
export const OUTBOX_CHANNEL = 'ressec_outbox';

export const POSTGRES_ESCALATION_MIGRATIONS: readonly Migration[] = [
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
        created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        closed_at TIMESTAMPTZ,
        body JSONB NOT NULL
      );
      CREATE INDEX tickets_requester ON tickets (requester_platform, requester_user_id);
      CREATE INDEX tickets_status ON tickets (status, closed_at);
      CREATE TABLE ticket_audit (
        ticket_id TEXT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        entry JSONB NOT NULL,
        PRIMARY KEY (ticket_id, position)
      );
      CREATE FUNCTION ticket_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'the ticket audit trail is append-only'; END;
      $$;
      CREATE TRIGGER ticket_audit_append_only BEFORE UPDATE ON ticket_audit
        FOR EACH ROW EXECUTE FUNCTION ticket_audit_append_only();
      CREATE TABLE ticket_actions (
        action_key TEXT PRIMARY KEY,
        ticket_id TEXT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
        applied_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX ticket_actions_ticket ON ticket_actions (ticket_id);
      CREATE TABLE ticket_outbox (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        ticket_id TEXT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
        sink TEXT NOT NULL,
        event_type TEXT NOT NULL,
        payload JSONB NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TIMESTAMPTZ NOT NULL,
        lease_owner TEXT,
        lease_expires_at TIMESTAMPTZ,
        last_error TEXT,
        created_at TIMESTAMPTZ NOT NULL,
        delivered_at TIMESTAMPTZ
      );
      CREATE INDEX ticket_outbox_due ON ticket_outbox (state, next_attempt_at);
      CREATE INDEX ticket_outbox_order ON ticket_outbox (ticket_id, sink, seq);
    `,
  },
];
