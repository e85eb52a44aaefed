// `ressec slack` (and `ressec chat` when Slack is configured): runs the Slack app, with the desk delivery worker,
// until SIGINT or SIGTERM. HTTP on PORT, or Socket Mode when SLACK_APP_TOKEN is set.
import { buildApp } from '../app.js';
import { startSlack } from '../channels/slack/start-slack.js';
import { startDeliveryWorker } from '../escalation/delivery/start-delivery-worker.js';
import { type CliCommand, UsageError } from './cli-command.js';

function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

export const slackCommand: CliCommand = {
  usage: 'slack',
  summary: 'run the Slack app (HTTP on PORT, or Socket Mode with SLACK_APP_TOKEN) until interrupted',
  async run(_args, io, config, log) {
    if (!config.slack) {
      throw new UsageError(
        'Slack is not configured: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN)',
      );
    }
    const app = await buildApp(config, log);
    // Registers the Slack notifier and the desk-channel sink before the delivery worker starts draining.
    const slack = await startSlack(app, config, log).catch(async (error: unknown) => {
      await app.close();
      throw error;
    });
    const delivery = startDeliveryWorker({ escalation: app.escalation, log });
    const mode = config.slack.appToken ? 'Socket Mode' : `HTTP on port ${slack.port}, POST /slack/events`;
    io.stderr.write(`ressec: Slack app running (${mode}). Ctrl-C to stop.\n`);
    try {
      await untilStopped();
    } finally {
      await slack.stop();
      await delivery.stop();
      await app.close();
    }
    return 0;
  },
};
