// The Slack app in its own process, so a test can kill it (SIGKILL: a crash) or stall it, and start it again.
// Reads its environment like the real program; prints "READY <port>" once it listens. Its inbox leases last a
// second, so that a process started after a crash takes its turns over quickly.
import { buildApp } from '../../../src/app.js';
import { SlackChannel } from '../../../src/channels/slack/slack-channel.js';
import { loadConfig } from '../../../src/config.js';
import { silentLogger } from '../../../src/log.js';
import { channelCore, startChannel } from '../../../src/main.js';

const config = loadConfig(process.env);
const log = silentLogger();
const app = await buildApp(config, log);
const slack = await SlackChannel.create(channelCore(app), {
  port: 0,
  host: '127.0.0.1',
  retryConfig: { retries: 0 },
  leaseMs: 1_000,
});
await startChannel(app, slack);
process.stdout.write(`READY ${slack.port}\n`);
process.on('SIGTERM', () => {
  void slack
    .stop()
    .then(() => app.close())
    .then(() => process.exit(0));
});
