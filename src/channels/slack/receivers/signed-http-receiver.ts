// HTTP transport for Events API and interactivity: refuses requests not signed by Slack (or stale, or future-dated),
// hands the payload to the adapter and replies once it has finished, with what was acknowledged (so the inbox insert
// always precedes the acknowledgement), or with an empty 200 for a payload nothing handled: Slack retries a request
// that gets no answer within 3 s, and disables the events of an app that fails too many. A body that is not a
// payload at all gets 400.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type BufferedIncomingMessage, HTTPModuleFunctions, type Receiver, type ReceiverEvent } from '@slack/bolt';
import { RequestActivity } from './request-activity.js';
import { isSignedBySlack } from './request-signature.js';

/** What a receiver hands each payload to (a Bolt app, or ressec's Slack adapter). */
export interface EventHandler {
  processEvent(event: ReceiverEvent): Promise<void>;
}

export interface SignedHttpReceiverOptions {
  signingSecret: string;
  port: number;
  host?: string;
  path?: string;
  /** How far a request timestamp may be from our clock, either way. */
  toleranceSeconds?: number;
  now?: () => number;
  /** What GET /healthz reports (queue depth, inbox counts); plain "ok" when absent. */
  health?: () => Promise<unknown>;
}

export class SignedHttpReceiver implements Receiver {
  private app: EventHandler | undefined;
  private server: Server | undefined;
  private readonly activity = new RequestActivity();

  constructor(private readonly options: SignedHttpReceiverOptions) {}

  init(app: EventHandler): void {
    this.app = app;
  }

  async start(): Promise<Server> {
    const server = createServer((request, response) => {
      this.handle(request, response).catch(() => {
        if (!response.headersSent) HTTPModuleFunctions.buildNoBodyResponse(response, 500);
      });
    });
    // Slack's client keeps connections alive between deliveries.
    server.keepAliveTimeout = 65_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port, this.options.host, () => resolve());
    });
    this.server = server;
    return server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Resolves once no request is being acknowledged (or after `maxWaitMs`): work after the ack waits for this. */
  quiet(maxWaitMs: number): Promise<void> {
    return this.activity.quiet(maxWaitMs);
  }

  address(): AddressInfo | undefined {
    const address = this.server?.address();
    return address && typeof address === 'object' ? address : undefined;
  }

  /** Answers one request: how a server shared with other channels hands this receiver its path. */
  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    await this.activity.track(() => this.respond(request, response));
  }

  private async respond(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method === 'GET' && path === '/healthz') {
      HTTPModuleFunctions.buildContentResponse(response, this.options.health ? await this.options.health() : 'ok');
      return;
    }
    if (request.method !== 'POST' || path !== (this.options.path ?? '/slack/events')) {
      HTTPModuleFunctions.buildNoBodyResponse(response, 404);
      return;
    }
    let buffered: BufferedIncomingMessage;
    try {
      buffered = await HTTPModuleFunctions.bufferIncomingMessage(request, HTTPModuleFunctions.defaultBodyLimit);
    } catch {
      HTTPModuleFunctions.buildNoBodyResponse(response, 413);
      return;
    }
    const rawBody = buffered.rawBody.toString();
    if (request.headers['content-type'] === 'application/x-www-form-urlencoded' && /^ssl_check=1(&|$)/.test(rawBody)) {
      HTTPModuleFunctions.buildSSLCheckResponse(response);
      return;
    }
    const signed = isSignedBySlack({
      signingSecret: this.options.signingSecret,
      rawBody,
      timestamp: request.headers['x-slack-request-timestamp'],
      signature: request.headers['x-slack-signature'],
      nowMs: this.options.now?.() ?? Date.now(),
      toleranceSeconds: this.options.toleranceSeconds,
    });
    if (!signed) {
      HTTPModuleFunctions.buildNoBodyResponse(response, 401);
      return;
    }
    let body: unknown;
    try {
      body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
    } catch {
      HTTPModuleFunctions.buildNoBodyResponse(response, 400);
      return;
    }
    if (!body || typeof body !== 'object') {
      HTTPModuleFunctions.buildNoBodyResponse(response, 400);
      return;
    }
    const payload = body as Record<string, unknown>;
    if (payload.type === 'url_verification') {
      HTTPModuleFunctions.buildUrlVerificationResponse(response, payload);
      return;
    }
    let acknowledged: unknown;
    try {
      await this.app?.processEvent({
        body: payload,
        ack: async (reply?: unknown) => {
          acknowledged = reply;
        },
        retryNum: HTTPModuleFunctions.extractRetryNumFromHTTPRequest(request),
        retryReason: HTTPModuleFunctions.extractRetryReasonFromHTTPRequest(request),
      });
    } catch {
      // The adapter logged it. An admitted row is still worked off; Slack's retry of this request is a duplicate.
      if (!response.headersSent) HTTPModuleFunctions.buildNoBodyResponse(response, 500);
      return;
    }
    if (!response.headersSent) HTTPModuleFunctions.buildContentResponse(response, acknowledged);
  }
}
