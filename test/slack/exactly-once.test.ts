import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { sqlDatabasePath } from '../../src/store/sql-database.js';
import { temporaryDataDir } from '../support/fixture-app.js';
import { FakeSlackApi } from './support/fake-slack-api.js';
import { fixture } from './support/fixtures.js';
import { findCall } from './support/messages.js';
import { encodePayload, send, sendRaw, signedHeaders } from './support/signed-request.js';
import { type Harness, slackEnvironment, startHarness } from './support/slack-harness.js';
import { type SlackProcess, spawnSlackProcess } from './support/spawn-slack-process.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function harnessFor(options: Parameters<typeof startHarness>[0] = {}): Promise<Harness> {
  const harness = await startHarness(options);
  cleanups.push(async () => {
    await harness.stop();
    if (!options.api) await harness.api.close();
  });
  return harness;
}

async function apiFor(): Promise<FakeSlackApi> {
  const api = await FakeSlackApi.start();
  cleanups.push(() => api.close());
  return api;
}

async function processFor(environment: Record<string, string>): Promise<SlackProcess> {
  const slack = await spawnSlackProcess(environment);
  cleanups.push(() => slack.kill());
  return slack;
}

const answers = (api: FakeSlackApi) => api.ok('chat.postMessage');

describe('exactly one answer', () => {
  it('answers a replayed request and Slack’s retries of it once', async () => {
    const harness = await harnessFor();
    const { body, contentType } = encodePayload(fixture('event-message-im'));
    const headers = signedHeaders(body, contentType);
    const responses = [await sendRaw(harness.url, body, headers), await sendRaw(harness.url, body, headers)];
    for (const retryNum of [1, 2, 3]) {
      responses.push(await harness.send(fixture('event-message-im'), { retryNum, retryReason: 'http_timeout' }));
    }
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    await harness.slack.idle();
    expect(answers(harness.api)).toHaveLength(1);
    expect(await harness.slack.inbox.counts()).toEqual({ pending: 0, done: 1, failed: 0 });
  });

  it('answers once when the acknowledgement was slow and Slack retried', async () => {
    const api = await apiFor();
    const dataDir = temporaryDataDir();
    const slack = await processFor(slackEnvironment(api, dataDir));
    // Another writer holds the database: the inbox insert, and so the ack, waits for it (as on a stalled disk).
    const blocker = new Database(sqlDatabasePath(dataDir));
    blocker.exec('BEGIN EXCLUSIVE');
    const payload = fixture('event-message-im');
    const original = send(slack.url, payload, { abortAfterMs: 3_000 }).catch((error: Error) => error.name);
    await new Promise((resolve) => setTimeout(resolve, 3_100));
    const retry = send(slack.url, payload, { retryNum: 1, retryReason: 'http_timeout' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    blocker.exec('COMMIT');
    blocker.close();
    expect(await original).toBe('TimeoutError');
    expect((await retry).status).toBe(200);
    await api.waitFor(() => answers(api).length === 1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(answers(api)).toHaveLength(1);
  });

  it('recovers a question whose answer was not delivered before a crash, and answers it once', async () => {
    const api = await apiFor();
    const dataDir = temporaryDataDir();
    const slack = await processFor(slackEnvironment(api, dataDir));
    api.on('chat.postMessage', { kind: 'hang' });
    const response = await send(slack.url, fixture('event-message-im'));
    expect(response.status).toBe(200);
    // The answer was computed and is on its way to Slack when the process dies.
    await api.waitFor((calls) => calls.some((call) => call.method === 'chat.postMessage'));
    await slack.kill();
    expect(answers(api)).toHaveLength(0);

    const restarted = await harnessFor({ api, dataDir });
    await restarted.slack.idle();
    expect(answers(api)).toHaveLength(1);
    expect(findCall(api.calls, 'chat.postMessage', '*Sources*')?.args.channel).toBe('D0REQ0001');
    expect(await restarted.slack.inbox.counts()).toEqual({ pending: 0, done: 1, failed: 0 });
  });

  it('recovers a question acknowledged just before a crash, before any work was done', async () => {
    const api = await apiFor();
    const dataDir = temporaryDataDir();
    const slack = await processFor(slackEnvironment(api, dataDir));
    api.on('reactions.add', { kind: 'hang' });
    expect((await send(slack.url, fixture('event-message-im'))).status).toBe(200);
    await api.waitFor((calls) => calls.some((call) => call.method === 'reactions.add'));
    await slack.kill();

    const restarted = await harnessFor({ api, dataDir });
    await restarted.slack.idle();
    expect(answers(api)).toHaveLength(1);
    // A replay that arrives after the restart is still a duplicate.
    await restarted.send(fixture('event-message-im'), { retryNum: 3, retryReason: 'http_error' });
    await restarted.slack.idle();
    expect(answers(api)).toHaveLength(1);
  });
});

describe('rate limits', () => {
  it('waits for Retry-After on a 429 and still delivers every answer once', async () => {
    const harness = await harnessFor();
    harness.api.on('chat.postMessage', { kind: 'rate-limit', retryAfterSeconds: 1 }, 2);
    const messages = ['1700000001.000101', '1700000001.000102', '1700000001.000103'].map((ts, index) =>
      fixture('event-message-im', (payload) => {
        payload.event.ts = ts;
        payload.event.user = `U0REQ000${index + 2}`;
        payload.event.channel = `D0REQ000${index + 2}`;
        payload.event_id = `Ev${ts}`;
      }),
    );
    for (const message of messages) expect((await harness.send(message)).status).toBe(200);
    await harness.slack.idle();
    const limited = harness.api.calls.filter((call) => call.method === 'chat.postMessage' && call.status === 429);
    expect(limited).toHaveLength(2);
    const delivered = answers(harness.api);
    expect(delivered.map((call) => call.args.channel).sort()).toEqual(['D0REQ0002', 'D0REQ0003', 'D0REQ0004']);
    // Each rate-limited reply went out only after Retry-After.
    for (const refused of limited) {
      const retried = delivered.find((call) => call.args.channel === refused.args.channel);
      expect((retried?.at ?? 0) - refused.at).toBeGreaterThanOrEqual(950);
    }
  });

  it('waits for Retry-After on a rate-limited response_url', async () => {
    const harness = await harnessFor();
    harness.api.on('response_url', { kind: 'rate-limit', retryAfterSeconds: 1 });
    await harness.send(
      fixture('slash-command', (payload) => {
        payload.text = 'help';
        payload.response_url = harness.api.responseUrl('limited');
      }),
    );
    await harness.slack.idle();
    const calls = harness.api.calls.filter((call) => call.method === 'response_url');
    expect(calls.map((call) => call.status)).toEqual([429, 200]);
    expect((calls[1]?.at ?? 0) - (calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('retries from the inbox when Slack fails, without recomputing or repeating the answer', async () => {
    const harness = await harnessFor();
    harness.api.on('chat.postMessage', { kind: 'error', error: 'internal_error' }, 2);
    await harness.send(fixture('event-message-im'));
    await harness.slack.idle();
    const attempts = harness.api.calls.filter((call) => call.method === 'chat.postMessage');
    expect(attempts).toHaveLength(3);
    expect(answers(harness.api)).toHaveLength(1);
    expect(harness.api.calls.filter((call) => call.method === 'reactions.add')).toHaveLength(1);
    expect(await harness.slack.inbox.counts()).toEqual({ pending: 0, done: 1, failed: 0 });
  });
});
