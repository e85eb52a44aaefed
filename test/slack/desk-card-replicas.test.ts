// The desk channel's cards with several replicas on one PostgreSQL: a delivery taken over from a starved replica, or
// two events of one ticket delivered on two replicas, still give one card per ticket, and the card never goes back
// to an older version of the ticket. Also: cards an older SQLite file kept in the Slack-only table are still found.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { PostgresDeskCards } from '../../src/channels/runtime/desk-cards/postgres-desk-cards.js';
import { DeskChannelSink } from '../../src/channels/slack/desk/desk-channel-sink.js';
import { SLACK_MIGRATIONS } from '../../src/channels/slack/desk/desk-migrations.js';
import { openSlackDeskCards } from '../../src/channels/slack/desk/open-desk-channel-sink.js';
import type { Delivery } from '../../src/escalation/delivery/outbox.js';
import type { Ticket } from '../../src/escalation/ticket.js';
import { ticketEvent } from '../../src/escalation/ticket-event.js';
import { createdTicket, patchedTicket } from '../../src/escalation/ticket-record.js';
import { silentLogger } from '../../src/log.js';
import { PostgresDatabase } from '../../src/store/postgres/postgres-database.js';
import { migrate, openSqlDatabase, sqlDatabasePath } from '../../src/store/sql-database.js';
import { createTestDatabase } from '../postgres/test-database.js';

interface Call {
  method: 'postMessage' | 'update';
  thread?: string;
  text: string;
}

/** One Slack workspace seen by every replica: records each call, and lets the test hold the first post up. */
class FakeSlack {
  readonly calls: Call[] = [];
  private next = 1;
  hold?: Promise<void>;
  /** Called on every postMessage, before it is held up or answered. */
  onPost?: () => void;

  client(): webApi.WebClient {
    const chat = {
      postMessage: async (args: { text?: string; thread_ts?: string }) => {
        this.onPost?.();
        const hold = this.hold;
        this.hold = undefined;
        await hold;
        this.calls.push({ method: 'postMessage', thread: args.thread_ts, text: args.text ?? '' });
        return { ok: true, channel: 'CDESK', ts: `1700000000.${String(this.next++).padStart(6, '0')}` };
      },
      update: async (args: { text?: string }) => {
        this.calls.push({ method: 'update', text: args.text ?? '' });
        return { ok: true };
      },
    };
    return { chat } as unknown as webApi.WebClient;
  }

  cards(): Call[] {
    return this.calls.filter((call) => call.method === 'postMessage' && call.thread === undefined);
  }
}

const T0 = new Date('2026-06-01T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

function tickets(): Ticket[] {
  const draft = {
    requester: { platform: 'slack' as const, userId: 'U-REQ', name: 'Rita' },
    origin: { kind: 'request' as const },
    subject: 'A visitor',
    note: 'Details',
    priority: 'medium' as const,
  };
  const created = createdTicket(draft, 'RS-2026-0001', T0);
  const desk = { platform: 'slack' as const, userId: 'U-DESK', role: 'desk' as const };
  const claimed = patchedTicket(
    created,
    { status: 'in_review', assignee: { platform: 'slack', userId: 'U-DESK' } },
    [
      {
        at: at(1_000).toISOString(),
        actor: desk,
        action: 'claimed',
        from: 'new',
        to: 'in_review',
        visibility: 'shared',
      },
    ],
    at(1_000),
  );
  const waiting = patchedTicket(
    claimed,
    { status: 'needs_info' },
    [
      {
        at: at(2_000).toISOString(),
        actor: desk,
        action: 'status_changed',
        from: 'in_review',
        to: 'needs_info',
        visibility: 'shared',
      },
    ],
    at(2_000),
  );
  return [created, claimed, waiting];
}

function delivery(ticket: Ticket): Delivery {
  const position = ticket.audit.length - 1;
  return {
    id: `msg_${position}`,
    sink: 'slack-desk-channel',
    ticketId: ticket.id,
    attempt: 1,
    event: ticketEvent(ticket, position),
  };
}

describe('Slack desk cards on one PostgreSQL shared by two replicas', () => {
  it('posts one card when two replicas deliver the same creation at once, and never redraws an older version', async () => {
    const testDatabase = await createTestDatabase();
    const databases = [1, 2].map(() => new PostgresDatabase(testDatabase.url, silentLogger(), 3));
    try {
      const slack = new FakeSlack();
      const [a, b] = databases.map(
        (database) =>
          new DeskChannelSink({
            client: slack.client(),
            channel: 'CDESK',
            cards: new PostgresDeskCards(database, 'slack'),
            log: silentLogger(),
          }),
      );
      const [created, claimed, waiting] = tickets();
      // Replica A is slow to post (starved past its outbox lease); replica B takes the same delivery over meanwhile.
      // A's post is let go once B either posts too (nothing held B off) or waits for the ticket's card.
      let letGo = () => {};
      slack.hold = new Promise((resolve) => {
        letGo = resolve;
      });
      let posts = 0;
      slack.onPost = () => {
        posts += 1;
        if (posts === 2) letGo();
      };
      const slow = a!.deliver(delivery(created!));
      await new Promise<void>((resolve) => {
        const first = slack.onPost;
        slack.onPost = () => {
          first?.();
          resolve();
        };
      });
      const fast = b!.deliver(delivery(created!));
      const released = (async () => {
        for (let polls = 0; polls < 500 && posts < 2; polls += 1) {
          const { rows } = await databases[0]!.pool.query(
            "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid = 1684370283 AND NOT granted",
          );
          if (rows.length > 0) return letGo();
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        letGo();
      })();
      expect(await Promise.all([slow, fast])).toEqual([{ ok: true }, { ok: true }]);
      await released;
      expect(slack.cards()).toHaveLength(1);
      // The case file went once into the card's thread.
      expect(slack.calls.filter((call) => call.thread !== undefined)).toHaveLength(1);

      // The newer change reaches the card first (on B), the older one late (on A): the card stays on the newer.
      expect(await b!.deliver(delivery(waiting!))).toEqual({ ok: true });
      expect(await a!.deliver(delivery(claimed!))).toEqual({ ok: true });
      const updates = slack.calls.filter((call) => call.method === 'update');
      expect(updates).toHaveLength(1);
      expect(updates[0]!.text).toContain('needs information');
      // Both changes are told in the thread, each once, even when delivered again.
      expect(await b!.deliver(delivery(claimed!))).toEqual({ ok: true });
      expect(slack.calls.filter((call) => call.thread !== undefined)).toHaveLength(3);
    } finally {
      await Promise.all(databases.map((database) => database.close()));
      await testDatabase.drop();
    }
  });
});

describe('Slack desk cards kept by an older SQLite file', () => {
  it('are moved into the shared table, so edits and thread notes still find them', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ressec-slack-legacy-'));
    try {
      const old = openSqlDatabase(sqlDatabasePath(dataDir));
      migrate(
        old,
        'slack',
        SLACK_MIGRATIONS.filter((migration) => migration.version <= 3),
      );
      old
        .prepare('INSERT INTO slack_desk_cards (ticket_id, channel, ts, created_at) VALUES (?, ?, ?, ?)')
        .run('RS-2026-0001', 'CDESK', '1690000000.000001', 1);
      old.prepare('INSERT INTO slack_desk_deliveries (delivery_id, delivered_at) VALUES (?, ?)').run('msg_0', 1);
      old.close();
      const cards = openSlackDeskCards({ dataDir, slack: undefined }, silentLogger());
      try {
        expect(await cards.byMessage('CDESK', '1690000000.000001')).toMatchObject({ ticketId: 'RS-2026-0001' });
        expect(await cards.edit('RS-2026-0001', (edit) => edit.wasDelivered('msg_0'))).toBe(true);
      } finally {
        await cards.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
