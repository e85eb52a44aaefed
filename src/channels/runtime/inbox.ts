// The inbox: every accepted turn is written here before the platform gets its acknowledgement, and the work runs from
// here. A duplicate key (a retry, a replay, one post seen as two events) is refused. Work is claimed with a lease, as
// the ticket outbox is, so that of several processes exactly one runs a row, and a crashed process's rows are taken
// over once its lease runs out. A finished row keeps only its key (for deduplication): turn, target and replies go.
import type { Reply } from '../../core/reply.js';
import type { Turn } from '../../core/turn.js';
import type { ReplyTarget } from './reply-target.js';

export interface InboxEntry {
  /** The same for every delivery of one user action. */
  key: string;
  /** Rows of one lane (one user) run one at a time, in order. */
  lane: string;
  turn: Turn;
  target: ReplyTarget;
  /** Replies known when the turn arrives (the channel's own, such as "that message has no text"): only delivered. */
  replies?: Reply[];
}

export type InboxState = 'pending' | 'done' | 'failed';

export interface InboxRow {
  key: string;
  lane: string;
  state: InboxState;
  /** Present while the row is pending: a finished row keeps only its key and state. */
  turn?: Turn;
  target?: ReplyTarget;
  replies?: Reply[];
  /** How many of `replies` have been delivered. */
  delivered: number;
  attempts: number;
  /** Epoch milliseconds. */
  receivedAt: number;
}

/** A row still to be worked off: it has its turn and target. */
export type PendingRow = InboxRow & InboxEntry;

export interface Lease {
  /** Identifies the process holding the lease. */
  owner: string;
  /** Epoch milliseconds at which the lease runs out. */
  until: number;
}

export interface Inbox {
  /** Writes the entries in one go (one disk sync), leased to `lease.owner`; for each, false when its key was seen. */
  admit(entries: readonly InboxEntry[], lease: Lease, now: number): Promise<boolean[]>;
  /**
   * Leases unfinished rows that are due (never leased, or their lease ran out, and not waiting for a retry), at most
   * one per lane and none of a lane another lease holds, oldest first.
   */
  claim(lease: Lease, now: number, limit: number): Promise<PendingRow[]>;
  /** Counts an attempt on a row this owner holds and returns it; undefined when the lease was lost or it is finished. */
  begin(key: string, lease: Lease): Promise<PendingRow | undefined>;
  /** Extends every lease this owner holds (its rows still queued or running). */
  renew(lease: Lease): Promise<number>;
  /** Gives up every lease this owner holds (on a clean stop), so another process can take the rows at once. */
  releaseAll(owner: string): Promise<number>;
  get(key: string): Promise<InboxRow | undefined>;
  /** These writes succeed only while `owner` holds the row; false when another process has taken it over. */
  saveReplies(key: string, owner: string, replies: Reply[]): Promise<boolean>;
  /**
   * Claims reply `index` for posting, right before it goes out: only while `lease.owner` still holds the row, and
   * extending its lease to `lease.until`, so no other process takes the row over while the post is under way. A
   * process starved past its lease whose row was taken over gets undefined and must post nothing. `repeat` says an
   * earlier attempt claimed this reply and did not record it as posted (it may have gone out before a crash).
   */
  claimPost(key: string, lease: Lease, index: number): Promise<{ repeat: boolean } | undefined>;
  markDelivered(key: string, owner: string, count: number): Promise<boolean>;
  finish(key: string, owner: string, state: 'done' | 'failed', now: number): Promise<boolean>;
  /** Gives the lease up; the row is due again at `retryAt` (for this process or another). */
  retryAt(key: string, owner: string, retryAt: number): Promise<boolean>;
  counts(): Promise<Record<InboxState, number>>;
  /** Forgets finished rows older than `cutoff`; returns how many. */
  purgeFinishedBefore(cutoff: number): Promise<number>;
}

/** Thrown when a row's lease went to another process while this one worked on it: that one finishes it. */
export class LeaseLostError extends Error {
  override name = 'LeaseLostError';
  constructor(readonly key: string) {
    super('the inbox row is held by another process now');
  }
}
