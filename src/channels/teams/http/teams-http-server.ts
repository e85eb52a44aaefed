// The Teams channel's HTTP server: POST /api/messages and GET /healthz. The local trial (no app id, so no
// authentication) only ever listens on the loopback address.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TeamsHttpServerOptions {
  port: number;
  /** Forced to 127.0.0.1 when `loopbackOnly`. */
  host?: string;
  loopbackOnly: boolean;
  messages: (request: IncomingMessage, response: ServerResponse) => Promise<void>;
  health: () => Promise<{ ok: boolean }>;
}

export class TeamsHttpServer {
  private readonly server: Server;

  constructor(private readonly options: TeamsHttpServerOptions) {
    this.server = createServer((request, response) => void this.route(request, response));
    // Teams keeps connections open between activities; the default would close them under a slow burst.
    this.server.keepAliveTimeout = 65_000;
  }

  private async route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? '').split('?')[0];
    if (path === '/api/messages') return this.options.messages(request, response);
    if (path === '/healthz' && request.method === 'GET') {
      const health = await this.options.health().catch(() => ({ ok: false }));
      const body = JSON.stringify(health);
      response.writeHead(health.ok ? 200 : 503, { 'content-type': 'application/json' }).end(body);
      return;
    }
    response.writeHead(404, { 'content-length': '0' }).end();
  }

  listen(): Promise<void> {
    const host = this.options.loopbackOnly ? '127.0.0.1' : this.options.host;
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port, host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
  }

  address(): AddressInfo | undefined {
    const address = this.server.address();
    return typeof address === 'object' && address !== null ? address : undefined;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeIdleConnections();
    });
  }
}
