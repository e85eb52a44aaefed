// Runs chat channels until SIGINT or SIGTERM: `ressec slack`, and `ressec chat` when a chat platform is configured.
import { buildApp } from '../app.js';
import type { ChannelCatalog } from '../channels/runtime/channel.js';
import type { Config } from '../config.js';
import type { Platform } from '../core/turn.js';
import { startDeliveryWorker } from '../escalation/delivery/start-delivery-worker.js';
import { type HealthServer, startHealthServer } from '../health/health-server.js';
import type { Logger } from '../log.js';
import type { CliIo } from './cli-command.js';

function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

export async function serveChannels(
  platforms: readonly Platform[],
  io: CliIo,
  config: Config,
  log: Logger,
  channels: ChannelCatalog,
): Promise<number> {
  // Each channel answers in its own worker threads, each with its own core and delivery worker: this event loop only
  // verifies, admits and acknowledges, so it loads no corpus when no channel answers here.
  const answers = (await channels.answerInThreads(platforms)) ? 'elsewhere' : 'here';
  const app = await buildApp(config, log, { answers });
  const running = await channels.start(app, platforms, { answerThread: true }).catch(async (error: unknown) => {
    await app.close();
    throw error;
  });
  // A channel answering here registered its desk sink here: tickets are delivered from here too.
  const delivery = running.answersHere ? startDeliveryWorker({ escalation: app.escalation, log }) : undefined;
  let health: HealthServer | undefined;
  try {
    health = config.health
      ? await startHealthServer({
          port: config.health.port,
          log,
          checks: [
            { name: 'database', check: () => app.escalation.readiness() },
            ...running.channels.map((channel) => ({
              name: channel.platform,
              check: async () =>
                (await channel.health()).ok ? { ok: true as const } : { ok: false as const, reason: 'not-running' },
            })),
          ],
        })
      : undefined;
    // Said once the health probes listen too, so "running" means every port is up.
    for (const channel of running.channels) {
      const where =
        channel.platform === 'slack'
          ? config.slack?.appToken
            ? 'Socket Mode'
            : `HTTP on port ${config.slack?.port}, POST /slack/events`
          : channel.platform === 'teams'
            ? `HTTP on port ${config.teams?.port}, POST /api/messages${config.teams?.local ? ', local trial: 127.0.0.1 only, no authentication' : ''}`
            : '';
      io.stderr.write(`ressec: ${channel.platform} channel running (${where}). Ctrl-C to stop.\n`);
    }
    await untilStopped();
  } finally {
    // Not ready from the signal on; turns in flight finish and the rest are handed back to the shared inbox.
    health?.markStopping();
    await running.stop();
    await delivery?.stop();
    await app.close();
    await health?.close();
  }
  return 0;
}
