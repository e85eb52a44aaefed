// Versioned migrations on PostgreSQL, per module as on SQLite (the same Migration list shape, its own SQL). They run in
// one transaction under an advisory lock, so replicas that start together migrate once: the second waits, then finds
// nothing left to do. DDL is transactional here, so a failing migration leaves no trace.
import type pg from 'pg';
import type { Migration } from '../sql-database.js';

/** Any constant would do; this one is "ressec" in ASCII (0x726573736563), recognisable in pg_locks. Decimal, since
 * hexadecimal integer literals need PostgreSQL 16. */
const MIGRATION_LOCK_KEY = '125780054205795';

const CREATE_LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  module TEXT NOT NULL,
  version INTEGER NOT NULL,
  name TEXT NOT NULL,
  applied_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (module, version)
)`;

/** Applies the module's migrations not yet recorded; returns how many ran. */
export async function migratePostgres(
  pool: pg.Pool,
  module: string,
  migrations: readonly Migration[],
): Promise<number> {
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    await client.query(CREATE_LEDGER);
    const { rows } = await client.query<{ version: number }>(
      'SELECT version FROM schema_migrations WHERE module = $1',
      [module],
    );
    const done = new Set(rows.map((row) => row.version));
    let count = 0;
    for (const migration of sorted) {
      if (done.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (module, version, name) VALUES ($1, $2, $3)', [
        module,
        migration.version,
        migration.name,
      ]);
      count += 1;
    }
    await client.query('COMMIT');
    return count;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** The modules whose latest migration (as this build knows them) is not recorded in the database. */
export async function modulesBehind(pool: pg.Pool, latest: ReadonlyMap<string, number>): Promise<string[]> {
  const { rows } = await pool.query<{ module: string; version: number }>(
    `SELECT module, MAX(version) AS version FROM schema_migrations GROUP BY module`,
  );
  const recorded = new Map(rows.map((row) => [row.module, row.version]));
  return [...latest].filter(([module, version]) => (recorded.get(module) ?? 0) < version).map(([module]) => module);
}
