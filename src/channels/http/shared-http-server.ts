// One HTTP server per port for every channel in the process: when Slack and Teams are both configured (they share
// PORT), Slack's /slack/events and Teams' /api/messages are served on one port, with GET /healthz (each channel's
// health) and GET /readyz (the checks the channels registered: the database, each channel running). Each channel
// opens a hold on the server for its port, registers its routes and checks, and releases the hold when it stops;
// the first hold to listen starts the server, the last release closes it. No channel knows the others.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ReadinessCheck, readiness } from '../../health/health-server.js';

export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

export interface HealthReport {
  ok: boolean;
}

export interface SharedHttpServerOptions {
  port: number;
  host?: string;
  /** This holder's routes answer only requests from this machine, and a server it starts listens on 127.0.0.1. */
  loopbackOnly?: boolean;
}

export interface SharedHttpServerHold {
  /** Serves `path` (any method: the handler answers the methods it does not take) for this holder. */
  route(path: string, handler: RouteHandler): void;
  /** What GET /healthz reports for this holder (by name). */
  health(name: string, report: () => Promise<HealthReport>): void;
  /** A check GET /readyz runs (one per name across holders); /readyz answers 503 while any fails. */
  readiness(check: ReadinessCheck): void;
  /** Starts the server unless another holder has; resolves once it listens. */
  listen(): Promise<void>;
  address(): AddressInfo | undefined;
  /** Withdraws this holder's routes and checks; the last release closes the server. */
  release(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

class SharedHttpServer {
  readonly server: Server;
  readonly routes = new Map<string, RouteHandler>();
  readonly healths = new Map<string, () => Promise<HealthReport>>();
  /** Each holder's checks: /readyz runs one per name, whichever holder still has it. */
  readonly checks = new Set<Map<string, ReadinessCheck>>();
  holders = 0;
  private listening?: Promise<void>;
  private closing?: Promise<void>;

  constructor(private readonly bind: { port: number; host?: string }) {
    this.server = createServer((request, response) => {
      Promise.resolve(this.handle(request, response)).catch(() => {
        if (!response.headersSent) response.writeHead(500, { 'content-length': '0' }).end();
      });
    });
    // Slack and Teams keep connections open between deliveries; the default would close them under a slow burst.
    this.server.keepAliveTimeout = 65_000;
  }

  listen(host: string | undefined): Promise<void> {
    this.listening ??= new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.bind.port, host ?? this.bind.host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    return this.listening;
  }

  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      if (!this.server.listening) return resolve();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
    return this.closing;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const route = this.routes.get(path);
    if (route) return route(request, response);
    if (path === '/healthz' && request.method === 'GET') return this.reportHealth(response);
    if (path === '/readyz' && request.method === 'GET') return this.reportReadiness(response);
    response.writeHead(404, { 'content-length': '0' }).end();
  }

  /** One channel: its own report. Several: each under its name, ok when all are. */
  private async reportHealth(response: ServerResponse): Promise<void> {
    const reports = await Promise.all(
      [...this.healths].map(async ([name, report]) => [name, await report().catch(() => ({ ok: false }))] as const),
    );
    const ok = reports.length > 0 && reports.every(([, report]) => report.ok);
    const body = reports.length === 1 ? reports[0]![1] : { ok, channels: Object.fromEntries(reports) };
    json(response, ok ? 200 : 503, body);
  }

  private async reportReadiness(response: ServerResponse): Promise<void> {
    const byName = new Map<string, ReadinessCheck>();
    for (const held of this.checks) for (const [name, check] of held) if (!byName.has(name)) byName.set(name, check);
    const { ready, checks } = await readiness([...byName.values()]);
    json(response, ready ? 200 : 503, { status: ready ? 'ready' : 'not-ready', checks });
  }
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

/** Servers by port, for holders asking for the same one. Port 0 (any free port) is never shared. */
const servers = new Map<number, SharedHttpServer>();

export function openSharedHttpServer(options: SharedHttpServerOptions): SharedHttpServerHold {
  const shared = options.port === 0 ? undefined : servers.get(options.port);
  const server = shared ?? new SharedHttpServer({ port: options.port, host: options.host });
  if (!shared && options.port !== 0) servers.set(options.port, server);
  server.holders += 1;
  const mine = { routes: new Set<string>(), healths: new Set<string>(), checks: new Map<string, ReadinessCheck>() };
  server.checks.add(mine.checks);
  let released = false;
  return {
    route(path, handler) {
      if (server.routes.has(path)) throw new Error(`two channels serve ${path} on port ${options.port}`);
      server.routes.set(path, options.loopbackOnly ? loopbackOnly(handler) : handler);
      mine.routes.add(path);
    },
    health(name, report) {
      server.healths.set(name, report);
      mine.healths.add(name);
    },
    readiness(check) {
      mine.checks.set(check.name, check);
    },
    listen: () => server.listen(options.loopbackOnly ? '127.0.0.1' : options.host),
    address() {
      const address = server.server.address();
      return typeof address === 'object' && address !== null ? address : undefined;
    },
    async release() {
      if (released) return;
      released = true;
      for (const path of mine.routes) server.routes.delete(path);
      for (const name of mine.healths) server.healths.delete(name);
      server.checks.delete(mine.checks);
      server.holders -= 1;
      if (server.holders > 0) return;
      if (servers.get(options.port) === server) servers.delete(options.port);
      await server.close();
    },
  };
}

/** A route for this machine only, whatever address the shared server listens on (another holder may have opened it). */
function loopbackOnly(handler: RouteHandler): RouteHandler {
  return (request, response) => {
    if (LOOPBACK.has(request.socket.remoteAddress ?? '')) return handler(request, response);
    response.writeHead(403, { 'content-length': '0' }).end();
  };
}
