import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../log.js';
import { migrate, openSqlDatabase } from '../../../store/sql-database.js';
import { InboxWorker } from './inbox-worker.js';
import { type InboxRow, SlackInbox } from './slack-inbox.js';
import { SLACK_MIGRATIONS } from './slack-migrations.js';

function inbox(): SlackInbox {
  const database = openSqlDatabase(':memory:');
  migrate(database, 'slack', SLACK_MIGRATIONS);
  return new SlackInbox(database);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('inbox worker', () => {
  it('runs one lane in order and lanes side by side', async () => {
    const store = inbox();
    const events: string[] = [];
    const worker = new InboxWorker({
      inbox: store,
      log: silentLogger(),
      run: async (row: InboxRow) => {
        events.push(`start ${row.key}`);
        await sleep(row.lane === 'slow' ? 40 : 5);
        events.push(`end ${row.key}`);
      },
    });
    for (const [key, lane] of [
      ['a1', 'slow'],
      ['a2', 'slow'],
      ['b1', 'fast'],
    ] as const) {
      store.admit({ key, lane }, {});
      worker.enqueue(key, lane);
    }
    await worker.idle();
    expect(events.indexOf('end a1')).toBeLessThan(events.indexOf('start a2'));
    expect(events.indexOf('end b1')).toBeLessThan(events.indexOf('end a1'));
    expect(store.counts()).toEqual({ pending: 0, done: 3, failed: 0 });
    expect(store.get('a1')?.body).toEqual({});
  });

  it('retries a failing row, then gives up and marks it failed', async () => {
    const store = inbox();
    let runs = 0;
    const worker = new InboxWorker({
      inbox: store,
      log: silentLogger(),
      maxAttempts: 3,
      retryDelayMs: () => 5,
      run: async () => {
        runs += 1;
        throw new Error('slack is down');
      },
    });
    store.admit({ key: 'k', lane: 'u' }, { secret: 'text' });
    worker.enqueue('k', 'u');
    await worker.idle();
    expect(runs).toBe(3);
    expect(store.counts().failed).toBe(1);
  });

  it('runs unfinished rows again on recovery, and skips finished ones', async () => {
    const store = inbox();
    store.admit({ key: 'done', lane: 'u' }, {});
    store.finish('done', 'done');
    store.admit({ key: 'open', lane: 'u' }, { question: 'kept until answered' });
    const seen: unknown[] = [];
    const worker = new InboxWorker({ inbox: store, log: silentLogger(), run: async (row) => void seen.push(row.body) });
    expect(worker.recover()).toBe(1);
    await worker.idle();
    expect(seen).toEqual([{ question: 'kept until answered' }]);
    // Once done, the payload is gone: only the key stays, for deduplication.
    expect(store.get('open')).toMatchObject({ state: 'done', body: {} });
    expect(store.admit({ key: 'open', lane: 'u' }, {})).toBe(false);
  });

  it('keeps at most `concurrency` rows running', async () => {
    const store = inbox();
    let running = 0;
    let peak = 0;
    const worker = new InboxWorker({
      inbox: store,
      log: silentLogger(),
      concurrency: 2,
      run: async () => {
        running += 1;
        peak = Math.max(peak, running);
        await sleep(10);
        running -= 1;
      },
    });
    for (let index = 0; index < 6; index += 1) {
      store.admit({ key: `k${index}`, lane: `u${index}` }, {});
      worker.enqueue(`k${index}`, `u${index}`);
    }
    await worker.idle();
    expect(peak).toBe(2);
    expect(store.counts().done).toBe(6);
  });
});
