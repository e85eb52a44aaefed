// POST /api/messages: reads the activity, verifies the request (unless this is the local trial), and hands the
// activity on. Every outcome is a status code with no detail: botbuilder's own handling answers some forged tokens
// with 500 and its error text, and prints key material to the console, so none of it runs before this check passes.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../../../log.js';
import type { ActivityClaims, RequestVerifier } from '../auth/verify-request.js';

/** Larger than any activity Teams sends a bot; anything bigger is not read. */
const MAX_BODY_BYTES = 1024 * 1024;

export interface EndpointResult {
  status: number;
  /** An invoke's response body; messages get none. */
  body?: unknown;
}

export interface MessagesEndpointOptions {
  /** Absent only for the local trial (no app id, loopback only). */
  verifier?: RequestVerifier;
  /** Runs once the request is verified; must not resolve before the activity is stored. */
  receive(activity: Record<string, unknown>, claims: Record<string, unknown>): Promise<EndpointResult>;
  log: Logger;
}

class BodyTooLarge extends Error {}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function answer(response: ServerResponse, status: number, body?: unknown): void {
  if (response.headersSent) return;
  if (body === undefined) {
    response.writeHead(status, { 'content-length': '0' }).end();
    return;
  }
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

/** The fields every activity must have before anything is done with it. */
function isActivity(value: unknown): value is Record<string, unknown> & ActivityClaims {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const activity = value as Record<string, unknown>;
  const conversation = activity.conversation as Record<string, unknown> | undefined;
  return (
    typeof activity.type === 'string' &&
    typeof activity.serviceUrl === 'string' &&
    typeof conversation?.id === 'string' &&
    typeof (activity.from as Record<string, unknown> | undefined)?.id === 'string'
  );
}

export function messagesEndpoint(options: MessagesEndpointOptions) {
  const { verifier, receive, log } = options;
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method !== 'POST') {
      response.setHeader('allow', 'POST');
      return answer(response, 405);
    }
    let activity: unknown;
    try {
      activity = JSON.parse((await readBody(request)).toString('utf8'));
    } catch (error) {
      log.warn(
        { event: 'teams-request-refused', outcome: error instanceof BodyTooLarge ? 'too-large' : 'bad-json' },
        'request refused',
      );
      return answer(response, error instanceof BodyTooLarge ? 413 : 400);
    }
    if (!isActivity(activity)) {
      log.warn({ event: 'teams-request-refused', outcome: 'not-an-activity' }, 'request refused');
      return answer(response, 400);
    }
    let claims: Record<string, unknown> = {};
    if (verifier) {
      const verdict = await verifier.verify(request.headers.authorization, activity);
      if (!verdict.ok) {
        log.warn({ event: 'teams-auth-rejected', outcome: verdict.reason }, 'request not from the Bot Framework');
        return answer(response, verdict.reason === 'keys-unavailable' ? 503 : 401);
      }
      claims = verdict.claims;
    }
    try {
      const result = await receive(activity, claims);
      answer(response, result.status, result.body);
    } catch (error) {
      // The activity was not stored: a 500 makes the Bot Framework send it again.
      log.error({ event: 'teams-receive-failed', err: error as Error }, 'activity not received');
      answer(response, 500);
    }
  };
}
