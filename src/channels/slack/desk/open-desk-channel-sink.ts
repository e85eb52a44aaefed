// The desk-channel sink for any process that files or delivers tickets (the terminal, `ressec check --escalate`,
// `ressec deliver`), not only the one running the Slack app: outbox rows are routed to the sinks registered when a
// ticket is written, so a ticket filed elsewhere must still get its card.
import { webApi } from '@slack/bolt';
import type { Config } from '../../../config.js';
import type { Logger } from '../../../log.js';
import { migrate, openSqlDatabase, sqlDatabasePath } from '../../../store/sql-database.js';
import { apiUrl, DEFAULT_RETRY } from '../bolt-app.js';
import { SLACK_MIGRATIONS } from '../inbox/slack-migrations.js';
import { DeskCards } from './desk-cards.js';
import { DeskChannelSink } from './desk-channel-sink.js';

export interface OpenedDeskChannelSink {
  sink: DeskChannelSink;
  close(): void;
}

export function openDeskChannelSink(config: Config, log: Logger): OpenedDeskChannelSink | undefined {
  const settings = config.slack;
  if (!settings?.deskChannel) return undefined;
  const database = openSqlDatabase(sqlDatabasePath(config.dataDir));
  migrate(database, 'slack', SLACK_MIGRATIONS);
  const client = new webApi.WebClient(settings.botToken, {
    slackApiUrl: apiUrl(settings.apiUrl),
    retryConfig: DEFAULT_RETRY,
    rejectRateLimitedCalls: false,
  });
  const sink = new DeskChannelSink({
    client,
    channel: settings.deskChannel,
    cards: new DeskCards(database),
    log: log.child({ component: 'slack-desk' }),
  });
  return { sink, close: () => database.close() };
}
