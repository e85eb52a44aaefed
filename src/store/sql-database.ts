// The one SQL file of the embedded default (ressec.sqlite in the data folder): opened in WAL mode, with numbered
// migrations per module recorded in schema_migrations, so each module (escalation, a channel's inbox) adds its own tables.
import path from 'node:path';
import Database from 'better-sqlite3';
import { ensurePrivateDir, makeDatabasePrivate } from './private-files.js';
import { whenWritable } from './when-writable.js';

export type SqlDatabase = Database.Database;

export interface Migration {
  /** 1, 2, 3…: applied in order, each exactly once per module. */
  version: number;
  name: string;
  sql: string;
}

export const SQL_DATABASE_FILE = 'ressec.sqlite';

export function sqlDatabasePath(dataDir: string): string {
  return path.join(dataDir, SQL_DATABASE_FILE);
}

/** Opens (creating if needed) the database file; `:memory:` for tests. */
export function openSqlDatabase(file: string): SqlDatabase {
  if (file !== ':memory:') ensurePrivateDir(path.dirname(file));
  const db = new Database(file);
  // Several processes (npm start and `ressec deliver`) may write at once: wait for the lock instead of failing.
  db.pragma('busy_timeout = 10000');
  // Switching the journal reads the file and then needs it to itself: where two openers collide there, SQLite answers
  // "busy" to one of them at once, without waiting (waiting could deadlock), so that one tries again.
  whenWritable(() => db.pragma('journal_mode = WAL'));
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // Deleted rows (purged tickets, expired answers) are overwritten, not left readable in free pages.
  db.pragma('secure_delete = ON');
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    module TEXT NOT NULL,
    version INTEGER NOT NULL,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    PRIMARY KEY (module, version)
  )`);
  if (file !== ':memory:') makeDatabasePrivate(file);
  return db;
}

/** Applies the module's migrations not yet recorded; safe when two processes start at once. Returns how many ran. */
export function migrate(db: SqlDatabase, module: string, migrations: readonly Migration[]): number {
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  const applied = db.transaction(() => {
    const done = new Set(
      (db.prepare('SELECT version FROM schema_migrations WHERE module = ?').all(module) as { version: number }[]).map(
        (row) => row.version,
      ),
    );
    let count = 0;
    for (const migration of sorted) {
      if (done.has(migration.version)) continue;
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (module, version, name, applied_at) VALUES (?, ?, ?, ?)').run(
        module,
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
      count += 1;
    }
    return count;
  });
  return applied.immediate();
}
