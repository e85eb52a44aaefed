import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpFetch } from './http-fetch.js';

let server: Server;
let base: string;
const seen: { method?: string; headers: IncomingMessage['headers']; body: string }[] = [];

function handle(request: IncomingMessage, response: ServerResponse, body: string): void {
  seen.push({ method: request.method, headers: request.headers, body });
  switch (request.url) {
    case '/json':
      response.writeHead(201, 'Made', { 'content-type': 'application/json', 'x-a': '1' }).end('{"ok":true}');
      return;
    case '/gzip':
      response.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('packed'));
      return;
    case '/moved':
      response.writeHead(307, { location: '/json' }).end();
      return;
    case '/empty':
      response.writeHead(204).end();
      return;
    case '/slow':
      setTimeout(() => response.end('late'), 2_000);
      return;
    default:
      response.writeHead(404).end('no');
  }
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => handle(request, response, Buffer.concat(chunks).toString()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('httpFetch', () => {
  it('sends a string body with its headers and gives status, headers, body and url as fetch does', async () => {
    const response = await httpFetch(`${base}/json`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer x' },
      body: '{"q":"é"}',
    });
    expect(response.status).toBe(201);
    expect(response.statusText).toBe('Made');
    expect(response.headers.get('x-a')).toBe('1');
    expect(response.url).toBe(`${base}/json`);
    expect(await response.json()).toEqual({ ok: true });
    const request = seen.at(-1);
    expect(request?.method).toBe('POST');
    expect(request?.body).toBe('{"q":"é"}');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers.authorization).toBe('Bearer x');
    expect(request?.headers['content-length']).toBe(String(Buffer.byteLength('{"q":"é"}')));
  });

  it('sends URLSearchParams as a form, as Slack’s Web API client does', async () => {
    await httpFetch(`${base}/json`, { method: 'POST', body: new URLSearchParams({ channel: 'D1', text: 'a b' }) });
    expect(seen.at(-1)?.body).toBe('channel=D1&text=a+b');
    expect(seen.at(-1)?.headers['content-type']).toBe('application/x-www-form-urlencoded;charset=UTF-8');
  });

  it('unpacks a gzip body, has no body for 204, and follows a redirect through the global fetch', async () => {
    expect(await (await httpFetch(`${base}/gzip`)).text()).toBe('packed');
    const empty = await httpFetch(`${base}/empty`, { method: 'POST', body: '' });
    expect(empty.status).toBe(204);
    expect(empty.body).toBeNull();
    const moved = await httpFetch(`${base}/moved`, { method: 'POST', body: 'x' });
    expect(moved.status).toBe(201);
    expect(await moved.json()).toEqual({ ok: true });
  });

  it('rejects with the signal’s AbortError when aborted, and with TypeError when it cannot connect', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(httpFetch(`${base}/slow`, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    await expect(httpFetch('http://127.0.0.1:9/', { method: 'POST', body: 'x' })).rejects.toBeInstanceOf(TypeError);
  });
});
