// One replica as `ressec slack` runs it (the core, the Slack channel over HTTP, the desk delivery worker), in its own
// process so a test can SIGKILL it. Leases last a second, so the survivors take a dead replica's work over quickly.
// Prints "READY <port>"; on SIGTERM it drains as the real command does and exits 0.
import { buildApp } from '../../../src/app.js';
import { SlackChannel } from '../../../src/channels/slack/slack-channel.js';
import { loadConfig } from '../../../src/config.js';
import { startDeliveryWorker } from '../../../src/escalation/delivery/start-delivery-worker.js';
import { silentLogger } from '../../../src/log.js';
import { channelCore, startChannel } from '../../../src/main.js';

const config = loadConfig(process.env);
const log = silentLogger();
const app = await buildApp(config, log);
const slack = await SlackChannel.create(channelCore(app), {
  port: 0,
  host: '127.0.0.1',
  retryConfig: { retries: 0 },
  inboxRetryDelayMs: () => 100,
  leaseMs: 1_000,
  pollMs: 100,
});
await startChannel(app, slack);
const delivery = startDeliveryWorker({ escalation: app.escalation, log, leaseMs: 1_000, pollMs: 250 });
process.stdout.write(`READY ${slack.port}\n`);
process.once('SIGTERM', () => {
  void slack
    .stop()
    .then(() => delivery.stop())
    .then(() => app.close())
    .then(() => process.exit(0));
});
