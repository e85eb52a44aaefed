// Drains the outbox at least once: lease due rows, hand each to its sink, then record delivery, a retry with
// backoff, or a dead letter after the last attempt. A crashed worker's leases expire and are taken over.
import { randomUUID } from 'node:crypto';
import type { Logger } from '../../log.js';
import type { Sink, SinkResult } from '../sinks/sink.js';
import { type BackoffOptions, DEFAULT_BACKOFF, retryDelayMs } from './backoff.js';
import type { Delivery, Outbox } from './outbox.js';

export interface DeliveryWorkerOptions {
  outbox: Outbox;
  sinks: readonly Sink[];
  log: Logger;
  maxAttempts: number;
  /** How long a claimed delivery is ours; must exceed the slowest sink's timeout. */
  leaseMs?: number;
  batchSize?: number;
  backoff?: BackoffOptions;
  random?: () => number;
  now?: () => Date;
  /** Called after each attempt is recorded (delivered, retry or dead letter), e.g. to answer "was it sent?". */
  onAttempted?: (ticketId: string) => void;
}

export const DEFAULT_LEASE_MS = 60_000;

export class DeliveryWorker {
  readonly owner = `worker-${randomUUID()}`;

  /** `options.sinks` is read on every round, so a sink registered later is served too. */
  constructor(private readonly options: DeliveryWorkerOptions) {}

  get sinkNames(): string[] {
    return this.options.sinks.map((sink) => sink.name);
  }

  /** Claims one batch of due deliveries and attempts them; returns how many were attempted. */
  async runOnce(): Promise<number> {
    const deliveries = await this.options.outbox.claim({
      owner: this.owner,
      sinks: this.sinkNames,
      limit: this.options.batchSize ?? 20,
      leaseMs: this.options.leaseMs ?? DEFAULT_LEASE_MS,
      now: this.now(),
    });
    await Promise.all(
      deliveries.map(async (delivery) => {
        await this.attempt(delivery);
        this.options.onAttempted?.(delivery.ticketId);
      }),
    );
    return deliveries.length;
  }

  /** Rows still open for this worker's sinks, and when the next is due. */
  async backlog(): Promise<{ open: number; nextDueAt?: Date }> {
    const open = await this.options.outbox.openCount(this.sinkNames);
    return { open, nextDueAt: open > 0 ? await this.options.outbox.nextDueAt(this.sinkNames) : undefined };
  }

  private async attempt(delivery: Delivery): Promise<void> {
    const { log, maxAttempts } = this.options;
    const fields = {
      deliveryId: delivery.id,
      ticketId: delivery.ticketId,
      sink: delivery.sink,
      attempt: delivery.attempt,
    };
    const sink = this.options.sinks.find((candidate) => candidate.name === delivery.sink);
    // Beyond the limit only when a worker died during the last attempt: give up rather than crash-loop on it.
    const result: SinkResult = !sink
      ? { ok: false, retryable: true, reason: 'sink-not-registered' }
      : delivery.attempt > maxAttempts
        ? { ok: false, retryable: false, reason: 'crashed-during-last-attempt' }
        : await sink.deliver(delivery).catch((error: unknown) => {
            log.error(
              { event: 'sink-threw', ...fields, err: error as Error },
              'sink threw instead of returning a failure',
            );
            return { ok: false, retryable: true, reason: 'sink-error' } as const;
          });
    if (result.ok) {
      await this.options.outbox.markDelivered(delivery.id, this.now());
      log.info({ event: 'delivered', ...fields, outcome: 'delivered' }, 'delivery succeeded');
      return;
    }
    const statusCode = /^http-(\d+)$/.exec(result.reason)?.[1];
    const failure = { ...fields, outcome: result.reason, statusCode: statusCode ? Number(statusCode) : undefined };
    if (!result.retryable || delivery.attempt >= maxAttempts) {
      await this.options.outbox.markFailed(delivery.id, this.owner, { reason: result.reason });
      log.warn({ event: 'delivery-dead-lettered', ...failure }, 'delivery dead-lettered: the desk must look at it');
      return;
    }
    const delayMs = retryDelayMs(
      delivery.attempt,
      this.options.backoff ?? DEFAULT_BACKOFF,
      this.options.random ?? Math.random,
      result.retryAfterMs,
    );
    await this.options.outbox.markFailed(delivery.id, this.owner, {
      reason: result.reason,
      retryAt: new Date(this.now().getTime() + delayMs),
    });
    log.info({ event: 'delivery-retry', ...failure, retryAfterMs: delayMs }, 'delivery failed; retrying later');
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }
}
