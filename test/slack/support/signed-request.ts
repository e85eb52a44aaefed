// Sends requests to the app's receiver signed as Slack signs them (v0 HMAC-SHA256 of "v0:<timestamp>:<body>").
import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';

export interface SendOptions {
  secret?: string;
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  /** Replaces the computed signature; null sends none. */
  signature?: string | null;
  retryNum?: number;
  retryReason?: string;
  /** Aborts the request after this many ms (the sender gave up, as Slack does after 3 s). */
  abortAfterMs?: number;
}

export interface SentRequest {
  status: number;
  body: string;
  durationMs: number;
}

export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** JSON for Events API payloads; form-encoded for slash commands (fields) and interactivity (payload=<json>). */
export function encodePayload(payload: Record<string, unknown>): { body: string; contentType: string } {
  if (payload.type === 'event_callback' || payload.type === 'url_verification') {
    return { body: JSON.stringify(payload), contentType: 'application/json' };
  }
  if (typeof payload.command === 'string') {
    return {
      body: new URLSearchParams(payload as Record<string, string>).toString(),
      contentType: 'application/x-www-form-urlencoded',
    };
  }
  return {
    body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    contentType: 'application/x-www-form-urlencoded',
  };
}

export function signedHeaders(body: string, contentType: string, options: SendOptions = {}): Record<string, string> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
  };
  const signed =
    options.signature === undefined ? signature(options.secret ?? SIGNING_SECRET, timestamp, body) : options.signature;
  if (signed !== null) headers['x-slack-signature'] = signed;
  if (options.retryNum !== undefined) headers['x-slack-retry-num'] = String(options.retryNum);
  if (options.retryReason !== undefined) headers['x-slack-retry-reason'] = options.retryReason;
  return headers;
}

export async function sendRaw(
  url: string,
  body: string,
  headers: Record<string, string>,
  abortAfterMs?: number,
): Promise<SentRequest> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body,
    signal: abortAfterMs === undefined ? undefined : AbortSignal.timeout(abortAfterMs),
  });
  const text = await response.text();
  return { status: response.status, body: text, durationMs: performance.now() - started };
}

export async function send(
  url: string,
  payload: Record<string, unknown>,
  options: SendOptions = {},
): Promise<SentRequest> {
  const { body, contentType } = encodePayload(payload);
  return sendRaw(url, body, signedHeaders(body, contentType, options), options.abortAfterMs);
}
