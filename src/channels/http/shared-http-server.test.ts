import { networkInterfaces } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../../test/support/free-port.js';
import { openSharedHttpServer, type SharedHttpServerHold } from './shared-http-server.js';

const holds: SharedHttpServerHold[] = [];
afterEach(async () => {
  for (const hold of holds.splice(0)) await hold.release();
});

function open(options: Parameters<typeof openSharedHttpServer>[0]): SharedHttpServerHold {
  const hold = openSharedHttpServer(options);
  holds.push(hold);
  return hold;
}

/** An address of this machine other than loopback, if it has one. */
function outsideAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;
}

describe('shared HTTP server', () => {
  it('never shares a free port (0): each holder gets a server of its own', async () => {
    const [a, b] = [open({ port: 0, host: '127.0.0.1' }), open({ port: 0, host: '127.0.0.1' })];
    await Promise.all([a.listen(), b.listen()]);
    expect(a.address()?.port).not.toBe(b.address()?.port);
  });

  it('refuses a second handler for a path, and is not healthy before a channel reports', async () => {
    const first = open({ port: 0, host: '127.0.0.1' });
    first.route('/a', (_request, response) => void response.end('a'));
    expect(() => first.route('/a', () => {})).toThrow('two channels serve /a');
    await first.listen();
    const url = `http://127.0.0.1:${first.address()?.port}`;
    expect(await (await fetch(`${url}/a`)).text()).toBe('a');
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    // No channel has reported: not healthy.
    expect((await fetch(`${url}/healthz`)).status).toBe(503);
  });

  it.skipIf(outsideAddress() === undefined)(
    'answers a loopback-only route for this machine only, whatever address the server listens on',
    async () => {
      const port = await freePort('0.0.0.0');
      const everywhere = open({ port, host: '0.0.0.0' });
      everywhere.route('/open', (_request, response) => void response.end('open'));
      await everywhere.listen();
      // The local trial joins the server Slack opened on all addresses: its route still answers this machine only.
      const local = open({ port, loopbackOnly: true });
      local.route('/local', (_request, response) => void response.end('here'));
      await local.listen();
      expect(await (await fetch(`http://127.0.0.1:${port}/local`)).text()).toBe('here');
      expect((await fetch(`http://${outsideAddress()}:${port}/local`)).status).toBe(403);
      expect(await (await fetch(`http://${outsideAddress()}:${port}/open`)).text()).toBe('open');
    },
  );
});
