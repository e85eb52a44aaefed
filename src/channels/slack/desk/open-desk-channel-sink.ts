// The desk-channel sink with its own hold on the desk cards: for the process running the Slack channel, and for any
// other that files or delivers tickets (the terminal, `ressec check --escalate`, `ressec deliver`), since outbox rows
// are routed to the sinks registered when a ticket is written, so a ticket filed elsewhere must still get its card.
import type { webApi } from '@slack/bolt';
import type { Config } from '../../../config.js';
import type { Logger } from '../../../log.js';
import type { DeskCards } from '../../runtime/desk-cards/desk-cards.js';
import { openDeskCards } from '../../runtime/desk-cards/open-desk-cards.js';
import { slackClient } from '../slack-client.js';
import { DeskChannelSink } from './desk-channel-sink.js';
import { SLACK_MIGRATIONS } from './desk-migrations.js';

type DeskConfig = Pick<Config, 'dataDir' | 'slack'> & Partial<Pick<Config, 'database'>>;

/** The Slack desk cards, wherever the configuration keeps them (the older Slack-only table moved in on first open). */
export function openSlackDeskCards(config: DeskConfig, log: Logger): DeskCards {
  return openDeskCards(config, 'slack', { log, legacy: { module: 'slack', migrations: SLACK_MIGRATIONS } });
}

export function openDeskChannelSink(
  config: DeskConfig,
  log: Logger,
  client?: webApi.WebClient,
): DeskChannelSink | undefined {
  const settings = config.slack;
  if (!settings?.deskChannel) return undefined;
  return new DeskChannelSink({
    client: client ?? slackClient(settings, log),
    channel: settings.deskChannel,
    cards: openSlackDeskCards(config, log),
    log: log.child({ component: 'slack-desk' }),
  });
}
