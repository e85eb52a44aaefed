// The inbox on PostgreSQL, shared by every replica: the same table and rules as on SQLite (sqlite-inbox.ts). Rows are
// claimed with FOR UPDATE SKIP LOCKED, so replicas claiming at once never take the same row; a row's lease is checked
// again on the locked row, so a lease renewed a moment ago is never taken over.
import type { QueryResultRow } from 'pg';
import type { Reply } from '../../core/reply.js';
import type { Platform, Turn } from '../../core/turn.js';
import type { PostgresDatabase } from '../../store/postgres/postgres-database.js';
import type { Migration } from '../../store/sql-database.js';
import type { Inbox, InboxEntry, InboxRow, InboxState, Lease, PendingRow } from './inbox.js';
import type { ReplyTarget } from './reply-target.js';

export const INBOX_MODULE = 'channel-inbox';

export const POSTGRES_INBOX_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'channel-inbox',
    sql: `CREATE TABLE channel_inbox (
      seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      platform TEXT NOT NULL,
      key TEXT NOT NULL,
      lane TEXT NOT NULL,
      turn JSONB,
      target JSONB,
      replies JSONB,
      delivered INTEGER NOT NULL DEFAULT 0,
      state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'failed')),
      attempts INTEGER NOT NULL DEFAULT 0,
      lease_owner TEXT,
      lease_expires_at BIGINT,
      next_attempt_at BIGINT NOT NULL DEFAULT 0,
      received_at BIGINT NOT NULL,
      finished_at BIGINT,
      UNIQUE (platform, key)
    );
    CREATE INDEX channel_inbox_due ON channel_inbox (platform, state, next_attempt_at);
    CREATE INDEX channel_inbox_lane ON channel_inbox (platform, lane, state);
    CREATE INDEX channel_inbox_owner ON channel_inbox (lease_owner) WHERE lease_owner IS NOT NULL;`,
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
  turn: Turn | null;
  target: ReplyTarget | null;
  replies: Reply[] | null;
  delivered: number;
  state: InboxState;
  attempts: number;
  received_at: string;
}

const COLUMNS = 'key, lane, turn, target, replies, delivered, state, attempts, received_at';

function toRow(stored: StoredRow): InboxRow {
  return {
    key: stored.key,
    lane: stored.lane,
    turn: stored.turn ?? undefined,
    target: stored.target ?? undefined,
    replies: stored.replies ?? undefined,
    delivered: stored.delivered,
    state: stored.state,
    attempts: stored.attempts,
    receivedAt: Number(stored.received_at),
  };
}

function toPendingRow(stored: StoredRow): PendingRow {
  const row = toRow(stored);
  if (!row.turn || !row.target) throw new Error('a pending inbox row has no turn');
  return row as PendingRow;
}

/** A pending row this owner holds ($1 platform, $2 key, $3 owner): the condition of every write after admission. */
const HELD = "platform = $1 AND key = $2 AND lease_owner = $3 AND state = 'pending'";

export class PostgresInbox implements Inbox {
  /** `ready` resolves once the table exists (migrating on first use, and again after a failure); every call waits. */
  constructor(
    private readonly database: PostgresDatabase,
    private readonly platform: Platform,
    private readonly ready: () => Promise<unknown> = () => database.migrate(INBOX_MODULE, POSTGRES_INBOX_MIGRATIONS),
  ) {}

  async admit(entries: readonly InboxEntry[], lease: Lease, now: number): Promise<boolean[]> {
    if (entries.length === 0) return [];
    const { rows } = await this.query<{ key: string }>(
      `INSERT INTO channel_inbox (platform, key, lane, turn, target, replies, state, lease_owner, lease_expires_at, received_at)
       SELECT $1, entry.key, entry.lane, entry.turn, entry.target, entry.replies, 'pending', $2, $3, $4
       FROM unnest($5::text[], $6::text[], $7::jsonb[], $8::jsonb[], $9::jsonb[]) WITH ORDINALITY
         AS entry (key, lane, turn, target, replies, position)
       ORDER BY entry.position
       ON CONFLICT (platform, key) DO NOTHING
       RETURNING key`,
      [
        this.platform,
        lease.owner,
        lease.until,
        now,
        entries.map((entry) => entry.key),
        entries.map((entry) => entry.lane),
        entries.map((entry) => JSON.stringify(entry.turn)),
        entries.map((entry) => JSON.stringify(entry.target)),
        entries.map((entry) => (entry.replies ? JSON.stringify(entry.replies) : null)),
      ],
    );
    // Of entries sharing a key, the first in the batch is the one written.
    const written = new Set(rows.map((row) => row.key));
    return entries.map((entry) => written.delete(entry.key));
  }

  async claim(lease: Lease, now: number, limit: number): Promise<PendingRow[]> {
    const { rows } = await this.query<StoredRow & { seq: string }>(
      `WITH due AS (
         SELECT o.seq FROM channel_inbox o
         WHERE o.platform = $1 AND o.state = 'pending' AND o.next_attempt_at <= $2
           AND (o.lease_expires_at IS NULL OR o.lease_expires_at <= $2)
           AND NOT EXISTS (
             SELECT 1 FROM channel_inbox p
             WHERE p.platform = o.platform AND p.lane = o.lane AND p.state = 'pending' AND p.seq <> o.seq
               AND (p.lease_expires_at > $2 OR (p.seq < o.seq AND p.next_attempt_at <= $2)))
         ORDER BY o.seq LIMIT $3
         FOR UPDATE OF o SKIP LOCKED
       )
       UPDATE channel_inbox t SET lease_owner = $4, lease_expires_at = $5
       FROM due WHERE t.seq = due.seq
       RETURNING t.seq, t.key, t.lane, t.turn, t.target, t.replies, t.delivered, t.state, t.attempts, t.received_at`,
      [this.platform, now, limit, lease.owner, lease.until],
    );
    return rows.sort((a, b) => Number(a.seq) - Number(b.seq)).map(toPendingRow);
  }

  async begin(key: string, lease: Lease): Promise<PendingRow | undefined> {
    const { rows } = await this.query<StoredRow>(
      `UPDATE channel_inbox SET attempts = attempts + 1, lease_expires_at = $4 WHERE ${HELD} RETURNING ${COLUMNS}`,
      [this.platform, key, lease.owner, lease.until],
    );
    return rows[0] ? toPendingRow(rows[0]) : undefined;
  }

  async renew(lease: Lease): Promise<number> {
    const result = await this.query(
      `UPDATE channel_inbox SET lease_expires_at = $3 WHERE lease_owner = $2 AND platform = $1 AND state = 'pending'`,
      [this.platform, lease.owner, lease.until],
    );
    return result.rowCount ?? 0;
  }

  async releaseAll(owner: string): Promise<number> {
    const result = await this.query(
      `UPDATE channel_inbox SET lease_owner = NULL, lease_expires_at = NULL
       WHERE lease_owner = $2 AND platform = $1 AND state = 'pending'`,
      [this.platform, owner],
    );
    return result.rowCount ?? 0;
  }

  async get(key: string): Promise<InboxRow | undefined> {
    const { rows } = await this.query<StoredRow>(
      `SELECT ${COLUMNS} FROM channel_inbox WHERE platform = $1 AND key = $2`,
      [this.platform, key],
    );
    return rows[0] ? toRow(rows[0]) : undefined;
  }

  async saveReplies(key: string, owner: string, replies: Reply[]): Promise<boolean> {
    return this.held(
      `UPDATE channel_inbox SET replies = $4::jsonb, delivered = 0, posting = 0 WHERE ${HELD}`,
      key,
      owner,
      [JSON.stringify(replies)],
    );
  }

  async claimPost(key: string, lease: Lease, index: number): Promise<{ repeat: boolean } | undefined> {
    // The row is locked by the inner SELECT, so the posting count read is the one this update replaces.
    const { rows } = await this.query<{ before: number }>(
      `WITH held AS (SELECT seq, posting FROM channel_inbox WHERE ${HELD} FOR UPDATE)
       UPDATE channel_inbox t SET posting = GREATEST(t.posting, $5 + 1), lease_expires_at = $4
       FROM held WHERE t.seq = held.seq RETURNING held.posting AS before`,
      [this.platform, key, lease.owner, lease.until, index],
    );
    return rows[0] ? { repeat: rows[0].before > index } : undefined;
  }

  async markDelivered(key: string, owner: string, count: number): Promise<boolean> {
    return this.held(`UPDATE channel_inbox SET delivered = $4 WHERE ${HELD}`, key, owner, [count]);
  }

  async finish(key: string, owner: string, state: 'done' | 'failed', now: number): Promise<boolean> {
    return this.held(
      `UPDATE channel_inbox SET state = $4, turn = NULL, target = NULL, replies = NULL, finished_at = $5,
         lease_owner = NULL, lease_expires_at = NULL
       WHERE ${HELD}`,
      key,
      owner,
      [state, now],
    );
  }

  async retryAt(key: string, owner: string, retryAt: number): Promise<boolean> {
    return this.held(
      `UPDATE channel_inbox SET lease_owner = NULL, lease_expires_at = NULL, next_attempt_at = $4 WHERE ${HELD}`,
      key,
      owner,
      [retryAt],
    );
  }

  async counts(): Promise<Record<InboxState, number>> {
    const { rows } = await this.query<{ state: InboxState; count: number }>(
      'SELECT state, COUNT(*)::int AS count FROM channel_inbox WHERE platform = $1 GROUP BY state',
      [this.platform],
    );
    const counts = { pending: 0, done: 0, failed: 0 };
    for (const row of rows) counts[row.state] = row.count;
    return counts;
  }

  async purgeFinishedBefore(cutoff: number): Promise<number> {
    const result = await this.query(
      "DELETE FROM channel_inbox WHERE platform = $1 AND state <> 'pending' AND finished_at < $2",
      [this.platform, cutoff],
    );
    return result.rowCount ?? 0;
  }

  private async held(sql: string, key: string, owner: string, values: unknown[]): Promise<boolean> {
    return ((await this.query(sql, [this.platform, key, owner, ...values])).rowCount ?? 0) === 1;
  }

  private async query<Row extends QueryResultRow>(sql: string, values: unknown[]) {
    await this.ready();
    return this.database.pool.query<Row>(sql, values);
  }
}
