// The Slack channel's tables in ressec.sqlite: the inbox and the desk cards. Two connections: one for the rows'
// progress, and one with synchronous = FULL for admissions, the only writes that must survive a power cut.
import { migrate, openSqlDatabase, sqlDatabasePath } from '../../store/sql-database.js';
import { DeskCards } from './desk/desk-cards.js';
import { SlackInbox } from './inbox/slack-inbox.js';
import { SLACK_MIGRATIONS } from './inbox/slack-migrations.js';

/** Finished rows are kept this long, so a late retry or replay is still recognised. */
const KEEP_FINISHED_MS = 24 * 3_600_000;

export interface SlackDatabase {
  inbox: SlackInbox;
  deskCards: DeskCards;
  /** Forgets finished inbox rows past the window; returns how many. */
  purge(): number;
  close(): void;
}

export function openSlackDatabase(dataDir: string): SlackDatabase {
  const file = sqlDatabasePath(dataDir);
  const database = openSqlDatabase(file);
  migrate(database, 'slack', SLACK_MIGRATIONS);
  const durable = openSqlDatabase(file);
  durable.pragma('synchronous = FULL');
  const inbox = new SlackInbox(database, { durable });
  return {
    inbox,
    deskCards: new DeskCards(database),
    purge: () => inbox.purgeFinishedBefore(Date.now() - KEEP_FINISHED_MS),
    close() {
      database.close();
      durable.close();
    },
  };
}
