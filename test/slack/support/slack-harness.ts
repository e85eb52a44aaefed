// The real app on loopback: the core built with buildApp, the Slack channel created and started through the Channel
// contract in HTTP mode on a free port, its Web API pointed at a fake Slack. Restartable on the same data folder.
import { type App, buildApp } from '../../../src/app.js';
import { SlackChannel, type SlackOptions } from '../../../src/channels/slack/slack-channel.js';
import type { Config } from '../../../src/config.js';
import {
  type RunningDeliveryWorker,
  startDeliveryWorker,
} from '../../../src/escalation/delivery/start-delivery-worker.js';
import { type Logger, silentLogger } from '../../../src/log.js';
import { channelCore, startChannel } from '../../../src/main.js';
import { fixtureConfig, temporaryDataDir } from '../../support/fixture-app.js';
import { FakeSlackApi } from './fake-slack-api.js';
import type { Payload } from './fixtures.js';
import { type SendOptions, type SentRequest, SIGNING_SECRET, send } from './signed-request.js';

export const DESK_CHANNEL = 'C0DESK0001';
export const FOLLOWUP_CHANNEL = 'C0FOLLOW01';
export const DESK_MEMBER = 'U0DESK0001';

export interface Harness {
  api: FakeSlackApi;
  app: App;
  slack: SlackChannel;
  config: Config;
  url: string;
  dataDir: string;
  delivery?: RunningDeliveryWorker;
  send(payload: Payload, options?: SendOptions): Promise<SentRequest>;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  api?: FakeSlackApi;
  dataDir?: string;
  env?: Record<string, string>;
  slack?: SlackOptions;
  log?: Logger;
  /** Run the escalation delivery worker (desk channel cards). */
  delivery?: boolean;
}

export const FAST_RETRY = { retries: 3, factor: 1, minTimeout: 10, maxTimeout: 50 };

export function slackEnvironment(
  api: FakeSlackApi,
  dataDir: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    RESSEC_DATA_DIR: dataDir,
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: api.apiUrl,
    SLACK_DESK_CHANNEL: DESK_CHANNEL,
    SLACK_THREAD_FOLLOWUP_CHANNELS: FOLLOWUP_CHANNEL,
    RESSEC_DESK_MEMBERS: `slack:${DESK_MEMBER}`,
    ...extra,
  };
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const api = options.api ?? (await FakeSlackApi.start());
  const dataDir = options.dataDir ?? temporaryDataDir();
  const config = fixtureConfig(slackEnvironment(api, dataDir, options.env));
  const log = options.log ?? silentLogger();
  const app = await buildApp(config, log);
  const slack = await SlackChannel.create(channelCore(app), {
    port: 0,
    host: '127.0.0.1',
    retryConfig: FAST_RETRY,
    inboxRetryDelayMs: () => 50,
    pollMs: 50,
    ...options.slack,
  });
  await startChannel(app, slack).catch(async (error: unknown) => {
    await slack.stop();
    await app.close();
    throw error;
  });
  const delivery = options.delivery ? startDeliveryWorker({ escalation: app.escalation, log, pollMs: 50 }) : undefined;
  const url = `http://127.0.0.1:${slack.port}/slack/events`;
  return {
    api,
    app,
    slack,
    config,
    url,
    dataDir,
    delivery,
    send: (payload, sendOptions) => send(url, payload, sendOptions),
    async stop() {
      await delivery?.stop();
      await slack.stop();
      await app.close();
    },
  };
}
