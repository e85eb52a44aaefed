// Lease fencing in the turn runner: a replica starved past its lease, whose turn another replica took over and
// answered, must not post its replies as well; one whose lease ran out unnoticed (nobody took the row) still answers,
// and its post extends the lease so nobody takes the row over meanwhile. On SQLite and on PostgreSQL alike.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Deliverer, ReplyMark } from '../../src/channels/runtime/deliverer.js';
import { type Inbox, type Lease, LeaseLostError } from '../../src/channels/runtime/inbox.js';
import { PostgresInbox } from '../../src/channels/runtime/postgres-inbox.js';
import { SqliteInbox } from '../../src/channels/runtime/sqlite-inbox.js';
import { TurnRunner, type TurnRunnerOptions } from '../../src/channels/runtime/turn-runner.js';
import type { Reply } from '../../src/core/reply.js';
import type { Router } from '../../src/core/router.js';
import { silentLogger } from '../../src/log.js';
import { PostgresDatabase } from '../../src/store/postgres/postgres-database.js';
import { openSqlDatabase } from '../../src/store/sql-database.js';
import { createTestDatabase } from '../postgres/test-database.js';
import { entry } from './inbox-contract.js';

const T0 = 1_700_000_000_000;
const answer = (text: string): Reply => ({
  visibility: 'public',
  blocks: [{ kind: 'text', markdown: text }],
  fallbackText: text,
});

interface Backend {
  name: string;
  /** Two replicas' views of one inbox, each on its own connection. */
  open(): Promise<{ inboxes: [Inbox, Inbox]; close(): Promise<void> }>;
}

const backends: Backend[] = [
  {
    name: 'sqlite',
    async open() {
      const directory = mkdtempSync(path.join(os.tmpdir(), 'ressec-fencing-'));
      const databases = [1, 2].map(() => openSqlDatabase(path.join(directory, 'ressec.sqlite')));
      return {
        inboxes: [new SqliteInbox(databases[0]!, 'slack'), new SqliteInbox(databases[1]!, 'slack')],
        async close() {
          for (const database of databases) database.close();
          rmSync(directory, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: 'postgres',
    async open() {
      const testDatabase = await createTestDatabase();
      const databases = [1, 2].map(() => new PostgresDatabase(testDatabase.url, silentLogger(), 2));
      return {
        inboxes: [new PostgresInbox(databases[0]!, 'slack'), new PostgresInbox(databases[1]!, 'slack')],
        async close() {
          await Promise.all(databases.map((database) => database.close()));
          await testDatabase.drop();
        },
      };
    },
  },
];

/** Every post any replica makes, in one list: the user sees them all in one conversation. */
function platform() {
  const posts: { replica: string; text: string }[] = [];
  const deliverer = (replica: string): Deliverer => ({
    async deliver(reply) {
      posts.push({ replica, text: reply.fallbackText });
    },
  });
  return { posts, deliverer };
}

function router(replies: Reply[]): Router {
  return { handleTurn: async () => replies } as unknown as Router;
}

/** A replica's turn runner on its own inbox connection, answering `replies`; `lease` is read at each post. */
function runnerOf(
  inbox: Inbox,
  lease: () => Lease,
  deliverer: Deliverer,
  replies: Reply[],
  extra: Partial<TurnRunnerOptions> = {},
): TurnRunner {
  return new TurnRunner({
    router: router(replies),
    inbox,
    owner: lease().owner,
    lease,
    deliverer,
    log: silentLogger(),
    ...extra,
  });
}

function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe.each(backends)('turn runner lease fencing on $name', (backend) => {
  it('posts once when a replica is starved past its lease mid-turn and another takes the turn over', async () => {
    const { inboxes, close } = await backend.open();
    try {
      const [inboxA, inboxB] = inboxes;
      const { posts, deliverer } = platform();
      const replies = [answer('first part'), answer('second part')];
      const leaseA: Lease = { owner: 'replica-a', until: T0 + 1_000 };
      await inboxA.admit([entry('k1')], leaseA, T0);
      // Replica A works the turn out, then stalls before posting (a long pause: it renews nothing meanwhile).
      const stalled = gate();
      const paused = gate();
      const runnerA = runnerOf(inboxA, () => leaseA, deliverer('a'), replies, {
        beforeDeliver: async () => {
          paused.open();
          await stalled.opened;
        },
      });
      const rowA = await inboxA.begin('k1', leaseA);
      const runningA = runnerA.run(rowA!);
      await paused.opened;

      // A's lease runs out; replica B claims the row, with A's saved replies, and answers.
      const leaseB: Lease = { owner: 'replica-b', until: T0 + 60_000 };
      const [rowB] = await inboxB.claim(leaseB, T0 + 1_001, 10);
      expect(rowB).toMatchObject({ key: 'k1', replies });
      const runnerB = runnerOf(inboxB, () => leaseB, deliverer('b'), [answer('never asked again')]);
      await runnerB.run((await inboxB.begin('k1', leaseB))!);
      expect(await inboxB.finish('k1', leaseB.owner, 'done', T0 + 1_002)).toBe(true);

      // A wakes up: it learns the turn is no longer its own before posting anything.
      stalled.open();
      await expect(runningA).rejects.toBeInstanceOf(LeaseLostError);
      expect(posts).toEqual([
        { replica: 'b', text: 'first part' },
        { replica: 'b', text: 'second part' },
      ]);
    } finally {
      await close();
    }
  });

  it('still answers when its lease ran out unnoticed, and its post keeps the row from being taken over', async () => {
    const { inboxes, close } = await backend.open();
    try {
      const [inboxA, inboxB] = inboxes;
      const { posts, deliverer } = platform();
      let leaseA: Lease = { owner: 'replica-a', until: T0 + 1_000 };
      await inboxA.admit([entry('k1')], leaseA, T0);
      const rowA = await inboxA.begin('k1', leaseA);
      const checkingDeliverer: Deliverer = {
        async deliver(reply, target, conversation) {
          // While A posts, replica B looks for rows whose lease ran out: A's was extended by the claim.
          expect(await inboxB.claim({ owner: 'replica-b', until: T0 + 60_000 }, T0 + 2_000, 10)).toEqual([]);
          await deliverer('a').deliver(reply, target, conversation);
        },
      };
      const runnerA = runnerOf(inboxA, () => leaseA, checkingDeliverer, [answer('the answer')]);
      // The clock is past A's first lease when it posts; nobody has taken the row, so A may still answer.
      leaseA = { owner: 'replica-a', until: T0 + 30_000 };
      await runnerA.run(rowA!);
      expect(posts).toEqual([{ replica: 'a', text: 'the answer' }]);
    } finally {
      await close();
    }
  });

  it.each([
    { readBack: true, expected: ['a first part', 'b second part'] },
    { readBack: false, expected: ['a first part', 'b first part', 'b second part'] },
  ])(
    'a replica dying between a post and its record: the next one reads the post back ($readBack) or posts it again',
    async ({ readBack, expected }) => {
      const { inboxes, close } = await backend.open();
      try {
        const [inboxA, inboxB] = inboxes;
        const posts: { replica: string; text: string; mark?: ReplyMark }[] = [];
        const deliverer = (replica: string, dies = false): Deliverer => ({
          async deliver(reply, _target, _conversation, mark) {
            posts.push({ replica, text: reply.fallbackText, mark });
            // The post went out; the process dies before it records that.
            if (dies) throw new Error('killed');
          },
          ...(readBack
            ? {
                async posted(mark: ReplyMark) {
                  return posts.some((post) => post.mark?.key === mark.key && post.mark.index === mark.index);
                },
              }
            : {}),
        });
        const replies = [answer('first part'), answer('second part')];
        const leaseA: Lease = { owner: 'replica-a', until: T0 + 1_000 };
        await inboxA.admit([entry('k1')], leaseA, T0);
        const runnerA = runnerOf(inboxA, () => leaseA, deliverer('a', true), replies);
        await expect(runnerA.run((await inboxA.begin('k1', leaseA))!)).rejects.toThrow('killed');

        const leaseB: Lease = { owner: 'replica-b', until: T0 + 60_000 };
        const [rowB] = await inboxB.claim(leaseB, T0 + 1_001, 10);
        expect(rowB).toMatchObject({ key: 'k1', delivered: 0 });
        const logged: string[] = [];
        const log = silentLogger();
        log.info = ((fields: { event?: string }) => logged.push(String(fields.event))) as typeof log.info;
        log.warn = ((fields: { event?: string }) => logged.push(String(fields.event))) as typeof log.warn;
        const runnerB = runnerOf(inboxB, () => leaseB, deliverer('b'), [answer('never asked again')], { log });
        await runnerB.run((await inboxB.begin('k1', leaseB))!);
        expect(posts.map((post) => `${post.replica} ${post.text}`)).toEqual(expected);
        expect(logged).toContain(readBack ? 'reply-post-found' : 'reply-post-repeated');
        expect((await inboxB.get('k1'))?.delivered).toBe(2);
      } finally {
        await close();
      }
    },
  );
});
