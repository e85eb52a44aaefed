import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../log.js';
import type { Readiness } from '../store/readiness.js';
import { type HealthServer, startHealthServer } from './health-server.js';

describe('health probes', () => {
  let server: HealthServer | undefined;
  afterEach(async () => {
    await server?.close();
  });

  async function get(path: string, method = 'GET') {
    const response = await fetch(`http://127.0.0.1:${server!.port}${path}`, { method });
    return { status: response.status, body: method === 'GET' ? await response.json() : undefined };
  }

  it('reports live always, ready only while every check passes, and not ready once stopping', async () => {
    let database: Readiness = { ok: true };
    server = await startHealthServer({
      port: 0,
      host: '127.0.0.1',
      log: silentLogger(),
      checks: [
        { name: 'database', check: async () => database },
        { name: 'slack', check: async () => ({ ok: true }) },
        { name: 'flaky', check: async () => (database.ok ? { ok: true } : Promise.reject(new Error('boom'))) },
      ],
    });
    expect(await get('/healthz')).toEqual({ status: 200, body: { status: 'live' } });
    expect(await get('/readyz')).toEqual({
      status: 200,
      body: { status: 'ready', checks: { database: 'ok', slack: 'ok', flaky: 'ok' } },
    });
    database = { ok: false, reason: 'migrations-pending:escalation' };
    expect(await get('/readyz')).toEqual({
      status: 503,
      body: {
        status: 'not-ready',
        checks: { database: 'migrations-pending:escalation', slack: 'ok', flaky: 'check-failed' },
      },
    });
    database = { ok: true };
    server.markStopping();
    expect(await get('/readyz')).toEqual({ status: 503, body: { status: 'stopping' } });
    expect(await get('/healthz')).toEqual({ status: 200, body: { status: 'live' } });
    expect((await get('/metrics')).status).toBe(404);
    expect((await get('/readyz', 'POST')).status).toBe(405);
  });
});
