// Admissions that arrive together are written in one go: one disk sync for a burst instead of one each, so a fully
// synced inbox stays fast under load. Each caller still waits for its own row to be durable.
import type { Inbox, InboxEntry, Lease } from './inbox.js';

interface Waiting {
  entry: InboxEntry;
  resolve: (admitted: boolean) => void;
  reject: (error: unknown) => void;
}

export class GroupAdmission {
  private waiting: Waiting[] = [];

  constructor(
    private readonly inbox: Inbox,
    /** The lease the admitted rows start with: the admitting process works them off. */
    private readonly lease: () => Lease,
    private readonly now: () => number = Date.now,
  ) {}

  /** Resolves once the entry is durable: true, or false when its key was seen before. */
  admit(entry: InboxEntry): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ entry, resolve, reject });
      if (this.waiting.length === 1) setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    const batch = this.waiting;
    this.waiting = [];
    try {
      const admitted = await this.inbox.admit(
        batch.map((waiting) => waiting.entry),
        this.lease(),
        this.now(),
      );
      for (const [index, waiting] of batch.entries()) waiting.resolve(admitted[index] === true);
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
    }
  }
}
