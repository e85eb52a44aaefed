// The Bolt app and its transport: signed HTTP requests on PORT, or Socket Mode with SLACK_APP_TOKEN, either way
// behind the inbox gate. The Web API client honours SLACK_API_URL and retries rate-limited calls after Retry-After.
import { App as BoltApp, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { Logger } from '../../log.js';
import { boltLogger } from './bolt-logger.js';
import { type InboxGate, InboxReceiver } from './receivers/inbox-gate.js';
import { SignedHttpReceiver } from './receivers/signed-http-receiver.js';
import type { SlackSettings } from './slack-deps.js';

export const DEFAULT_RETRY: webApi.RetryOptions = {
  retries: 6,
  factor: 2,
  minTimeout: 500,
  maxTimeout: 30_000,
  randomize: true,
};

export interface BoltAppOptions {
  settings: SlackSettings;
  gate: InboxGate;
  log: Logger;
  port?: number;
  host?: string;
  retryConfig?: webApi.RetryOptions;
}

export function apiUrl(url: string | undefined): string | undefined {
  return url && !url.endsWith('/') ? `${url}/` : url;
}

/** Builds and initialises (auth.test) the app; `http` is its receiver in HTTP mode. */
export async function createBoltApp(options: BoltAppOptions): Promise<{ bolt: BoltApp; http?: SignedHttpReceiver }> {
  const { settings, log } = options;
  const logger = boltLogger(log);
  const clientOptions: webApi.WebClientOptions = {
    slackApiUrl: apiUrl(settings.apiUrl),
    retryConfig: options.retryConfig ?? DEFAULT_RETRY,
    rejectRateLimitedCalls: false,
    logger,
  };
  const http = settings.appToken
    ? undefined
    : new SignedHttpReceiver({
        signingSecret: settings.signingSecret ?? '',
        logger,
        port: options.port ?? settings.port,
        host: options.host,
      });
  const transport =
    http ?? new SocketModeReceiver({ appToken: settings.appToken ?? '', logger, installerOptions: { clientOptions } });
  const bolt = new BoltApp({
    token: settings.botToken,
    receiver: new InboxReceiver(transport, options.gate),
    logger,
    clientOptions,
    deferInitialization: true,
  });
  // Rethrown so that the inbox worker sees the failure and tries the row again.
  bolt.error(async (error) => {
    log.error({ event: 'listener-failed', err: error }, 'a Slack listener failed');
    throw error;
  });
  await bolt.init();
  return { bolt, http };
}
