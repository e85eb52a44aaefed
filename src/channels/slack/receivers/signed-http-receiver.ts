// HTTP transport for Events API and interactivity: refuses requests not signed by Slack (or stale, or future-dated),
// hands the payload to the app and replies with what was acknowledged once processing finished
// (processBeforeResponse), so the inbox insert always precedes the acknowledgement.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type App,
  type Logger as BoltLogger,
  type BufferedIncomingMessage,
  HTTPModuleFunctions,
  HTTPResponseAck,
  type Receiver,
} from '@slack/bolt';
import { RequestActivity } from './request-activity.js';
import { isSignedBySlack } from './request-signature.js';

export interface SignedHttpReceiverOptions {
  signingSecret: string;
  logger: BoltLogger;
  port: number;
  host?: string;
  path?: string;
  /** How far a request timestamp may be from our clock, either way. */
  toleranceSeconds?: number;
  now?: () => number;
}

export class SignedHttpReceiver implements Receiver {
  private app: Pick<App, 'processEvent'> | undefined;
  private server: Server | undefined;
  private readonly activity = new RequestActivity();

  constructor(private readonly options: SignedHttpReceiverOptions) {}

  init(app: Pick<App, 'processEvent'>): void {
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

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    await this.activity.track(() => this.respond(request, response));
  }

  private async respond(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method === 'GET' && path === '/healthz') {
      HTTPModuleFunctions.buildContentResponse(response, 'ok');
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
    let body: Record<string, unknown>;
    try {
      body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
    } catch {
      HTTPModuleFunctions.buildNoBodyResponse(response, 400);
      return;
    }
    if (body.type === 'url_verification') {
      HTTPModuleFunctions.buildUrlVerificationResponse(response, body);
      return;
    }
    const ack = new HTTPResponseAck({
      logger: this.options.logger,
      processBeforeResponse: true,
      httpRequest: buffered,
      httpRequestBody: body,
      httpResponse: response,
    });
    try {
      await this.app?.processEvent({
        body,
        ack: ack.bind(),
        retryNum: HTTPModuleFunctions.extractRetryNumFromHTTPRequest(request),
        retryReason: HTTPModuleFunctions.extractRetryReasonFromHTTPRequest(request),
      });
      if (ack.storedResponse !== undefined && !response.headersSent) {
        HTTPModuleFunctions.buildContentResponse(response, ack.storedResponse);
      }
    } catch {
      // The app logged the error. An admitted row is still worked off by the inbox worker; a retry is a duplicate.
      if (!response.headersSent) HTTPModuleFunctions.buildNoBodyResponse(response, 500);
    } finally {
      ack.ack();
    }
  }
}
