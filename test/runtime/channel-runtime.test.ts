// The runtime's promises, proved once for every channel: each admitted turn is answered exactly once, in order per
// user, across failures, retries and a crash between the acknowledgement and the answer.
import { afterEach, describe, expect, it } from 'vitest';
import { ChannelRuntime } from '../../src/channels/runtime/channel-runtime.js';
import type { Deliverer } from '../../src/channels/runtime/deliverer.js';
import type { ReplyTarget } from '../../src/channels/runtime/reply-target.js';
import { SqliteInbox } from '../../src/channels/runtime/sqlite-inbox.js';
import { QUEUED_NOTICE } from '../../src/channels/runtime/turn-runner.js';
import { type Reply, textReply } from '../../src/core/reply.js';
import { Router } from '../../src/core/router.js';
import { MemoryStateStore } from '../../src/core/state-store.js';
import { silentLogger } from '../../src/log.js';
import { openSqlDatabase, type SqlDatabase } from '../../src/store/sql-database.js';
import { entry } from './inbox-contract.js';

/** Records every reply it is handed; can be told to fail or to hold the next deliveries. */
class RecordingDeliverer implements Deliverer {
  readonly delivered: { userId: string; text: string }[] = [];
  readonly signs: string[] = [];
  failures = 0;
  hold: Promise<void> | undefined;

  async deliver(reply: Reply, target: ReplyTarget): Promise<void> {
    await this.hold;
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('the platform is down');
    }
    this.delivered.push({ userId: target.userId, text: reply.fallbackText });
  }

  async showWorking(target: ReplyTarget): Promise<void> {
    this.signs.push(`working ${target.userId}`);
  }

  async finishWorking(target: ReplyTarget): Promise<void> {
    this.signs.push(`done ${target.userId}`);
  }
}

/** A core whose answers take `delayMs` (per question text, when it names a number) and are counted. */
function countingRouter(asked: string[], delayMs = (_text: string) => 5): Router {
  const state = new MemoryStateStore();
  return new Router(silentLogger(), state).question(async (text) => {
    asked.push(text);
    await new Promise((resolve) => setTimeout(resolve, delayMs(text)));
    return [textReply(`answer to ${text}`)];
  });
}

const runtimes: ChannelRuntime[] = [];
const databases: SqlDatabase[] = [];
afterEach(async () => {
  for (const runtime of runtimes.splice(0)) await runtime.stop();
  for (const database of databases.splice(0)) database.close();
});

function sharedDatabase(): SqlDatabase {
  const database = openSqlDatabase(':memory:');
  databases.push(database);
  return database;
}

/** A runtime as one process would run it; several on one database are several processes. */
function runtime(
  database: SqlDatabase,
  router: Router,
  options: Partial<ConstructorParameters<typeof ChannelRuntime>[0]> = {},
) {
  const created = new ChannelRuntime({
    platform: 'slack',
    inbox: new SqliteInbox(database, 'slack'),
    router,
    state: new MemoryStateStore(),
    log: silentLogger(),
    pollMs: 20,
    retryDelayMs: () => 10,
    ...options,
  });
  runtimes.push(created);
  return created;
}

async function accept(target: ChannelRuntime, key: string, lane: string, text: string): Promise<boolean> {
  const admitted = await target.admit(entry(key, lane, text));
  if (admitted) target.run({ key, lane });
  return admitted;
}

describe('the channel runtime', () => {
  it('answers each admitted turn once, a user’s turns in order and users side by side, with the working sign around it', async () => {
    const asked: string[] = [];
    const deliverer = new RecordingDeliverer();
    const one = runtime(
      sharedDatabase(),
      countingRouter(asked, (text) => (text.startsWith('slow') ? 60 : 5)),
    );
    one.start(deliverer);
    for (const [key, lane, text] of [
      ['a1', 'UA', 'slow first'],
      ['a2', 'UA', 'second'],
      ['b1', 'UB', 'other user'],
    ] as const)
      expect(await accept(one, key, lane, text)).toBe(true);
    expect(await accept(one, 'a1', 'UA', 'slow first')).toBe(false);
    expect(await one.idle(5_000)).toBe(true);
    expect(asked.sort()).toEqual(['other user', 'second', 'slow first']);
    const order = deliverer.delivered.map((item) => item.text);
    expect(order.indexOf('answer to slow first')).toBeLessThan(order.indexOf('answer to second'));
    expect(order.indexOf('answer to other user')).toBeLessThan(order.indexOf('answer to slow first'));
    expect(deliverer.signs.filter((sign) => sign === 'working UA')).toHaveLength(2);
    expect(await one.inbox.counts()).toEqual({ pending: 0, done: 3, failed: 0 });
  });

  it('retries a failed delivery without asking the core again, then gives up and marks the turn failed', async () => {
    const asked: string[] = [];
    const deliverer = new RecordingDeliverer();
    const one = runtime(sharedDatabase(), countingRouter(asked), { maxAttempts: 3 });
    one.start(deliverer);
    deliverer.failures = 2;
    await accept(one, 'k1', 'U1', 'retried');
    expect(await one.idle(5_000)).toBe(true);
    expect(asked).toEqual(['retried']);
    expect(deliverer.delivered).toEqual([{ userId: 'U1', text: 'answer to retried' }]);
    // The sign goes up once: a retry of a computed turn only delivers.
    expect(deliverer.signs.filter((sign) => sign.startsWith('working'))).toHaveLength(1);

    deliverer.failures = 3;
    await accept(one, 'k2', 'U2', 'doomed');
    expect(await one.idle(5_000)).toBe(true);
    expect(await one.inbox.counts()).toEqual({ pending: 0, done: 1, failed: 1 });
  });

  it('answers a turn acknowledged just before a crash once, when the next process starts', async () => {
    const database = sharedDatabase();
    const asked: string[] = [];
    // Process A acknowledged the turn (it is in the inbox, leased to A) and died before doing any work.
    const crashed = runtime(database, countingRouter(asked), { leaseMs: 200 });
    expect(await crashed.admit(entry('k1', 'U1', 'before the crash'))).toBe(true);
    runtimes.splice(runtimes.indexOf(crashed), 1);

    const deliverer = new RecordingDeliverer();
    const restarted = runtime(database, countingRouter(asked));
    restarted.start(deliverer);
    expect(await restarted.idle(5_000)).toBe(true);
    expect(asked).toEqual(['before the crash']);
    expect(deliverer.delivered).toEqual([{ userId: 'U1', text: 'answer to before the crash' }]);
    // Slack's retry of the same event, arriving after the restart, is still a duplicate.
    expect(await accept(restarted, 'k1', 'U1', 'before the crash')).toBe(false);
  });

  it('delivers the saved answer of a turn whose process stopped while Slack hung, without asking the core again', async () => {
    const database = sharedDatabase();
    const asked: string[] = [];
    const stuck = new RecordingDeliverer();
    let release: () => void = () => {};
    stuck.hold = new Promise((resolve) => {
      release = resolve;
    });
    const crashed = runtime(database, countingRouter(asked), { leaseMs: 300 });
    crashed.start(stuck);
    await accept(crashed, 'k1', 'U1', 'computed once');
    while (asked.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    // A is stopped mid-delivery (SIGTERM while the platform hangs): it hands the unfinished row back.
    await crashed.stop(50);
    runtimes.splice(runtimes.indexOf(crashed), 1);

    const deliverer = new RecordingDeliverer();
    const restarted = runtime(database, countingRouter(asked));
    restarted.start(deliverer);
    expect(await restarted.idle(5_000)).toBe(true);
    release();
    expect(asked).toEqual(['computed once']);
    expect(deliverer.delivered).toEqual([{ userId: 'U1', text: 'answer to computed once' }]);
  });

  it('keeps at most `concurrency` turns running', async () => {
    let running = 0;
    let peak = 0;
    const state = new MemoryStateStore();
    const router = new Router(silentLogger(), state).question(async (text) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 10));
      running -= 1;
      return [textReply(text)];
    });
    const one = runtime(sharedDatabase(), router, { concurrency: 2 });
    one.start(new RecordingDeliverer());
    for (let index = 0; index < 6; index += 1) await accept(one, `k${index}`, `U${index}`, `q${index}`);
    expect(await one.idle(5_000)).toBe(true);
    expect(peak).toBe(2);
    expect((await one.inbox.counts()).done).toBe(6);
  });

  it('holds at most `maxQueued` turns in memory; the rest wait in the inbox and are still answered once', async () => {
    const asked: string[] = [];
    const deliverer = new RecordingDeliverer();
    const one = runtime(
      sharedDatabase(),
      countingRouter(asked, () => 20),
      { maxQueued: 2, concurrency: 2 },
    );
    one.start(deliverer);
    const admitted = await Promise.all(
      [0, 1, 2, 3, 4].map((index) => one.admit(entry(`k${index}`, `U${index}`, `q${index}`))),
    );
    expect(admitted).toEqual([true, true, true, true, true]);
    for (let index = 0; index < 5; index += 1) one.run({ key: `k${index}`, lane: `U${index}` });
    expect(one.depth).toBeLessThanOrEqual(2);
    expect(await one.idle(5_000)).toBe(true);
    expect(asked.sort()).toEqual(['q0', 'q1', 'q2', 'q3', 'q4']);
    expect(deliverer.delivered).toHaveLength(5);
  });

  it('tells a user whose turn waits long that it is queued, then answers it', async () => {
    const asked: string[] = [];
    const deliverer = new RecordingDeliverer();
    const one = runtime(
      sharedDatabase(),
      countingRouter(asked, () => 150),
      { busyAfterMs: 50 },
    );
    one.start(deliverer);
    await accept(one, 'k1', 'U1', 'first');
    await accept(one, 'k2', 'U1', 'second, behind the first');
    expect(await one.idle(5_000)).toBe(true);
    // The second waits behind the first (one user's turns run in order): it hears it is queued before either answer.
    expect(deliverer.delivered.map((item) => item.text)).toEqual([
      QUEUED_NOTICE.fallbackText,
      'answer to first',
      'answer to second, behind the first',
    ]);
  });

  it('starts no new turn while its thread is saturated, beyond a few, and says the rest are queued while they wait', async () => {
    const asked: string[] = [];
    const deliverer = new RecordingDeliverer();
    let saturated = true;
    const one = runtime(
      sharedDatabase(),
      countingRouter(asked, () => 1_000),
      { busyAfterMs: 100, saturated: () => saturated },
    );
    one.start(deliverer);
    const users = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8'];
    for (const user of users) await accept(one, `k-${user}`, user, `question of ${user}`);
    // Every user sees the working sign at once, saturated or not.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(deliverer.signs.filter((sign) => sign.startsWith('working'))).toHaveLength(users.length);
    // Four run (work always goes on); the other four wait, and are told they are queued.
    expect(asked).toHaveLength(4);
    expect(deliverer.delivered.filter((item) => item.text === QUEUED_NOTICE.fallbackText)).toHaveLength(4);
    saturated = false;
    expect(await one.idle(5_000)).toBe(true);
    expect(asked).toHaveLength(users.length);
    expect(deliverer.delivered.filter((item) => item.text.startsWith('answer to'))).toHaveLength(users.length);
  });
});
