// Opens the insight store where the tickets are: ressec.sqlite in the data folder, or RESSEC_DATABASE_URL.
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { openPostgres } from '../store/postgres/postgres-database.js';
import { openSqlDatabase, sqlDatabasePath } from '../store/sql-database.js';
import type { InsightStore } from './insight-store.js';
import { PostgresInsightStore } from './postgres-insight-store.js';
import { SqliteInsightStore } from './sqlite-insight-store.js';

export function openInsightStore(
  config: Pick<Config, 'dataDir'> & Partial<Pick<Config, 'database'>>,
  log: Logger,
  databaseFile?: string,
): InsightStore {
  const postgresUrl = databaseFile === undefined ? config.database?.postgresUrl : undefined;
  if (postgresUrl) {
    const handle = openPostgres(postgresUrl, log);
    const store = new PostgresInsightStore(handle.database, () => handle.release());
    // Migrate now rather than on the first question; a database that is down is retried on the next call.
    store.migrate().catch((error: unknown) => {
      log.error({ event: 'migration-failed', err: error as Error }, 'insight tables could not be migrated');
    });
    return store;
  }
  return new SqliteInsightStore(openSqlDatabase(databaseFile ?? sqlDatabasePath(config.dataDir)), true);
}

/**
 * A database that cannot be opened must not stop answering (as with tickets): outcomes and feedback are then kept
 * in memory for this process only, and the problem is logged.
 */
export function openInsightStoreOrMemory(
  config: Pick<Config, 'dataDir'> & Partial<Pick<Config, 'database'>>,
  log: Logger,
): InsightStore {
  try {
    return openInsightStore(config, log);
  } catch (error) {
    log.error(
      { event: 'insight-database-unavailable', outcome: (error as NodeJS.ErrnoException).code ?? 'error' },
      'the insight tables could not be opened; outcomes and feedback are kept in memory only',
    );
    return openInsightStore(config, log, ':memory:');
  }
}
