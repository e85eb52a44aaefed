// `ressec slack`: runs the Slack channel, with the desk delivery worker, until SIGINT or SIGTERM. HTTP on PORT, or
// Socket Mode when SLACK_APP_TOKEN is set.
import { type CliCommand, UsageError } from './cli-command.js';
import { serveChannels } from './serve-channels.js';

export const slackCommand: CliCommand = {
  usage: 'slack',
  summary: 'run the Slack app (HTTP on PORT, or Socket Mode with SLACK_APP_TOKEN) until interrupted',
  async run(_args, io, config, log, channels) {
    if (!channels.configured().includes('slack')) {
      throw new UsageError(
        'Slack is not configured: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN)',
      );
    }
    return serveChannels(['slack'], io, config, log, channels);
  },
};
