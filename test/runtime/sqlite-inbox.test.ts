import { SqliteInbox } from '../../src/channels/runtime/sqlite-inbox.js';
import { openSqlDatabase } from '../../src/store/sql-database.js';
import { inboxContract } from './inbox-contract.js';

inboxContract('SQLite', async () => {
  const database = openSqlDatabase(':memory:');
  return { inbox: new SqliteInbox(database, 'slack'), close: () => void database.close() };
});
