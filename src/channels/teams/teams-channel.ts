// The Teams channel: verified activities on POST /api/messages through the adapter into the runtime's inbox, the
// Adaptive Card deliverer for the replies, proactive notifications, and with RESSEC_TEAMS_DESK_CONVERSATION the
// desk-channel sink. Everything that makes it lose nothing and answer once is the runtime's.
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import type { Config } from '../../config.js';
import type { Logger } from '../../log.js';
import { migrate, openSqlDatabase, type SqlDatabase, sqlDatabasePath } from '../../store/sql-database.js';
import type { Channel, ChannelCore, ChannelHealth, ChannelModule } from '../runtime/channel.js';
import { ChannelRuntime } from '../runtime/channel-runtime.js';
import { type OpenedInbox, openInbox } from '../runtime/open-inbox.js';
import { SigningKeys } from './auth/signing-keys.js';
import { RequestVerifier } from './auth/verify-request.js';
import { type BotCredentials, TeamsConnector } from './connector/teams-connector.js';
import { DeskCardStore } from './desk/desk-card-store.js';
import { TeamsDeskSink } from './desk/teams-desk-sink.js';
import { messagesEndpoint } from './http/messages-endpoint.js';
import { TeamsHttpServer } from './http/teams-http-server.js';
import { ConversationReferences } from './store/conversation-references.js';
import { TEAMS_MIGRATIONS } from './store/teams-migrations.js';
import { TeamsAdapter } from './teams-adapter.js';
import { TeamsDeliverer } from './teams-deliverer.js';
import { TeamsNotifier } from './teams-notifier.js';

type TeamsSettings = NonNullable<Config['teams']>;

export interface TeamsOptions {
  /** Overrides config.teams.port; 0 picks a free port. */
  port?: number;
  host?: string;
  concurrency?: number;
  inboxRetryDelayMs?: (attempt: number) => number;
  leaseMs?: number;
  pollMs?: number;
  /** How long a card action waits for the core to show its next step in place. */
  invokeBudgetMs?: number;
  /** Where the Bot Framework's signing keys are published (a loopback stand-in in tests and the benchmark). */
  openIdMetadataUrl?: string;
  /** Signs outgoing requests instead of asking Microsoft Entra for a token (tests and the benchmark). */
  credentialsFactory?: ServiceClientCredentialsFactory;
}

function credentialsOf(settings: TeamsSettings): BotCredentials {
  return {
    appId: settings.appId,
    appPassword: settings.appPassword,
    tenantId: settings.tenantId,
    appType: settings.appType,
  };
}

function openTeamsDatabase(dataDir: string): SqlDatabase {
  const database = openSqlDatabase(sqlDatabasePath(dataDir));
  migrate(database, 'teams', TEAMS_MIGRATIONS);
  return database;
}

function deskSink(
  settings: TeamsSettings,
  connector: TeamsConnector,
  database: SqlDatabase,
  log: Logger,
  close?: () => void,
): TeamsDeskSink | undefined {
  if (!settings.deskConversation) return undefined;
  return new TeamsDeskSink({
    connector,
    references: new ConversationReferences(database),
    cards: new DeskCardStore(database),
    deskConversation: settings.deskConversation,
    log: log.child({ component: 'teams-desk' }),
    close,
  });
}

interface TeamsChannelParts {
  runtime: ChannelRuntime;
  deliverer: TeamsDeliverer;
  references: ConversationReferences;
  server: TeamsHttpServer;
  inbox: OpenedInbox;
  database: SqlDatabase;
  deskSink?: TeamsDeskSink;
  log: Logger;
}

export class TeamsChannel implements Channel {
  readonly platform = 'teams';
  readonly notifier: TeamsNotifier;
  readonly deskSink?: TeamsDeskSink;
  readonly runtime: ChannelRuntime;
  private running = false;

  private constructor(private readonly parts: TeamsChannelParts) {
    this.runtime = parts.runtime;
    this.notifier = new TeamsNotifier(parts.deliverer, parts.references);
    this.deskSink = parts.deskSink;
  }

  static async create(core: ChannelCore, options: TeamsOptions = {}): Promise<TeamsChannel> {
    const settings = core.config.teams;
    if (!settings) {
      throw new Error('Teams is not configured: set MicrosoftAppId (or RESSEC_TEAMS_LOCAL=true for a local trial)');
    }
    const log = core.log.child({ component: 'teams' });
    const database = openTeamsDatabase(core.config.dataDir);
    const references = new ConversationReferences(database);
    const connector = new TeamsConnector(credentialsOf(settings), options.credentialsFactory);
    const deliverer = new TeamsDeliverer(connector, references, log);
    const inbox = openInbox(core.config, 'teams', log);
    const runtime = new ChannelRuntime({
      platform: 'teams',
      inbox: inbox.inbox,
      router: core.router,
      state: core.state,
      log,
      concurrency: options.concurrency,
      retryDelayMs: options.inboxRetryDelayMs,
      leaseMs: options.leaseMs,
      pollMs: options.pollMs,
    });
    const adapter = new TeamsAdapter({
      runtime,
      references,
      threads: runtime.threads,
      deskCards: new DeskCardStore(database),
      deskConversation: settings.deskConversation,
      isCommand: (text) => core.router.matchCommand(text) !== undefined,
      authentication: connector.authentication,
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
    let channel: TeamsChannel | undefined;
    const server = new TeamsHttpServer({
      port: options.port ?? settings.port,
      host: options.host,
      loopbackOnly: settings.local,
      messages: messagesEndpoint({ verifier, log, receive: (activity, claims) => adapter.receive(activity, claims) }),
      health: async () => (channel ? channel.health() : { ok: false }),
    });
    channel = new TeamsChannel({
      runtime,
      deliverer,
      references,
      server,
      inbox,
      database,
      deskSink: deskSink(settings, connector, database, log),
      log,
    });
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

  async start(): Promise<void> {
    this.parts.runtime.start(this.parts.deliverer);
    await this.parts.server.listen();
    this.running = true;
    this.parts.log.info({ event: 'teams-started', port: this.port }, 'Teams channel started');
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.parts.server.close();
    await this.parts.runtime.stop();
    await this.parts.inbox.close();
    this.parts.database.close();
    this.parts.log.info({ event: 'teams-stopped' }, 'Teams channel stopped');
  }

  /** Resolves when every accepted activity has been worked off (or the timeout passed). */
  idle(timeoutMs?: number): Promise<boolean> {
    return this.runtime.idle(timeoutMs);
  }

  async health(): Promise<ChannelHealth> {
    const { inbox, queued } = await this.runtime.counts();
    return { platform: this.platform, ok: this.running, inbox, queued };
  }
}

export const teamsChannel: ChannelModule = {
  platform: 'teams',
  isConfigured: (config) => config.teams !== undefined,
  // The composition root passes only what every channel takes; TeamsOptions are for tests and the benchmark.
  create: (core, options) => TeamsChannel.create(core, options as TeamsOptions | undefined),
  openDeskSink(config, log) {
    const settings = config.teams;
    if (!settings?.deskConversation) return undefined;
    const database = openTeamsDatabase(config.dataDir);
    return deskSink(settings, new TeamsConnector(credentialsOf(settings)), database, log, () => database.close());
  },
};
