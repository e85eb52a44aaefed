import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../src/app.js';
import { SlackChannel } from '../../src/channels/slack/slack-channel.js';
import { TeamsChannel } from '../../src/channels/teams/teams-channel.js';
import { silentLogger } from '../../src/log.js';
import { channelCore, startChannel } from '../../src/main.js';
import { FakeSlackApi } from '../slack/support/fake-slack-api.js';
import { fixture } from '../slack/support/fixtures.js';
import { send } from '../slack/support/signed-request.js';
import { slackEnvironment } from '../slack/support/slack-harness.js';
import { fixtureConfig, temporaryDataDir } from '../support/fixture-app.js';
import { freePort } from '../support/free-port.js';
import { APP_ID, personalChatOf, personalMessage, RESEARCHER, TENANT_ID } from '../teams/support/activities.js';
import { type BotFrameworkLogin, startBotFrameworkLogin } from '../teams/support/bot-framework-login.js';
import { LoopbackConnector } from '../teams/support/loopback-connector.js';
import { OUTGOING_TOKEN } from '../teams/support/teams-harness.js';

let api: FakeSlackApi;
let connector: LoopbackConnector;
let login: BotFrameworkLogin;
let app: App;
let slack: SlackChannel;
let teams: TeamsChannel;
let base: string;
let slackStopped = false;

beforeAll(async () => {
  api = await FakeSlackApi.start();
  connector = await LoopbackConnector.start();
  login = await startBotFrameworkLogin();
  const port = await freePort();
  const config = fixtureConfig({
    ...slackEnvironment(api, temporaryDataDir()),
    PORT: String(port),
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'not-used-by-the-loopback-credentials',
    MicrosoftAppTenantId: TENANT_ID,
  });
  expect(config.slack?.port).toBe(port);
  expect(config.teams?.port).toBe(port);
  app = await buildApp(config, silentLogger());
  const core = channelCore(app);
  slack = await SlackChannel.create(core, { host: '127.0.0.1', pollMs: 50 });
  teams = await TeamsChannel.create(core, {
    host: '127.0.0.1',
    pollMs: 50,
    openIdMetadataUrl: login.metadataUrl,
    outgoingToken: OUTGOING_TOKEN,
  });
  await startChannel(app, slack);
  await startChannel(app, teams);
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await teams?.stop();
  if (!slackStopped) await slack?.stop();
  await app?.close();
  await api?.close();
  await connector?.close();
  await login?.close();
});

describe('Slack and Teams on one port', () => {
  it('serves both channels from one server', () => {
    expect(slack.port).toBe(teams.port);
  });

  it('answers a signed Slack event and a verified Teams activity sent to the same port', async () => {
    const slackResponse = await send(`${base}/slack/events`, fixture('event-message-im'));
    expect(slackResponse.status).toBe(200);
    const activity = personalMessage(connector.serviceUrl, 'What is knowledge security?');
    const teamsResponse = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await login.sign({ appId: APP_ID, serviceurl: activity.serviceUrl })}`,
      },
      body: JSON.stringify(activity),
    });
    expect(teamsResponse.status).toBe(200);
    await api.waitFor((calls) => calls.some((call) => call.method === 'chat.postMessage'));
    await connector.waitFor(() => connector.messages(personalChatOf(RESEARCHER)).length > 0);
    // Each platform's request is checked by its own channel: a Teams activity without a token is refused there, and a
    // Slack request without a signature is refused on Slack's path.
    expect((await fetch(`${base}/api/messages`, { method: 'POST', body: JSON.stringify(activity) })).status).toBe(401);
    expect((await fetch(`${base}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(401);
    expect((await fetch(`${base}/elsewhere`)).status).toBe(404);
  });

  it('reports both channels on /healthz, and them and the database on /readyz', async () => {
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    const body = (await health.json()) as { ok: boolean; channels: Record<string, { platform: string; ok: boolean }> };
    expect(body.ok).toBe(true);
    expect(body.channels.slack).toMatchObject({ platform: 'slack', ok: true });
    expect(body.channels.teams).toMatchObject({ platform: 'teams', ok: true });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', slack: 'ok', teams: 'ok' } });
  });

  it('keeps serving Teams when Slack stops, and says Slack is gone', async () => {
    await slack.stop();
    slackStopped = true;
    expect((await fetch(`${base}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(404);
    const health = (await (await fetch(`${base}/healthz`)).json()) as { platform: string; ok: boolean };
    expect(health).toMatchObject({ platform: 'teams', ok: true });
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });
});
