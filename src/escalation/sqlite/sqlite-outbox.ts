// The outbox on SQLite: leases with expiry so a crashed worker's deliveries are picked up again.
import { randomUUID } from 'node:crypto';
import type { SqlDatabase } from '../../store/sql-database.js';
import type { ClaimRequest, Delivery, DeliveryState, Outbox, OutboxRow } from '../delivery/outbox.js';
import type { TicketEvent } from '../ticket-event.js';

interface Row {
  seq: number;
  id: string;
  ticket_id: string;
  sink: string;
  event_type: string;
  payload: string;
  state: DeliveryState;
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}

/** Writes one row per sink for an event; called inside the ticket store's transaction. */
export function insertOutboxRows(db: SqlDatabase, event: TicketEvent, sinks: readonly string[], now: Date): void {
  const insert = db.prepare(
    'INSERT INTO ticket_outbox (id, ticket_id, sink, event_type, payload, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const payload = JSON.stringify(event);
  for (const sink of sinks) {
    insert.run(
      `msg_${randomUUID().replaceAll('-', '')}`,
      event.ticket.id,
      sink,
      event.type,
      payload,
      now.getTime(),
      now.toISOString(),
    );
  }
}

const DUE = `((o.state = 'pending' AND o.next_attempt_at <= @now) OR (o.state = 'in_flight' AND o.lease_expires_at <= @now))`;
const FIRST_OPEN = `NOT EXISTS (SELECT 1 FROM ticket_outbox p WHERE p.ticket_id = o.ticket_id AND p.sink = o.sink
  AND p.seq < o.seq AND p.state IN ('pending', 'in_flight'))`;
const IN_SINKS = 'o.sink IN (SELECT value FROM json_each(@sinks))';

export class SqliteOutbox implements Outbox {
  constructor(private readonly db: SqlDatabase) {}

  async claim(request: ClaimRequest): Promise<Delivery[]> {
    const now = request.now.getTime();
    const rows = this.db
      .prepare(
        `UPDATE ticket_outbox SET state = 'in_flight', lease_owner = @owner, lease_expires_at = @expires, attempts = attempts + 1
         WHERE seq IN (SELECT o.seq FROM ticket_outbox o WHERE ${IN_SINKS} AND ${DUE} AND ${FIRST_OPEN} ORDER BY o.seq LIMIT @limit)
         RETURNING id, ticket_id, sink, attempts, payload`,
      )
      .all({
        owner: request.owner,
        expires: now + request.leaseMs,
        now,
        limit: request.limit,
        sinks: JSON.stringify(request.sinks),
      }) as Pick<Row, 'id' | 'ticket_id' | 'sink' | 'attempts' | 'payload'>[];
    return rows.map((row) => ({
      id: row.id,
      sink: row.sink,
      ticketId: row.ticket_id,
      attempt: row.attempts,
      event: JSON.parse(row.payload) as TicketEvent,
    }));
  }

  async markDelivered(id: string, now: Date): Promise<void> {
    // Whoever holds the lease now, the event has reached the sink: record it, so it is not sent again needlessly.
    this.db
      .prepare(
        `UPDATE ticket_outbox SET state = 'delivered', delivered_at = ?, lease_owner = NULL, lease_expires_at = NULL, last_error = NULL
         WHERE id = ? AND state <> 'delivered'`,
      )
      .run(now.toISOString(), id);
  }

  async markFailed(id: string, owner: string, failure: { retryAt?: Date; reason: string }): Promise<boolean> {
    const result = this.db
      .prepare(
        `UPDATE ticket_outbox SET state = @state, next_attempt_at = @retryAt, lease_owner = NULL, lease_expires_at = NULL, last_error = @reason
         WHERE id = @id AND lease_owner = @owner AND state = 'in_flight'`,
      )
      .run({
        id,
        owner,
        state: failure.retryAt ? 'pending' : 'dead',
        retryAt: failure.retryAt?.getTime() ?? 0,
        reason: failure.reason.slice(0, 80),
      });
    return result.changes > 0;
  }

  async openCount(sinks: readonly string[]): Promise<number> {
    const row = this.db
      .prepare(`SELECT COUNT(*) AS n FROM ticket_outbox o WHERE ${IN_SINKS} AND o.state IN ('pending', 'in_flight')`)
      .get({ sinks: JSON.stringify(sinks) }) as { n: number };
    return row.n;
  }

  async nextDueAt(sinks: readonly string[]): Promise<Date | undefined> {
    const row = this.db
      .prepare(
        `SELECT MIN(CASE WHEN o.state = 'pending' THEN o.next_attempt_at ELSE o.lease_expires_at END) AS due
         FROM ticket_outbox o WHERE ${IN_SINKS} AND o.state IN ('pending', 'in_flight') AND ${FIRST_OPEN}`,
      )
      .get({ sinks: JSON.stringify(sinks) }) as { due: number | null };
    return row.due === null ? undefined : new Date(row.due);
  }

  async list(filter: { states?: readonly DeliveryState[]; ticketId?: string }): Promise<OutboxRow[]> {
    const rows = this.db
      .prepare(
        `SELECT * FROM ticket_outbox WHERE (@states IS NULL OR state IN (SELECT value FROM json_each(@states)))
         AND (@ticketId IS NULL OR ticket_id = @ticketId) ORDER BY seq`,
      )
      .all({
        states: filter.states ? JSON.stringify(filter.states) : null,
        ticketId: filter.ticketId ?? null,
      }) as Row[];
    return rows.map((row) => ({
      id: row.id,
      ticketId: row.ticket_id,
      sink: row.sink,
      eventType: row.event_type,
      state: row.state,
      attempts: row.attempts,
      nextAttemptAt: row.state === 'pending' ? new Date(row.next_attempt_at).toISOString() : undefined,
      lastError: row.last_error ?? undefined,
      createdAt: row.created_at,
      deliveredAt: row.delivered_at ?? undefined,
    }));
  }

  async counts(): Promise<Record<DeliveryState, number>> {
    const counts: Record<DeliveryState, number> = { pending: 0, in_flight: 0, delivered: 0, dead: 0 };
    const rows = this.db.prepare('SELECT state, COUNT(*) AS n FROM ticket_outbox GROUP BY state').all() as {
      state: DeliveryState;
      n: number;
    }[];
    for (const row of rows) counts[row.state] = row.n;
    return counts;
  }

  async requeueDead(now: Date): Promise<number> {
    return this.db
      .prepare(
        `UPDATE ticket_outbox SET state = 'pending', attempts = 0, next_attempt_at = ?, last_error = NULL WHERE state = 'dead'`,
      )
      .run(now.getTime()).changes;
  }
}
