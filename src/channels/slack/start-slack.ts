// Starts the Slack channel on a built core: the inbox and its worker, the Bolt app (HTTP or Socket Mode), the
// listeners, the Slack notifier and, with SLACK_DESK_CHANNEL, the desk-channel sink.
import type { App as BoltApp, webApi } from '@slack/bolt';
import type { App } from '../../app.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../log.js';
import { createBoltApp } from './bolt-app.js';
import { DirectMessages } from './delivery/direct-messages.js';
import { FormStore } from './delivery/form-store.js';
import { SlackDeliverer } from './delivery/slack-deliverer.js';
import { DESK_CHANNEL_SINK, DeskChannelSink } from './desk/desk-channel-sink.js';
import { InboxWorker } from './inbox/inbox-worker.js';
import type { SlackInbox } from './inbox/slack-inbox.js';
import { registerListeners } from './listeners/register-listeners.js';
import { InboxGate } from './receivers/inbox-gate.js';
import { openSlackDatabase } from './slack-database.js';
import type { SlackDeps } from './slack-deps.js';
import { SlackNotifier } from './slack-notifier.js';
import { slashAckBody } from './slash-ack.js';
import { ThreadMemory } from './thread-memory.js';
import { TurnRunner } from './turn-runner.js';

export interface SlackOptions {
  /** Overrides config.slack.port; 0 picks a free port. */
  port?: number;
  host?: string;
  /** Inbox rows worked on at once (each mostly waits on the core or Slack). */
  concurrency?: number;
  /** The Web API client's retries (a 429 waits for Retry-After, then counts as one). */
  retryConfig?: webApi.RetryOptions;
  /** How long a modal submission waits for the core inside the acknowledgement. */
  formBudgetMs?: number;
  inboxRetryDelayMs?: (attempt: number) => number;
}

export interface SlackChannel {
  bolt: BoltApp;
  inbox: SlackInbox;
  /** The HTTP port in HTTP mode. */
  port?: number;
  /** Resolves when every accepted payload has been worked off. */
  idle(timeoutMs?: number): Promise<boolean>;
  stop(): Promise<void>;
}

/** How long work may wait for a burst of acknowledgements to pass (👀 still shows within a second). */
const ACK_PRIORITY_MS = 250;
const PURGE_INTERVAL_MS = 3_600_000;

export async function startSlack(
  app: App,
  config: Config,
  log: Logger,
  options: SlackOptions = {},
): Promise<SlackChannel> {
  const settings = config.slack;
  if (!settings)
    throw new Error('Slack is not configured: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN)');
  const slackLog = log.child({ component: 'slack' });
  const database = openSlackDatabase(config.dataDir);
  const { inbox, deskCards } = database;
  database.purge();
  const purging = setInterval(() => database.purge(), PURGE_INTERVAL_MS);
  purging.unref();

  let worker: InboxWorker | undefined;
  const gate = new InboxGate({
    inbox,
    log: slackLog,
    ackBody: slashAckBody(app.router),
    // Payloads arrive only once the app has started, by which time the worker exists.
    enqueue: (key, lane) => worker?.enqueue(key, lane),
  });
  const { bolt, http } = await createBoltApp({
    settings,
    gate,
    log: slackLog,
    port: options.port,
    host: options.host,
    retryConfig: options.retryConfig,
  }).catch((error: unknown) => {
    clearInterval(purging);
    database.close();
    throw error;
  });

  const client = bolt.client;
  const quiet = http ? () => http.quiet(ACK_PRIORITY_MS) : undefined;
  const directMessages = new DirectMessages(client);
  const forms = new FormStore(app.state.state);
  const deliverer = new SlackDeliverer({ client, forms, directMessages });
  const deps: SlackDeps = {
    router: app.router,
    settings,
    client,
    inbox,
    turns: new TurnRunner({ router: app.router, inbox, deliverer, client, log: slackLog, quiet }),
    forms,
    directMessages,
    threads: new ThreadMemory(app.state.state),
    deskCards,
    log: slackLog,
    about: { institution: config.institution.name, deskName: config.desk.name },
    formBudgetMs: options.formBudgetMs ?? 2_000,
    now: Date.now,
  };
  registerListeners(bolt, deps);
  const running = new InboxWorker({
    inbox,
    log: slackLog,
    concurrency: options.concurrency,
    retryDelayMs: options.inboxRetryDelayMs,
    beforeRun: quiet,
    run: (row) => bolt.processEvent({ body: row.body, ack: async () => {}, customProperties: { inboxKey: row.key } }),
  });
  worker = running;

  app.notifier.register('slack', new SlackNotifier(deliverer, directMessages));
  if (settings.deskChannel && !app.escalation.sinks.some((sink) => sink.name === DESK_CHANNEL_SINK)) {
    app.escalation.registerSink(
      new DeskChannelSink({ client, channel: settings.deskChannel, cards: deskCards, log: slackLog }),
    );
  }

  await bolt.start();
  const port = http?.address()?.port;
  slackLog.info({ event: 'slack-started', mode: http ? 'http' : 'socket', port }, 'Slack channel started');
  running.recover();

  return {
    bolt,
    inbox,
    port,
    idle: (timeoutMs) => running.idle(timeoutMs),
    async stop() {
      await bolt.stop();
      await running.stop();
      clearInterval(purging);
      database.close();
      slackLog.info({ event: 'slack-stopped' }, 'Slack channel stopped');
    },
  };
}
