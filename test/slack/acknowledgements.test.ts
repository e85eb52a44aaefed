import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendRaw, signedHeaders } from './support/signed-request.js';
import { type Harness, startHarness } from './support/slack-harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.stop();
  await harness.api.close();
});

const interactivity = (payload: unknown) => new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
const FORM = 'application/x-www-form-urlencoded';

describe('every signed request gets an answer within 3 s', () => {
  it.each([
    ['view_closed', interactivity({ type: 'view_closed', user: { id: 'U0REQ0001' }, view: { id: 'V1' } }), FORM],
    ['block_suggestion', interactivity({ type: 'block_suggestion', user: { id: 'U0REQ0001' }, value: 'vis' }), FORM],
    [
      'interactive_message',
      interactivity({ type: 'interactive_message', callback_id: 'legacy', user: { id: 'U0REQ0001' } }),
      FORM,
    ],
    ['an empty array', interactivity([]), FORM],
    ['an empty JSON array', '[]', 'application/json'],
    [
      'an event no listener handles',
      JSON.stringify({ type: 'event_callback', event_id: 'Ev0', event: { type: 'reaction_added' } }),
      'application/json',
    ],
    [
      'a command no listener handles',
      new URLSearchParams({ command: '/other', trigger_id: 't', user_id: 'U1' }).toString(),
      FORM,
    ],
  ])('acknowledges %s with an empty 200 and does nothing', async (_name, body, contentType) => {
    const response = await sendRaw(harness.url, body, signedHeaders(body, contentType), 3_000);
    expect(response.status).toBe(200);
    expect(response.body).toBe('');
    expect(response.durationMs).toBeLessThan(3_000);
    await harness.slack.idle();
    expect(harness.api.calls.filter((call) => call.method !== 'auth.test')).toEqual([]);
    expect(await harness.slack.inbox.counts()).toEqual({ pending: 0, done: 0, failed: 0 });
  });

  it.each([
    ['a JSON body that does not parse', '{"type": "event_callback", ', 'application/json'],
    ['an interactivity payload that does not parse', 'payload=%7Bnot-json', FORM],
    ['a JSON body that is not a payload', 'null', 'application/json'],
  ])('answers %s with 400', async (_name, body, contentType) => {
    const response = await sendRaw(harness.url, body, signedHeaders(body, contentType), 3_000);
    expect(response.status).toBe(400);
    expect(await harness.slack.inbox.counts()).toEqual({ pending: 0, done: 0, failed: 0 });
  });
});
