// A fake Slack Web API on loopback: answers every method the app calls, records each call, and can be told to
// rate-limit (429 + Retry-After), fail or hang a method. Also serves response_urls (/response/<id>).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  at: number;
  /** The status the fake answered with (0 while hanging). */
  status: number;
  /** Whether the call succeeded (HTTP 200 and, for API methods, `ok: true`). */
  ok: boolean;
}

type Behaviour =
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  | { kind: 'error'; error: string }
  | { kind: 'status'; status: number }
  | { kind: 'hang' }
  /** Slack takes the call (a post is in the conversation) but the answer never comes back. */
  | { kind: 'accept-and-hang' };

const JSON_FIELDS = ['blocks', 'view', 'attachments', 'metadata'];

function parseArgs(contentType: string | undefined, raw: string): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const args: Record<string, unknown> = Object.fromEntries(new URLSearchParams(raw));
  for (const field of JSON_FIELDS) {
    const value = args[field];
    if (typeof value === 'string') args[field] = JSON.parse(value);
  }
  return args;
}

/** A posted message as conversations.history and conversations.replies return it. */
export interface StoredMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text?: unknown;
  metadata?: unknown;
}

export class FakeSlackApi {
  readonly calls: ApiCall[] = [];
  /** The workspace's posted messages: pass one list to several fakes to let them see each other's posts. */
  messagesPosted: StoredMessage[] = [];
  /** What apps.connections.open hands out (Socket Mode). */
  socketModeUrl = 'ws://127.0.0.1:9/link';
  private readonly behaviours = new Map<string, Behaviour[]>();
  private readonly hanging = new Set<ServerResponse>();
  private ts = 1_700_000_000;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(options: { messages?: StoredMessage[] } = {}): Promise<FakeSlackApi> {
    let api: FakeSlackApi | undefined;
    const server = createServer((request, response) => {
      api?.handle(request, response);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    api = new FakeSlackApi(server, `http://127.0.0.1:${port}`);
    if (options.messages) api.messagesPosted = options.messages;
    return api;
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.url}/response/${id}`;
  }

  /** The next `times` calls of `method` behave this way (then it answers normally). */
  on(method: string, behaviour: Behaviour, times = 1): void {
    const queue = this.behaviours.get(method) ?? [];
    for (let index = 0; index < times; index += 1) queue.push(behaviour);
    this.behaviours.set(method, queue);
  }

  /** Calls of `method` that succeeded. */
  ok(method: string): ApiCall[] {
    return this.calls.filter((call) => call.method === method && call.ok);
  }

  /** Every delivered message (posts, ephemerals, response_url posts, updates). */
  messages(): ApiCall[] {
    return this.calls.filter(
      (call) =>
        call.ok &&
        ['chat.postMessage', 'chat.postEphemeral', 'response_url', 'chat.update', 'views.open', 'views.push'].includes(
          call.method,
        ),
    );
  }

  async waitFor(predicate: (calls: ApiCall[]) => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.calls)) {
      if (Date.now() > deadline) {
        throw new Error(
          `timed out waiting; calls so far: ${this.calls.map((call) => `${call.method}:${call.status}`).join(', ')}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async close(): Promise<void> {
    for (const response of this.hanging) response.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = new URL(request.url ?? '/', this.url).pathname;
      const raw = Buffer.concat(chunks).toString();
      const isResponseUrl = path.startsWith('/response/');
      const method = isResponseUrl ? 'response_url' : path.replace(/^\/api\//, '');
      const args = parseArgs(request.headers['content-type'], raw);
      if (isResponseUrl) args.responseId = path.slice('/response/'.length);
      const call: ApiCall = { method, args, at: Date.now(), status: 0, ok: false };
      this.calls.push(call);
      const behaviour = this.behaviours.get(method)?.shift();
      if (behaviour?.kind === 'accept-and-hang') this.answer(method, args);
      if (behaviour?.kind === 'hang' || behaviour?.kind === 'accept-and-hang') {
        this.hanging.add(response);
        return;
      }
      if (behaviour?.kind === 'rate-limit') {
        call.status = 429;
        response.writeHead(429, {
          'retry-after': String(behaviour.retryAfterSeconds),
          'content-type': 'application/json',
        });
        response.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
        return;
      }
      if (behaviour?.kind === 'status') {
        call.status = behaviour.status;
        response.writeHead(behaviour.status, { 'content-type': 'text/plain' });
        response.end('expired_url');
        return;
      }
      call.status = 200;
      call.ok = behaviour?.kind !== 'error';
      if (isResponseUrl) {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('ok');
        return;
      }
      const body = behaviour?.kind === 'error' ? { ok: false, error: behaviour.error } : this.answer(method, args);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    });
  }

  private answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const ts = () => {
      this.ts += 1;
      return `${this.ts}.000100`;
    };
    switch (method) {
      case 'apps.connections.open':
        return { ok: true, url: this.socketModeUrl };
      case 'auth.test':
        return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0001', user: 'ressec', team: 'Test' };
      case 'chat.postMessage': {
        const posted: StoredMessage = {
          channel: String(args.channel),
          ts: ts(),
          thread_ts: typeof args.thread_ts === 'string' ? args.thread_ts : undefined,
          text: args.text,
          metadata: args.metadata,
        };
        this.messagesPosted.push(posted);
        return { ok: true, channel: args.channel, ts: posted.ts, message: { text: args.text } };
      }
      case 'conversations.history':
      case 'conversations.replies': {
        const thread = method === 'conversations.replies' ? String(args.ts) : undefined;
        const withMetadata = args.include_all_metadata === true || args.include_all_metadata === 'true';
        const messages = this.messagesPosted
          .filter((message) => message.channel === args.channel)
          .filter((message) => (thread ? message.thread_ts === thread || message.ts === thread : !message.thread_ts))
          .map(({ channel: _channel, metadata, ...message }) => (withMetadata ? { ...message, metadata } : message));
        return { ok: true, messages, has_more: false };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: ts() };
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users)}` } };
      case 'views.open':
      case 'views.push':
      case 'views.update':
      case 'views.publish':
        return { ok: true, view: { id: `V${ts().replace('.', '')}`, ...(args.view as object) } };
      default:
        return { ok: true };
    }
  }
}
