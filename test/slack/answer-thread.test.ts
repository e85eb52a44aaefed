// The Slack channel with its answers in a worker thread (as `ressec slack` runs it): the thread that acknowledges
// only admits, and everything users see still comes, once.
import { afterEach, describe, expect, it } from 'vitest';
import { fixture } from './support/fixtures.js';
import { buttonIn, click, submit } from './support/interactions.js';
import { callText, findCall } from './support/messages.js';
import { type Harness, startHarness } from './support/slack-harness.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  await harness?.api.close();
  harness = undefined;
});

const threaded = () => startHarness({ slack: { answerThread: true, pollMs: 50 }, env: { RESSEC_LOG_LEVEL: 'silent' } });

/** "Ask the advice desk" in the DM: the ticket form opens as a modal. */
async function openTicketForm(running: Harness): Promise<void> {
  const where = { user: 'U0REQ0001', channel: 'D0REQ0001' };
  await running.send(click({ action_id: 'ticket.new', text: { text: 'Ask the advice desk' } }, where));
  await running.api.waitFor((calls) => calls.some((call) => call.method === 'views.open' && call.ok));
}

describe('answers in a worker thread', () => {
  it('answers a DM once, with 👀 while working, however often Slack delivers it', async () => {
    harness = await threaded();
    for (const retryNum of [undefined, 1, 2]) {
      const response = await harness.send(fixture('event-message-im'), { retryNum });
      expect(response.status).toBe(200);
      expect(response.body).toBe('');
    }
    await harness.api.waitFor((calls) => calls.some((call) => call.method === 'reactions.remove'));
    expect(await harness.slack.idle()).toBe(true);
    const methods = harness.api.calls.map((call) => call.method).filter((method) => method !== 'auth.test');
    expect(methods).toEqual(['reactions.add', 'chat.postMessage', 'reactions.remove']);
    expect(callText(harness.api.ok('chat.postMessage')[0]!)).toContain('*Sources*');
    expect(await harness.slack.inbox.counts()).toEqual({ pending: 0, done: 1, failed: 0 });
    // The queue depth shows on /healthz, so that overload is visible.
    const health = await fetch(harness.url.replace('/slack/events', '/healthz'));
    expect(await health.json()).toEqual({
      platform: 'slack',
      ok: true,
      queued: 0,
      inbox: { pending: 0, done: 1, failed: 0 },
    });
  });

  it('puts 👀 up once the message is stored, even while no answer thread has room for the turn', async () => {
    harness = await startHarness({
      slack: { answerThread: true, pollMs: 50, maxQueued: 0 },
      env: { RESSEC_LOG_LEVEL: 'silent' },
    });
    expect((await harness.send(fixture('event-message-im'))).status).toBe(200);
    await harness.api.waitFor((calls) => calls.some((call) => call.method === 'reactions.add'));
    // The turn still waits in the inbox: nothing answered it yet.
    expect(await harness.slack.inbox.counts()).toMatchObject({ pending: 1, done: 0 });
    expect(harness.api.ok('chat.postMessage')).toHaveLength(0);
    expect(harness.api.calls.filter((call) => call.method === 'reactions.add')).toHaveLength(1);
  });

  it('says "looking into it" for a slash-command question and answers it through the response_url', async () => {
    harness = await threaded();
    const response = await harness.send(
      fixture('slash-command', (payload) => {
        payload.response_url = harness!.api.responseUrl('question');
      }),
    );
    expect(JSON.parse(response.body)).toEqual({ response_type: 'ephemeral', text: '👀 Looking into it…' });
    await harness.slack.idle();
    expect(callText(harness.api.ok('response_url')[0]!)).toContain('*Sources*');
  });

  it('shows a modal’s field errors in the acknowledgement, computed in the thread', async () => {
    harness = await threaded();
    await openTicketForm(harness);
    const [opened] = harness.api.ok('views.open');
    const response = await harness.send(submit(opened!, 'U0REQ0001', { subject: 'Visit', email: 'not-an-address' }));
    expect(JSON.parse(response.body)).toEqual({
      response_action: 'errors',
      errors: { email: 'That is not a valid e-mail address.' },
    });
    expect(await harness.app.escalation.store.list({})).toEqual([]);
  });

  it('files a ticket from the thread and the desk channel gets its card', async () => {
    harness = await threaded();
    await openTicketForm(harness);
    const response = await harness.send(submit(harness.api.ok('views.open')[0]!, 'U0REQ0001', { subject: 'Visit' }));
    expect(response.status).toBe(200);
    await harness.slack.idle();
    await harness.api.waitFor((calls) => findCall(calls, 'chat.postMessage', 'Case file for') !== undefined);
    const card = harness.api.calls.find(
      (call) => call.method === 'chat.postMessage' && call.args.channel === 'C0DESK0001' && !call.args.thread_ts,
    );
    expect(buttonIn(card!, 'Claim').action_id).toBe('ticket.claim');
  });

  it('answers every DM exactly once with two answer threads sharing the inbox', async () => {
    harness = await startHarness({
      slack: { answerThread: true, pollMs: 50 },
      env: { RESSEC_LOG_LEVEL: 'silent', RESSEC_ANSWER_THREADS: '2' },
    });
    const users = Array.from({ length: 8 }, (_, index) => String(index + 1).padStart(4, '0'));
    const responses = await Promise.all(
      users.map((user) =>
        harness!.send(
          fixture('event-message-im', (payload) => {
            payload.event_id = `Ev0POOL${user}`;
            const event = payload.event as Record<string, unknown>;
            event.user = `U0POOL${user}`;
            event.channel = `D0POOL${user}`;
            event.ts = `17000010${user}.000100`;
          }),
        ),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(users.map(() => 200));
    expect(await harness.slack.idle(60_000)).toBe(true);
    const answers = harness.api.ok('chat.postMessage').map((call) => String(call.args.channel));
    expect(answers.sort()).toEqual(users.map((user) => `D0POOL${user}`));
    expect(await harness.slack.inbox.counts()).toEqual({ pending: 0, done: 8, failed: 0 });
  });
});
