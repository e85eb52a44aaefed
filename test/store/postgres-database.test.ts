// The PostgreSQL plumbing every store shares: migrations under the advisory lock, readiness, and wake-ups between
// processes that survive a lost connection.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { PostgresDatabase } from '../../src/store/postgres/postgres-database.js';
import { createTestDatabase, type TestDatabase } from '../postgres/test-database.js';

const THINGS = [
  { version: 1, name: 'things', sql: 'CREATE TABLE things (id INTEGER PRIMARY KEY)' },
  { version: 2, name: 'colour', sql: 'ALTER TABLE things ADD COLUMN colour TEXT' },
];

describe('PostgresDatabase', () => {
  let testDatabase: TestDatabase;
  const opened: PostgresDatabase[] = [];
  const open = (url = testDatabase.url) => {
    const database = new PostgresDatabase(url, silentLogger(), 3);
    opened.push(database);
    return database;
  };
  beforeEach(async () => {
    testDatabase = await createTestDatabase();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((database) => database.close()));
    await testDatabase.drop();
  });

  it('migrates once when several replicas start together, and records each version', async () => {
    const replicas = [open(), open(), open(), open()];
    const applied = await Promise.all(replicas.map((database) => database.migrate('things', THINGS)));
    expect(applied.sort()).toEqual([0, 0, 0, 2]);
    const { rows } = await replicas[0]!.pool.query('SELECT module, version, name FROM schema_migrations ORDER BY 2');
    expect(rows).toEqual([
      { module: 'things', version: 1, name: 'things' },
      { module: 'things', version: 2, name: 'colour' },
    ]);
    // A later build with one more migration applies only that one.
    const next = open();
    const more = [...THINGS, { version: 3, name: 'index', sql: 'CREATE INDEX things_colour ON things (colour)' }];
    expect(await next.migrate('things', more)).toBe(1);
    expect(await open().migrate('things', more)).toBe(0);
  });

  it('rolls a failing migration back entirely, and tries again on the next call', async () => {
    const database = open();
    const broken = [THINGS[0]!, { version: 2, name: 'broken', sql: 'ALTER TABLE nothing ADD COLUMN x TEXT' }];
    await expect(database.migrate('things', broken)).rejects.toThrow(/nothing/);
    const { rows } = await database.pool.query("SELECT to_regclass('things') AS things");
    expect(rows[0].things).toBeNull();
    expect((await database.readiness()).ok).toBe(false);
    // The failure is not remembered: a fixed list (here, another process's) migrates.
    expect(await open().migrate('things', THINGS)).toBe(2);
  });

  it('is ready when reachable and migrated, and says why when not', async () => {
    const database = open();
    await database.migrate('things', THINGS);
    expect(await database.readiness()).toEqual({ ok: true });
    const newerBuild = open();
    const slow = newerBuild
      .migrate('things', [...THINGS, { version: 3, name: 'slow', sql: 'SELECT pg_sleep(30)' }])
      .catch((error: Error) => error);
    expect(await newerBuild.readiness()).toEqual({ ok: false, reason: 'migrations-pending:things' });
    const unreachable = new URL(testDatabase.url);
    unreachable.port = '1';
    const nowhere = open(unreachable.toString());
    expect(await nowhere.readiness()).toEqual({ ok: false, reason: 'database-unreachable' });
    // The slow migration may not have reached its sleep yet on a busy machine: cancel once it is running.
    for (;;) {
      const { rowCount } = await newerBuild.pool.query(
        "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(30)' AND pid <> pg_backend_pid()",
      );
      if (rowCount) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await slow).toMatchObject({ message: expect.stringMatching(/cancel/) });
  });

  it('wakes a listener in another process on NOTIFY, and again once a lost connection is back', async () => {
    const listener = open();
    const notifier = open();
    let wakes = 0;
    let onWake: () => void = () => {};
    const woken = () =>
      new Promise<void>((resolve) => {
        onWake = resolve;
      });
    listener.listen('ressec_test_wake', () => {
      wakes += 1;
      onWake();
    });
    await listener.listening();
    let next = woken();
    await notifier.pool.query("SELECT pg_notify('ressec_test_wake', '')");
    await next;
    expect(wakes).toBe(1);

    // The server drops the LISTEN connection: the listener is woken when it is back (it may have missed a NOTIFY).
    next = woken();
    const { rowCount } = await notifier.pool.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN ressec_test_wake'",
    );
    expect(rowCount).toBe(1);
    await next;
    await listener.listening();
    next = woken();
    await notifier.pool.query("SELECT pg_notify('ressec_test_wake', '')");
    await next;
    expect(wakes).toBe(3);
  });

  it('runs a transaction all or nothing', async () => {
    const database = open();
    await database.migrate('things', THINGS);
    await expect(
      database.transaction(async (client) => {
        await client.query('INSERT INTO things (id) VALUES (1)');
        await client.query('INSERT INTO things (id) VALUES (1)');
      }),
    ).rejects.toThrow(/duplicate key/);
    expect((await database.pool.query('SELECT COUNT(*)::int AS n FROM things')).rows[0].n).toBe(0);
  });
});
