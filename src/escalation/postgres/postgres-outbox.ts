// The outbox on PostgreSQL, shared by every replica: rows are claimed with FOR UPDATE SKIP LOCKED and a lease, so
// two workers never take the same row, and a crashed replica's rows are taken over when its lease runs out.
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../store/postgres/postgres-database.js';
import type { ClaimRequest, Delivery, DeliveryState, Outbox, OutboxRow } from '../delivery/outbox.js';
import type { TicketEvent } from '../ticket-event.js';
import { OUTBOX_CHANNEL } from './escalation-migrations.js';

interface Row {
  seq: string;
  id: string;
  ticket_id: string;
  sink: string;
  event_type: string;
  payload: TicketEvent;
  state: DeliveryState;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  created_at: Date;
  delivered_at: Date | null;
}

/** Writes one row per sink for an event, in the caller's transaction; the NOTIFY goes out when it commits. */
export async function insertOutboxRows(
  client: Queryable,
  event: TicketEvent,
  sinks: readonly string[],
  now: Date,
): Promise<void> {
  if (sinks.length === 0) return;
  await client.query(
    `INSERT INTO ticket_outbox (id, ticket_id, sink, event_type, payload, next_attempt_at, created_at)
     SELECT row.id, $3, row.sink, $4, $5::jsonb, $6, $6
     FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS row (id, sink, position) ORDER BY row.position`,
    [
      sinks.map(() => `msg_${randomUUID().replaceAll('-', '')}`),
      sinks,
      event.ticket.id,
      event.type,
      JSON.stringify(event),
      now,
    ],
  );
  await client.query("SELECT pg_notify($1, '')", [OUTBOX_CHANNEL]);
}

const DUE = `((o.state = 'pending' AND o.next_attempt_at <= $2) OR (o.state = 'in_flight' AND o.lease_expires_at <= $2))`;
/** Per ticket and sink only the oldest undelivered row is handed out, so a sink sees a ticket's events in order. */
const FIRST_OPEN = `NOT EXISTS (SELECT 1 FROM ticket_outbox p WHERE p.ticket_id = o.ticket_id AND p.sink = o.sink
  AND p.seq < o.seq AND p.state IN ('pending', 'in_flight'))`;

export class PostgresOutbox implements Outbox {
  /** `ready` resolves once the tables exist (migrating on first use, and again after a failure); every call waits. */
  constructor(
    private readonly pool: Queryable,
    private readonly ready: () => Promise<unknown>,
  ) {}

  async claim(request: ClaimRequest): Promise<Delivery[]> {
    await this.ready();
    // A row another worker is claiming right now is locked: skip it rather than wait, and take the next one.
    const { rows } = await this.pool.query<Pick<Row, 'seq' | 'id' | 'ticket_id' | 'sink' | 'attempts' | 'payload'>>(
      `WITH due AS (
         SELECT o.seq FROM ticket_outbox o
         WHERE o.sink = ANY($1::text[]) AND ${DUE} AND ${FIRST_OPEN}
         ORDER BY o.seq LIMIT $3
         FOR UPDATE OF o SKIP LOCKED
       )
       UPDATE ticket_outbox t
       SET state = 'in_flight', lease_owner = $4, lease_expires_at = $5, attempts = t.attempts + 1
       FROM due WHERE t.seq = due.seq
       RETURNING t.seq, t.id, t.ticket_id, t.sink, t.attempts, t.payload`,
      [request.sinks, request.now, request.limit, request.owner, new Date(request.now.getTime() + request.leaseMs)],
    );
    return rows
      .sort((a, b) => Number(a.seq) - Number(b.seq))
      .map((row) => ({
        id: row.id,
        sink: row.sink,
        ticketId: row.ticket_id,
        attempt: row.attempts,
        event: row.payload,
      }));
  }

  async markDelivered(id: string, now: Date): Promise<void> {
    await this.ready();
    // Whoever holds the lease now, the event has reached the sink: record it, so it is not sent again needlessly.
    await this.pool.query(
      `UPDATE ticket_outbox SET state = 'delivered', delivered_at = $1, lease_owner = NULL, lease_expires_at = NULL,
       last_error = NULL WHERE id = $2 AND state <> 'delivered'`,
      [now, id],
    );
  }

  async markFailed(id: string, owner: string, failure: { retryAt?: Date; reason: string }): Promise<boolean> {
    await this.ready();
    const result = await this.pool.query(
      `UPDATE ticket_outbox SET state = $1, next_attempt_at = $2, lease_owner = NULL, lease_expires_at = NULL,
       last_error = $3 WHERE id = $4 AND lease_owner = $5 AND state = 'in_flight'`,
      [failure.retryAt ? 'pending' : 'dead', failure.retryAt ?? new Date(0), failure.reason.slice(0, 80), id, owner],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async openCount(sinks: readonly string[]): Promise<number> {
    await this.ready();
    const { rows } = await this.pool.query<{ n: number }>(
      `SELECT COUNT(*)::int AS n FROM ticket_outbox WHERE sink = ANY($1::text[]) AND state IN ('pending', 'in_flight')`,
      [sinks],
    );
    return rows[0]?.n ?? 0;
  }

  async nextDueAt(sinks: readonly string[]): Promise<Date | undefined> {
    await this.ready();
    const { rows } = await this.pool.query<{ due: Date | null }>(
      `SELECT MIN(CASE WHEN o.state = 'pending' THEN o.next_attempt_at ELSE o.lease_expires_at END) AS due
       FROM ticket_outbox o WHERE o.sink = ANY($1::text[]) AND o.state IN ('pending', 'in_flight') AND ${FIRST_OPEN}`,
      [sinks],
    );
    return rows[0]?.due ?? undefined;
  }

  async list(filter: { states?: readonly DeliveryState[]; ticketId?: string }): Promise<OutboxRow[]> {
    await this.ready();
    const { rows } = await this.pool.query<Row>(
      `SELECT * FROM ticket_outbox WHERE ($1::text[] IS NULL OR state = ANY($1::text[]))
       AND ($2::text IS NULL OR ticket_id = $2) ORDER BY seq`,
      [filter.states ?? null, filter.ticketId ?? null],
    );
    return rows.map((row) => ({
      id: row.id,
      ticketId: row.ticket_id,
      sink: row.sink,
      eventType: row.event_type,
      state: row.state,
      attempts: row.attempts,
      nextAttemptAt: row.state === 'pending' ? row.next_attempt_at.toISOString() : undefined,
      lastError: row.last_error ?? undefined,
      createdAt: row.created_at.toISOString(),
      deliveredAt: row.delivered_at?.toISOString(),
    }));
  }

  async counts(): Promise<Record<DeliveryState, number>> {
    await this.ready();
    const counts: Record<DeliveryState, number> = { pending: 0, in_flight: 0, delivered: 0, dead: 0 };
    const { rows } = await this.pool.query<{ state: DeliveryState; n: number }>(
      'SELECT state, COUNT(*)::int AS n FROM ticket_outbox GROUP BY state',
    );
    for (const row of rows) counts[row.state] = row.n;
    return counts;
  }

  async requeueDead(now: Date): Promise<number> {
    await this.ready();
    const result = await this.pool.query(
      `UPDATE ticket_outbox SET state = 'pending', attempts = 0, next_attempt_at = $1, last_error = NULL
       WHERE state = 'dead'`,
      [now],
    );
    if ((result.rowCount ?? 0) > 0) await this.pool.query("SELECT pg_notify($1, '')", [OUTBOX_CHANNEL]);
    return result.rowCount ?? 0;
  }
}
