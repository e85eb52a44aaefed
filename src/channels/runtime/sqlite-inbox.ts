// The inbox on SQLite (the embedded default): one table for every channel, keyed by platform and key. Admissions go
// through a connection with synchronous = FULL, the only writes that must survive a power cut: the rest of a row's
// progress can be redone from them.
import type { Reply } from '../../core/reply.js';
import type { Platform, Turn } from '../../core/turn.js';
import { type Migration, migrate, type SqlDatabase } from '../../store/sql-database.js';
import type { Inbox, InboxEntry, InboxRow, InboxState, Lease, PendingRow } from './inbox.js';
import type { ReplyTarget } from './reply-target.js';

export const INBOX_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'channel-inbox',
    sql: `CREATE TABLE IF NOT EXISTS channel_inbox (
      seq INTEGER PRIMARY KEY,
      platform TEXT NOT NULL,
      key TEXT NOT NULL,
      lane TEXT NOT NULL,
      turn TEXT,
      target TEXT,
      replies TEXT,
      delivered INTEGER NOT NULL DEFAULT 0,
      state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'failed')),
      attempts INTEGER NOT NULL DEFAULT 0,
      lease_owner TEXT,
      lease_expires_at INTEGER,
      next_attempt_at INTEGER NOT NULL DEFAULT 0,
      received_at INTEGER NOT NULL,
      finished_at INTEGER,
      UNIQUE (platform, key)
    );
    CREATE INDEX IF NOT EXISTS channel_inbox_due ON channel_inbox (platform, state, next_attempt_at);
    CREATE INDEX IF NOT EXISTS channel_inbox_lane ON channel_inbox (platform, lane, state);
    CREATE INDEX IF NOT EXISTS channel_inbox_owner ON channel_inbox (lease_owner) WHERE lease_owner IS NOT NULL;`,
  },
  {
    version: 2,
    name: 'posting-marker',
    // How many replies have been claimed for posting (claimPost); `delivered` counts those recorded as posted.
    sql: 'ALTER TABLE channel_inbox ADD COLUMN posting INTEGER NOT NULL DEFAULT 0;',
  },
];

interface StoredRow {
  key: string;
  lane: string;
  turn: string | null;
  target: string | null;
  replies: string | null;
  delivered: number;
  state: InboxState;
  attempts: number;
  received_at: number;
}

function toRow(stored: StoredRow): InboxRow {
  return {
    key: stored.key,
    lane: stored.lane,
    turn: stored.turn ? (JSON.parse(stored.turn) as Turn) : undefined,
    target: stored.target ? (JSON.parse(stored.target) as ReplyTarget) : undefined,
    replies: stored.replies ? (JSON.parse(stored.replies) as Reply[]) : undefined,
    delivered: stored.delivered,
    state: stored.state,
    attempts: stored.attempts,
    receivedAt: stored.received_at,
  };
}

/** Rows this process leased are pending, so they still have their turn and target. */
function toPendingRow(stored: StoredRow): PendingRow {
  const row = toRow(stored);
  if (!row.turn || !row.target) throw new Error('a pending inbox row has no turn');
  return row as PendingRow;
}

/** A pending row this owner holds: the condition of every write after admission. */
const HELD = "platform = @platform AND key = @key AND lease_owner = @owner AND state = 'pending'";

export class SqliteInbox implements Inbox {
  private readonly statements;
  private readonly admitAll: (entries: readonly InboxEntry[], lease: Lease, now: number) => boolean[];
  private readonly claimPostOnce: (key: string, lease: Lease, index: number) => { repeat: boolean } | undefined;

  /** `durable`: a second connection to the same file with synchronous = FULL, for admissions. */
  constructor(
    db: SqlDatabase,
    private readonly platform: Platform,
    options: { durable?: SqlDatabase } = {},
  ) {
    migrate(db, 'channel-inbox', INBOX_MIGRATIONS);
    const durable = options.durable ?? db;
    this.statements = {
      admit: durable.prepare(
        `INSERT INTO channel_inbox (platform, key, lane, turn, target, replies, state, lease_owner, lease_expires_at, received_at)
         VALUES (@platform, @key, @lane, @turn, @target, @replies, 'pending', @owner, @until, @now)
         ON CONFLICT (platform, key) DO NOTHING`,
      ),
      claim: db.prepare(
        `UPDATE channel_inbox SET lease_owner = @owner, lease_expires_at = @until
         WHERE seq IN (
           SELECT o.seq FROM channel_inbox o
           WHERE o.platform = @platform AND o.state = 'pending' AND o.next_attempt_at <= @now
             AND (o.lease_expires_at IS NULL OR o.lease_expires_at <= @now)
             AND NOT EXISTS (
               SELECT 1 FROM channel_inbox p
               WHERE p.platform = o.platform AND p.lane = o.lane AND p.state = 'pending' AND p.seq <> o.seq
                 AND (p.lease_expires_at > @now
                   OR (p.seq < o.seq AND p.next_attempt_at <= @now)))
           ORDER BY o.seq LIMIT @limit)
         RETURNING *`,
      ),
      begin: db.prepare(
        `UPDATE channel_inbox SET attempts = attempts + 1, lease_expires_at = @until WHERE ${HELD} RETURNING *`,
      ),
      renew: db.prepare(
        `UPDATE channel_inbox SET lease_expires_at = @until
         WHERE lease_owner = @owner AND platform = @platform AND state = 'pending'`,
      ),
      releaseAll: db.prepare(
        `UPDATE channel_inbox SET lease_owner = NULL, lease_expires_at = NULL
         WHERE lease_owner = @owner AND platform = @platform AND state = 'pending'`,
      ),
      get: db.prepare('SELECT * FROM channel_inbox WHERE platform = @platform AND key = @key'),
      saveReplies: db.prepare(`UPDATE channel_inbox SET replies = @replies, delivered = 0, posting = 0 WHERE ${HELD}`),
      posting: db.prepare(`SELECT posting FROM channel_inbox WHERE ${HELD}`),
      claimPost: db.prepare(
        `UPDATE channel_inbox SET posting = MAX(posting, @index + 1), lease_expires_at = @until WHERE ${HELD}`,
      ),
      markDelivered: db.prepare(`UPDATE channel_inbox SET delivered = @count WHERE ${HELD}`),
      finish: db.prepare(
        `UPDATE channel_inbox SET state = @state, turn = NULL, target = NULL, replies = NULL, finished_at = @now,
           lease_owner = NULL, lease_expires_at = NULL
         WHERE ${HELD}`,
      ),
      retryAt: db.prepare(
        `UPDATE channel_inbox SET lease_owner = NULL, lease_expires_at = NULL, next_attempt_at = @retryAt WHERE ${HELD}`,
      ),
      counts: db.prepare('SELECT state, COUNT(*) AS count FROM channel_inbox WHERE platform = ? GROUP BY state'),
      purge: db.prepare("DELETE FROM channel_inbox WHERE platform = ? AND state <> 'pending' AND finished_at < ?"),
    };
    this.claimPostOnce = db.transaction((key: string, lease: Lease, index: number) => {
      const params = { platform: this.platform, key, ...lease, index };
      const held = this.statements.posting.get(params) as { posting: number } | undefined;
      if (!held) return undefined;
      this.statements.claimPost.run(params);
      return { repeat: held.posting > index };
    });
    this.admitAll = durable.transaction((entries: readonly InboxEntry[], lease: Lease, now: number) =>
      entries.map(
        (entry) =>
          this.statements.admit.run({
            platform: this.platform,
            key: entry.key,
            lane: entry.lane,
            turn: JSON.stringify(entry.turn),
            target: JSON.stringify(entry.target),
            replies: entry.replies ? JSON.stringify(entry.replies) : null,
            owner: lease.owner,
            until: lease.until,
            now,
          }).changes === 1,
      ),
    );
  }

  async admit(entries: readonly InboxEntry[], lease: Lease, now: number): Promise<boolean[]> {
    return this.admitAll(entries, lease, now);
  }

  async claim(lease: Lease, now: number, limit: number): Promise<PendingRow[]> {
    const rows = this.statements.claim.all({ platform: this.platform, ...lease, now, limit }) as StoredRow[];
    return rows.map(toPendingRow);
  }

  async begin(key: string, lease: Lease): Promise<PendingRow | undefined> {
    const stored = this.statements.begin.get({ platform: this.platform, key, ...lease }) as StoredRow | undefined;
    return stored ? toPendingRow(stored) : undefined;
  }

  async renew(lease: Lease): Promise<number> {
    return this.statements.renew.run({ platform: this.platform, ...lease }).changes;
  }

  async releaseAll(owner: string): Promise<number> {
    return this.statements.releaseAll.run({ platform: this.platform, owner }).changes;
  }

  async get(key: string): Promise<InboxRow | undefined> {
    const stored = this.statements.get.get({ platform: this.platform, key }) as StoredRow | undefined;
    return stored ? toRow(stored) : undefined;
  }

  async saveReplies(key: string, owner: string, replies: Reply[]): Promise<boolean> {
    const params = { platform: this.platform, key, owner, replies: JSON.stringify(replies) };
    return this.statements.saveReplies.run(params).changes === 1;
  }

  async claimPost(key: string, lease: Lease, index: number): Promise<{ repeat: boolean } | undefined> {
    return this.claimPostOnce(key, lease, index);
  }

  async markDelivered(key: string, owner: string, count: number): Promise<boolean> {
    return this.statements.markDelivered.run({ platform: this.platform, key, owner, count }).changes === 1;
  }

  async finish(key: string, owner: string, state: 'done' | 'failed', now: number): Promise<boolean> {
    return this.statements.finish.run({ platform: this.platform, key, owner, state, now }).changes === 1;
  }

  async retryAt(key: string, owner: string, retryAt: number): Promise<boolean> {
    return this.statements.retryAt.run({ platform: this.platform, key, owner, retryAt }).changes === 1;
  }

  async counts(): Promise<Record<InboxState, number>> {
    const rows = this.statements.counts.all(this.platform) as { state: InboxState; count: number }[];
    const counts = { pending: 0, done: 0, failed: 0 };
    for (const row of rows) counts[row.state] = row.count;
    return counts;
  }

  async purgeFinishedBefore(cutoff: number): Promise<number> {
    return this.statements.purge.run(this.platform, cutoff).changes;
  }
}
