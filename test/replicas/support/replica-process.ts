// One replica as `ressec slack` runs it (the core, the Slack channel over HTTP, the desk delivery worker), in its own
// process so a test can SIGKILL it. Leases last REPLICA_LEASE_MS (5 s by default), so the survivors take a dead
// replica's work over quickly; too short a lease on a starved machine lets a live replica's turn be taken over too.
// Prints "READY <port>"; on SIGTERM it drains as the real command does and exits 0.
import { buildApp } from '../../../src/app.js';
import { SlackChannel } from '../../../src/channels/slack/slack-channel.js';
import { loadConfig } from '../../../src/config.js';
import { startDeliveryWorker } from '../../../src/escalation/delivery/start-delivery-worker.js';
import { silentLogger } from '../../../src/log.js';
import { channelCore, startChannel } from '../../../src/main.js';

const config = loadConfig(process.env);
const log = silentLogger();
const leaseMs = Number(process.env.REPLICA_LEASE_MS ?? 5_000);
const app = await buildApp(config, log);
const slack = await SlackChannel.create(channelCore(app), {
  port: 0,
  host: '127.0.0.1',
  retryConfig: { retries: 0 },
  inboxRetryDelayMs: () => 100,
  leaseMs,
  pollMs: 100,
});
await startChannel(app, slack);
const delivery = startDeliveryWorker({ escalation: app.escalation, log, leaseMs, pollMs: 250 });
process.stdout.write(`READY ${slack.port}\n`);
process.once('SIGTERM', () => {
  void slack
    .stop()
    .then(() => delivery.stop())
    .then(() => app.close())
    .then(() => process.exit(0));
});
