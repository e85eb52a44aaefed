// Runs a worker until the outbox is empty (`drain`) or until stopped (`watch`), sleeping until the next row is
// due, the poll interval passes, or a wake-up (a new ticket in this process) arrives.
import type { Logger } from '../../log.js';
import type { DeliveryWorker } from './delivery-worker.js';

export interface DeliveryLoopOptions {
  worker: DeliveryWorker;
  mode: 'drain' | 'watch';
  log: Logger;
  signal?: AbortSignal;
  pollMs?: number;
  /** Subscribes to wake-ups; returns an unsubscribe function. */
  subscribe?: (wake: () => void) => () => void;
  /** Runs before each round (e.g. the daily purge). */
  beforeRound?: () => Promise<void>;
}

export async function runDeliveryLoop(options: DeliveryLoopOptions): Promise<void> {
  const pollMs = options.pollMs ?? 1_000;
  let wake: (() => void) | undefined;
  let woken = false;
  const onWake = () => {
    woken = true;
    wake?.();
  };
  const unsubscribe = options.subscribe?.(onWake);
  options.signal?.addEventListener('abort', onWake);
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (woken || options.signal?.aborted) return resolve();
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  try {
    while (!options.signal?.aborted) {
      woken = false;
      let waitMs = pollMs;
      try {
        await options.beforeRound?.();
        if ((await options.worker.runOnce()) > 0) continue;
        const backlog = await options.worker.backlog();
        if (options.mode === 'drain' && backlog.open === 0) return;
        if (backlog.nextDueAt) waitMs = Math.min(pollMs, Math.max(10, backlog.nextDueAt.getTime() - Date.now()));
      } catch (error) {
        // A locked or briefly unavailable database: keep going, the rows are safe in the outbox.
        options.log.error({ event: 'delivery-round-failed', err: error as Error }, 'delivery round failed; retrying');
      }
      await sleep(waitMs);
    }
  } finally {
    unsubscribe?.();
    options.signal?.removeEventListener('abort', onWake);
  }
}
