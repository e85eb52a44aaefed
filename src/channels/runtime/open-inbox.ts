// A channel's inbox, where the configuration puts it: PostgreSQL when RESSEC_DATABASE_URL is set (shared by every
// replica), otherwise the data folder's SQLite file, with a second, fully synced connection for admissions.
import type { Config } from '../../config.js';
import type { Platform } from '../../core/turn.js';
import { type Logger, silentLogger } from '../../log.js';
import { openPostgres } from '../../store/postgres/postgres-database.js';
import { openSqlDatabase, sqlDatabasePath } from '../../store/sql-database.js';
import type { Inbox } from './inbox.js';
import { INBOX_MODULE, POSTGRES_INBOX_MIGRATIONS, PostgresInbox } from './postgres-inbox.js';
import { SqliteInbox } from './sqlite-inbox.js';

export interface OpenedInbox {
  inbox: Inbox;
  close(): void | Promise<void>;
}

export function openInbox(
  config: Pick<Config, 'dataDir'> & Partial<Pick<Config, 'database'>>,
  platform: Platform,
  log: Logger = silentLogger(),
): OpenedInbox {
  const url = config.database?.postgresUrl;
  if (!url) return openSqliteInbox(config.dataDir, platform);
  const handle = openPostgres(url, log);
  handle.database.migrate(INBOX_MODULE, POSTGRES_INBOX_MIGRATIONS).catch((error: unknown) => {
    log.error({ event: 'migration-failed', err: error as Error }, 'inbox table could not be migrated');
  });
  return { inbox: new PostgresInbox(handle.database, platform), close: () => handle.release() };
}

export function openSqliteInbox(dataDir: string, platform: Platform): OpenedInbox {
  const file = sqlDatabasePath(dataDir);
  const database = openSqlDatabase(file);
  const durable = openSqlDatabase(file);
  durable.pragma('synchronous = FULL');
  return {
    inbox: new SqliteInbox(database, platform, { durable }),
    close() {
      database.close();
      durable.close();
    },
  };
}
