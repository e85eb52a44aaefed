// A stand-in for the Bot Connector service on loopback: the /v3/conversations REST API as Teams serves it, recording
// every call (with its Authorization header) and able to answer the next calls with an error, so tests see exactly
// what the bot sent, where, and how it retried.
import { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  method: string;
  /** `create`, `send` or `update`. */
  kind: 'create' | 'send' | 'update' | 'other';
  conversationId?: string;
  activityId?: string;
  body: Record<string, unknown>;
  authorization?: string;
  at: number;
}

interface Failure {
  status: number;
  retryAfter?: string;
}

export class LoopbackConnector {
  readonly calls: ConnectorCall[] = [];
  private readonly events = new EventEmitter();
  private readonly failures: Failure[] = [];
  private counter = 1_700_000_000_000;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<LoopbackConnector> {
    let connector: LoopbackConnector | undefined;
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () =>
        connector?.handle(
          request.method ?? '',
          request.url ?? '',
          request.headers.authorization,
          Buffer.concat(chunks),
          response,
        ),
      );
    });
    connector = new LoopbackConnector(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return connector;
  }

  get serviceUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  /** The next `count` calls get this status (with Retry-After, when given). */
  failNext(count: number, status: number, retryAfter?: string): void {
    for (let index = 0; index < count; index += 1) this.failures.push({ status, retryAfter });
  }

  /** Resolves with the calls once `predicate` holds for them (checked on every call). */
  waitFor(predicate: (calls: ConnectorCall[]) => boolean, timeoutMs = 10_000): Promise<ConnectorCall[]> {
    if (predicate(this.calls)) return Promise.resolve(this.calls);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.events.off('call', check);
        reject(
          new Error(`timed out waiting for connector calls; saw ${this.calls.map((call) => call.kind).join(', ')}`),
        );
      }, timeoutMs);
      const check = () => {
        if (!predicate(this.calls)) return;
        clearTimeout(timer);
        this.events.off('call', check);
        resolve(this.calls);
      };
      this.events.on('call', check);
    });
  }

  /** Messages (not typing) posted to a conversation, in order. */
  messages(conversationId?: string): ConnectorCall[] {
    return this.calls.filter(
      (call) =>
        (call.kind === 'send' || call.kind === 'create') &&
        call.body.type !== 'typing' &&
        (conversationId === undefined || call.conversationId === conversationId),
    );
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private handle(
    method: string,
    url: string,
    authorization: string | undefined,
    raw: Buffer,
    response: import('node:http').ServerResponse,
  ) {
    const body = raw.length > 0 ? (JSON.parse(raw.toString('utf8')) as Record<string, unknown>) : {};
    const path = decodeURIComponent(url.split('?')[0] ?? '');
    const send = /^\/v3\/conversations\/(.+)\/activities\/?$/.exec(path);
    const update = /^\/v3\/conversations\/(.+)\/activities\/([^/]+)$/.exec(path);
    const call: ConnectorCall = { method, kind: 'other', body, authorization, at: Date.now() };
    let answer: Record<string, unknown> = {};
    if (method === 'POST' && path === '/v3/conversations') {
      call.kind = 'create';
      this.counter += 1;
      const channel = (body.channelData as { channel?: { id?: string } } | undefined)?.channel?.id;
      const member = (body.members as { id: string }[] | undefined)?.[0]?.id;
      // Like Teams: a new channel post comes back as its reply chain's conversation id, its message id only inside.
      const id = channel ? `${channel};messageid=${this.counter}` : `a:personal-with-${member}`;
      call.conversationId = id;
      answer = channel ? { id } : { id };
    } else if (method === 'POST' && send) {
      call.kind = 'send';
      call.conversationId = send[1];
      this.counter += 1;
      answer = { id: String(this.counter) };
    } else if (method === 'PUT' && update) {
      call.kind = 'update';
      call.conversationId = update[1];
      call.activityId = update[2];
      answer = { id: update[2] };
    }
    const failure = this.failures.shift();
    this.calls.push(failure ? { ...call, kind: 'other', body: { ...body, failedWith: failure.status } } : call);
    if (failure) {
      response.writeHead(failure.status, {
        'content-type': 'application/json',
        ...(failure.retryAfter ? { 'retry-after': failure.retryAfter } : {}),
      });
      response.end(JSON.stringify({ error: { code: 'Throttled', message: 'try later' } }));
    } else {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(answer));
    }
    this.events.emit('call');
  }
}
