// A keyv store on the process's shared PostgreSQL pool, for conversation state across replicas. Not @keyv/postgres:
// its 2.x adapter keeps no expiry column (so expired intakes and answers could not be purged, and retention would not
// hold) and opens a pool of its own. This one mirrors the SQLite store: an expiry per row, and a purge that runs.
import type { QueryResultRow } from 'pg';
import type { Migration } from '../sql-database.js';
import type { PostgresDatabase } from './postgres-database.js';

export const STATE_MODULE = 'state';

export const POSTGRES_STATE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'conversation state',
    sql: `
      CREATE TABLE conversation_state (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at TIMESTAMPTZ);
      CREATE INDEX conversation_state_expiry ON conversation_state (expires_at) WHERE expires_at IS NOT NULL;
    `,
  },
];

export class PostgresKeyvStore {
  readonly opts = { dialect: 'postgres' };

  constructor(
    private readonly database: PostgresDatabase,
    private readonly now: () => number = Date.now,
  ) {}

  async get(key: string): Promise<string | undefined> {
    const { rows } = await this.query<{ value: string }>(
      'SELECT value FROM conversation_state WHERE key = $1 AND (expires_at IS NULL OR expires_at > $2)',
      [key, new Date(this.now())],
    );
    return rows[0]?.value;
  }

  async set(key: string, value: string, ttl?: number): Promise<boolean> {
    const expiresAt = typeof ttl === 'number' && ttl > 0 ? new Date(this.now() + ttl) : null;
    await this.query(
      `INSERT INTO conversation_state (key, value, expires_at) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
      [key, value, expiresAt],
    );
    return true;
  }

  async delete(key: string): Promise<boolean> {
    return ((await this.query('DELETE FROM conversation_state WHERE key = $1', [key])).rowCount ?? 0) > 0;
  }

  async clear(): Promise<void> {
    await this.query('DELETE FROM conversation_state');
  }

  async has(key: string): Promise<boolean> {
    return (await this.get(key)) !== undefined;
  }

  /** Removes expired entries (abandoned intakes, old answers); returns how many. */
  async purgeExpired(now = this.now()): Promise<number> {
    const result = await this.query(
      'DELETE FROM conversation_state WHERE expires_at IS NOT NULL AND expires_at <= $1',
      [new Date(now)],
    );
    return result.rowCount ?? 0;
  }

  private async query<Row extends QueryResultRow>(sql: string, values: unknown[] = []) {
    await this.database.migrate(STATE_MODULE, POSTGRES_STATE_MIGRATIONS);
    return this.database.pool.query<Row>(sql, values);
  }
}
