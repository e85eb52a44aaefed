// The desk-channel sink with its own connection to the desk cards: for the process running the Slack channel, and for
// any other that files or delivers tickets (the terminal, `ressec check --escalate`, `ressec deliver`), since outbox
// rows are routed to the sinks registered when a ticket is written, so a ticket filed elsewhere must still get its card.
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../../log.js';
import { migrate, openSqlDatabase, sqlDatabasePath } from '../../../store/sql-database.js';
import { slackClient } from '../slack-client.js';
import type { SlackSettings } from '../slack-deps.js';
import { DeskCards } from './desk-cards.js';
import { DeskChannelSink } from './desk-channel-sink.js';
import { SLACK_MIGRATIONS } from './desk-migrations.js';

export function openDeskChannelSink(
  settings: SlackSettings,
  dataDir: string,
  log: Logger,
  client: webApi.WebClient = slackClient(settings, log),
): DeskChannelSink | undefined {
  if (!settings.deskChannel) return undefined;
  const database = openSqlDatabase(sqlDatabasePath(dataDir));
  migrate(database, 'slack', SLACK_MIGRATIONS);
  return new DeskChannelSink({
    client,
    channel: settings.deskChannel,
    cards: new DeskCards(database),
    log: log.child({ component: 'slack-desk' }),
    close: () => database.close(),
  });
}
