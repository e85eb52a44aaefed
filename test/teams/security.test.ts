// The security promises, through the whole Teams channel: a forged request is refused before the inbox, so nothing is
// stored, answered or sent; the bot's token only ever goes to the serviceUrl of a verified activity; without an app
// id the endpoint runs only as a local trial, on loopback; and nothing a person wrote reaches a log line.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { TeamsChannel } from '../../src/channels/teams/teams-channel.js';
import { channelCore } from '../../src/main.js';
import { captureLogger } from '../support/capture-log.js';
import { fixtureConfig } from '../support/fixture-app.js';
import { APP_ID, personalChatOf, personalMessage, RESEARCHER } from './support/activities.js';
import { forgeries } from './support/forged-tokens.js';
import { LoopbackConnector } from './support/loopback-connector.js';
import { OUTGOING_TOKEN, startTeamsHarness, type TeamsHarness } from './support/teams-harness.js';

const SECRET_QUESTION = 'Is Partner Zeta Institute on an export list?';
let harness: TeamsHarness;
let elsewhere: Server;
let elsewhereUrl: string;
const elsewhereCalls: string[] = [];
const { log, lines } = captureLogger();

beforeAll(async () => {
  harness = await startTeamsHarness({ log });
  // Another address a forged body might name as its serviceUrl: it must never be called, least of all with a token.
  elsewhere = createServer((request, response) => {
    elsewhereCalls.push(`${request.method} ${request.url} ${request.headers.authorization ?? ''}`);
    response.end('{}');
  });
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await harness?.stop();
  await harness?.connector.close();
  await harness?.login.close();
  await new Promise((resolve) => elsewhere.close(resolve));
});

describe('Teams security', () => {
  const cases = forgeries(() => harness.login, { appId: APP_ID, serviceurl: 'http://127.0.0.1:1/' });
  for (const [name, authorization] of cases) {
    it(`stores and sends nothing for ${name}`, async () => {
      const before = harness.connector.calls.length;
      const activity = { ...personalMessage(elsewhereUrl, SECRET_QUESTION), serviceUrl: elsewhereUrl };
      const header = await authorization();
      const response = await fetch(harness.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(header ? { authorization: header } : {}) },
        body: JSON.stringify(activity),
      });
      expect(response.status).toBe(401);
      expect(await response.text()).toBe('');
      expect(await harness.teams.inbox.get(`${personalChatOf(RESEARCHER)}|${activity.id}`)).toBeUndefined();
      expect(await harness.teams.idle(2_000)).toBe(true);
      expect(harness.connector.calls.length).toBe(before);
      expect(elsewhereCalls).toEqual([]);
    });
  }

  it('sends its token only to the serviceUrl of the verified activity', async () => {
    await harness.post(personalMessage(harness.connector.serviceUrl, SECRET_QUESTION));
    await harness.teams.idle(10_000);
    const calls = harness.connector.calls.filter((call) => call.kind !== 'other');
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((call) => call.authorization === OUTGOING_TOKEN)).toBe(true);
    expect(elsewhereCalls).toEqual([]);
  });

  it('keeps what people wrote out of the logs', () => {
    const logged = lines.join('\n');
    expect(logged).toContain('"component":"teams"');
    expect(logged).not.toContain('Partner Zeta');
    expect(logged).not.toContain('export list');
  });
});

describe('the local trial', () => {
  it('runs without an app id only when asked, on loopback, and sends no token', async () => {
    const connector = await LoopbackConnector.start();
    const config = fixtureConfig({ RESSEC_TEAMS_LOCAL: 'true' });
    expect(config.teams?.appId).toBeUndefined();
    const app = await buildApp(config, log);
    // Asked to listen everywhere, it still listens on loopback only.
    const teams = await TeamsChannel.create(channelCore(app), { port: 0, host: '0.0.0.0' });
    await teams.start();
    try {
      expect(teams.host).toBe('127.0.0.1');
      const response = await fetch(`http://127.0.0.1:${teams.port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(personalMessage(connector.serviceUrl, 'help')),
      });
      expect(response.status).toBe(200);
      await connector.waitFor((calls) => calls.some((call) => call.body.type === 'message'));
      expect(connector.calls.every((call) => call.authorization === undefined)).toBe(true);
      const health = await fetch(`http://127.0.0.1:${teams.port}/healthz`);
      expect(await health.json()).toMatchObject({ platform: 'teams', ok: true });
    } finally {
      await teams.stop();
      await app.close();
      await connector.close();
    }
  });

  it('is not configured at all without an app id or the switch', () => {
    expect(fixtureConfig().teams).toBeUndefined();
  });
});
