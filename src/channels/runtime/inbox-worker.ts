// Works inbox rows off after the acknowledgement: one lane (one user) at a time in order, lanes in parallel up to a
// limit, failed rows retried with backoff. Rows this process admitted are leased to it already; every `pollMs` it
// also claims rows nobody holds (left by a crashed or stopped process, due for a retry, or admitted while its queue
// was full), and while it works it renews its leases, so no other process takes over a row that is still running.
// The queue is bounded: beyond `maxQueued` rows wait in the inbox, not in memory. A row that waits longer than
// `busyAfterMs` before it starts is reported, so that the user hears their question is queued.
import type { Logger } from '../../log.js';
import { type Inbox, type Lease, LeaseLostError, type PendingRow } from './inbox.js';

/** How rows are worked off: how many at once, how often tried, how long a lease lasts. */
export interface InboxWorkPolicy {
  /** Rows running at once across lanes (each mostly waits on the core or the platform). */
  concurrency?: number;
  maxAttempts?: number;
  retryDelayMs?: (attempt: number) => number;
  /** How long a lease lasts unless renewed; a crashed process's rows wait this long at most. */
  leaseMs?: number;
  /** How often to look for rows nobody holds. */
  pollMs?: number;
  /** Rows queued or running in this process at most; the rest wait in the inbox. */
  maxQueued?: number;
  /** How long a row may wait for its turn before the user is told it is queued. */
  busyAfterMs?: number;
  /**
   * True while the thread has no CPU to spare: no new row starts then (besides `minRunning`), so the loop stays free
   * for first signs, deliveries and the rows already running, and the rest wait, told after `busyAfterMs` that they
   * are queued, instead of all running slowly at once.
   */
  saturated?: () => boolean;
}

/** Rows that start however saturated the thread is, so that work always goes on. */
const MIN_RUNNING = 4;
/** How often a row waiting for a saturated thread looks again. */
const SATURATION_RECHECK_MS = 50;

export interface InboxWorkerOptions extends InboxWorkPolicy {
  inbox: Inbox;
  /** This process's name on its leases. */
  owner: string;
  /** Does the work of one row; throws when it should be tried again. */
  run(row: PendingRow): Promise<void>;
  log: Logger;
  /** Awaited before a row runs (the receiver's quiet moment); by default the next turn of the event loop. */
  beforeRun?: () => Promise<void>;
  /** A row has waited `busyAfterMs` without starting. A courtesy: its failures are ignored. */
  onLongWait?: (key: string) => Promise<void>;
  now?: () => number;
}

const defaultRetryDelay = (attempt: number) => Math.min(60_000, 1_000 * 2 ** (attempt - 1));
export const DEFAULT_MAX_QUEUED = 2_000;
const CLAIM_BATCH = 100;

export class InboxWorker {
  private readonly lanes = new Map<string, Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Rows queued but not started, with the timer that reports a long wait. */
  private readonly notStarted = new Map<string, NodeJS.Timeout>();
  private readonly waiting: (() => void)[] = [];
  private intervals: NodeJS.Timeout[] = [];
  private polling: Promise<void> | undefined;
  private active = 0;
  private recheck: NodeJS.Timeout | undefined;
  private queued = 0;
  private stopped = false;
  readonly leaseMs: number;
  private readonly now: () => number;

  constructor(private readonly options: InboxWorkerOptions) {
    this.leaseMs = options.leaseMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  /** The lease a row starts or continues with. */
  lease(): Lease {
    return { owner: this.options.owner, until: this.now() + this.leaseMs };
  }

  /** Starts claiming rows nobody holds (at once: what a restart must still do) and renewing this process's leases. */
  start(): void {
    const poll = setInterval(() => void this.poll(), this.options.pollMs ?? 1_000);
    const renew = setInterval(() => void this.renew(), Math.max(10, Math.floor(this.leaseMs / 3)));
    poll.unref();
    renew.unref();
    this.intervals = [poll, renew];
    void this.poll();
  }

  /** Queues a row this process holds on its lane; it runs after `beforeRun`, so the acknowledgement goes out first. */
  enqueue(key: string, lane: string): void {
    if (this.stopped) return;
    const previous = this.lanes.get(lane) ?? Promise.resolve();
    this.queued += 1;
    this.watchWait(key, this.options.busyAfterMs ?? 2_000);
    const next = previous
      .then(() => this.options.beforeRun?.() ?? new Promise<void>((resolve) => setImmediate(resolve)))
      .then(() => this.runRow(key))
      .finally(() => {
        this.queued -= 1;
        if (this.lanes.get(lane) === next) this.lanes.delete(lane);
      });
    this.lanes.set(lane, next);
  }

  /** Claims the rows nobody holds that are due, and queues them. */
  poll(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.polling ??= this.claim().finally(() => {
      this.polling = undefined;
    });
    return this.polling;
  }

  /** Resolves when no row is queued, running, waiting for a retry or left in the inbox (or the timeout passed). */
  async idle(timeoutMs = 30_000): Promise<boolean> {
    const deadline = this.now() + timeoutMs;
    while (this.lanes.size > 0 || this.timers.size > 0 || (await this.options.inbox.counts()).pending > 0) {
      if (this.now() > deadline) return false;
      if (this.lanes.size === 0) await this.poll();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return true;
  }

  /** Stops taking work, waits for running rows, and gives the leases of the rest up for another process. */
  async stop(timeoutMs = 10_000): Promise<void> {
    this.stopped = true;
    for (const interval of this.intervals) clearInterval(interval);
    for (const timer of this.notStarted.values()) clearTimeout(timer);
    this.notStarted.clear();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    clearTimeout(this.recheck);
    this.startWaiting();
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...this.lanes.values(), this.polling]),
      new Promise((resolve) => {
        timeout = setTimeout(resolve, timeoutMs);
      }),
    ]);
    clearTimeout(timeout);
    await this.options.inbox.releaseAll(this.options.owner);
  }

  /** Rows queued or running in this process. */
  get depth(): number {
    return this.queued;
  }

  /** The most rows to hold at once, for the inbox to lease to this process at admission. */
  get capacity(): number {
    return this.options.maxQueued ?? DEFAULT_MAX_QUEUED;
  }

  private async claim(): Promise<void> {
    const room = Math.min(CLAIM_BATCH, this.capacity - this.queued);
    if (room <= 0) return;
    const rows = await this.options.inbox.claim(this.lease(), this.now(), room);
    const busyAfterMs = this.options.busyAfterMs ?? 2_000;
    for (const row of rows) {
      this.enqueue(row.key, row.lane);
      // A row that waited in the inbox has used some of its patience already.
      if (this.now() - row.receivedAt >= busyAfterMs) this.watchWait(row.key, 0);
    }
    if (rows.length > 0)
      this.options.log.info({ event: 'inbox-claimed', count: rows.length }, 'unfinished inbox rows taken over');
  }

  private async renew(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.options.inbox.renew(this.lease());
    } catch (error) {
      this.options.log.warn({ event: 'inbox-renew-failed', err: error as Error }, 'inbox leases not renewed');
    }
  }

  /** Reports the row if it has not started within `ms`. */
  private watchWait(key: string, ms: number): void {
    if (!this.options.onLongWait) return;
    clearTimeout(this.notStarted.get(key));
    const timer = setTimeout(() => {
      this.notStarted.delete(key);
      if (!this.stopped) void this.options.onLongWait?.(key).catch(() => undefined);
    }, ms);
    timer.unref();
    this.notStarted.set(key, timer);
  }

  private started(key: string): void {
    clearTimeout(this.notStarted.get(key));
    this.notStarted.delete(key);
  }

  private async runRow(key: string): Promise<void> {
    if (this.stopped) return;
    const { inbox, log, owner } = this.options;
    await this.acquire();
    this.started(key);
    try {
      const row = this.stopped ? undefined : await inbox.begin(key, this.lease());
      if (!row) return;
      const started = this.now();
      try {
        await this.options.run(row);
        if (this.stopped) return;
        await inbox.finish(key, owner, 'done', this.now());
        log.debug(
          { event: 'inbox-done', turnId: key, attempt: row.attempts, durationMs: this.now() - started },
          'inbox row done',
        );
      } catch (error) {
        if (this.stopped) return;
        if (error instanceof LeaseLostError) {
          log.warn({ event: 'inbox-lease-lost', turnId: key }, 'another process took the inbox row over');
          return;
        }
        await this.retryOrGiveUp(row, error as Error);
      }
    } catch (error) {
      log.error({ event: 'inbox-store-failed', turnId: key, err: error as Error }, 'the inbox could not be updated');
    } finally {
      this.release();
    }
  }

  private async retryOrGiveUp(row: PendingRow, error: Error): Promise<void> {
    const { inbox, log, owner } = this.options;
    const attempt = row.attempts;
    if (attempt >= (this.options.maxAttempts ?? 6)) {
      await inbox.finish(row.key, owner, 'failed', this.now());
      log.error({ event: 'inbox-failed', turnId: row.key, attempt, err: error }, 'inbox row failed for good');
      return;
    }
    const delay = (this.options.retryDelayMs ?? defaultRetryDelay)(attempt);
    log.warn(
      { event: 'inbox-retry', turnId: row.key, attempt, retryAfterMs: delay, err: error },
      'inbox row will be retried',
    );
    await inbox.retryAt(row.key, owner, this.now() + delay);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.poll();
    }, delay);
    this.timers.add(timer);
  }

  private acquire(): Promise<void> {
    if (this.waiting.length === 0 && this.hasSlot()) {
      this.active += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      this.waiting.push(() => resolve());
      this.recheckSoon();
    });
  }

  private release(): void {
    this.active -= 1;
    this.startWaiting();
  }

  private hasSlot(): boolean {
    // Once stopped, a waiting row only returns: let it, so that stop() need not wait for a slot.
    if (this.stopped) return true;
    if (this.active >= (this.options.concurrency ?? 1_000)) return false;
    return this.active < MIN_RUNNING || this.options.saturated?.() !== true;
  }

  /** Starts waiting rows, in order, while there are slots. */
  private startWaiting(): void {
    while (this.waiting.length > 0 && this.hasSlot()) {
      this.active += 1;
      this.waiting.shift()?.();
    }
    if (this.waiting.length > 0) this.recheckSoon();
  }

  /** A saturated thread frees no slot when it recovers: look again shortly. */
  private recheckSoon(): void {
    if (!this.options.saturated || this.recheck || this.stopped) return;
    this.recheck = setTimeout(() => {
      this.recheck = undefined;
      this.startWaiting();
    }, SATURATION_RECHECK_MS);
    this.recheck.unref();
  }
}
