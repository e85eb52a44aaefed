import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryDirectory } from '../../test/escalation/support/harness.js';
import { migrate, openSqlDatabase, sqlDatabasePath } from './sql-database.js';

describe('openSqlDatabase and migrate', () => {
  it('opens ressec.sqlite in WAL mode and applies each numbered migration once per module', () => {
    const file = sqlDatabasePath(temporaryDirectory());
    expect(path.basename(file)).toBe('ressec.sqlite');
    const db = openSqlDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const migrations = [
      { version: 2, name: 'add column', sql: 'ALTER TABLE things ADD COLUMN colour TEXT' },
      { version: 1, name: 'things', sql: 'CREATE TABLE things (id INTEGER PRIMARY KEY)' },
    ];
    expect(migrate(db, 'things', migrations)).toBe(2);
    expect(migrate(db, 'things', migrations)).toBe(0);
    // Another module keeps its own numbering in the same file.
    expect(
      migrate(db, 'inbox', [{ version: 1, name: 'inbox', sql: 'CREATE TABLE IF NOT EXISTS inbox (id TEXT)' }]),
    ).toBe(1);
    db.close();

    const reopened = openSqlDatabase(file);
    const more = [...migrations, { version: 3, name: 'index', sql: 'CREATE INDEX things_colour ON things (colour)' }];
    expect(migrate(reopened, 'things', more)).toBe(1);
    const rows = reopened.prepare('SELECT module, version FROM schema_migrations ORDER BY module, version').all();
    expect(rows).toEqual([
      { module: 'inbox', version: 1 },
      { module: 'things', version: 1 },
      { module: 'things', version: 2 },
      { module: 'things', version: 3 },
    ]);
    reopened.close();
  });

  it('rolls a failing migration back entirely', () => {
    const db = openSqlDatabase(':memory:');
    const broken = [
      { version: 1, name: 'ok', sql: 'CREATE TABLE a (id INTEGER)' },
      { version: 2, name: 'broken', sql: 'CREATE TABLE b (' },
    ];
    expect(() => migrate(db, 'm', broken)).toThrow();
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'a'").get()).toBeUndefined();
    expect(db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get()).toEqual({ n: 0 });
  });
});
