import { describe, expect, it } from 'vitest';
import { migrate, openSqlDatabase } from '../../store/sql-database.js';
import { lifecycleMutation } from '../lifecycle.js';
import type { NewTicket } from '../ticket.js';
import { ESCALATION_MIGRATIONS, ESCALATION_MODULE } from './escalation-migrations.js';
import { SqliteOutbox } from './sqlite-outbox.js';
import { SqliteTicketStore } from './sqlite-ticket-store.js';

const draft: NewTicket = {
  requester: { platform: 'slack', userId: 'U-REQ' },
  origin: { kind: 'request' },
  subject: 'A visitor',
  note: '',
  priority: 'low',
};
const T0 = new Date('2026-06-01T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

async function setup() {
  const db = openSqlDatabase(':memory:');
  migrate(db, ESCALATION_MODULE, ESCALATION_MIGRATIONS);
  const store = new SqliteTicketStore(db, { route: () => ['webhook'] });
  const outbox = new SqliteOutbox(db);
  const { ticket } = await store.submit({ key: 'k', ticket: draft, now: T0 });
  await store.update(ticket.id, 'a', lifecycleMutation({ kind: 'claim' }, { platform: 'slack', userId: 'D' }, T0), T0);
  const claim = (owner: string, now: Date, leaseMs = 1_000) =>
    outbox.claim({ owner, sinks: ['webhook'], limit: 10, leaseMs, now });
  return { outbox, claim, ticketId: ticket.id };
}

describe('SqliteOutbox', () => {
  it('hands out one event per ticket and sink at a time, oldest first', async () => {
    const { outbox, claim } = await setup();
    const first = await claim('w1', T0);
    expect(first.map((delivery) => [delivery.event.type, delivery.attempt])).toEqual([['ticket.created', 1]]);
    expect(await claim('w2', T0)).toEqual([]);
    await outbox.markDelivered(first[0]!.id, T0);
    expect((await claim('w2', T0)).map((delivery) => delivery.event.type)).toEqual(['ticket.claimed']);
  });

  it('gives a crashed worker’s lease to another worker once it expires', async () => {
    const { outbox, claim } = await setup();
    const [leased] = await claim('crashed', T0, 1_000);
    expect(await claim('w2', at(999))).toEqual([]);
    expect(await outbox.nextDueAt(['webhook'])).toEqual(at(1_000));
    const [taken] = await claim('w2', at(1_000));
    expect(taken).toMatchObject({ id: leased!.id, attempt: 2 });
    // The crashed worker's late failure report is ignored: the lease is no longer its own.
    expect(await outbox.markFailed(leased!.id, 'crashed', { reason: 'late', retryAt: at(5_000) })).toBe(false);
    expect(await outbox.markFailed(taken!.id, 'w2', { reason: 'http-503', retryAt: at(5_000) })).toBe(true);
    expect(await claim('w3', at(4_999))).toEqual([]);
    expect(await claim('w3', at(5_000))).toHaveLength(1);
  });

  it('records a late success even after the lease moved on, so the event is not sent again needlessly', async () => {
    const { outbox, claim } = await setup();
    const [leased] = await claim('slow', T0, 1_000);
    await claim('w2', at(1_000));
    await outbox.markDelivered(leased!.id, at(1_100));
    expect((await outbox.list({ states: ['delivered'] })).map((row) => row.id)).toEqual([leased!.id]);
  });

  it('dead-letters, lets later events through, and requeues the dead on request', async () => {
    const { outbox, claim } = await setup();
    const [first] = await claim('w', T0);
    await outbox.markFailed(first!.id, 'w', { reason: 'http-410' });
    expect(await outbox.list({ states: ['dead'] })).toMatchObject([
      { id: first!.id, attempts: 1, lastError: 'http-410' },
    ]);
    const [second] = await claim('w', T0);
    expect(second?.event.type).toBe('ticket.claimed');
    await outbox.markDelivered(second!.id, T0);
    expect(await outbox.openCount(['webhook'])).toBe(0);
    expect(await outbox.requeueDead(T0)).toBe(1);
    expect(await outbox.openCount(['webhook'])).toBe(1);
    expect(await outbox.counts()).toEqual({ pending: 1, in_flight: 0, delivered: 1, dead: 0 });
  });

  it('only serves the sinks asked for', async () => {
    const { outbox } = await setup();
    expect(await outbox.claim({ owner: 'w', sinks: ['email'], limit: 10, leaseMs: 1_000, now: T0 })).toEqual([]);
    expect(await outbox.openCount(['email'])).toBe(0);
    expect(await outbox.nextDueAt(['email'])).toBeUndefined();
  });
});
