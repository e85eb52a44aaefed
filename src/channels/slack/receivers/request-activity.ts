// Counts the requests being acknowledged, so work after the ack can wait for a burst of them to pass: a busy moment
// then delays answers by milliseconds rather than delaying acknowledgements.
/** Quiet means no request for this long. */
const SETTLE_MS = 5;

export class RequestActivity {
  private inFlight = 0;
  private lastActivity = 0;
  private waiting: Promise<void> | undefined;

  async track<T>(work: () => Promise<T>): Promise<T> {
    this.inFlight += 1;
    this.lastActivity = performance.now();
    try {
      return await work();
    } finally {
      this.inFlight -= 1;
      this.lastActivity = performance.now();
    }
  }

  /** Resolves once no request has been in progress for a few milliseconds, or after `maxWaitMs`. */
  quiet(maxWaitMs: number): Promise<void> {
    if (this.isQuiet()) return Promise.resolve();
    // One timer for all waiters: a burst may leave hundreds of rows waiting.
    this.waiting ??= new Promise<void>((resolve) => {
      const deadline = performance.now() + maxWaitMs;
      const check = () => {
        if (this.isQuiet() || performance.now() >= deadline) {
          this.waiting = undefined;
          resolve();
        } else setTimeout(check, SETTLE_MS);
      };
      setTimeout(check, SETTLE_MS);
    });
    return this.waiting;
  }

  private isQuiet(): boolean {
    return this.inFlight === 0 && performance.now() - this.lastActivity >= SETTLE_MS;
  }
}
