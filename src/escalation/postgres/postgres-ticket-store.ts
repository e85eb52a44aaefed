// The ticket store on PostgreSQL, shared by every replica. Each write is one transaction (ticket, audit entries,
// outbox rows); a submission key is locked for the transaction, so the same submission on two replicas files one
// ticket; an update locks the ticket row, so concurrent actions on one ticket apply one after the other.
import type pg from 'pg';
import type { PostgresDatabase } from '../../store/postgres/postgres-database.js';
import type { AuditEntry, Ticket } from '../ticket.js';
import { type TicketEventType, ticketEvent } from '../ticket-event.js';
import { formatTicketId } from '../ticket-id.js';
import { bodyOf, createdTicket, patchedTicket, storedTicket, type TicketBody } from '../ticket-record.js';
import type { Mutation, Submission, TicketQuery, TicketStore, UpdateOutcome } from '../ticket-store.js';
import { insertOutboxRows } from './postgres-outbox.js';

interface TicketRow {
  id: string;
  status: Ticket['status'];
  created_at: Date;
  updated_at: Date;
  closed_at: Date | null;
  body: TicketBody;
}

const TICKET_COLUMNS = 'id, status, created_at, updated_at, closed_at, body';

export interface PostgresTicketStoreOptions {
  /** The sinks that get an outbox row for an event of this type. */
  route: (type: TicketEventType) => readonly string[];
}

export class PostgresTicketStore implements TicketStore {
  /** `ready` resolves once the tables exist (migrating on first use, and again after a failure); every call waits. */
  constructor(
    private readonly database: PostgresDatabase,
    private readonly ready: () => Promise<unknown>,
    private readonly options: PostgresTicketStoreOptions,
  ) {}

  async submit(submission: Submission): Promise<{ ticket: Ticket; created: boolean }> {
    await this.ready();
    return this.database.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        `ticket-submission:${submission.key}`,
      ]);
      const existing = await client.query<{ id: string }>('SELECT id FROM tickets WHERE submission_key = $1', [
        submission.key,
      ]);
      if (existing.rows[0]) return { ticket: (await read(client, existing.rows[0].id))!, created: false };

      const year = submission.now.getUTCFullYear();
      const { rows } = await client.query<{ last_sequence: number }>(
        `INSERT INTO ticket_sequences (year, last_sequence) VALUES ($1, 1)
         ON CONFLICT (year) DO UPDATE SET last_sequence = ticket_sequences.last_sequence + 1 RETURNING last_sequence`,
        [year],
      );
      const ticket = createdTicket(submission.ticket, formatTicketId(year, rows[0]!.last_sequence), submission.now);
      await client.query(
        `INSERT INTO tickets (id, submission_key, requester_platform, requester_user_id, status, created_at, updated_at, body)
         VALUES ($1, $2, $3, $4, 'new', $5, $5, $6::jsonb)`,
        [
          ticket.id,
          submission.key,
          ticket.requester.platform,
          ticket.requester.userId,
          submission.now,
          JSON.stringify(bodyOf(ticket)),
        ],
      );
      await this.appendEntries(client, ticket, 0, submission.now);
      return { ticket, created: true };
    });
  }

  async get(id: string): Promise<Ticket | undefined> {
    await this.ready();
    return read(this.database.pool, id);
  }

  async list(query: TicketQuery): Promise<Ticket[]> {
    await this.ready();
    const { rows } = await this.database.pool.query<TicketRow>(
      `SELECT ${TICKET_COLUMNS} FROM tickets
       WHERE ($1::text IS NULL OR (requester_platform = $1 AND requester_user_id = $2))
       AND (NOT $3 OR status <> 'closed') ORDER BY created_at DESC, id DESC LIMIT $4`,
      [query.requester?.platform ?? null, query.requester?.userId ?? null, query.openOnly ?? false, query.limit ?? 200],
    );
    const audits = await auditsOf(
      this.database.pool,
      rows.map((row) => row.id),
    );
    return rows.map((row) => ticketOf(row, audits.get(row.id) ?? []));
  }

  async update(id: string, actionKey: string, mutate: Mutation, now: Date): Promise<UpdateOutcome> {
    await this.ready();
    return this.database.transaction(async (client): Promise<UpdateOutcome> => {
      const ticket = await read(client, id, { lock: true });
      if (!ticket) return { kind: 'not-found' };
      const applied = await client.query('SELECT 1 FROM ticket_actions WHERE action_key = $1', [actionKey]);
      if (applied.rowCount) return { kind: 'replayed', ticket };
      const result = mutate(ticket);
      if (!result.ok) return { kind: 'rejected', message: result.message, ticket };

      const updated = patchedTicket(ticket, result.patch, result.entries, now);
      await client.query(
        'UPDATE tickets SET status = $1, updated_at = $2, closed_at = $3, body = $4::jsonb WHERE id = $5',
        [updated.status, now, updated.closedAt ?? null, JSON.stringify(bodyOf(updated)), id],
      );
      await client.query('INSERT INTO ticket_actions (action_key, ticket_id, applied_at) VALUES ($1, $2, $3)', [
        actionKey,
        id,
        now,
      ]);
      await this.appendEntries(client, updated, ticket.audit.length, now);
      return { kind: 'updated', ticket: updated, entries: result.entries };
    });
  }

  async purgeClosedBefore(cutoff: Date): Promise<number> {
    await this.ready();
    // Audit entries, applied actions and outbox rows go with the ticket (ON DELETE CASCADE).
    const result = await this.database.pool.query(
      "DELETE FROM tickets WHERE status = 'closed' AND closed_at IS NOT NULL AND closed_at < $1",
      [cutoff],
    );
    return result.rowCount ?? 0;
  }

  /** Inserts the audit entries from `from` on, and one outbox row per routed sink for each. */
  private async appendEntries(client: pg.PoolClient, ticket: Ticket, from: number, now: Date): Promise<void> {
    const positions = ticket.audit.map((_, position) => position).slice(from);
    if (positions.length === 0) return;
    await client.query(
      `INSERT INTO ticket_audit (ticket_id, position, entry)
       SELECT $1, entry.position, entry.body FROM unnest($2::int[], $3::jsonb[]) AS entry (position, body)`,
      [ticket.id, positions, positions.map((position) => JSON.stringify(ticket.audit[position]))],
    );
    for (const position of positions) {
      const event = ticketEvent(ticket, position);
      await insertOutboxRows(client, event, this.options.route(event.type), now);
    }
  }
}

async function read(client: pg.Pool | pg.PoolClient, id: string, options: { lock?: boolean } = {}) {
  const { rows } = await client.query<TicketRow>(
    `SELECT ${TICKET_COLUMNS} FROM tickets WHERE id = $1${options.lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  const row = rows[0];
  if (!row) return undefined;
  return ticketOf(row, (await auditsOf(client, [id])).get(id) ?? []);
}

async function auditsOf(client: pg.Pool | pg.PoolClient, ids: string[]): Promise<Map<string, AuditEntry[]>> {
  const audits = new Map<string, AuditEntry[]>();
  if (ids.length === 0) return audits;
  const { rows } = await client.query<{ ticket_id: string; entry: AuditEntry }>(
    'SELECT ticket_id, entry FROM ticket_audit WHERE ticket_id = ANY($1::text[]) ORDER BY ticket_id, position',
    [ids],
  );
  for (const row of rows) {
    const list = audits.get(row.ticket_id) ?? [];
    list.push(row.entry);
    audits.set(row.ticket_id, list);
  }
  return audits;
}

function ticketOf(row: TicketRow, audit: AuditEntry[]): Ticket {
  return storedTicket(
    {
      id: row.id,
      status: row.status,
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
      closedAt: row.closed_at?.toISOString(),
      body: row.body,
    },
    audit,
  );
}
