// The ticket store and outbox contract, run against SQLite and a real PostgreSQL alike. The last block runs several
// replicas (separate connections) on one database at once: what several processes need from the store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lifecycleMutation } from '../../src/escalation/lifecycle.js';
import type { NewTicket } from '../../src/escalation/ticket.js';
import { ESCALATION_BACKENDS, type EscalationDatabase, type Route } from './escalation-backends.js';

const draft: NewTicket = {
  requester: { platform: 'slack', userId: 'U-REQ', name: 'Rita' },
  origin: { kind: 'request' },
  subject: 'A visitor',
  note: 'Details',
  priority: 'medium',
};
const desk = { platform: 'slack' as const, userId: 'U-DESK' };
const T0 = new Date('2026-06-01T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const toWebhook: Route = () => ['webhook'];

describe.each(ESCALATION_BACKENDS)('escalation store contract on $name', (backend) => {
  let database: EscalationDatabase;
  beforeEach(async () => {
    database = await backend.create();
  });
  afterEach(async () => {
    await database.close();
  });

  const twoSinks: Route = (type) => (type === 'ticket.note_added' ? ['file'] : ['file', 'webhook']);

  describe('ticket store', () => {
    it('numbers tickets per year and writes one outbox row per routed sink, in the same transaction', async () => {
      const { store, outbox } = await database.replica(twoSinks);
      const a = await store.submit({ key: 'k1', ticket: draft, now: new Date('2026-12-31T23:59:00Z') });
      const b = await store.submit({ key: 'k2', ticket: draft, now: new Date('2027-01-01T00:01:00Z') });
      const c = await store.submit({ key: 'k3', ticket: draft, now: new Date('2027-01-02T00:00:00Z') });
      expect([a.ticket.id, b.ticket.id, c.ticket.id]).toEqual(['RS-2026-0001', 'RS-2027-0001', 'RS-2027-0002']);
      expect(a.ticket).toMatchObject({
        status: 'new',
        audit: [{ action: 'created', to: 'new', actor: { role: 'requester' } }],
      });
      const rows = await outbox.list({ ticketId: 'RS-2026-0001' });
      expect(rows.map((row) => [row.sink, row.eventType, row.state])).toEqual([
        ['file', 'ticket.created', 'pending'],
        ['webhook', 'ticket.created', 'pending'],
      ]);
      expect(await store.get('RS-2027-0002')).toEqual(c.ticket);
    });

    it('returns the first ticket for a repeated submission key', async () => {
      const { store, outbox } = await database.replica(twoSinks);
      const first = await store.submit({ key: 'same', ticket: draft, now: T0 });
      const again = await store.submit({ key: 'same', ticket: { ...draft, subject: 'Other' }, now: T0 });
      expect(again).toEqual({ ticket: first.ticket, created: false });
      expect((await outbox.counts()).pending).toBe(2);
    });

    it('writes nothing when the ticket is invalid (the transaction rolls back)', async () => {
      const { store, outbox } = await database.replica(twoSinks);
      await expect(
        store.submit({ key: 'bad', ticket: { ...draft, note: 'x'.repeat(4_001) }, now: T0 }),
      ).rejects.toThrow();
      expect(await store.list({})).toEqual([]);
      expect((await outbox.counts()).pending).toBe(0);
      // The sequence did not advance either.
      const ok = await store.submit({ key: 'ok', ticket: draft, now: new Date('2026-01-01T00:00:00Z') });
      expect(ok.ticket.id).toBe('RS-2026-0001');
    });

    it('applies an action once per action key, appending audit entries and outbox rows', async () => {
      const { store, outbox } = await database.replica(twoSinks);
      const { ticket } = await store.submit({ key: 'k', ticket: draft, now: T0 });
      const claim = lifecycleMutation({ kind: 'claim' }, desk, T0);
      const updated = await store.update(ticket.id, 'turn-1', claim, at(1));
      expect(updated).toMatchObject({ kind: 'updated', ticket: { status: 'in_review', assignee: desk } });
      expect(await store.update(ticket.id, 'turn-1', claim, at(2))).toMatchObject({
        kind: 'replayed',
        ticket: { status: 'in_review' },
      });
      await store.update(ticket.id, 'turn-2', lifecycleMutation({ kind: 'note', text: 'n' }, desk, at(3)), at(3));
      const stored = await store.get(ticket.id);
      expect(stored?.audit.map((entry) => entry.action)).toEqual(['created', 'claimed', 'note_added']);
      expect(stored?.updatedAt).toBe(at(3).toISOString());
      expect((await outbox.list({ ticketId: ticket.id })).map((row) => `${row.sink}:${row.eventType}`)).toEqual([
        'file:ticket.created',
        'webhook:ticket.created',
        'file:ticket.claimed',
        'webhook:ticket.claimed',
        'file:ticket.note_added',
      ]);
      expect(await store.update('RS-2026-9999', 'turn-3', claim, T0)).toEqual({ kind: 'not-found' });
      const rejected = await store.update(ticket.id, 'turn-4', claim, T0);
      expect(rejected).toMatchObject({ kind: 'rejected', message: expect.stringMatching(/already assigned/) });
    });

    it('closes and reopens a ticket, keeping closedAt in step', async () => {
      const { store } = await database.replica(twoSinks);
      const { ticket } = await store.submit({ key: 'k', ticket: draft, now: T0 });
      await store.update(ticket.id, 'close', lifecycleMutation({ kind: 'close' }, desk, at(5)), at(5));
      expect(await store.get(ticket.id)).toMatchObject({ status: 'closed', closedAt: at(5).toISOString() });
      await store.update(
        ticket.id,
        'reopen',
        lifecycleMutation({ kind: 'status', to: 'in_review' }, desk, at(6)),
        at(6),
      );
      const reopened = await store.get(ticket.id);
      expect(reopened?.status).toBe('in_review');
      expect(reopened?.closedAt).toBeUndefined();
    });

    it('keeps the audit trail append-only', async () => {
      const { store } = await database.replica(twoSinks);
      const { ticket } = await store.submit({ key: 'k', ticket: draft, now: T0 });
      await expect(database.rewriteAudit(ticket.id)).rejects.toThrow(/append-only/);
    });

    it('lists a requester their own tickets, newest first, and the desk the open ones', async () => {
      const { store } = await database.replica(twoSinks);
      const now = new Date('2026-05-01T00:00:00Z');
      const mine = await store.submit({ key: 'a', ticket: draft, now });
      await store.submit({ key: 'b', ticket: { ...draft, requester: { platform: 'teams', userId: 'U-REQ' } }, now });
      const closed = await store.submit({ key: 'c', ticket: draft, now: new Date('2026-05-02T00:00:00Z') });
      await store.update(closed.ticket.id, 'close', lifecycleMutation({ kind: 'close' }, desk, now), now);
      const own = await store.list({ requester: { platform: 'slack', userId: 'U-REQ' } });
      expect(own.map((ticket) => ticket.id)).toEqual([closed.ticket.id, mine.ticket.id]);
      expect(own[1]).toEqual(await store.get(mine.ticket.id));
      expect((await store.list({ openOnly: true })).map((ticket) => ticket.id)).not.toContain(closed.ticket.id);
      expect(await store.list({ limit: 1 })).toHaveLength(1);
    });

    it('purges closed tickets past the cutoff with their audit, actions and outbox rows; open ones stay', async () => {
      const { store } = await database.replica(twoSinks);
      const old = new Date('2025-01-01T00:00:00Z');
      const closed = await store.submit({ key: 'old', ticket: draft, now: old });
      await store.update(closed.ticket.id, 'close-old', lifecycleMutation({ kind: 'close' }, desk, old), old);
      const open = await store.submit({ key: 'open', ticket: draft, now: old });
      expect(await store.purgeClosedBefore(new Date('2026-01-02T00:00:00Z'))).toBe(1);
      expect(await store.get(closed.ticket.id)).toBeUndefined();
      expect(await store.get(open.ticket.id)).toBeDefined();
      for (const table of ['ticket_audit', 'ticket_actions', 'ticket_outbox'] as const) {
        expect(await database.countRows(table, closed.ticket.id), table).toBe(0);
      }
    });
  });

  describe('outbox', () => {
    async function claimedTicket() {
      const { store, outbox } = await database.replica(toWebhook);
      const { ticket } = await store.submit({ key: 'k', ticket: { ...draft, note: '' }, now: T0 });
      await store.update(ticket.id, 'a', lifecycleMutation({ kind: 'claim' }, desk, T0), T0);
      const claim = (owner: string, now: Date, leaseMs = 1_000) =>
        outbox.claim({ owner, sinks: ['webhook'], limit: 10, leaseMs, now });
      return { outbox, claim, ticketId: ticket.id };
    }

    it('hands out one event per ticket and sink at a time, oldest first', async () => {
      const { outbox, claim } = await claimedTicket();
      const first = await claim('w1', T0);
      expect(first.map((delivery) => [delivery.event.type, delivery.attempt])).toEqual([['ticket.created', 1]]);
      expect(first[0]!.id).toMatch(/^msg_[0-9a-f]{32}$/);
      expect(first[0]!.event.ticket.subject).toBe('A visitor');
      expect(await claim('w2', T0)).toEqual([]);
      await outbox.markDelivered(first[0]!.id, T0);
      expect((await claim('w2', T0)).map((delivery) => delivery.event.type)).toEqual(['ticket.claimed']);
    });

    it('gives a crashed worker’s lease to another worker once it expires', async () => {
      const { outbox, claim } = await claimedTicket();
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
      const { outbox, claim } = await claimedTicket();
      const [leased] = await claim('slow', T0, 1_000);
      await claim('w2', at(1_000));
      await outbox.markDelivered(leased!.id, at(1_100));
      expect(await outbox.list({ states: ['delivered'] })).toMatchObject([
        { id: leased!.id, deliveredAt: at(1_100).toISOString() },
      ]);
    });

    it('dead-letters, lets later events through, and requeues the dead on request', async () => {
      const { outbox, claim } = await claimedTicket();
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
      expect(await outbox.list({ states: ['pending'] })).toMatchObject([
        { attempts: 0, nextAttemptAt: T0.toISOString() },
      ]);
    });

    it('only serves the sinks asked for', async () => {
      const { outbox } = await claimedTicket();
      expect(await outbox.claim({ owner: 'w', sinks: ['email'], limit: 10, leaseMs: 1_000, now: T0 })).toEqual([]);
      expect(await outbox.openCount(['email'])).toBe(0);
      expect(await outbox.nextDueAt(['email'])).toBeUndefined();
    });
  });

  describe('several replicas on one database', () => {
    it('files one ticket for a submission sent to three replicas at once, and numbers the rest uniquely', async () => {
      const replicas = await Promise.all([1, 2, 3].map(() => database.replica(toWebhook)));
      const same = await Promise.all(replicas.map(({ store }) => store.submit({ key: 'one', ticket: draft, now: T0 })));
      expect(new Set(same.map((result) => result.ticket.id)).size).toBe(1);
      expect(same.filter((result) => result.created)).toHaveLength(1);
      const many = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          replicas[i % 3]!.store.submit({ key: `key-${i}`, ticket: draft, now: T0 }),
        ),
      );
      const ids = many.map((result) => result.ticket.id).sort();
      expect(ids).toEqual(Array.from({ length: 30 }, (_, i) => `RS-2026-${String(i + 2).padStart(4, '0')}`));
      expect((await replicas[0]!.outbox.counts()).pending).toBe(31);
    });

    it('applies concurrent actions on one ticket one after the other, each exactly once', async () => {
      const replicas = await Promise.all([1, 2, 3].map(() => database.replica(toWebhook)));
      const { ticket } = await replicas[0]!.store.submit({ key: 'k', ticket: draft, now: T0 });
      const outcomes = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          replicas[i % 3]!.store.update(
            ticket.id,
            `note-${i % 6}`,
            lifecycleMutation({ kind: 'note', text: `n${i % 6}` }, desk, T0),
            T0,
          ),
        ),
      );
      expect(outcomes.filter((outcome) => outcome.kind === 'updated')).toHaveLength(6);
      expect(outcomes.filter((outcome) => outcome.kind === 'replayed')).toHaveLength(6);
      const stored = await replicas[1]!.store.get(ticket.id);
      expect(stored?.audit.map((entry) => entry.action)).toEqual(['created', ...Array(6).fill('note_added')]);
      expect(await database.countRows('ticket_outbox', ticket.id)).toBe(7);
    });

    it('never hands one delivery to two replicas claiming at once, and keeps each ticket’s events in order', async () => {
      const replicas = await Promise.all([1, 2, 3].map(() => database.replica(toWebhook)));
      for (let i = 0; i < 20; i += 1) {
        const { ticket } = await replicas[0]!.store.submit({ key: `k${i}`, ticket: draft, now: T0 });
        await replicas[0]!.store.update(ticket.id, `c${i}`, lifecycleMutation({ kind: 'claim' }, desk, T0), T0);
      }
      const seen: { id: string; ticketId: string; type: string }[] = [];
      let round = 0;
      while (seen.length < 40 && round < 50) {
        round += 1;
        const batches = await Promise.all(
          replicas.map((replica, index) =>
            replica.outbox.claim({ owner: `r${index}`, sinks: ['webhook'], limit: 7, leaseMs: 60_000, now: T0 }),
          ),
        );
        const claimed = batches.flat();
        // A ticket's second event is only handed out once its first was delivered.
        const tickets = claimed.map((delivery) => delivery.ticketId);
        expect(new Set(tickets).size).toBe(tickets.length);
        for (const delivery of claimed) {
          seen.push({ id: delivery.id, ticketId: delivery.ticketId, type: delivery.event.type });
          await replicas[0]!.outbox.markDelivered(delivery.id, T0);
        }
      }
      expect(seen).toHaveLength(40);
      expect(new Set(seen.map((delivery) => delivery.id)).size).toBe(40);
      for (const ticketId of new Set(seen.map((delivery) => delivery.ticketId))) {
        expect(seen.filter((delivery) => delivery.ticketId === ticketId).map((delivery) => delivery.type)).toEqual([
          'ticket.created',
          'ticket.claimed',
        ]);
      }
      expect(await replicas[2]!.outbox.counts()).toEqual({ pending: 0, in_flight: 0, delivered: 40, dead: 0 });
    });
  });
});
