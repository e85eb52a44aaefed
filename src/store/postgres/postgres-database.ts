// The PostgreSQL behind RESSEC_DATABASE_URL: one pool per process, shared by every store on it (tickets, outbox,
// inbox, state), each store migrating its own module once; one LISTEN connection for wake-ups between replicas; and
// the readiness check /readyz reports. Stores open it by URL (openPostgres) and release it when they close, so each
// can be built on its own while the process still holds one pool; the last release closes it.
import type pg from 'pg';
import type { Logger } from '../../log.js';
import type { Readiness } from '../readiness.js';
import type { Migration } from '../sql-database.js';
import { pgDriver } from './pg-driver.js';
import { migratePostgres, modulesBehind } from './postgres-migrations.js';
import { PostgresNotifications } from './postgres-notifications.js';

export type Queryable = pg.Pool | pg.PoolClient;

/** SQLSTATEs worth a fresh attempt of the whole transaction. */
const RETRYABLE = new Set(['40001', '40P01']);
const TRANSACTION_ATTEMPTS = 3;
const READINESS_TIMEOUT_MS = 2_000;

export class PostgresDatabase {
  readonly pool: pg.Pool;
  private readonly notifications: PostgresNotifications;
  private readonly migrations = new Map<string, Promise<number>>();
  private readonly latest = new Map<string, number>();
  private closing?: Promise<void>;

  constructor(
    url: string,
    private log: Logger,
    poolSize = 10,
  ) {
    const connection: pg.ClientConfig = { connectionString: url, application_name: 'ressec' };
    this.pool = new (pgDriver().Pool)({
      ...connection,
      max: poolSize,
      idleTimeoutMillis: 30_000,
      connectionTimeoutMillis: 10_000,
    });
    // An idle connection the server drops (a restart, a fail-over) must not take the process down: the pool replaces it.
    this.pool.on('error', (error) => {
      this.log.warn({ event: 'postgres-idle-connection-error', err: error }, 'a pooled database connection failed');
    });
    this.notifications = new PostgresNotifications(connection, () => this.log);
  }

  /** Takes `log` in place of a silent one: the first store to open the database may have had no logger to give. */
  adoptLogger(log: Logger): void {
    if (this.log.level === 'silent' && log.level !== 'silent') this.log = log;
  }

  /** Runs the module's migrations once per process (later calls share the first run); see migratePostgres. */
  migrate(module: string, migrations: readonly Migration[]): Promise<number> {
    let run = this.migrations.get(module);
    if (!run) {
      this.latest.set(module, Math.max(0, ...migrations.map((migration) => migration.version)));
      run = migratePostgres(this.pool, module, migrations);
      // A failed run is not cached: the next caller tries again (the database may have been down at start).
      run.catch(() => this.migrations.delete(module));
      this.migrations.set(module, run);
    }
    return run;
  }

  /** Runs `work` in one transaction, retried from the start on a serialisation failure or deadlock. */
  async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        const code = (error as { code?: string }).code;
        if (!(code && RETRYABLE.has(code)) || attempt >= TRANSACTION_ATTEMPTS) throw error;
      } finally {
        client.release();
      }
    }
  }

  /** Wakes `listener` on every NOTIFY on `channel`, from this process or another; returns an unsubscribe function. */
  listen(channel: string, listener: () => void): () => void {
    return this.notifications.subscribe(channel, listener);
  }

  /** Resolves once the LISTEN connection is up, so a NOTIFY sent after this reaches this process. */
  listening(): Promise<void> {
    return this.notifications.ready();
  }

  /** Reachable, and every module this process uses has its latest migration recorded. */
  async readiness(): Promise<Readiness> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<Readiness>((resolve) => {
      timer = setTimeout(() => resolve({ ok: false, reason: 'database-timeout' }), READINESS_TIMEOUT_MS);
    });
    const check = (async (): Promise<Readiness> => {
      try {
        const behind = await modulesBehind(this.pool, this.latest);
        return behind.length === 0 ? { ok: true } : { ok: false, reason: `migrations-pending:${behind.join(',')}` };
      } catch (error) {
        const code = (error as { code?: string }).code;
        return { ok: false, reason: code === '42P01' ? 'migrations-pending' : 'database-unreachable' };
      }
    })();
    try {
      return await Promise.race([check, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Closes the LISTEN connection and the pool, once however often it is called. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.notifications.close();
      await Promise.allSettled(this.migrations.values());
      await this.pool.end();
    })();
    return this.closing;
  }
}

export interface PostgresHandle {
  database: PostgresDatabase;
  /** Gives this store's hold on the shared database up; the last one closes the pool. */
  release(): Promise<void>;
}

const open = new Map<string, { database: PostgresDatabase; holders: number }>();

export function openPostgres(url: string, log: Logger): PostgresHandle {
  let entry = open.get(url);
  if (!entry) {
    entry = { database: new PostgresDatabase(url, log.child({ component: 'postgres' })), holders: 0 };
    open.set(url, entry);
  }
  entry.database.adoptLogger(log.child({ component: 'postgres' }));
  entry.holders += 1;
  const held = entry;
  let released = false;
  return {
    database: held.database,
    async release() {
      if (released) return;
      released = true;
      held.holders -= 1;
      if (held.holders > 0) return;
      if (open.get(url) === held) open.delete(url);
      await held.database.close();
    },
  };
}
