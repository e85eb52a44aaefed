// The Web API client every part of the Slack channel uses: SLACK_API_URL honoured, and rate-limited calls retried
// after Retry-After rather than refused.
import { webApi } from '@slack/bolt';
import { httpFetch } from '../../core/http-fetch.js';
import type { Logger } from '../../log.js';
import { boltLogger } from './bolt-logger.js';
import type { SlackSettings } from './slack-deps.js';

export const DEFAULT_RETRY: webApi.RetryOptions = {
  retries: 6,
  factor: 2,
  minTimeout: 500,
  maxTimeout: 30_000,
  randomize: true,
};

export function apiUrl(url: string | undefined): string | undefined {
  return url && !url.endsWith('/') ? `${url}/` : url;
}

export function slackClientOptions(
  settings: SlackSettings,
  log: Logger,
  retryConfig: webApi.RetryOptions = DEFAULT_RETRY,
): webApi.WebClientOptions {
  return {
    slackApiUrl: apiUrl(settings.apiUrl),
    retryConfig,
    rejectRateLimitedCalls: false,
    logger: boltLogger(log),
    // Every first sign, answer and receipt is a Web API call: node:http costs less CPU per call than the global fetch.
    fetch: httpFetch,
  };
}

export function slackClient(settings: SlackSettings, log: Logger, retryConfig?: webApi.RetryOptions): webApi.WebClient {
  return new webApi.WebClient(settings.botToken, slackClientOptions(settings, log, retryConfig));
}
