// Probes for a load balancer or orchestrator, on a port of their own (RESSEC_HEALTH_PORT) so that no channel's
// receiver has to serve them. GET /healthz: the process is live. GET /readyz: it can do its work (the database
// reachable and migrated, every channel running) and is not shutting down; 503 names the failing checks. The bodies
// hold check names and reason codes only.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log.js';
import type { Readiness } from '../store/readiness.js';

export interface ReadinessCheck {
  name: string;
  check(): Promise<Readiness>;
}

export interface HealthServer {
  port: number;
  /** From now on /readyz answers 503, so the load balancer stops sending work while the process drains. */
  markStopping(): void;
  close(): Promise<void>;
}

export interface HealthServerOptions {
  port: number;
  host?: string;
  checks: readonly ReadinessCheck[];
  log: Logger;
}

export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  let stopping = false;
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const reply = (status: number, body: Record<string, unknown>) => {
      response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return reply(405, { status: 'method-not-allowed' });
    if (path === '/healthz') return reply(200, { status: 'live' });
    if (path !== '/readyz') return reply(404, { status: 'not-found' });
    if (stopping) return reply(503, { status: 'stopping' });
    void readiness(options.checks).then(
      ({ ready, checks }) => reply(ready ? 200 : 503, { status: ready ? 'ready' : 'not-ready', checks }),
      () => reply(503, { status: 'not-ready' }),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  options.log.info({ event: 'health-listening', port }, 'health probes listening');
  return {
    port,
    markStopping: () => {
      stopping = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Runs every check at once; a check that throws counts as failed. Shared with the channels' HTTP server. */
export async function readiness(
  checks: readonly ReadinessCheck[],
): Promise<{ ready: boolean; checks: Record<string, string> }> {
  const results = await Promise.all(
    checks.map(async (entry) => {
      const result = await entry.check().catch((): Readiness => ({ ok: false, reason: 'check-failed' }));
      return [entry.name, result.ok ? 'ok' : result.reason] as const;
    }),
  );
  return { ready: results.every(([, outcome]) => outcome === 'ok'), checks: Object.fromEntries(results) };
}
