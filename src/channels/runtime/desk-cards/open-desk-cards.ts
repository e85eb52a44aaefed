// A channel's desk cards, where the configuration puts them: PostgreSQL when RESSEC_DATABASE_URL is set (shared by
// every replica), otherwise the data folder's SQLite file. `legacy` moves a channel's older SQLite table into the
// shared one once the shared one exists.
import type { Config } from '../../../config.js';
import type { Platform } from '../../../core/turn.js';
import { type Logger, silentLogger } from '../../../log.js';
import { openPostgres } from '../../../store/postgres/postgres-database.js';
import { type Migration, migrate, openSqlDatabase, sqlDatabasePath } from '../../../store/sql-database.js';
import type { DeskCards } from './desk-cards.js';
import { PostgresDeskCards } from './postgres-desk-cards.js';
import { SqliteDeskCards } from './sqlite-desk-cards.js';

export interface LegacyTables {
  module: string;
  migrations: readonly Migration[];
}

export function openDeskCards(
  config: Pick<Config, 'dataDir'> & Partial<Pick<Config, 'database'>>,
  platform: Platform,
  options: { log?: Logger; legacy?: LegacyTables } = {},
): DeskCards {
  const url = config.database?.postgresUrl;
  if (url) {
    const handle = openPostgres(url, options.log ?? silentLogger());
    return new PostgresDeskCards(handle.database, platform, { close: () => handle.release() });
  }
  const database = openSqlDatabase(sqlDatabasePath(config.dataDir));
  const cards = new SqliteDeskCards(database, platform, { close: () => database.close() });
  if (options.legacy) migrate(database, options.legacy.module, options.legacy.migrations);
  return cards;
}
