// Retention only holds if the purge really runs: once at start, then on an interval, in every long-lived process.
import type { Logger } from '../log.js';

export interface PurgeTask {
  /** Logged with the count, e.g. "state" or "tickets". */
  name: string;
  run(): number | Promise<number>;
}

export interface PurgeSchedule {
  /** Runs every task now; resolves when all have finished (failures are logged, not thrown). */
  runNow(): Promise<void>;
  /** Stops the interval and waits for a purge in flight, so the stores can be closed after it. */
  stop(): Promise<void>;
}

export function startPurgeSchedule(tasks: PurgeTask[], intervalMs: number, log: Logger): PurgeSchedule {
  let running: Promise<void> | undefined;
  const runNow = () => {
    running ??= (async () => {
      for (const task of tasks) {
        try {
          const purged = await task.run();
          log.info({ event: 'purged', outcome: task.name, count: purged }, 'expired data purged');
        } catch (error) {
          log.warn({ event: 'purge-failed', outcome: task.name, err: error as Error }, 'purge failed');
        }
      }
    })().finally(() => {
      running = undefined;
    });
    return running;
  };
  void runNow();
  const timer = setInterval(() => void runNow(), intervalMs);
  // The schedule must never keep a finished command alive.
  timer.unref();
  return {
    runNow,
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
