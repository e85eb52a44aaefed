// A keyv store on SQLite, so conversation state survives restarts with no server; expired rows are purged.
import Database from 'better-sqlite3';

export class SqliteKeyvStore {
  readonly opts = { dialect: 'sqlite' };
  private readonly db: Database.Database;
  /** Statements prepared once: preparing costs more than running them, on every turn's state read and write. */
  private readonly statements = new Map<string, Database.Statement>();

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // Expired answers and intakes are overwritten on delete, and the log is cut after a purge (see purgeExpired).
    this.db.pragma('secure_delete = ON');
    this.db.exec('CREATE TABLE IF NOT EXISTS keyv (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at INTEGER)');
  }

  private statement(sql: string): Database.Statement {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.db.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }

  get(key: string): string | undefined {
    const row = this.statement('SELECT value, expires_at FROM keyv WHERE key = ?').get(key) as
      | { value: string; expires_at: number | null }
      | undefined;
    if (!row) return undefined;
    if (row.expires_at !== null && row.expires_at <= Date.now()) {
      this.statement('DELETE FROM keyv WHERE key = ?').run(key);
      return undefined;
    }
    return row.value;
  }

  set(key: string, value: string, ttl?: number): boolean {
    const expiresAt = typeof ttl === 'number' && ttl > 0 ? Date.now() + ttl : null;
    this.statement(
      'INSERT INTO keyv (key, value, expires_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at',
    ).run(key, value, expiresAt);
    return true;
  }

  delete(key: string): boolean {
    return this.statement('DELETE FROM keyv WHERE key = ?').run(key).changes > 0;
  }

  clear(): void {
    this.db.exec('DELETE FROM keyv');
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Removes expired entries (abandoned intakes, old answers); returns how many. */
  purgeExpired(now = Date.now()): number {
    const purged = this.db
      .prepare('DELETE FROM keyv WHERE expires_at IS NOT NULL AND expires_at <= ?')
      .run(now).changes;
    // The write-ahead log still holds the deleted values until it is checkpointed and truncated.
    if (purged > 0) this.db.pragma('wal_checkpoint(TRUNCATE)');
    return purged;
  }

  close(): void {
    this.db.close();
  }
}
