// The real app on loopback, as Teams would reach it: the core built with buildApp, the Teams channel created and
// started through the Channel contract on a free port, its tokens checked against loopback signing keys, and its
// replies going to a loopback Bot Connector. Restartable on the same data folder.
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import { type App, buildApp } from '../../../src/app.js';
import { fixedTokenCredentials } from '../../../src/channels/teams/teams-answering.js';
import { TeamsChannel, type TeamsOptions } from '../../../src/channels/teams/teams-channel.js';
import type { Config } from '../../../src/config.js';
import {
  type RunningDeliveryWorker,
  startDeliveryWorker,
} from '../../../src/escalation/delivery/start-delivery-worker.js';
import { type Logger, silentLogger } from '../../../src/log.js';
import { channelCore, startChannel } from '../../../src/main.js';
import { fixtureConfig, temporaryDataDir } from '../../support/fixture-app.js';
import { type Activity, APP_ID, DESK_AAD, DESK_CHANNEL, TENANT_ID } from './activities.js';
import { type BotFrameworkLogin, startBotFrameworkLogin } from './bot-framework-login.js';
import { LoopbackConnector } from './loopback-connector.js';

export const OUTGOING_TOKEN = 'Bearer outgoing-loopback-token';

/** Signs outgoing connector requests with a fixed token instead of asking Microsoft Entra for one. */
export const loopbackCredentials: ServiceClientCredentialsFactory = fixedTokenCredentials(OUTGOING_TOKEN);

export interface TeamsHarness {
  app: App;
  teams: TeamsChannel;
  config: Config;
  connector: LoopbackConnector;
  login: BotFrameworkLogin;
  url: string;
  dataDir: string;
  delivery?: RunningDeliveryWorker;
  /** Posts the activity with a token the loopback keys signed for it; returns the HTTP status and body. */
  post(activity: Activity, authorization?: string): Promise<{ status: number; body: string }>;
  stop(): Promise<void>;
}

export interface TeamsHarnessOptions {
  connector?: LoopbackConnector;
  login?: BotFrameworkLogin;
  dataDir?: string;
  env?: Record<string, string>;
  teams?: TeamsOptions;
  log?: Logger;
  delivery?: boolean;
}

export async function startTeamsHarness(options: TeamsHarnessOptions = {}): Promise<TeamsHarness> {
  const connector = options.connector ?? (await LoopbackConnector.start());
  const login = options.login ?? (await startBotFrameworkLogin());
  const dataDir = options.dataDir ?? temporaryDataDir();
  const config = fixtureConfig({
    RESSEC_DATA_DIR: dataDir,
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'not-used-by-the-loopback-credentials',
    MicrosoftAppTenantId: TENANT_ID,
    RESSEC_TEAMS_DESK_CONVERSATION: DESK_CHANNEL,
    RESSEC_DESK_MEMBERS: `teams:${DESK_AAD}`,
    ...options.env,
  });
  const log = options.log ?? silentLogger();
  const app = await buildApp(config, log);
  const teams = await TeamsChannel.create(channelCore(app), {
    port: 0,
    host: '127.0.0.1',
    pollMs: 50,
    inboxRetryDelayMs: () => 50,
    openIdMetadataUrl: login.metadataUrl,
    outgoingToken: OUTGOING_TOKEN,
    ...options.teams,
  });
  await startChannel(app, teams).catch(async (error: unknown) => {
    await teams.stop();
    await app.close();
    throw error;
  });
  const delivery = options.delivery ? startDeliveryWorker({ escalation: app.escalation, log, pollMs: 50 }) : undefined;
  const url = `http://127.0.0.1:${teams.port}/api/messages`;
  return {
    app,
    teams,
    config,
    connector,
    login,
    url,
    dataDir,
    delivery,
    async post(activity, authorization) {
      const token = authorization ?? `Bearer ${await login.sign({ appId: APP_ID, serviceurl: activity.serviceUrl })}`;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: token },
        body: JSON.stringify(activity),
      });
      return { status: response.status, body: await response.text() };
    },
    async stop() {
      await delivery?.stop();
      await teams.stop();
      await app.close();
    },
  };
}
