// The Slack channel: signed HTTP requests on PORT (or Socket Mode with SLACK_APP_TOKEN) through the adapter into the
// inbox, and its answering half (the Block Kit deliverer, the notifier and, with SLACK_DESK_CHANNEL, the desk-channel
// sink). With `answerThread`, the answering half and the core's answer work run in a worker thread, and this thread
// only verifies, admits and acknowledges.
import { type App as BoltApp, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { Logger } from '../../log.js';
import { serveProbes } from '../http/channel-probes.js';
import { openSharedHttpServer, type SharedHttpServerHold } from '../http/shared-http-server.js';
import { AnswerThread } from '../runtime/answer-thread/answer-thread.js';
import type { AnswerPolicy } from '../runtime/answer-thread/messages.js';
import type { Channel, ChannelCore, ChannelHealth, ChannelModule } from '../runtime/channel.js';
import { ChannelRuntime } from '../runtime/channel-runtime.js';
import type { DeskCards } from '../runtime/desk-cards/desk-cards.js';
import type { Inbox } from '../runtime/inbox.js';
import { type OpenedInbox, openInbox } from '../runtime/open-inbox.js';
import type { TurnIntake } from '../runtime/turn-intake.js';
import { boltLogger } from './bolt-logger.js';
import { showWorking } from './delivery/slack-deliverer.js';
import type { DeskChannelSink } from './desk/desk-channel-sink.js';
import { openDeskChannelSink, openSlackDeskCards } from './desk/open-desk-channel-sink.js';
import { slackListeners } from './listeners/register-listeners.js';
import { SignedHttpReceiver } from './receivers/signed-http-receiver.js';
import { SlackAdapter } from './slack-adapter.js';
import { type SlackAnswering, slackAnswering } from './slack-answering.js';
import { slackClient, slackClientOptions } from './slack-client.js';
import type { SlackNotifier } from './slack-notifier.js';

export interface SlackOptions extends AnswerPolicy {
  /** Overrides config.slack.port; 0 picks a free port. */
  port?: number;
  host?: string;
  /** The Web API client's retries (a 429 waits for Retry-After, then counts as one). */
  retryConfig?: webApi.RetryOptions;
  /** How long a modal submission waits for the core inside the acknowledgement. */
  formBudgetMs?: number;
  /** In-process answering only: the delay before a failed turn is tried again. */
  inboxRetryDelayMs?: (attempt: number) => number;
  /** Answer in a worker thread, so that this event loop only acknowledges. */
  answerThread?: boolean;
  /** Where the answer thread logs (stderr when absent). */
  logFile?: string;
}

/** How long work may wait for a burst of acknowledgements to pass (👀 still shows within a second). */
const ACK_PRIORITY_MS = 250;

/** Answering in this thread, or in an answer thread. */
type Answering =
  | { kind: 'here'; runtime: ChannelRuntime; answering: SlackAnswering }
  | { kind: 'thread'; thread: AnswerThread };

interface SlackChannelParts {
  answering: Answering;
  client: webApi.WebClient;
  /** HTTP mode: the receiver, on the process's HTTP server for this port (shared with Teams when both run). */
  http?: { receiver: SignedHttpReceiver; server: SharedHttpServerHold };
  socket?: SocketModeReceiver;
  inbox: OpenedInbox;
  desk: DeskCards;
  log: Logger;
}

export class SlackChannel implements Channel {
  readonly platform = 'slack';
  readonly notifier: SlackNotifier | AnswerThread['notifier'];
  readonly deskSink?: DeskChannelSink;
  private botUserId: string | undefined;
  private running = false;

  private constructor(private readonly parts: SlackChannelParts) {
    const { answering } = parts;
    // An answer thread has its own notifier and desk sink, with its own core.
    this.notifier = answering.kind === 'here' ? answering.answering.notifier : answering.thread.notifier;
    this.deskSink = answering.kind === 'here' ? answering.answering.deskSink : undefined;
  }

  static async create(core: ChannelCore, options: SlackOptions = {}): Promise<SlackChannel> {
    const { config } = core;
    const settings = config.slack;
    if (!settings)
      throw new Error('Slack is not configured: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN)');
    const log = core.log.child({ component: 'slack' });
    const client = slackClient(settings, log, options.retryConfig);
    const port = options.port ?? settings.port;
    const http = settings.appToken
      ? undefined
      : {
          receiver: new SignedHttpReceiver({ signingSecret: settings.signingSecret ?? '', port, host: options.host }),
          server: openSharedHttpServer({ port, host: options.host }),
        };
    const socket = settings.appToken
      ? new SocketModeReceiver({
          appToken: settings.appToken,
          logger: boltLogger(log),
          installerOptions: { clientOptions: slackClientOptions(settings, log, options.retryConfig) },
        })
      : undefined;
    const desk = openSlackDeskCards(config, log);
    const inbox = openInbox(config, 'slack', log);
    const policy: AnswerPolicy = {
      concurrency: options.concurrency,
      maxAttempts: options.maxAttempts,
      leaseMs: options.leaseMs,
      pollMs: options.pollMs,
      maxQueued: options.maxQueued,
      busyAfterMs: options.busyAfterMs,
    };
    let answering: Answering;
    let intake: TurnIntake;
    if (options.answerThread) {
      const thread = new AnswerThread({
        data: {
          config,
          platform: 'slack',
          channel: { moduleUrl: import.meta.url, exportName: 'slackChannel' },
          channelOptions: { retryConfig: options.retryConfig },
          policy,
          logFile: options.logFile,
        },
        inbox: inbox.inbox,
        state: core.state,
        log,
        sign: (target) => showWorking(client, target),
      });
      answering = { kind: 'thread', thread };
      intake = thread;
    } else {
      const runtime = new ChannelRuntime({
        platform: 'slack',
        inbox: inbox.inbox,
        router: core.router,
        state: core.state,
        log,
        ...policy,
        retryDelayMs: options.inboxRetryDelayMs,
        quiet: http ? () => http.receiver.quiet(ACK_PRIORITY_MS) : undefined,
      });
      answering = { kind: 'here', runtime, answering: slackAnswering(core, runtime.forms, { client }) };
      intake = runtime;
    }
    const channel = new SlackChannel({ answering, client, http, socket, inbox, desk, log });
    const listeners = slackListeners({
      settings,
      router: core.router,
      intake,
      deskCards: desk,
      formBudgetMs: options.formBudgetMs ?? 2_000,
    });
    const adapter = new SlackAdapter({ listeners, intake, log, botUserId: () => channel.botUserId });
    if (http) {
      http.receiver.init(adapter);
      http.server.route('/slack/events', (request, response) => http.receiver.handle(request, response));
      // The queue depth and the inbox, so that overload shows: {"ok":true,"queued":…,"inbox":{"pending":…}}.
      serveProbes(http.server, 'slack', () => channel.health(), core.databaseReadiness);
    }
    // Receivers only call processEvent on the app they are given.
    socket?.init(adapter as unknown as BoltApp);
    return channel;
  }

  /** The HTTP port in HTTP mode, once started. */
  get port(): number | undefined {
    return this.parts.http?.server.address()?.port;
  }

  get inbox(): Inbox {
    return this.parts.inbox.inbox;
  }

  async start(): Promise<void> {
    const auth = await this.parts.client.auth.test();
    this.botUserId = auth.user_id;
    const { answering } = this.parts;
    if (answering.kind === 'here') answering.runtime.start(answering.answering.deliverer);
    else await answering.thread.start();
    await this.transport().start();
    this.running = true;
    const mode = this.parts.http ? 'http' : 'socket';
    this.parts.log.info({ event: 'slack-started', mode, port: this.port }, 'Slack channel started');
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.transport().stop();
    const { answering } = this.parts;
    if (answering.kind === 'here') await answering.runtime.stop();
    else await answering.thread.stop();
    this.parts.inbox.close();
    await this.parts.desk.close();
    this.parts.log.info({ event: 'slack-stopped' }, 'Slack channel stopped');
  }

  /** Resolves when every accepted payload has been worked off (or the timeout passed). */
  idle(timeoutMs?: number): Promise<boolean> {
    const { answering } = this.parts;
    return answering.kind === 'here' ? answering.runtime.idle(timeoutMs) : answering.thread.idle(timeoutMs);
  }

  async health(): Promise<ChannelHealth> {
    const { answering } = this.parts;
    const { inbox, queued } =
      answering.kind === 'here' ? await answering.runtime.counts() : await answering.thread.counts();
    return { platform: this.platform, ok: this.running, inbox, queued };
  }

  private transport(): { start(): Promise<unknown>; stop(): Promise<unknown> } {
    const { http, socket } = this.parts;
    if (http) return { start: () => http.server.listen(), stop: () => http.server.release() };
    if (!socket) throw new Error('the Slack channel has no transport');
    return socket;
  }
}

export const slackChannel: ChannelModule<SlackOptions> = {
  platform: 'slack',
  isConfigured: (config) => config.slack !== undefined,
  create: (core, options) => SlackChannel.create(core, options),
  openDeskSink: (config, log) => openDeskChannelSink(config, log),
  answering: (core, forms, options) => slackAnswering(core, forms, options as { retryConfig?: webApi.RetryOptions }),
};
