// The inbox: every accepted Slack payload is written here before Slack gets its acknowledgement, and the work runs
// from here. A duplicate key (a retry, a replay, a mention seen as both app_mention and message) is refused.
// Once a row is finished its payload and replies are cleared: only the key stays, for deduplication.
import type { Reply } from '../../../core/reply.js';
import type { SqlDatabase } from '../../../store/sql-database.js';

export interface InboxEntry {
  /** Deduplication key: the same for every delivery of the same user action. */
  key: string;
  eventId?: string;
  /** Rows of one lane (one user) run one at a time, in order. */
  lane: string;
}

export interface InboxRow extends InboxEntry {
  body: Record<string, unknown>;
  state: 'pending' | 'done' | 'failed';
  /** The replies, once computed: a retry delivers these rather than asking the core again. */
  replies?: Reply[];
  /** How many of `replies` have reached Slack. */
  delivered: number;
  attempts: number;
  receivedAt: number;
}

interface StoredRow {
  key: string;
  event_id: string | null;
  lane: string;
  body: string | null;
  state: InboxRow['state'];
  replies: string | null;
  delivered: number;
  attempts: number;
  received_at: number;
}

function toRow(stored: StoredRow): InboxRow {
  return {
    key: stored.key,
    eventId: stored.event_id ?? undefined,
    lane: stored.lane,
    body: stored.body ? (JSON.parse(stored.body) as Record<string, unknown>) : {},
    state: stored.state,
    replies: stored.replies ? (JSON.parse(stored.replies) as Reply[]) : undefined,
    delivered: stored.delivered,
    attempts: stored.attempts,
    receivedAt: stored.received_at,
  };
}

export class SlackInbox {
  private readonly statements;
  private readonly now: () => number;
  private readonly admitTransaction: (admissions: readonly { entry: InboxEntry; body: unknown }[]) => boolean[];

  /**
   * `db` keeps the rows' progress; `durable` (a connection to the same file with synchronous = FULL) writes the
   * admissions, the only writes that must survive a power cut: the rest can be redone from them.
   */
  constructor(db: SqlDatabase, options: { durable?: SqlDatabase; now?: () => number } = {}) {
    const durable = options.durable ?? db;
    this.now = options.now ?? Date.now;
    this.admitTransaction = durable.transaction((admissions: readonly { entry: InboxEntry; body: unknown }[]) =>
      admissions.map(({ entry, body }) => this.admit(entry, body)),
    );
    this.statements = {
      admit: durable.prepare(
        `INSERT INTO slack_inbox (key, event_id, lane, body, state, received_at) VALUES (?, ?, ?, ?, 'pending', ?)
         ON CONFLICT (key) DO NOTHING`,
      ),
      get: db.prepare('SELECT * FROM slack_inbox WHERE key = ?'),
      pending: db.prepare("SELECT * FROM slack_inbox WHERE state = 'pending' ORDER BY received_at, rowid"),
      startAttempt: db.prepare('UPDATE slack_inbox SET attempts = attempts + 1 WHERE key = ? RETURNING attempts'),
      saveReplies: db.prepare('UPDATE slack_inbox SET replies = ?, delivered = 0 WHERE key = ?'),
      markDelivered: db.prepare('UPDATE slack_inbox SET delivered = ? WHERE key = ?'),
      finish: db.prepare(
        'UPDATE slack_inbox SET state = ?, body = NULL, replies = NULL, finished_at = ? WHERE key = ?',
      ),
      purge: db.prepare("DELETE FROM slack_inbox WHERE state != 'pending' AND finished_at < ?"),
      counts: db.prepare('SELECT state, COUNT(*) AS count FROM slack_inbox GROUP BY state'),
    };
  }

  /** Records the payload; false when the key was seen before. */
  admit(entry: InboxEntry, body: unknown): boolean {
    const { key, eventId, lane } = entry;
    return this.statements.admit.run(key, eventId ?? null, lane, JSON.stringify(body), this.now()).changes === 1;
  }

  /** Records several payloads in one transaction (one disk sync); for each, whether it was new. */
  admitAll(admissions: readonly { entry: InboxEntry; body: unknown }[]): boolean[] {
    return this.admitTransaction(admissions);
  }

  get(key: string): InboxRow | undefined {
    const stored = this.statements.get.get(key) as StoredRow | undefined;
    return stored ? toRow(stored) : undefined;
  }

  /** Unfinished rows, oldest first: what a restart must still do. */
  pending(): InboxRow[] {
    return (this.statements.pending.all() as StoredRow[]).map(toRow);
  }

  /** Counts an attempt and returns the new count. */
  startAttempt(key: string): number {
    const row = this.statements.startAttempt.get(key) as { attempts: number } | undefined;
    return row?.attempts ?? 0;
  }

  saveReplies(key: string, replies: Reply[]): void {
    this.statements.saveReplies.run(JSON.stringify(replies), key);
  }

  markDelivered(key: string, count: number): void {
    this.statements.markDelivered.run(count, key);
  }

  finish(key: string, state: 'done' | 'failed'): void {
    this.statements.finish.run(state, this.now(), key);
  }

  /** Forgets finished rows older than `cutoff` (Slack retries within minutes; a day of keys is plenty). */
  purgeFinishedBefore(cutoff: number): number {
    return this.statements.purge.run(cutoff).changes;
  }

  counts(): Record<InboxRow['state'], number> {
    const rows = this.statements.counts.all() as { state: InboxRow['state']; count: number }[];
    const counts = { pending: 0, done: 0, failed: 0 };
    for (const row of rows) counts[row.state] = row.count;
    return counts;
  }
}
