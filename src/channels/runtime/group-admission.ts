// Admissions that arrive together are written in one go: one disk sync for a burst instead of one each, so a fully
// synced inbox stays fast under load. Each caller still waits for its own row to be durable. One batch is written at
// a time: what arrives meanwhile goes in the next, so the slower the disk, the larger the batches. The queues that
// work turns off (one, or one per answer thread) are bounded: a turn is leased to a queue with room (and remembered
// until it is queued), and otherwise waits in the inbox, held by nobody, for whoever has room first.
import type { Inbox, InboxEntry, Lease } from './inbox.js';

interface Waiting {
  entry: InboxEntry;
  /** The queue the row is leased to; '' for nobody. */
  owner: string;
  resolve: (admitted: boolean) => void;
  reject: (error: unknown) => void;
}

/** Entries written with one lease: the rows of one queue, or of nobody. */
export interface AdmissionGroup {
  entries: readonly InboxEntry[];
  lease: Lease;
}

/** Writes groups of entries, each group with its lease, for each entry false when its key was seen before. */
export interface AdmissionStore {
  admitGroups(groups: readonly AdmissionGroup[], now: number): Promise<boolean[][]>;
}

/** An inbox as an admission store: one write per group (the SQLite admission writer does them all in one sync). */
export function admissionStore(inbox: Pick<Inbox, 'admit'>): AdmissionStore {
  return {
    async admitGroups(groups, now) {
      const admitted: boolean[][] = [];
      for (const group of groups) admitted.push(await inbox.admit(group.entries, group.lease, now));
      return admitted;
    },
  };
}

/** A lease that has run out already: the row waits in the inbox for whichever process claims it first. */
export function heldByNobody(now: number): Lease {
  return { owner: '', until: now };
}

export interface GroupAdmissionOptions {
  store: AdmissionStore;
  /**
   * The queue (its lease owner) to lease one more turn to, or undefined when none has room; `reserved` counts, by
   * owner, the turns admitted to each and not yet handed over.
   */
  pick: (reserved: ReadonlyMap<string, number>) => string | undefined;
  /** The lease a row held by `owner` starts with. */
  lease: (owner: string) => Lease;
  now?: () => number;
}

export class GroupAdmission {
  private waiting: Waiting[] = [];
  private writing = false;
  private scheduled = false;
  /** Admitted turns leased to a queue, not yet handed to it: their queue, by key. */
  private readonly reserved = new Map<string, string>();
  /** How many of `reserved` each queue has. */
  private readonly reservedCounts = new Map<string, number>();

  constructor(private readonly options: GroupAdmissionOptions) {}

  /** Resolves once the entry is durable: true, or false when its key was seen before. */
  async admit(entry: InboxEntry): Promise<boolean> {
    // Counted before the write, so that a burst of admissions cannot all take the last places.
    const already = this.reserved.get(entry.key);
    const owner = already ?? this.options.pick(this.reservedCounts) ?? '';
    const reserving = owner !== '' && already === undefined;
    if (reserving) this.reserve(entry.key, owner);
    let admitted = false;
    try {
      admitted = await new Promise<boolean>((resolve, reject) => {
        this.waiting.push({ entry, owner, resolve, reject });
        this.schedule();
      });
      return admitted;
    } finally {
      // A duplicate, or a write that failed, takes no place in the queue.
      if (!admitted && reserving) this.handOver(entry.key);
    }
  }

  /** The queue a turn was admitted to, once: the caller hands it over. Undefined when nobody holds it. */
  handOver(key: string): string | undefined {
    const owner = this.reserved.get(key);
    if (owner === undefined) return undefined;
    this.reserved.delete(key);
    const left = (this.reservedCounts.get(owner) ?? 1) - 1;
    if (left > 0) this.reservedCounts.set(owner, left);
    else this.reservedCounts.delete(owner);
    return owner;
  }

  /** The queue a turn admitted and not yet handed over is leased to. */
  ownerOf(key: string): string | undefined {
    return this.reserved.get(key);
  }

  private reserve(key: string, owner: string): void {
    this.reserved.set(key, owner);
    this.reservedCounts.set(owner, (this.reservedCounts.get(owner) ?? 0) + 1);
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
    const byOwner = new Map<string, Waiting[]>();
    for (const waiting of batch) {
      const group = byOwner.get(waiting.owner);
      if (group) group.push(waiting);
      else byOwner.set(waiting.owner, [waiting]);
    }
    const groups = [...byOwner];
    try {
      const admitted = await this.options.store.admitGroups(
        groups.map(([owner, group]) => ({
          entries: group.map((waiting) => waiting.entry),
          lease: owner === '' ? heldByNobody(now) : this.options.lease(owner),
        })),
        now,
      );
      for (const [index, [, group]] of groups.entries()) {
        for (const [position, waiting] of group.entries()) waiting.resolve(admitted[index]?.[position] === true);
      }
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
    }
    this.writing = false;
    if (this.waiting.length > 0) this.schedule();
  }
}
