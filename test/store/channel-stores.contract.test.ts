// The channels' own stores, run against SQLite and a real PostgreSQL alike: each ticket's desk card (shared by Slack
// and Teams, keyed by platform) and Teams' conversation references. Two replicas on one database must see the same
// rows, and edits of one ticket's card must run one at a time across them.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskCardEdit } from '../../src/channels/runtime/desk-cards/desk-cards.js';
import { CHANNEL_STORE_BACKENDS, type ChannelStoreDatabase } from './channel-store-backends.js';

const card = {
  conversationId: 'CDESK',
  messageId: '1700000000.000100',
  cardVersion: '2026-06-01T10:00:00.000Z#000001',
  linesPosted: 1,
};

/** A promise with its resolver, to hold an edit open until the test lets it go. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe.each(CHANNEL_STORE_BACKENDS)('channel stores contract on $name', (backend) => {
  let database: ChannelStoreDatabase;
  beforeEach(async () => {
    database = await backend.create();
  });
  afterEach(async () => {
    await database.close();
  });

  describe('desk cards', () => {
    it('finds a card by ticket and by its message, per platform, on every replica', async () => {
      const [a, b] = [await database.replica(), await database.replica()];
      const slackA = a.deskCards('slack');
      await slackA.edit('RS-2026-0001', (edit) => edit.add(card));
      const slackB = b.deskCards('slack');
      expect(await slackB.byTicket('RS-2026-0001')).toEqual({ ticketId: 'RS-2026-0001', ...card });
      expect(await slackB.byMessage('CDESK', card.messageId)).toMatchObject({ ticketId: 'RS-2026-0001' });
      expect(await slackB.byMessage('CDESK', 'another')).toBeUndefined();
      expect(await b.deskCards('teams').byTicket('RS-2026-0001')).toBeUndefined();
      // The same ticket may have a card in each channel's desk.
      await b.deskCards('teams').edit('RS-2026-0001', (edit) => edit.add({ ...card, conversationId: '19:desk' }));
      expect(await slackA.byTicket('RS-2026-0001')).toMatchObject({ conversationId: 'CDESK' });
    });

    it('refuses a second card for a ticket: the first stays', async () => {
      const cards = (await database.replica()).deskCards('slack');
      await cards.edit('RS-2026-0001', (edit) => edit.add(card));
      await expect(cards.edit('RS-2026-0001', (edit) => edit.add({ ...card, messageId: 'other' }))).rejects.toThrow();
      expect(await cards.byTicket('RS-2026-0001')).toMatchObject({ messageId: card.messageId });
    });

    it('only moves a card forward: an older version or fewer lines never take it back', async () => {
      const cards = (await database.replica()).deskCards('teams');
      await cards.edit('RS-2026-0001', async (edit) => {
        await edit.add(card);
        await edit.advance({ cardVersion: '2026-06-01T10:00:02.000Z#000003', linesPosted: 3 });
        await edit.advance({ cardVersion: '2026-06-01T10:00:01.000Z#000002', linesPosted: 2 });
        await edit.advance({ linesPosted: 4 });
        expect(await edit.card()).toMatchObject({ cardVersion: '2026-06-01T10:00:02.000Z#000003', linesPosted: 4 });
      });
    });

    it('remembers which deliveries were posted, per platform', async () => {
      const [a, b] = [await database.replica(), await database.replica()];
      await a.deskCards('slack').edit('RS-2026-0001', (edit) => edit.markDelivered('msg_1'));
      await a.deskCards('slack').edit('RS-2026-0001', (edit) => edit.markDelivered('msg_1'));
      expect(await b.deskCards('slack').edit('RS-2026-0001', (edit) => edit.wasDelivered('msg_1'))).toBe(true);
      expect(await b.deskCards('slack').edit('RS-2026-0001', (edit) => edit.wasDelivered('msg_2'))).toBe(false);
      expect(await b.deskCards('teams').edit('RS-2026-0001', (edit) => edit.wasDelivered('msg_1'))).toBe(false);
    });

    it('runs edits of one ticket one at a time across replicas, and edits of other tickets meanwhile', async () => {
      const [a, b] = [await database.replica(), await database.replica()];
      const log: string[] = [];
      const held = gate();
      const entered = gate();
      const first = a.deskCards('slack').edit('RS-2026-0001', async (edit) => {
        log.push('a:start');
        entered.open();
        await held.opened;
        await edit.add(card);
        log.push('a:end');
      });
      await entered.opened;
      const second = b.deskCards('slack').edit('RS-2026-0001', async (edit: DeskCardEdit) => {
        log.push('b:start');
        // The second editor sees what the first wrote: it would not post a second card.
        expect(await edit.card()).toMatchObject({ messageId: card.messageId });
        log.push('b:end');
      });
      // Another ticket's card is not held up by this one.
      await b.deskCards('slack').edit('RS-2026-0002', async () => {
        log.push('other');
      });
      expect(log).toEqual(['a:start', 'other']);
      held.open();
      await Promise.all([first, second]);
      expect(log).toEqual(['a:start', 'other', 'a:end', 'b:start', 'b:end']);
    });

    it('lets go of a ticket when an edit fails, so the next edit runs', async () => {
      const cards = (await database.replica()).deskCards('slack');
      await expect(
        cards.edit('RS-2026-0001', async () => {
          throw new Error('the platform is down');
        }),
      ).rejects.toThrow('the platform is down');
      expect(await cards.edit('RS-2026-0001', async () => 'ran')).toBe('ran');
    });
  });

  describe('conversation references', () => {
    const person = {
      userId: 'aad-1',
      memberId: '29:member',
      serviceUrl: 'https://smba.example/teams/',
      tenantId: 'tenant-1',
    };

    it('writes people and conversations together, read by every replica', async () => {
      const [a, b] = [await database.replica(), await database.replica()];
      await a.references().write([person], [{ conversationId: 'a:dm', serviceUrl: person.serviceUrl }]);
      expect(await b.references().person('aad-1')).toEqual(person);
      expect(await b.references().conversation('a:dm')).toEqual({
        conversationId: 'a:dm',
        serviceUrl: person.serviceUrl,
      });
      expect(await b.references().person('aad-2')).toBeUndefined();
      expect(await b.references().conversation('elsewhere')).toBeUndefined();
    });

    it('keeps a known tenant and personal chat when a later reference lacks them, and takes a new serviceUrl', async () => {
      const references = (await database.replica()).references();
      await references.write(
        [{ ...person, personalConversation: 'a:dm' }],
        [{ conversationId: '19:c', serviceUrl: person.serviceUrl, tenantId: 'tenant-1' }],
      );
      const moved = 'https://smba.example/emea/';
      await references.write(
        [{ userId: 'aad-1', memberId: '29:member', serviceUrl: moved }],
        [{ conversationId: '19:c', serviceUrl: moved }],
      );
      expect(await references.person('aad-1')).toEqual({
        ...person,
        serviceUrl: moved,
        personalConversation: 'a:dm',
      });
      expect(await references.conversation('19:c')).toEqual({
        conversationId: '19:c',
        serviceUrl: moved,
        tenantId: 'tenant-1',
      });
    });
  });
});

describe('desk cards on PostgreSQL: a replica that dies mid-edit', () => {
  it('lets go of the ticket with its connection, so another replica edits it', async () => {
    const database = await CHANNEL_STORE_BACKENDS.find((backend) => backend.name === 'postgres')!.create();
    try {
      const [a, b] = [await database.replica(), await database.replica()];
      const ticketId = `RS-2026-${randomUUID().slice(0, 8)}`;
      const entered = gate();
      const revived = gate();
      const stuck = a.deskCards('slack').edit(ticketId, async () => {
        entered.open();
        await revived.opened;
      });
      await entered.opened;
      // The process is gone: the server ends its session, and the session's locks with it.
      const rows = await b.admin!(
        `SELECT pg_terminate_backend(pid) FROM pg_locks
         WHERE locktype = 'advisory' AND classid = 1684370283 AND objid = hashtext($1)::oid AND granted`,
        [`slack:${ticketId}`],
      );
      expect(rows).toHaveLength(1);
      expect(await b.deskCards('slack').edit(ticketId, async () => 'taken over')).toBe('taken over');
      // The dead replica's connection is not handed out again.
      revived.open();
      await stuck;
      expect(await a.deskCards('slack').edit(ticketId, async () => 'again')).toBe('again');
    } finally {
      await database.close();
    }
  });
});
