import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiCall } from './support/fake-slack-api.js';
import { fixture } from './support/fixtures.js';
import { callText, findCall } from './support/messages.js';
import { FOLLOWUP_CHANNEL, type Harness, startHarness } from './support/slack-harness.js';

let harness: Harness;
beforeEach(async () => {
  harness = await startHarness();
});
afterEach(async () => {
  await harness.stop();
  await harness.api.close();
});

const posted = (calls: ApiCall[]) => calls.filter((call) => call.method === 'chat.postMessage' && call.ok);

describe('Slack surfaces', () => {
  it('answers a DM in the DM with citations, showing 👀 while working', async () => {
    const sentAt = Date.now();
    const response = await harness.send(fixture('event-message-im'));
    expect(response.status).toBe(200);
    await harness.api.waitFor((calls) => calls.some((call) => call.method === 'reactions.remove'));
    const methods = harness.api.calls.map((call) => call.method).filter((method) => method !== 'auth.test');
    expect(methods).toEqual(['reactions.add', 'chat.postMessage', 'reactions.remove']);
    const [reaction] = harness.api.ok('reactions.add');
    expect(reaction?.args).toMatchObject({ channel: 'D0REQ0001', timestamp: '1700000001.000100', name: 'eyes' });
    expect((reaction?.at ?? Number.POSITIVE_INFINITY) - sentAt).toBeLessThan(1_000);
    const [answer] = posted(harness.api.calls);
    expect(answer?.args).toMatchObject({ channel: 'D0REQ0001' });
    expect(answer?.args.thread_ts).toBeUndefined();
    expect(callText(answer!)).toContain('*Sources*');
    expect(callText(answer!)).toMatch(/\[1\] <https?:\/\/[^|]+\|[^>]+> — [^,]+, \d{4}/);
    expect(callText(answer!)).toContain('Guidance as of');
  });

  it('answers a mention once, in its thread, whether app_mention or message arrives first', async () => {
    await harness.send(fixture('event-message-channel-mention'));
    await harness.send(fixture('event-app-mention'));
    await harness.send(
      fixture('event-app-mention', (payload) => {
        payload.event.ts = '1700000009.000900';
        payload.event_id = 'Ev0MENTION9';
      }),
    );
    await harness.send(
      fixture('event-message-channel-mention', (payload) => {
        payload.event.ts = '1700000009.000900';
        payload.event_id = 'Ev0MESSAGE9';
      }),
    );
    await harness.slack.idle();
    const answers = posted(harness.api.calls);
    expect(answers.map((call) => call.args.thread_ts).sort()).toEqual(['1700000002.000200', '1700000009.000900']);
    expect(answers.every((call) => call.args.channel === 'C0CHAN0001')).toBe(true);
  });

  it('answers thread follow-ups without a mention only in channels that opted in', async () => {
    const mention = (channel: string) =>
      fixture('event-app-mention', (payload) => {
        payload.event.channel = channel;
      });
    const followUp = (channel: string, ts: string) =>
      fixture('event-message-thread-reply', (payload) => {
        payload.event.channel = channel;
        payload.event.ts = ts;
        payload.event_id = `Ev${ts}`;
      });
    await harness.send(mention(FOLLOWUP_CHANNEL));
    await harness.send(mention('C0OTHER001'));
    await harness.slack.idle();
    expect(posted(harness.api.calls)).toHaveLength(2);
    await harness.send(followUp(FOLLOWUP_CHANNEL, '1700000003.000301'));
    await harness.send(followUp('C0OTHER001', '1700000003.000302'));
    // A reply in a thread the bot never answered in is not for the bot.
    await harness.send(
      fixture('event-message-thread-reply', (payload) => {
        payload.event.thread_ts = '1699999999.000001';
        payload.event.ts = '1700000003.000303';
        payload.event_id = 'Ev0NOTHREAD';
      }),
    );
    await harness.slack.idle();
    const answers = posted(harness.api.calls);
    expect(answers).toHaveLength(3);
    expect(answers[2]?.args).toMatchObject({ channel: FOLLOWUP_CHANNEL, thread_ts: '1700000002.000200' });
  });

  it('answers /ressec <question> privately, acknowledging at once that it is working', async () => {
    const response = await harness.send(
      fixture('slash-command', (payload) => {
        payload.response_url = harness.api.responseUrl('question');
      }),
    );
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ response_type: 'ephemeral', text: '👀 Looking into it…' });
    await harness.slack.idle();
    const [reply] = harness.api.ok('response_url');
    expect(reply?.args).toMatchObject({ response_type: 'ephemeral', replace_original: false, responseId: 'question' });
    expect(callText(reply!)).toContain('*Sources*');
  });

  it.each([
    ['help', "I'm ressec"],
    ['', "I'm ressec"],
    ['tickets', "You haven't filed any tickets."],
    ['check', 'Which risk check would you like to run?'],
  ])('turns /ressec %s into the command', async (text, expected) => {
    const response = await harness.send(
      fixture('slash-command', (payload) => {
        payload.text = text;
        payload.response_url = harness.api.responseUrl('command');
      }),
    );
    expect(response.body).toBe('');
    await harness.slack.idle();
    expect(findCall(harness.api.calls, 'response_url', expected)).toBeDefined();
  });

  it('starts a named check from /ressec check <flow>', async () => {
    await harness.send(
      fixture('slash-command', (payload) => {
        payload.text = 'check visitor';
        payload.response_url = harness.api.responseUrl('check');
      }),
    );
    await harness.slack.idle();
    const [reply] = harness.api.ok('response_url');
    expect(callText(reply!)).toMatch(/question 1 of \d+/);
    expect(callText(reply!)).toContain('intake.');
  });

  it('answers the message shortcut in the DM and says so where it was used', async () => {
    await harness.send(
      fixture('message-shortcut', (payload) => {
        payload.response_url = harness.api.responseUrl('shortcut');
      }),
    );
    await harness.slack.idle();
    expect(harness.api.ok('conversations.open')[0]?.args).toMatchObject({ users: 'U0REQ0001' });
    const [answer] = posted(harness.api.calls);
    expect(answer?.args.channel).toBe('DU0REQ0001');
    expect(callText(answer!)).toContain('*Sources*');
    expect(findCall(harness.api.calls, 'response_url', 'answered in your direct messages')).toBeDefined();
  });

  it('publishes the App Home tab: start a check, my tickets, about and disclaimer', async () => {
    await harness.send(fixture('event-app-home-opened'));
    await harness.slack.idle();
    const [publish] = harness.api.ok('views.publish');
    expect(publish?.args.user_id).toBe('U0REQ0001');
    const text = callText(publish!);
    for (const expected of [
      'Start a risk check',
      'intake.start',
      'My tickets',
      "You haven't filed any tickets.",
      'About',
      'not legal advice',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('routes a button to its verb: 👍 is thanked in the DM', async () => {
    await harness.send(fixture('block-actions-button'));
    await harness.slack.idle();
    expect(findCall(harness.api.calls, 'chat.postMessage', 'Thanks for the feedback.')?.args.channel).toBe('D0REQ0001');
  });

  it('opens 👎 as a modal and takes the reason from the submitted view', async () => {
    await harness.send(
      fixture('block-actions-button', (payload) => {
        payload.actions[0].action_id = 'answer.feedback#1';
        payload.actions[0].value = 'down:ans-0001';
      }),
    );
    await harness.slack.idle();
    const [opened] = harness.api.ok('views.open');
    const view = opened?.args.view as {
      private_metadata: string;
      callback_id: string;
      blocks: { block_id?: string }[];
    };
    expect(view.callback_id).toBe('ressec.form');
    // The answer id is never asked: it travels in the modal's metadata and comes back with the reason.
    expect(view.blocks.map((block) => block.block_id).filter(Boolean)).toEqual(['reason']);
    const response = await harness.send(
      fixture('view-submission', (payload) => {
        payload.view.private_metadata = view.private_metadata;
        payload.view.state.values = {
          reason: { value: { type: 'static_select', selected_option: { value: 'missing' } } },
        };
      }),
    );
    expect(response.status).toBe(200);
    expect(response.body).toBe('');
    await harness.slack.idle();
    expect(findCall(harness.api.calls, 'chat.postMessage', 'your reason is recorded')?.args.channel).toBe('D0REQ0001');
  });

  it('ignores its own messages and other bots’, and edits', async () => {
    const own = fixture('event-message-channel-mention', (payload) => {
      payload.event = {
        type: 'message',
        subtype: 'bot_message',
        bot_id: 'BBOT',
        user: 'UBOT',
        text: 'An answer',
        channel: 'C0CHAN0001',
        ts: '1700000010.000100',
        thread_ts: '1700000002.000200',
        channel_type: 'channel',
      };
    });
    const edit = fixture('event-message-im', (payload) => {
      payload.event = {
        type: 'message',
        subtype: 'message_changed',
        channel: 'D0REQ0001',
        ts: '1700000011.000100',
        channel_type: 'im',
        message: { user: 'U0REQ0001', text: 'edited' },
      };
    });
    expect((await harness.send(own)).status).toBe(200);
    expect((await harness.send(edit)).status).toBe(200);
    await harness.slack.idle();
    expect(harness.api.calls.filter((call) => call.method !== 'auth.test')).toEqual([]);
    expect(await harness.slack.inbox.counts()).toEqual({ pending: 0, done: 0, failed: 0 });
  });

  it('answers Slack’s URL verification challenge', async () => {
    const response = await harness.send(fixture('url-verification'));
    expect(JSON.parse(response.body)).toEqual({ challenge: fixture('url-verification').challenge });
  });
});
