// Runs inbox rows after the acknowledgement: one lane (one user) at a time in order, lanes in parallel up to a limit,
// failed rows retried with backoff, and on startup every unfinished row is run again.
import type { Logger } from '../../../log.js';
import type { InboxRow, SlackInbox } from './slack-inbox.js';

export interface InboxWorkerOptions {
  inbox: SlackInbox;
  /** Does the work of one row; throws when it should be tried again. */
  run(row: InboxRow): Promise<void>;
  log: Logger;
  /** Rows running at once across lanes. */
  concurrency?: number;
  maxAttempts?: number;
  retryDelayMs?: (attempt: number) => number;
  /** Awaited before a row runs (the receiver's quiet moment); by default the next turn of the event loop. */
  beforeRun?: () => Promise<void>;
}

const defaultRetryDelay = (attempt: number) => Math.min(60_000, 1_000 * 2 ** (attempt - 1));

export class InboxWorker {
  private readonly lanes = new Map<string, Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly waiting: (() => void)[] = [];
  private active = 0;
  private stopped = false;

  constructor(private readonly options: InboxWorkerOptions) {}

  /** Queues a row on its lane; it runs after `beforeRun`, so the acknowledgement goes out first. */
  enqueue(key: string, lane: string): void {
    if (this.stopped) return;
    const previous = this.lanes.get(lane) ?? Promise.resolve();
    const next = previous
      .then(() => this.options.beforeRun?.() ?? new Promise<void>((resolve) => setImmediate(resolve)))
      .then(() => this.runRow(key))
      .finally(() => {
        if (this.lanes.get(lane) === next) this.lanes.delete(lane);
      });
    this.lanes.set(lane, next);
  }

  /** Queues every unfinished row (after a crash or restart); returns how many. */
  recover(): number {
    const rows = this.options.inbox.pending();
    for (const row of rows) this.enqueue(row.key, row.lane);
    if (rows.length > 0)
      this.options.log.info({ event: 'inbox-recovered', count: rows.length }, 'unfinished inbox rows queued again');
    return rows.length;
  }

  /** Resolves when every queued row has run (or the timeout passed). */
  async idle(timeoutMs = 30_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.lanes.size > 0 || this.timers.size > 0) {
      if (Date.now() > deadline) return false;
      // A timer, not only the lanes: a pending retry must get its turn on the event loop.
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return true;
  }

  async stop(timeoutMs = 10_000): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.race([
      Promise.allSettled([...this.lanes.values()]),
      new Promise((resolve) => setTimeout(resolve, timeoutMs)),
    ]);
  }

  private async runRow(key: string): Promise<void> {
    if (this.stopped) return;
    const { inbox, log } = this.options;
    await this.acquire();
    try {
      const row = inbox.get(key);
      if (row?.state !== 'pending' || this.stopped) return;
      const attempt = inbox.startAttempt(key);
      const started = Date.now();
      try {
        await this.options.run({ ...row, attempts: attempt });
        if (this.stopped) return;
        inbox.finish(key, 'done');
        log.debug({ event: 'inbox-done', turnId: key, attempt, durationMs: Date.now() - started }, 'inbox row done');
      } catch (error) {
        if (this.stopped) return;
        this.retryOrGiveUp(row, attempt, error as Error);
      }
    } finally {
      this.release();
    }
  }

  private retryOrGiveUp(row: InboxRow, attempt: number, error: Error): void {
    const { inbox, log } = this.options;
    const maxAttempts = this.options.maxAttempts ?? 6;
    if (attempt >= maxAttempts) {
      inbox.finish(row.key, 'failed');
      log.error({ event: 'inbox-failed', turnId: row.key, attempt, err: error }, 'inbox row failed for good');
      return;
    }
    const delay = (this.options.retryDelayMs ?? defaultRetryDelay)(attempt);
    log.warn(
      { event: 'inbox-retry', turnId: row.key, attempt, retryAfterMs: delay, err: error },
      'inbox row will be retried',
    );
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.enqueue(row.key, row.lane);
    }, delay);
    this.timers.add(timer);
  }

  private acquire(): Promise<void> {
    if (this.active < (this.options.concurrency ?? 1_000)) {
      this.active += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => this.waiting.push(() => resolve()));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active -= 1;
  }
}
