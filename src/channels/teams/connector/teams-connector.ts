// The Bot Connector REST API (/v3/conversations/…) through botbuilder's ConnectorClient, one client per serviceUrl,
// signed with the bot's own credentials (none in the local trial). serviceUrls come only from conversation
// references that a verified activity left, so the bot's token never goes to an address from an unverified body.
// The client's pipeline retries 429 and 503 after their Retry-After, and other 5xx with backoff; what still fails is
// a ConnectorFailure saying whether trying later can help.

import type { Activity, ConversationParameters } from 'botbuilder';
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { ClaimsIdentity, type ConnectorClient, type ServiceClientCredentialsFactory } from 'botframework-connector';

export interface BotCredentials {
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  appType: string;
}

export class ConnectorFailure extends Error {
  override name = 'ConnectorFailure';
  constructor(
    readonly statusCode: number | undefined,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(`the Bot Connector answered ${statusCode ?? 'nothing'}`);
  }
}

function failure(error: unknown): ConnectorFailure {
  const status = (error as { statusCode?: unknown }).statusCode;
  const statusCode = typeof status === 'number' ? status : undefined;
  const header = (error as { response?: { headers?: { get?(name: string): string | undefined } } }).response?.headers;
  const retryAfter = Number(header?.get?.('retry-after'));
  // No status: the connector was not reached (a reset, a timeout). 4xx other than 408 and 429 will not get better.
  const retryable = statusCode === undefined || statusCode === 408 || statusCode === 429 || statusCode >= 500;
  return new ConnectorFailure(statusCode, retryable, Number.isFinite(retryAfter) ? retryAfter * 1_000 : undefined);
}

/** Runs a connector call, turning what botbuilder throws (with request details) into a ConnectorFailure. */
async function call<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw failure(error);
  }
}

export class TeamsConnector {
  private readonly auth: ConfigurationBotFrameworkAuthentication;
  private readonly clients = new Map<string, Promise<ConnectorClient>>();
  readonly botId: string;

  constructor(
    private readonly credentials: BotCredentials,
    /** Tests and the benchmark sign with a stand-in instead of asking Microsoft Entra for a token. */
    credentialsFactory?: ServiceClientCredentialsFactory,
  ) {
    this.auth = new ConfigurationBotFrameworkAuthentication(
      {
        MicrosoftAppId: credentials.appId ?? '',
        MicrosoftAppPassword: credentials.appPassword ?? '',
        MicrosoftAppTenantId: credentials.tenantId ?? '',
        // Without an app id (the local trial) botbuilder signs nothing, as for a multi-tenant bot with no id.
        MicrosoftAppType: credentials.appId ? credentials.appType : 'MultiTenant',
      },
      credentialsFactory,
    );
    this.botId = `28:${credentials.appId ?? 'ressec-local'}`;
  }

  /** botbuilder's authentication, for the adapter that runs teams-ai on verified activities. */
  get authentication(): ConfigurationBotFrameworkAuthentication {
    return this.auth;
  }

  /** The bot's identity as botbuilder expects it on a turn (its app id as audience and app id). */
  botIdentity(): ClaimsIdentity {
    const appId = this.credentials.appId ?? '';
    return new ClaimsIdentity(
      [
        { type: 'aud', value: appId },
        { type: 'appid', value: appId },
      ],
      true,
    );
  }

  client(serviceUrl: string): Promise<ConnectorClient> {
    let client = this.clients.get(serviceUrl);
    if (!client) {
      client = this.auth.createConnectorFactory(this.botIdentity()).create(serviceUrl, undefined);
      // A failed creation is not kept: the next call tries again.
      client.catch(() => this.clients.delete(serviceUrl));
      this.clients.set(serviceUrl, client);
    }
    return client;
  }

  async send(serviceUrl: string, conversationId: string, activity: Partial<Activity>): Promise<string | undefined> {
    const client = await this.client(serviceUrl);
    return (await call(() => client.conversations.sendToConversation(conversationId, activity))).id;
  }

  async update(serviceUrl: string, conversationId: string, activityId: string, activity: Partial<Activity>) {
    const client = await this.client(serviceUrl);
    await call(() => client.conversations.updateActivity(conversationId, activityId, { ...activity, id: activityId }));
  }

  /** Creates a conversation (a personal chat, or a new thread in a channel); returns its id and first message's. */
  async create(serviceUrl: string, parameters: ConversationParameters): Promise<{ id: string; activityId?: string }> {
    const client = await this.client(serviceUrl);
    const created = await call(() => client.conversations.createConversation(parameters));
    if (!created.id) throw new ConnectorFailure(undefined, true);
    return { id: created.id, activityId: created.activityId };
  }
}
