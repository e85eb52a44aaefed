// The Slack app in its own process, so a test can kill it (SIGKILL: a crash) or stall it, and start it again.
// Reads its environment like the real program; prints "READY <port>" once it listens.
import { buildApp } from '../../../src/app.js';
import { startSlack } from '../../../src/channels/slack/start-slack.js';
import { loadConfig } from '../../../src/config.js';
import { silentLogger } from '../../../src/log.js';

const config = loadConfig(process.env);
const log = silentLogger();
const app = await buildApp(config, log);
const slack = await startSlack(app, config, log, {
  port: 0,
  host: '127.0.0.1',
  retryConfig: { retries: 0 },
});
process.stdout.write(`READY ${slack.port}\n`);
process.on('SIGTERM', () => {
  void slack
    .stop()
    .then(() => app.close())
    .then(() => process.exit(0));
});
