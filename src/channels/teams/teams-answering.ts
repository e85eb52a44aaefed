// The Teams channel's answering half: the Adaptive Card deliverer, the proactive notifier and the desk-channel sink,
// on their own hold on the Teams stores (SQLite, or PostgreSQL with RESSEC_DATABASE_URL). The same in the thread that acknowledges and in an answer thread,
// where only plain data crosses: hence a fixed outgoing token (tests and the benchmark) rather than a factory.
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import type { Config } from '../../config.js';
import type { Logger } from '../../log.js';
import type { ChannelAnswering, ChannelCore } from '../runtime/channel.js';
import { type BotCredentials, TeamsConnector } from './connector/teams-connector.js';
import { TeamsDeskSink } from './desk/teams-desk-sink.js';
import { openTeamsStores, type TeamsStores } from './store/open-teams-stores.js';
import { TeamsDeliverer } from './teams-deliverer.js';
import { TeamsNotifier } from './teams-notifier.js';

type TeamsSettings = NonNullable<Config['teams']>;

export interface TeamsAnsweringOptions {
  /** Signs every outgoing request with this bearer token instead of one from Microsoft Entra (tests, benchmark). */
  outgoingToken?: string;
}

export interface TeamsAnswering extends ChannelAnswering {
  deliverer: TeamsDeliverer;
  deskSink?: TeamsDeskSink;
  close(): Promise<void>;
}

export function teamsSettings(config: Config): TeamsSettings {
  if (!config.teams)
    throw new Error('Teams is not configured: set MicrosoftAppId (or RESSEC_TEAMS_LOCAL=true for a local trial)');
  return config.teams;
}

export function credentialsOf(settings: TeamsSettings): BotCredentials {
  return {
    appId: settings.appId,
    appPassword: settings.appPassword,
    tenantId: settings.tenantId,
    appType: settings.appType,
  };
}

/** Credentials that sign with a fixed token: never for production, where the app password gets a real one. */
export function fixedTokenCredentials(token: string): ServiceClientCredentialsFactory {
  return {
    isValidAppId: async () => true,
    isAuthenticationDisabled: async () => false,
    createCredentials: async () => ({
      signRequest: async (request) => {
        request.headers.set('authorization', token);
        return request;
      },
    }),
  } as ServiceClientCredentialsFactory;
}

/** The desk sink on `stores`; closing the sink releases them (pass a hold of its own when it should). */
export function deskSinkOn(
  settings: TeamsSettings,
  connector: TeamsConnector,
  stores: TeamsStores,
  log: Logger,
): TeamsDeskSink | undefined {
  if (!settings.deskConversation) return undefined;
  return new TeamsDeskSink({
    connector,
    references: stores.references,
    cards: stores.deskCards,
    deskConversation: settings.deskConversation,
    log: log.child({ component: 'teams-desk' }),
    close: () => stores.references.close(),
  });
}

export function teamsAnswering(core: ChannelCore, options: TeamsAnsweringOptions = {}): TeamsAnswering {
  const settings = teamsSettings(core.config);
  const log = core.log.child({ component: 'teams' });
  const stores = openTeamsStores(core.config, log);
  const { references } = stores;
  const credentials = options.outgoingToken ? fixedTokenCredentials(options.outgoingToken) : undefined;
  const connector = new TeamsConnector(credentialsOf(settings), credentials);
  const deliverer = new TeamsDeliverer(connector, references, log);
  return {
    deliverer,
    notifier: new TeamsNotifier(deliverer, references),
    deskSink: deskSinkOn(settings, connector, openTeamsStores(core.config, log), log),
    close: () => stores.close(),
  };
}
