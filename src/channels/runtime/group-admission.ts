// Admissions that arrive together are written in one go: one disk sync for a burst instead of one each, so a fully
// synced inbox stays fast under load. Each caller still waits for its own row to be durable. One batch is written at
// a time: what arrives meanwhile goes in the next, so the slower the disk, the larger the batches. The queue that
// works turns off is bounded: a turn is leased to it while it has room (and remembered until it is queued), and
// otherwise waits in the inbox, held by nobody, for whoever has room first.
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

export interface GroupAdmissionOptions {
  inbox: Pick<Inbox, 'admit'>;
  /** The lease a held row starts with: the queue that works it off. */
  lease: () => Lease;
  /** Whether the queue has room for one more, besides the `reserved` turns admitted and not yet queued. */
  hasRoom: (reserved: number) => boolean;
  now?: () => number;
}

export class GroupAdmission {
  private waiting: Waiting[] = [];
  private writing = false;
  private scheduled = false;
  /** Admitted turns leased to the queue, not yet handed to it. */
  private readonly reserved = new Set<string>();

  constructor(private readonly options: GroupAdmissionOptions) {}

  /** Resolves once the entry is durable: true, or false when its key was seen before. */
  async admit(entry: InboxEntry): Promise<boolean> {
    // Counted before the write, so that a burst of admissions cannot all take the last places.
    const held = this.options.hasRoom(this.reserved.size);
    const reserving = held && !this.reserved.has(entry.key);
    if (reserving) this.reserved.add(entry.key);
    const admitted = await new Promise<boolean>((resolve, reject) => {
      this.waiting.push({ entry, held, resolve, reject });
      this.schedule();
    });
    if (!admitted && reserving) this.reserved.delete(entry.key);
    return admitted;
  }

  /** True, once, for a turn admitted leased to the queue: the caller hands it over. */
  handOver(key: string): boolean {
    return this.reserved.delete(key);
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
    const now = (this.options.now ?? Date.now)();
    for (const [held, lease] of [
      [true, this.options.lease()],
      [false, heldByNobody(now)],
    ] as const) {
      const group = batch.filter((waiting) => waiting.held === held);
      if (group.length === 0) continue;
      try {
        const admitted = await this.options.inbox.admit(
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
