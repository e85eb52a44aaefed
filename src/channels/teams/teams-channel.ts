// The Teams channel: verified activities on POST /api/messages through the adapter into the inbox, answered either
// here or, with `answerThread` (how `ressec teams` serves), in the runtime's answer thread, so the event loop that
// acknowledges does nothing else. Everything that makes it lose nothing and answer once is the runtime's.
import type { Notifier } from '../../core/notifier.js';
import type { Sink } from '../../escalation/sinks/sink.js';
import type { Logger } from '../../log.js';
import { serveProbes } from '../http/channel-probes.js';
import { openSharedHttpServer, type SharedHttpServerHold } from '../http/shared-http-server.js';
import { AnswerThread } from '../runtime/answer-thread/answer-thread.js';
import type { AnswerPolicy } from '../runtime/answer-thread/messages.js';
import type { Channel, ChannelCore, ChannelHealth, ChannelModule } from '../runtime/channel.js';
import { ChannelRuntime } from '../runtime/channel-runtime.js';
import type { InboxState } from '../runtime/inbox.js';
import { type OpenedInbox, openInbox } from '../runtime/open-inbox.js';
import type { TurnIntake } from '../runtime/turn-intake.js';
import { SigningKeys } from './auth/signing-keys.js';
import { RequestVerifier } from './auth/verify-request.js';
import { TeamsConnector } from './connector/teams-connector.js';
import { messagesEndpoint } from './http/messages-endpoint.js';
import { openTeamsStores, type TeamsStores } from './store/open-teams-stores.js';
import { TeamsAdapter } from './teams-adapter.js';
import {
  credentialsOf,
  deskSinkOn,
  fixedTokenCredentials,
  type TeamsAnsweringOptions,
  teamsAnswering,
  teamsSettings,
} from './teams-answering.js';

export interface TeamsOptions extends AnswerPolicy, TeamsAnsweringOptions {
  /** Overrides config.teams.port; 0 picks a free port. */
  port?: number;
  host?: string;
  /** In-process answering only: the delay before a failed turn is tried again. */
  inboxRetryDelayMs?: (attempt: number) => number;
  /** How long a card action waits for the core to show its next step in place. */
  invokeBudgetMs?: number;
  /** Where the Bot Framework's signing keys are published (a loopback stand-in in tests and the benchmark). */
  openIdMetadataUrl?: string;
  /** Answer in a worker thread, so that this event loop only acknowledges. */
  answerThread?: boolean;
  /** Where the answer thread logs (stderr when absent). */
  logFile?: string;
}

/** Whoever works the turns off, here or in an answer thread, as the channel drives it. */
interface Answers {
  intake: TurnIntake;
  notifier: Notifier;
  deskSink?: Sink;
  start(): Promise<void>;
  stop(): Promise<void>;
  idle(timeoutMs?: number): Promise<boolean>;
  counts(): Promise<{ inbox: Record<InboxState, number>; queued: number }>;
}

function answersHere(core: ChannelCore, inbox: OpenedInbox, options: TeamsOptions, log: Logger): Answers {
  const answering = teamsAnswering(core, options);
  const runtime = new ChannelRuntime({
    platform: 'teams',
    inbox: inbox.inbox,
    router: core.router,
    state: core.state,
    log,
    ...policyOf(options),
    retryDelayMs: options.inboxRetryDelayMs,
  });
  return {
    intake: runtime,
    notifier: answering.notifier,
    deskSink: answering.deskSink,
    start: async () => runtime.start(answering.deliverer),
    stop: async () => {
      await runtime.stop();
      await answering.close();
    },
    idle: (timeoutMs) => runtime.idle(timeoutMs),
    counts: () => runtime.counts(),
  };
}

function answersInThread(core: ChannelCore, inbox: OpenedInbox, options: TeamsOptions, log: Logger): Answers {
  const thread = new AnswerThread({
    data: {
      config: core.config,
      platform: 'teams',
      channel: { moduleUrl: import.meta.url, exportName: 'teamsChannel' },
      channelOptions: { outgoingToken: options.outgoingToken } satisfies TeamsAnsweringOptions,
      policy: policyOf(options),
      logFile: options.logFile,
    },
    inbox: inbox.inbox,
    state: core.state,
    log,
  });
  return {
    intake: thread,
    notifier: thread.notifier,
    start: () => thread.start(),
    stop: () => thread.stop(),
    idle: (timeoutMs) => thread.idle(timeoutMs),
    counts: () => thread.counts(),
  };
}

function policyOf(options: TeamsOptions): AnswerPolicy {
  const { concurrency, maxAttempts, leaseMs, pollMs, maxQueued, busyAfterMs } = options;
  return { concurrency, maxAttempts, leaseMs, pollMs, maxQueued, busyAfterMs };
}

interface TeamsChannelParts {
  answers: Answers;
  /** The process's HTTP server on this port, shared with Slack when both are configured. */
  server: SharedHttpServerHold;
  inbox: OpenedInbox;
  stores: TeamsStores;
  log: Logger;
}

export class TeamsChannel implements Channel {
  readonly platform = 'teams';
  readonly notifier: Notifier;
  readonly deskSink?: Sink;
  private running = false;

  private constructor(private readonly parts: TeamsChannelParts) {
    this.notifier = parts.answers.notifier;
    this.deskSink = parts.answers.deskSink;
  }

  static async create(core: ChannelCore, options: TeamsOptions = {}): Promise<TeamsChannel> {
    const settings = teamsSettings(core.config);
    const log = core.log.child({ component: 'teams' });
    // This thread's own hold on the stores: it finds the desk cards that replies in the desk channel are notes on.
    const stores = openTeamsStores(core.config, log);
    const inbox = openInbox(core.config, 'teams', log);
    const answers = options.answerThread
      ? answersInThread(core, inbox, options, log)
      : answersHere(core, inbox, options, log);
    const connector = new TeamsConnector(
      credentialsOf(settings),
      options.outgoingToken ? fixedTokenCredentials(options.outgoingToken) : undefined,
    );
    const adapter = new TeamsAdapter({
      intake: answers.intake,
      deskCards: stores.deskCards,
      deskConversation: settings.deskConversation,
      isCommand: (text) => core.router.matchCommand(text) !== undefined,
      connector,
      log,
      invokeBudgetMs: options.invokeBudgetMs ?? 2_000,
    });
    // With an app id every request is verified; without one this is the local trial, on loopback only.
    const verifier = settings.appId
      ? new RequestVerifier({
          appId: settings.appId,
          tenantId: settings.appType === 'SingleTenant' ? settings.tenantId : undefined,
          keys: new SigningKeys(options.openIdMetadataUrl),
        })
      : undefined;
    // The local trial (no app id, so no authentication) only ever answers this machine.
    const server = openSharedHttpServer({
      port: options.port ?? settings.port,
      host: options.host,
      loopbackOnly: settings.local,
    });
    server.route(
      '/api/messages',
      messagesEndpoint({ verifier, log, receive: (activity, claims) => adapter.receive(activity, claims) }),
    );
    const channel = new TeamsChannel({ answers, server, inbox, stores, log });
    serveProbes(server, 'teams', () => channel.health(), core.databaseReadiness);
    return channel;
  }

  /** The HTTP port, once started. */
  get port(): number | undefined {
    return this.parts.server.address()?.port;
  }

  /** The address the HTTP server listens on, once started. */
  get host(): string | undefined {
    return this.parts.server.address()?.address;
  }

  get inbox() {
    return this.parts.inbox.inbox;
  }

  async start(): Promise<void> {
    await this.parts.answers.start();
    await this.parts.server.listen();
    this.running = true;
    this.parts.log.info({ event: 'teams-started', port: this.port }, 'Teams channel started');
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.parts.server.release();
    await this.parts.answers.stop();
    await this.parts.inbox.close();
    await this.parts.stores.close();
    this.parts.log.info({ event: 'teams-stopped' }, 'Teams channel stopped');
  }

  /** Resolves when every accepted activity has been worked off (or the timeout passed). */
  idle(timeoutMs?: number): Promise<boolean> {
    return this.parts.answers.idle(timeoutMs);
  }

  async health(): Promise<ChannelHealth> {
    const { inbox, queued } = await this.parts.answers.counts();
    return { platform: this.platform, ok: this.running, inbox, queued };
  }
}

export const teamsChannel: ChannelModule = {
  platform: 'teams',
  isConfigured: (config) => config.teams !== undefined,
  // The composition root passes only what every channel takes; the rest of TeamsOptions is for tests and benchmarks.
  create: (core, options) => TeamsChannel.create(core, options as TeamsOptions | undefined),
  openDeskSink(config, log) {
    const settings = config.teams;
    if (!settings?.deskConversation) return undefined;
    return deskSinkOn(settings, new TeamsConnector(credentialsOf(settings)), openTeamsStores(config, log), log);
  },
  answering: (core, _forms, options) => teamsAnswering(core, options as TeamsAnsweringOptions | undefined),
};
