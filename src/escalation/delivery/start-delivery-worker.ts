// The worker as it runs beside the chat (npm start) and in `ressec deliver`: delivers as soon as a ticket is
// written, polls for rows written by other processes, and purges expired closed tickets at start and daily.
import type { Logger } from '../../log.js';
import type { Escalation } from '../create-escalation.js';
import { runDeliveryLoop } from './delivery-loop.js';
import { DeliveryWorker } from './delivery-worker.js';

const DAY_MS = 24 * 3_600_000;

export interface StartDeliveryWorkerOptions {
  escalation: Escalation;
  log: Logger;
  mode?: 'drain' | 'watch';
  pollMs?: number;
  leaseMs?: number;
  batchSize?: number;
}

export interface RunningDeliveryWorker {
  /** Resolves when the loop ends: on `stop()`, or in drain mode when the outbox is empty. */
  done: Promise<void>;
  stop(): Promise<void>;
}

export function startDeliveryWorker(options: StartDeliveryWorkerOptions): RunningDeliveryWorker {
  const { escalation } = options;
  const log = options.log.child({ component: 'delivery' });
  const worker = new DeliveryWorker({
    outbox: escalation.outbox,
    sinks: escalation.sinks,
    log,
    maxAttempts: escalation.maxDeliveryAttempts,
    leaseMs: options.leaseMs,
    batchSize: options.batchSize,
    onAttempted: (ticketId) => escalation.deliveryAttempted(ticketId),
  });
  const controller = new AbortController();
  let lastPurge = 0;
  const done = runDeliveryLoop({
    worker,
    mode: options.mode ?? 'watch',
    log,
    signal: controller.signal,
    pollMs: options.pollMs,
    subscribe: (wake) => escalation.onOutboxWrite(wake),
    beforeRound: async () => {
      if (Date.now() - lastPurge < DAY_MS) return;
      lastPurge = Date.now();
      await escalation.purgeClosed();
    },
  });
  return {
    done,
    async stop() {
      controller.abort();
      await done;
    },
  };
}
