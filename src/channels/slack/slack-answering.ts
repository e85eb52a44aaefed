// The Slack channel's answering half: the Block Kit deliverer, the notifier and the desk-channel sink, on the Web API
// client. The same in the thread that acknowledges (answering in-process) and in an answer thread.
import type { webApi } from '@slack/bolt';
import type { ChannelAnswering, ChannelCore } from '../runtime/channel.js';
import type { FormMemory } from '../runtime/form-memory.js';
import { DirectMessages } from './delivery/direct-messages.js';
import { SlackDeliverer } from './delivery/slack-deliverer.js';
import type { DeskChannelSink } from './desk/desk-channel-sink.js';
import { openDeskChannelSink } from './desk/open-desk-channel-sink.js';
import { slackClient } from './slack-client.js';
import { SlackNotifier } from './slack-notifier.js';

export interface SlackAnswering extends ChannelAnswering {
  deliverer: SlackDeliverer;
  deskSink?: DeskChannelSink;
}

export function slackAnswering(
  core: ChannelCore,
  forms: FormMemory,
  options: { retryConfig?: webApi.RetryOptions; client?: webApi.WebClient } = {},
): SlackAnswering {
  const { config } = core;
  const settings = config.slack;
  if (!settings) throw new Error('Slack is not configured');
  const log = core.log.child({ component: 'slack' });
  const client = options.client ?? slackClient(settings, log, options.retryConfig);
  const deliverer = new SlackDeliverer({
    client,
    forms,
    directMessages: new DirectMessages(client),
    about: { institution: config.institution.name, deskName: config.desk.name },
  });
  return {
    deliverer,
    notifier: new SlackNotifier(deliverer),
    deskSink: openDeskChannelSink(config, log, client),
  };
}
