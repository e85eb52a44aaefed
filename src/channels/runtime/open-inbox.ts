// The embedded inbox: SQLite in the data folder's shared file, with a second, fully synced connection for admissions.
import type { Platform } from '../../core/turn.js';
import { openSqlDatabase, sqlDatabasePath } from '../../store/sql-database.js';
import type { Inbox } from './inbox.js';
import { SqliteInbox } from './sqlite-inbox.js';

export interface OpenedInbox {
  inbox: Inbox;
  close(): void;
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
