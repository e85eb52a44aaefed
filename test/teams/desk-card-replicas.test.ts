// The Teams desk channel with two replicas on one PostgreSQL: the same ticket's delivery run by both at once (one took
// it over from the other) posts one card and one case file, and a later change delivered on the other replica edits
// that card in place instead of posting a second.
import { describe, expect, it } from 'vitest';
import { PostgresDeskCards } from '../../src/channels/runtime/desk-cards/postgres-desk-cards.js';
import { TeamsConnector } from '../../src/channels/teams/connector/teams-connector.js';
import { TeamsDeskSink } from '../../src/channels/teams/desk/teams-desk-sink.js';
import { ConversationReferences } from '../../src/channels/teams/store/conversation-references.js';
import { PostgresReferenceRows } from '../../src/channels/teams/store/postgres-reference-rows.js';
import { fixedTokenCredentials } from '../../src/channels/teams/teams-answering.js';
import type { Delivery } from '../../src/escalation/delivery/outbox.js';
import type { Ticket } from '../../src/escalation/ticket.js';
import { ticketEvent } from '../../src/escalation/ticket-event.js';
import { createdTicket, patchedTicket } from '../../src/escalation/ticket-record.js';
import { silentLogger } from '../../src/log.js';
import { PostgresDatabase } from '../../src/store/postgres/postgres-database.js';
import { createTestDatabase } from '../postgres/test-database.js';
import { APP_ID, DESK_CHANNEL } from './support/activities.js';
import { LoopbackConnector } from './support/loopback-connector.js';
import { OUTGOING_TOKEN } from './support/teams-harness.js';

const T0 = new Date('2026-06-01T10:00:00.000Z');

function delivery(ticket: Ticket): Delivery {
  const position = ticket.audit.length - 1;
  return {
    id: `msg_${position}`,
    sink: 'teams-desk-channel',
    ticketId: ticket.id,
    attempt: 1,
    event: ticketEvent(ticket, position),
  };
}

describe('Teams desk cards on one PostgreSQL shared by two replicas', () => {
  it('posts one card for a delivery both run at once, and the other replica edits it in place', async () => {
    const testDatabase = await createTestDatabase();
    const connector = await LoopbackConnector.start();
    const databases = [1, 2].map(() => new PostgresDatabase(testDatabase.url, silentLogger(), 3));
    try {
      const [a, b] = await Promise.all(
        databases.map(async (database) => {
          const references = new ConversationReferences(new PostgresReferenceRows(database));
          await references.rememberConversation({ conversationId: DESK_CHANNEL, serviceUrl: connector.serviceUrl });
          return new TeamsDeskSink({
            connector: new TeamsConnector(
              { appId: APP_ID, appType: 'SingleTenant' },
              fixedTokenCredentials(OUTGOING_TOKEN),
            ),
            references,
            cards: new PostgresDeskCards(database, 'teams'),
            deskConversation: DESK_CHANNEL,
            log: silentLogger(),
          });
        }),
      );
      const created = createdTicket(
        {
          requester: { platform: 'teams', userId: 'aad-requester', name: 'Rita' },
          origin: { kind: 'request' },
          subject: 'A visitor',
          note: 'Details',
          priority: 'medium',
        },
        'RS-2026-0001',
        T0,
      );
      expect(await Promise.all([a!.deliver(delivery(created)), b!.deliver(delivery(created))])).toEqual([
        { ok: true },
        { ok: true },
      ]);
      expect(connector.calls.filter((call) => call.kind === 'create')).toHaveLength(1);
      // The case file, once, as the card's first reply.
      expect(connector.calls.filter((call) => call.kind === 'send')).toHaveLength(1);

      const desk = { platform: 'teams' as const, userId: 'aad-desk', role: 'desk' as const };
      const claimed = patchedTicket(
        created,
        { status: 'in_review', assignee: { platform: 'teams', userId: 'aad-desk' } },
        [
          {
            at: '2026-06-01T10:00:01.000Z',
            actor: desk,
            action: 'claimed',
            from: 'new',
            to: 'in_review',
            visibility: 'shared',
          },
        ],
        new Date('2026-06-01T10:00:01.000Z'),
      );
      expect(await b!.deliver(delivery(claimed))).toEqual({ ok: true });
      expect(await a!.deliver(delivery(claimed))).toEqual({ ok: true });
      expect(connector.calls.filter((call) => call.kind === 'create')).toHaveLength(1);
      expect(connector.calls.filter((call) => call.kind === 'update')).toHaveLength(1);
      // The claim is told in the thread once, whichever replica delivered it again.
      expect(connector.calls.filter((call) => call.kind === 'send')).toHaveLength(2);
    } finally {
      await Promise.all(databases.map((database) => database.close()));
      await connector.close();
      await testDatabase.drop();
    }
  });
});
