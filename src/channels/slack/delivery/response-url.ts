// Posts to a response_url (slash commands, ephemeral messages): JSON, Retry-After respected on 429.
import { parseRetryAfter } from '../../../escalation/sinks/retry-after.js';

export class ResponseUrlError extends Error {
  override name = 'ResponseUrlError';
  constructor(
    readonly status: number,
    readonly retryable: boolean,
  ) {
    super(`response_url answered ${status}`);
  }
}

export interface ResponseUrlOptions {
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function postToResponseUrl(
  url: string,
  payload: unknown,
  options: ResponseUrlOptions = {},
): Promise<void> {
  const maxAttempts = options.maxAttempts ?? 5;
  const sleep = options.sleep ?? pause;
  for (let attempt = 1; ; attempt += 1) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(payload),
    });
    await response.body?.cancel();
    if (response.ok) return;
    const retryable = response.status === 429 || response.status >= 500;
    if (!retryable || attempt >= maxAttempts) throw new ResponseUrlError(response.status, retryable);
    const wait = parseRetryAfter(response.headers.get('retry-after')) ?? 500 * 2 ** (attempt - 1);
    await sleep(wait);
  }
}
