// The Teams channel's stores, where the configuration puts them: PostgreSQL when RESSEC_DATABASE_URL is set (shared
// by every replica), otherwise the data folder's SQLite file. Each caller gets its own hold, released by close().
import type { Config } from '../../../config.js';
import { type Logger, silentLogger } from '../../../log.js';
import { openPostgres } from '../../../store/postgres/postgres-database.js';
import { openSqlDatabase, sqlDatabasePath } from '../../../store/sql-database.js';
import type { DeskCards } from '../../runtime/desk-cards/desk-cards.js';
import { openDeskCards } from '../../runtime/desk-cards/open-desk-cards.js';
import { ConversationReferences } from './conversation-references.js';
import { PostgresReferenceRows } from './postgres-reference-rows.js';
import type { ReferenceRows } from './reference-rows.js';
import { SqliteReferenceRows } from './sqlite-reference-rows.js';
import { TEAMS_MIGRATIONS, TEAMS_MODULE } from './teams-migrations.js';

type StoreConfig = Pick<Config, 'dataDir'> & Partial<Pick<Config, 'database'>>;

export interface TeamsStores {
  references: ConversationReferences;
  deskCards: DeskCards;
  close(): Promise<void>;
}

export function openTeamsStores(config: StoreConfig, log: Logger = silentLogger()): TeamsStores {
  const references = new ConversationReferences(openReferenceRows(config, log), log);
  const deskCards = openDeskCards(config, 'teams', {
    log,
    legacy: { module: TEAMS_MODULE, migrations: TEAMS_MIGRATIONS },
  });
  return {
    references,
    deskCards,
    async close() {
      await references.settled();
      await Promise.all([references.close(), deskCards.close()]);
    },
  };
}

function openReferenceRows(config: StoreConfig, log: Logger): ReferenceRows {
  const url = config.database?.postgresUrl;
  if (url) {
    const handle = openPostgres(url, log);
    return new PostgresReferenceRows(handle.database, { close: () => handle.release() });
  }
  const database = openSqlDatabase(sqlDatabasePath(config.dataDir));
  return new SqliteReferenceRows(database, { close: () => database.close() });
}
