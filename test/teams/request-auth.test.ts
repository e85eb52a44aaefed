// Forged requests to /api/messages, each refused with 401 before anything reads the activity: the receiver never
// runs, and neither a log line, the response nor the console shows a token, a key or a library's error text.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SigningKeys } from '../../src/channels/teams/auth/signing-keys.js';
import { RequestVerifier } from '../../src/channels/teams/auth/verify-request.js';
import { messagesEndpoint } from '../../src/channels/teams/http/messages-endpoint.js';
import { captureLogger } from '../support/capture-log.js';
import { APP_ID, personalMessage, TENANT_ID } from './support/activities.js';
import { type BotFrameworkLogin, startBotFrameworkLogin } from './support/bot-framework-login.js';
import { forgeries } from './support/forged-tokens.js';

const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

let login: BotFrameworkLogin;
let server: Server;
let url: string;
const received: unknown[] = [];
const { log, lines } = captureLogger();

beforeAll(async () => {
  login = await startBotFrameworkLogin();
  const verifier = new RequestVerifier({
    appId: APP_ID,
    tenantId: TENANT_ID,
    keys: new SigningKeys(login.metadataUrl),
  });
  const endpoint = messagesEndpoint({
    verifier,
    log,
    receive: async (activity) => {
      received.push(activity);
      return { status: 200 };
    },
  });
  server = createServer((request, response) => void endpoint(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await login.close();
});

afterEach(() => {
  received.length = 0;
});

async function post(activity: unknown, authorization?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(activity),
  });
  return { status: response.status, body: await response.text() };
}

const claims = { appId: APP_ID, serviceurl: SERVICE_URL };
const FORGERIES = forgeries(() => login, claims);

describe('requests to /api/messages', () => {
  it('accepts a token the Bot Framework signed for this app and this serviceUrl', async () => {
    const response = await post(personalMessage(SERVICE_URL, 'hello'), `Bearer ${await login.sign(claims)}`);
    expect(response.status).toBe(200);
    expect(received).toHaveLength(1);
  });

  for (const [name, authorization, reason] of FORGERIES) {
    it(`refuses ${name} with 401, and the receiver never runs`, async () => {
      const stdout = vi.spyOn(process.stdout, 'write');
      const stderr = vi.spyOn(process.stderr, 'write');
      const before = lines.length;
      const header = await authorization();
      const response = await post(personalMessage(SERVICE_URL, 'confidential question about Partner X'), header);
      expect(response).toEqual({ status: 401, body: '' });
      expect(received).toEqual([]);
      const logged = lines.slice(before).join('\n');
      expect(logged).toContain(`"outcome":"${reason}"`);
      for (const secret of [header?.slice(7, 40), 'BEGIN PUBLIC KEY', 'Partner X', 'signature verification failed']) {
        if (secret) expect(logged).not.toContain(secret);
      }
      expect(stdout).not.toHaveBeenCalled();
      expect(stderr).not.toHaveBeenCalled();
      stdout.mockRestore();
      stderr.mockRestore();
    });
  }

  it('refuses an activity from another tenant with a genuine token', async () => {
    const activity = {
      ...personalMessage(SERVICE_URL, 'hello'),
      conversation: { id: 'a:x', tenantId: 'other-tenant' },
      channelData: { tenant: { id: 'other-tenant' } },
    };
    expect((await post(activity, `Bearer ${await login.sign(claims)}`)).status).toBe(401);
    expect(received).toEqual([]);
  });

  it('does not fetch the keys again for every unknown key id', async () => {
    const fetchesBefore = login.keyFetches();
    for (let index = 0; index < 5; index += 1) {
      const token = await login.sign(claims);
      const [header, body, signature] = token.split('.');
      const otherKid = Buffer.from(JSON.stringify({ alg: 'RS256', kid: `forged-${index}`, typ: 'JWT' })).toString(
        'base64url',
      );
      expect(header).toBeDefined();
      expect((await post(personalMessage(SERVICE_URL, 'x'), `Bearer ${otherKid}.${body}.${signature}`)).status).toBe(
        401,
      );
    }
    expect(login.keyFetches() - fetchesBefore).toBeLessThanOrEqual(1);
  });

  it('answers a malformed body with 400 and a body over 1 MB with 413, without reading it as an activity', async () => {
    const bad = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":' });
    expect(bad.status).toBe(400);
    const notActivity = await post({ hello: 'world' }, `Bearer ${await login.sign(claims)}`);
    expect(notActivity.status).toBe(400);
    const huge = await fetch(url, { method: 'POST', body: 'x'.repeat(1024 * 1024 + 10) }).catch(() => undefined);
    expect(huge === undefined || huge.status === 413).toBe(true);
    expect(received).toEqual([]);
  });
});

describe('a token seen before', () => {
  it('is not trusted past its expiry, nor for another serviceUrl, although its signature was checked once', async () => {
    let now = Date.now();
    const verifier = new RequestVerifier({ appId: APP_ID, keys: new SigningKeys(login.metadataUrl), now: () => now });
    const header = `Bearer ${await login.sign({ ...claims, expiresIn: 60 })}`;
    const activity = personalMessage(SERVICE_URL, 'hello');
    expect((await verifier.verify(header, activity)).ok).toBe(true);
    expect(await verifier.verify(header, { ...activity, serviceUrl: 'https://evil.example/' })).toEqual({
      ok: false,
      reason: 'service-url-mismatch',
    });
    now += 60_000 + 301_000;
    expect(await verifier.verify(header, activity)).toEqual({ ok: false, reason: 'expired' });
  });
});

describe('the first requests after a start', () => {
  it('all wait for the signing keys being fetched, rather than being refused for an unknown key', async () => {
    const verifier = new RequestVerifier({ appId: APP_ID, keys: new SigningKeys(login.metadataUrl) });
    const header = `Bearer ${await login.sign(claims)}`;
    const activity = personalMessage(SERVICE_URL, 'hello');
    const verdicts = await Promise.all(Array.from({ length: 5 }, () => verifier.verify(header, activity)));
    expect(verdicts.map((verdict) => verdict.ok)).toEqual([true, true, true, true, true]);
  });
});
