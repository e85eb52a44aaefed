// The ticket store on SQLite. Every write is one IMMEDIATE transaction: ticket, audit entries, outbox rows together.
import type { SqlDatabase } from '../../store/sql-database.js';
import type { AuditEntry, Ticket } from '../ticket.js';
import { type TicketEventType, ticketEvent } from '../ticket-event.js';
import { formatTicketId } from '../ticket-id.js';
import { bodyOf, createdTicket, patchedTicket, storedTicket, type TicketBody } from '../ticket-record.js';
import type { Mutation, Submission, TicketQuery, TicketStore, UpdateOutcome } from '../ticket-store.js';
import { insertOutboxRows } from './sqlite-outbox.js';

interface TicketRow {
  id: string;
  status: Ticket['status'];
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  body: string;
}

export interface SqliteTicketStoreOptions {
  /** The sinks that get an outbox row for an event of this type. */
  route: (type: TicketEventType) => readonly string[];
}

export class SqliteTicketStore implements TicketStore {
  constructor(
    private readonly db: SqlDatabase,
    private readonly options: SqliteTicketStoreOptions,
  ) {}

  async submit(submission: Submission): Promise<{ ticket: Ticket; created: boolean }> {
    const run = this.db.transaction(() => {
      const existing = this.db.prepare('SELECT id FROM tickets WHERE submission_key = ?').get(submission.key) as
        | { id: string }
        | undefined;
      if (existing) return { ticket: this.read(existing.id)!, created: false };

      const at = submission.now.toISOString();
      const year = submission.now.getUTCFullYear();
      const { last_sequence: sequence } = this.db
        .prepare(
          `INSERT INTO ticket_sequences (year, last_sequence) VALUES (?, 1)
           ON CONFLICT (year) DO UPDATE SET last_sequence = last_sequence + 1 RETURNING last_sequence`,
        )
        .get(year) as { last_sequence: number };
      const ticket = createdTicket(submission.ticket, formatTicketId(year, sequence), submission.now);
      this.db
        .prepare(
          `INSERT INTO tickets (id, submission_key, requester_platform, requester_user_id, status, created_at, updated_at, body)
           VALUES (?, ?, ?, ?, 'new', ?, ?, ?)`,
        )
        .run(
          ticket.id,
          submission.key,
          ticket.requester.platform,
          ticket.requester.userId,
          at,
          at,
          JSON.stringify(bodyOf(ticket)),
        );
      this.appendEntries(ticket, 0, submission.now);
      return { ticket, created: true };
    });
    return run.immediate();
  }

  async get(id: string): Promise<Ticket | undefined> {
    return this.read(id);
  }

  async list(query: TicketQuery): Promise<Ticket[]> {
    const rows = this.db
      .prepare(
        `SELECT id FROM tickets WHERE (@platform IS NULL OR (requester_platform = @platform AND requester_user_id = @userId))
         AND (@openOnly = 0 OR status <> 'closed') ORDER BY created_at DESC, id DESC LIMIT @limit`,
      )
      .all({
        platform: query.requester?.platform ?? null,
        userId: query.requester?.userId ?? null,
        openOnly: query.openOnly ? 1 : 0,
        limit: query.limit ?? 200,
      }) as { id: string }[];
    return rows.map((row) => this.read(row.id)).filter((ticket): ticket is Ticket => ticket !== undefined);
  }

  async update(id: string, actionKey: string, mutate: Mutation, now: Date): Promise<UpdateOutcome> {
    const run = this.db.transaction((): UpdateOutcome => {
      const ticket = this.read(id);
      if (!ticket) return { kind: 'not-found' };
      const applied = this.db.prepare('SELECT ticket_id FROM ticket_actions WHERE action_key = ?').get(actionKey);
      if (applied) return { kind: 'replayed', ticket };
      const result = mutate(ticket);
      if (!result.ok) return { kind: 'rejected', message: result.message, ticket };

      const updated = patchedTicket(ticket, result.patch, result.entries, now);
      this.db
        .prepare('UPDATE tickets SET status = ?, updated_at = ?, closed_at = ?, body = ? WHERE id = ?')
        .run(updated.status, updated.updatedAt, updated.closedAt ?? null, JSON.stringify(bodyOf(updated)), id);
      this.db
        .prepare('INSERT INTO ticket_actions (action_key, ticket_id, applied_at) VALUES (?, ?, ?)')
        .run(actionKey, id, updated.updatedAt);
      this.appendEntries(updated, ticket.audit.length, now);
      return { kind: 'updated', ticket: updated, entries: result.entries };
    });
    return run.immediate();
  }

  async purgeClosedBefore(cutoff: Date): Promise<number> {
    const purged = this.db
      .prepare("DELETE FROM tickets WHERE status = 'closed' AND closed_at IS NOT NULL AND closed_at < ?")
      .run(cutoff.toISOString()).changes;
    // The write-ahead log still holds the deleted tickets until it is checkpointed and truncated.
    if (purged > 0) this.db.pragma('wal_checkpoint(TRUNCATE)');
    return purged;
  }

  /** Inserts the audit entries from `from` on, and one outbox row per routed sink for each. */
  private appendEntries(ticket: Ticket, from: number, now: Date): void {
    const insert = this.db.prepare('INSERT INTO ticket_audit (ticket_id, position, entry) VALUES (?, ?, ?)');
    for (let position = from; position < ticket.audit.length; position += 1) {
      insert.run(ticket.id, position, JSON.stringify(ticket.audit[position]));
      const event = ticketEvent(ticket, position);
      insertOutboxRows(this.db, event, this.options.route(event.type), now);
    }
  }

  private read(id: string): Ticket | undefined {
    const row = this.db
      .prepare('SELECT id, status, created_at, updated_at, closed_at, body FROM tickets WHERE id = ?')
      .get(id) as TicketRow | undefined;
    if (!row) return undefined;
    const audit = (
      this.db.prepare('SELECT entry FROM ticket_audit WHERE ticket_id = ? ORDER BY position').all(id) as {
        entry: string;
      }[]
    ).map((entry) => JSON.parse(entry.entry) as AuditEntry);
    return storedTicket(
      {
        id: row.id,
        status: row.status,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        closedAt: row.closed_at ?? undefined,
        body: JSON.parse(row.body) as TicketBody,
      },
      audit,
    );
  }
}
