// The inbox contract: what every Inbox implementation (SQLite today, PostgreSQL for several replicas) must do, as one
// suite each implementation runs against a fresh store.
import { describe, expect, it } from 'vitest';
import type { Inbox, InboxEntry } from '../../src/channels/runtime/inbox.js';
import type { Reply } from '../../src/core/reply.js';
import { textTurn } from '../../src/core/turn.js';

export interface OpenedTestInbox {
  inbox: Inbox;
  close(): Promise<void> | void;
}

const T0 = 1_700_000_000_000;
const reply: Reply = { visibility: 'public', blocks: [{ kind: 'text', markdown: 'Hi' }], fallbackText: 'Hi' };

export function entry(key: string, lane = 'U1', text = 'a private question'): InboxEntry {
  return {
    key,
    lane,
    turn: textTurn(text, { id: key, platform: 'slack', user: { id: lane } }),
    target: { userId: lane, conversation: { id: `D${lane}`, kind: 'dm' } },
  };
}

const A = (until = T0 + 1_000) => ({ owner: 'process-a', until });
const B = (until = T0 + 10_000) => ({ owner: 'process-b', until });

export function inboxContract(name: string, open: () => Promise<OpenedTestInbox>): void {
  const withInbox = (test: (inbox: Inbox) => Promise<void>) => async () => {
    const opened = await open();
    try {
      await test(opened.inbox);
    } finally {
      await opened.close();
    }
  };

  describe(`inbox contract: ${name}`, () => {
    it(
      'admits a key once: a retry, a replay or the same key twice in one batch is refused',
      withInbox(async (inbox) => {
        expect(await inbox.admit([entry('k1'), entry('k2'), entry('k1')], A(), T0)).toEqual([true, true, false]);
        expect(await inbox.admit([entry('k1')], B(), T0 + 5)).toEqual([false]);
        expect(await inbox.counts()).toEqual({ pending: 2, done: 0, failed: 0 });
      }),
    );

    it(
      'keeps the neutral turn and target of a pending row, and only the key once it is finished',
      withInbox(async (inbox) => {
        await inbox.admit([entry('k1')], A(), T0);
        const row = await inbox.get('k1');
        expect(row).toMatchObject({
          key: 'k1',
          lane: 'U1',
          state: 'pending',
          delivered: 0,
          attempts: 0,
          receivedAt: T0,
        });
        expect(row?.turn?.input).toEqual({ kind: 'text', text: 'a private question' });
        expect(row?.target).toEqual({ userId: 'U1', conversation: { id: 'DU1', kind: 'dm' } });
        await inbox.begin('k1', A());
        await inbox.saveReplies('k1', 'process-a', [reply]);
        expect(await inbox.finish('k1', 'process-a', 'done', T0 + 10)).toBe(true);
        const finished = await inbox.get('k1');
        expect(finished).toMatchObject({ key: 'k1', state: 'done' });
        expect(finished?.turn).toBeUndefined();
        expect(finished?.target).toBeUndefined();
        expect(finished?.replies).toBeUndefined();
        // A replay after the answer is still a duplicate.
        expect(await inbox.admit([entry('k1')], B(), T0 + 20)).toEqual([false]);
      }),
    );

    it(
      'leaves a row to the process that admitted it until its lease runs out, then lets another take it over',
      withInbox(async (inbox) => {
        await inbox.admit([entry('k1')], A(T0 + 1_000), T0);
        expect(await inbox.claim(B(), T0 + 500, 10)).toEqual([]);
        expect(await inbox.begin('k1', B())).toBeUndefined();
        // Process A crashed: its lease runs out and B claims the row, with its turn, and works it off.
        const [claimed] = await inbox.claim(B(T0 + 11_000), T0 + 1_001, 10);
        expect(claimed).toMatchObject({ key: 'k1', turn: { input: { text: 'a private question' } } });
        expect((await inbox.begin('k1', B(T0 + 11_000)))?.attempts).toBe(1);
        // A, had it only stalled, can no longer write: the row is B's.
        expect(await inbox.saveReplies('k1', 'process-a', [reply])).toBe(false);
        expect(await inbox.markDelivered('k1', 'process-a', 1)).toBe(false);
        expect(await inbox.finish('k1', 'process-a', 'done', T0 + 1_002)).toBe(false);
        expect(await inbox.finish('k1', 'process-b', 'done', T0 + 1_002)).toBe(true);
      }),
    );

    it(
      'remembers the replies and how many were delivered, so a retry only delivers the rest',
      withInbox(async (inbox) => {
        await inbox.admit([entry('k1')], A(), T0);
        await inbox.begin('k1', A());
        expect(await inbox.saveReplies('k1', 'process-a', [reply, reply])).toBe(true);
        expect(await inbox.markDelivered('k1', 'process-a', 1)).toBe(true);
        expect(await inbox.retryAt('k1', 'process-a', T0 + 100)).toBe(true);
        expect(await inbox.claim(B(), T0 + 50, 10)).toEqual([]);
        const [again] = await inbox.claim(B(), T0 + 100, 10);
        expect(again).toMatchObject({ key: 'k1', replies: [reply, reply], delivered: 1 });
        expect((await inbox.begin('k1', B()))?.attempts).toBe(2);
      }),
    );

    it(
      'claims each reply before it is posted: only while the row is held, extending the lease, and says when a claim repeats',
      withInbox(async (inbox) => {
        await inbox.admit([entry('k1')], A(T0 + 1_000), T0);
        await inbox.begin('k1', A(T0 + 1_000));
        await inbox.saveReplies('k1', 'process-a', [reply, reply]);
        // Claiming extends the lease: past the old expiry, nobody can take the row over.
        expect(await inbox.claimPost('k1', A(T0 + 5_000), 0)).toEqual({ repeat: false });
        expect(await inbox.claim(B(), T0 + 2_000, 10)).toEqual([]);
        // Claimed but never recorded as posted (the process stopped): the next claim of it is a repeat.
        expect(await inbox.claimPost('k1', A(T0 + 5_000), 0)).toEqual({ repeat: true });
        expect(await inbox.markDelivered('k1', 'process-a', 1)).toBe(true);
        expect(await inbox.claimPost('k1', A(T0 + 5_000), 1)).toEqual({ repeat: false });
        // A is starved past its lease and B takes the row over: A may post nothing more.
        const [taken] = await inbox.claim(B(T0 + 20_000), T0 + 5_001, 10);
        expect(taken).toMatchObject({ key: 'k1', delivered: 1 });
        expect(await inbox.claimPost('k1', A(T0 + 30_000), 1)).toBeUndefined();
        expect(await inbox.claimPost('k1', B(T0 + 20_000), 1)).toEqual({ repeat: true });
      }),
    );

    it(
      'hands out one row per lane, oldest first, and none of a lane whose row is held',
      withInbox(async (inbox) => {
        await inbox.admit([entry('a1', 'UA'), entry('a2', 'UA'), entry('b1', 'UB')], A(T0), T0);
        const first = await inbox.claim(B(), T0 + 1, 10);
        expect(first.map((row) => row.key).sort()).toEqual(['a1', 'b1']);
        expect(await inbox.claim(B(), T0 + 2, 10)).toEqual([]);
        await inbox.finish('a1', 'process-b', 'done', T0 + 3);
        expect((await inbox.claim(B(), T0 + 4, 10)).map((row) => row.key)).toEqual(['a2']);
      }),
    );

    it(
      'renews the leases it holds, and gives them all up on a clean stop',
      withInbox(async (inbox) => {
        await inbox.admit([entry('k1'), entry('k2', 'U2')], A(T0 + 100), T0);
        expect(await inbox.renew(A(T0 + 5_000))).toBe(2);
        expect(await inbox.claim(B(), T0 + 200, 10)).toEqual([]);
        expect(await inbox.releaseAll('process-a')).toBe(2);
        expect((await inbox.claim(B(), T0 + 201, 10)).map((row) => row.key).sort()).toEqual(['k1', 'k2']);
      }),
    );

    it(
      'counts rows by state and forgets finished ones past the window, never pending ones',
      withInbox(async (inbox) => {
        await inbox.admit([entry('k1'), entry('k2', 'U2'), entry('k3', 'U3')], A(), T0);
        await inbox.begin('k1', A());
        await inbox.finish('k1', 'process-a', 'done', T0 + 10);
        await inbox.begin('k2', A());
        await inbox.finish('k2', 'process-a', 'failed', T0 + 10);
        expect(await inbox.counts()).toEqual({ pending: 1, done: 1, failed: 1 });
        expect(await inbox.purgeFinishedBefore(T0 + 11)).toBe(2);
        expect(await inbox.counts()).toEqual({ pending: 1, done: 0, failed: 0 });
      }),
    );
  });
}
