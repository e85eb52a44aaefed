// Admissions that arrive together are written in one go: one disk sync for a burst instead of one each, so a fully
// synced inbox stays fast under load. Each caller still waits for its own row to be durable. One batch is written at
// a time: what arrives meanwhile goes in the next, so the slower the disk, the larger the batches.
import type { Inbox, InboxEntry, Lease } from './inbox.js';

interface Waiting {
  entry: InboxEntry;
  held: boolean;
  resolve: (admitted: boolean) => void;
  reject: (error: unknown) => void;
}

/** A lease that has run out already: the row waits in the inbox for whichever process claims it first. */
export function heldByNobody(now: number): Lease {
  return { owner: '', until: now };
}

export class GroupAdmission {
  private waiting: Waiting[] = [];
  private writing = false;
  private scheduled = false;

  constructor(
    private readonly inbox: Pick<Inbox, 'admit'>,
    /** The lease a held row starts with: the admitting process works it off. */
    private readonly lease: () => Lease,
    private readonly now: () => number = Date.now,
  ) {}

  /** Resolves once the entry is durable: true, or false when its key was seen before. */
  admit(entry: InboxEntry, held = true): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ entry, held, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.writing || this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.writing || this.waiting.length === 0) return;
    this.writing = true;
    const batch = this.waiting;
    this.waiting = [];
    const now = this.now();
    for (const [held, lease] of [
      [true, this.lease()],
      [false, heldByNobody(now)],
    ] as const) {
      const group = batch.filter((waiting) => waiting.held === held);
      if (group.length === 0) continue;
      try {
        const admitted = await this.inbox.admit(
          group.map((waiting) => waiting.entry),
          lease,
          now,
        );
        for (const [index, waiting] of group.entries()) waiting.resolve(admitted[index] === true);
      } catch (error) {
        for (const waiting of group) waiting.reject(error);
      }
    }
    this.writing = false;
    if (this.waiting.length > 0) this.schedule();
  }
}
