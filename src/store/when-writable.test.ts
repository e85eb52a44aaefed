import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlDatabase, type SqlDatabase } from './sql-database.js';
import { whenWritable } from './when-writable.js';

const busy = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });

describe('whenWritable', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  });

  it('retries a write that found the lock taken until it gets it, at once rather than after sleeps of milliseconds', () => {
    let tries = 0;
    const started = performance.now();
    const result = whenWritable(() => {
      tries += 1;
      if (tries <= 5) throw busy();
      return 'written';
    });
    expect(result).toBe('written');
    expect(tries).toBe(6);
    // Five retries at 50 µs each; SQLite's busy handler would have slept 1 + 2 + 5 + 10 + 15 ms.
    expect(performance.now() - started).toBeLessThan(30);
  });

  it('throws any other error at once, and a lock that stays taken once its time is up', () => {
    let tries = 0;
    expect(() =>
      whenWritable(() => {
        tries += 1;
        throw new Error('constraint failed');
      }),
    ).toThrow('constraint failed');
    expect(tries).toBe(1);

    const directory = mkdtempSync(path.join(os.tmpdir(), 'ressec-writable-'));
    const file = path.join(directory, 'ressec.sqlite');
    const holder: SqlDatabase = openSqlDatabase(file);
    const writer: SqlDatabase = openSqlDatabase(file);
    cleanups.push(() => rmSync(directory, { recursive: true, force: true }));
    cleanups.push(() => writer.close());
    cleanups.push(() => holder.close());
    holder.exec('CREATE TABLE t (x INTEGER)');
    writer.pragma('busy_timeout = 0');
    const insert = writer.transaction(() => writer.prepare('INSERT INTO t VALUES (1)').run());
    holder.exec('BEGIN IMMEDIATE');
    expect(() => whenWritable(() => insert.immediate(), 20)).toThrow(expect.objectContaining({ code: 'SQLITE_BUSY' }));
    holder.exec('COMMIT');
    whenWritable(() => insert.immediate(), 20);
    expect(holder.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 1 });
  });
});
