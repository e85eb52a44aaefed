import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from './support/fixtures.js';
import { encodePayload, sendRaw, signedHeaders } from './support/signed-request.js';
import { type Harness, startHarness } from './support/slack-harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.stop();
  await harness.api.close();
});

const now = () => Math.floor(Date.now() / 1000);

describe('request verification', () => {
  it.each([
    ['unsigned', { signature: null }],
    ['wrongly signed', { secret: 'not-the-signing-secret' }],
    ['garbage signature', { signature: 'v0=deadbeef' }],
    ['stale (6 minutes old)', { timestamp: now() - 360 }],
    ['future-dated (6 minutes ahead)', { timestamp: now() + 360 }],
  ])('rejects a %s request with 401 and does nothing', async (_name, options) => {
    const before = harness.api.calls.length;
    const response = await harness.send(fixture('event-message-im'), options);
    expect(response.status).toBe(401);
    await harness.slack.idle();
    expect(harness.api.calls.length).toBe(before);
    expect(await harness.slack.inbox.counts()).toEqual({ pending: 0, done: 0, failed: 0 });
  });

  it('rejects a body changed after signing', async () => {
    const { body, contentType } = encodePayload(fixture('event-message-im'));
    const headers = signedHeaders(body, contentType);
    const response = await sendRaw(harness.url, body.replace('laptop', 'tablet'), headers);
    expect(response.status).toBe(401);
  });

  it('rejects interactivity payloads that are not signed', async () => {
    const response = await harness.send(fixture('block-actions-button'), { signature: null });
    expect(response.status).toBe(401);
  });

  it('accepts a request signed within the five-minute window', async () => {
    const response = await harness.send(fixture('event-message-im'), { timestamp: now() - 240 });
    expect(response.status).toBe(200);
    await harness.slack.idle();
    expect(harness.api.ok('chat.postMessage')).toHaveLength(1);
  });

  it('answers only POST /slack/events (and GET /healthz)', async () => {
    const base = harness.url.replace('/slack/events', '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/other`, { method: 'POST' })).status).toBe(404);
  });
});
