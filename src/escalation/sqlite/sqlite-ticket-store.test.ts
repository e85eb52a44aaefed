import { describe, expect, it } from 'vitest';
import { migrate, openSqlDatabase } from '../../store/sql-database.js';
import { lifecycleMutation } from '../lifecycle.js';
import type { NewTicket } from '../ticket.js';
import { ESCALATION_MIGRATIONS, ESCALATION_MODULE } from './escalation-migrations.js';
import { SqliteOutbox } from './sqlite-outbox.js';
import { SqliteTicketStore } from './sqlite-ticket-store.js';

const draft: NewTicket = {
  requester: { platform: 'slack', userId: 'U-REQ', name: 'Rita' },
  origin: { kind: 'request' },
  subject: 'A visitor',
  note: 'Details',
  priority: 'medium',
};
const desk = { platform: 'slack' as const, userId: 'U-DESK' };

function setup(sinks = ['file', 'webhook']) {
  const db = openSqlDatabase(':memory:');
  migrate(db, ESCALATION_MODULE, ESCALATION_MIGRATIONS);
  const store = new SqliteTicketStore(db, { route: (type) => (type === 'ticket.note_added' ? ['file'] : sinks) });
  return { db, store, outbox: new SqliteOutbox(db) };
}

describe('SqliteTicketStore', () => {
  it('numbers tickets per year and writes one outbox row per routed sink, in the same transaction', async () => {
    const { store, outbox } = setup();
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
  });

  it('returns the first ticket for a repeated submission key', async () => {
    const { store, outbox } = setup();
    const first = await store.submit({ key: 'same', ticket: draft, now: new Date() });
    const again = await store.submit({ key: 'same', ticket: { ...draft, subject: 'Other' }, now: new Date() });
    expect(again).toEqual({ ticket: first.ticket, created: false });
    expect((await outbox.counts()).pending).toBe(2);
  });

  it('writes nothing when the ticket is invalid (the transaction rolls back)', async () => {
    const { store, outbox } = setup();
    await expect(
      store.submit({ key: 'bad', ticket: { ...draft, note: 'x'.repeat(4_001) }, now: new Date() }),
    ).rejects.toThrow();
    expect(await store.list({})).toEqual([]);
    expect((await outbox.counts()).pending).toBe(0);
    // The sequence did not advance either.
    expect((await store.submit({ key: 'ok', ticket: draft, now: new Date('2026-01-01T00:00:00Z') })).ticket.id).toBe(
      'RS-2026-0001',
    );
  });

  it('applies an action once per action key, appending audit entries and outbox rows', async () => {
    const { store, outbox } = setup();
    const { ticket } = await store.submit({ key: 'k', ticket: draft, now: new Date() });
    const now = new Date();
    const claim = lifecycleMutation({ kind: 'claim' }, desk, now);
    const updated = await store.update(ticket.id, 'turn-1', claim, now);
    expect(updated).toMatchObject({ kind: 'updated', ticket: { status: 'in_review', assignee: desk } });
    expect(await store.update(ticket.id, 'turn-1', claim, now)).toMatchObject({
      kind: 'replayed',
      ticket: { status: 'in_review' },
    });
    await store.update(ticket.id, 'turn-2', lifecycleMutation({ kind: 'note', text: 'n' }, desk, now), now);
    expect((await store.get(ticket.id))?.audit.map((entry) => entry.action)).toEqual([
      'created',
      'claimed',
      'note_added',
    ]);
    expect((await outbox.list({ ticketId: ticket.id })).map((row) => `${row.sink}:${row.eventType}`)).toEqual([
      'file:ticket.created',
      'webhook:ticket.created',
      'file:ticket.claimed',
      'webhook:ticket.claimed',
      'file:ticket.note_added',
    ]);
    expect(await store.update('RS-2026-9999', 'turn-3', claim, now)).toEqual({ kind: 'not-found' });
    const rejected = await store.update(ticket.id, 'turn-4', claim, now);
    expect(rejected).toMatchObject({ kind: 'rejected', message: expect.stringMatching(/already assigned/) });
  });

  it('keeps the audit trail append-only', async () => {
    const { db, store } = setup();
    const { ticket } = await store.submit({ key: 'k', ticket: draft, now: new Date() });
    expect(() => db.prepare("UPDATE ticket_audit SET entry = '{}' WHERE ticket_id = ?").run(ticket.id)).toThrow(
      /append-only/,
    );
  });

  it('lists a requester their own tickets, newest first, and the desk the open ones', async () => {
    const { store } = setup();
    const now = new Date('2026-05-01T00:00:00Z');
    const mine = await store.submit({ key: 'a', ticket: draft, now });
    await store.submit({ key: 'b', ticket: { ...draft, requester: { platform: 'teams', userId: 'U-REQ' } }, now });
    const closed = await store.submit({ key: 'c', ticket: draft, now: new Date('2026-05-02T00:00:00Z') });
    await store.update(closed.ticket.id, 'close', lifecycleMutation({ kind: 'close' }, desk, now), now);
    const own = await store.list({ requester: { platform: 'slack', userId: 'U-REQ' } });
    expect(own.map((ticket) => ticket.id)).toEqual([closed.ticket.id, mine.ticket.id]);
    expect((await store.list({ openOnly: true })).map((ticket) => ticket.id)).not.toContain(closed.ticket.id);
  });

  it('purges closed tickets past the cutoff with their audit, actions and outbox rows; open ones stay', async () => {
    const { db, store } = setup();
    const old = new Date('2025-01-01T00:00:00Z');
    const closed = await store.submit({ key: 'old', ticket: draft, now: old });
    await store.update(closed.ticket.id, 'close-old', lifecycleMutation({ kind: 'close' }, desk, old), old);
    const open = await store.submit({ key: 'open', ticket: draft, now: old });
    expect(await store.purgeClosedBefore(new Date('2026-01-02T00:00:00Z'))).toBe(1);
    expect(await store.get(closed.ticket.id)).toBeUndefined();
    expect(await store.get(open.ticket.id)).toBeDefined();
    for (const table of ['ticket_audit', 'ticket_actions', 'ticket_outbox']) {
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ticket_id = ?`).get(closed.ticket.id), table).toEqual(
        { n: 0 },
      );
    }
  });
});
