// Conversation state behind keyv: SQLite in the data folder by default, PostgreSQL for several replicas (the URL of
// RESSEC_DATABASE_URL unless RESSEC_STATE_URL says otherwise), memory for one-shot commands.
import path from 'node:path';
import Keyv from 'keyv';
import type { StateStore } from '../core/state-store.js';
import { type Logger, silentLogger } from '../log.js';
import { openPostgres } from './postgres/postgres-database.js';
import { POSTGRES_STATE_MIGRATIONS, PostgresKeyvStore, STATE_MODULE } from './postgres/postgres-keyv-store.js';
import { ensurePrivateDir, makeDatabasePrivate } from './private-files.js';
import { SqliteKeyvStore } from './sqlite-keyv-store.js';

export interface OpenedStateStore {
  state: StateStore;
  purgeExpired(): number | Promise<number>;
  close(): Promise<void>;
}

export function openStateStore(dataDir: string, url?: string, log: Logger = silentLogger()): OpenedStateStore {
  if (url === 'memory:' || url === 'memory') {
    const keyv = new Keyv({ namespace: 'ressec' });
    return { state: keyv, purgeExpired: () => 0, close: async () => {} };
  }
  if (url && /^postgres(ql)?:\/\//.test(url)) return openPostgresStateStore(url, log);
  if (url && !url.startsWith('sqlite:')) {
    throw new Error(
      `RESSEC_STATE_URL: unsupported scheme in "${url.split(':')[0]}:" (use sqlite:<file>, postgres://… or memory:)`,
    );
  }
  const file = url ? url.slice('sqlite:'.length) : path.join(dataDir, 'state.sqlite');
  ensurePrivateDir(path.dirname(file));
  const store = new SqliteKeyvStore(file);
  makeDatabasePrivate(file);
  const keyv = new Keyv({ store, namespace: 'ressec' });
  return {
    state: keyv,
    purgeExpired: () => store.purgeExpired(),
    close: async () => store.close(),
  };
}

function openPostgresStateStore(url: string, log: Logger): OpenedStateStore {
  const handle = openPostgres(url, log);
  handle.database.migrate(STATE_MODULE, POSTGRES_STATE_MIGRATIONS).catch((error: unknown) => {
    log.error({ event: 'migration-failed', err: error as Error }, 'state table could not be migrated');
  });
  const store = new PostgresKeyvStore(handle.database);
  return {
    state: new Keyv({ store, namespace: 'ressec' }),
    purgeExpired: () => store.purgeExpired(),
    close: () => handle.release(),
  };
}
