// The Slack channel: signed HTTP requests on PORT (or Socket Mode with SLACK_APP_TOKEN) through the adapter into the
// runtime's inbox, the Block Kit deliverer for the replies, the Slack notifier and, with SLACK_DESK_CHANNEL, the
// desk-channel sink.
import { type App as BoltApp, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { Config } from '../../config.js';
import type { Logger } from '../../log.js';
import { migrate, openSqlDatabase, type SqlDatabase, sqlDatabasePath } from '../../store/sql-database.js';
import type { Channel, ChannelCore, ChannelHealth, ChannelModule } from '../runtime/channel.js';
import { ChannelRuntime } from '../runtime/channel-runtime.js';
import { type OpenedInbox, openInbox } from '../runtime/open-inbox.js';
import { boltLogger } from './bolt-logger.js';
import { DirectMessages } from './delivery/direct-messages.js';
import { SlackDeliverer } from './delivery/slack-deliverer.js';
import { DeskCards } from './desk/desk-cards.js';
import type { DeskChannelSink } from './desk/desk-channel-sink.js';
import { SLACK_MIGRATIONS } from './desk/desk-migrations.js';
import { openDeskChannelSink } from './desk/open-desk-channel-sink.js';
import { slackListeners } from './listeners/register-listeners.js';
import { SignedHttpReceiver } from './receivers/signed-http-receiver.js';
import { SlackAdapter } from './slack-adapter.js';
import { slackClient, slackClientOptions } from './slack-client.js';
import type { SlackSettings } from './slack-deps.js';
import { SlackNotifier } from './slack-notifier.js';

export interface SlackOptions {
  /** Overrides config.slack.port; 0 picks a free port. */
  port?: number;
  host?: string;
  /** Turns worked on at once (each mostly waits on the core or Slack). */
  concurrency?: number;
  /** The Web API client's retries (a 429 waits for Retry-After, then counts as one). */
  retryConfig?: webApi.RetryOptions;
  /** How long a modal submission waits for the core inside the acknowledgement. */
  formBudgetMs?: number;
  inboxRetryDelayMs?: (attempt: number) => number;
  /** How long an inbox lease lasts unless renewed: how long a crashed process's turns wait for another. */
  leaseMs?: number;
  /** How often to look for turns nobody holds. */
  pollMs?: number;
}

/** How long work may wait for a burst of acknowledgements to pass (👀 still shows within a second). */
const ACK_PRIORITY_MS = 250;

interface SlackChannelParts {
  runtime: ChannelRuntime;
  client: webApi.WebClient;
  http?: SignedHttpReceiver;
  socket?: SocketModeReceiver;
  inbox: OpenedInbox;
  desk: SqlDatabase;
  settings: SlackSettings;
  config: Config;
  log: Logger;
}

export class SlackChannel implements Channel {
  readonly platform = 'slack';
  readonly notifier: SlackNotifier;
  readonly deskSink?: DeskChannelSink;
  readonly runtime: ChannelRuntime;
  private readonly deliverer: SlackDeliverer;
  private botUserId: string | undefined;
  private running = false;

  private constructor(private readonly parts: SlackChannelParts) {
    const { runtime, client, settings, config, log } = parts;
    this.runtime = runtime;
    this.deliverer = new SlackDeliverer({
      client,
      forms: runtime.forms,
      directMessages: new DirectMessages(client),
      about: { institution: config.institution.name, deskName: config.desk.name },
    });
    this.notifier = new SlackNotifier(this.deliverer);
    this.deskSink = openDeskChannelSink(settings, config.dataDir, log, client);
  }

  static async create(core: ChannelCore, options: SlackOptions = {}): Promise<SlackChannel> {
    const { config } = core;
    const settings = config.slack;
    if (!settings)
      throw new Error('Slack is not configured: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN)');
    const log = core.log.child({ component: 'slack' });
    const client = slackClient(settings, log, options.retryConfig);
    const http = settings.appToken
      ? undefined
      : new SignedHttpReceiver({
          signingSecret: settings.signingSecret ?? '',
          port: options.port ?? settings.port,
          host: options.host,
        });
    const socket = settings.appToken
      ? new SocketModeReceiver({
          appToken: settings.appToken,
          logger: boltLogger(log),
          installerOptions: { clientOptions: slackClientOptions(settings, log, options.retryConfig) },
        })
      : undefined;
    const desk = openSqlDatabase(sqlDatabasePath(config.dataDir));
    migrate(desk, 'slack', SLACK_MIGRATIONS);
    const inbox = openInbox(config, 'slack', log);
    const runtime = new ChannelRuntime({
      platform: 'slack',
      inbox: inbox.inbox,
      router: core.router,
      state: core.state,
      log,
      concurrency: options.concurrency,
      retryDelayMs: options.inboxRetryDelayMs,
      leaseMs: options.leaseMs,
      pollMs: options.pollMs,
      quiet: http ? () => http.quiet(ACK_PRIORITY_MS) : undefined,
    });
    const channel = new SlackChannel({ runtime, client, http, socket, inbox, desk, settings, config, log });
    const deps = {
      settings,
      router: core.router,
      runtime,
      deskCards: new DeskCards(desk),
      formBudgetMs: options.formBudgetMs ?? 2_000,
    };
    const adapter = new SlackAdapter({
      listeners: slackListeners(deps),
      runtime,
      log,
      botUserId: () => channel.botUserId,
    });
    http?.init(adapter);
    // Receivers only call processEvent on the app they are given.
    socket?.init(adapter as unknown as BoltApp);
    return channel;
  }

  /** The HTTP port in HTTP mode, once started. */
  get port(): number | undefined {
    return this.parts.http?.address()?.port;
  }

  async start(): Promise<void> {
    const auth = await this.parts.client.auth.test();
    this.botUserId = auth.user_id;
    this.runtime.start(this.deliverer);
    await this.transport().start();
    this.running = true;
    const mode = this.parts.http ? 'http' : 'socket';
    this.parts.log.info({ event: 'slack-started', mode, port: this.port }, 'Slack channel started');
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.transport().stop();
    await this.runtime.stop();
    await this.parts.inbox.close();
    this.parts.desk.close();
    this.parts.log.info({ event: 'slack-stopped' }, 'Slack channel stopped');
  }

  private transport(): { start(): Promise<unknown>; stop(): Promise<unknown> } {
    const transport = this.parts.http ?? this.parts.socket;
    if (!transport) throw new Error('the Slack channel has no transport');
    return transport;
  }

  /** Resolves when every accepted payload has been worked off (or the timeout passed). */
  idle(timeoutMs?: number): Promise<boolean> {
    return this.runtime.idle(timeoutMs);
  }

  get inbox() {
    return this.runtime.inbox;
  }

  async health(): Promise<ChannelHealth> {
    const { inbox, queued } = await this.runtime.counts();
    return { platform: this.platform, ok: this.running, inbox, queued };
  }
}

export const slackChannel: ChannelModule<SlackOptions> = {
  platform: 'slack',
  isConfigured: (config) => config.slack !== undefined,
  create: (core, options) => SlackChannel.create(core, options),
  openDeskSink: (config, log) => (config.slack ? openDeskChannelSink(config.slack, config.dataDir, log) : undefined),
};
