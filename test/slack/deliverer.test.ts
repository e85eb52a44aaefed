import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FormMemory } from '../../src/channels/runtime/form-memory.js';
import type { ReplyTarget } from '../../src/channels/runtime/reply-target.js';
import { DirectMessages } from '../../src/channels/slack/delivery/direct-messages.js';
import { SlackDeliverer } from '../../src/channels/slack/delivery/slack-deliverer.js';
import type { Reply } from '../../src/core/reply.js';
import { MemoryStateStore } from '../../src/core/state-store.js';
import { FakeSlackApi } from './support/fake-slack-api.js';
import { callText } from './support/messages.js';

let api: FakeSlackApi;
let deliverer: SlackDeliverer;
beforeAll(async () => {
  api = await FakeSlackApi.start();
});
afterAll(() => api.close());
beforeEach(() => {
  api.calls.length = 0;
  const client = new webApi.WebClient('xoxb-test', { slackApiUrl: api.apiUrl, retryConfig: { retries: 0 } });
  deliverer = new SlackDeliverer({
    client,
    forms: new FormMemory(new MemoryStateStore(), 'slack'),
    directMessages: new DirectMessages(client),
  });
});

const text = (markdown: string, visibility: Reply['visibility']): Reply => ({
  visibility,
  blocks: [{ kind: 'text', markdown }],
  fallbackText: markdown,
});
const inThread: ReplyTarget = {
  userId: 'U0REQ0001',
  conversation: { id: 'C0CHAN0001', threadId: '1700000002.000200', kind: 'channel' },
};
const conversation = { id: 'C0CHAN0001', threadId: '1700000002.000200', kind: 'channel' as const };
const appraisal: Reply = {
  visibility: 'public',
  blocks: [
    {
      kind: 'appraisal',
      appraisal: {
        flow: 'travel',
        flowTitle: 'Travel check',
        level: 'medium',
        flags: [],
        mitigations: [],
        nextSteps: [],
        escalate: false,
        citations: [],
      },
    },
  ],
  fallbackText: 'Your appraisal',
};
const form: Reply = {
  visibility: 'private',
  blocks: [
    { kind: 'text', markdown: 'Step 2 of 3' },
    {
      kind: 'form',
      verb: 'intake.answer',
      title: 'Destinations',
      submitLabel: 'Next',
      fields: [
        {
          id: 'countries',
          label: 'Countries',
          kind: 'multiselect',
          required: true,
          options: [{ label: 'A', value: 'a' }],
        },
      ],
    },
  ],
  fallbackText: 'Destinations',
};

describe('where replies go', () => {
  it('posts public replies in the thread', async () => {
    await deliverer.deliver(text('Public', 'public'), inThread, conversation);
    expect(api.calls.map((call) => [call.method, call.args.channel, call.args.thread_ts])).toEqual([
      ['chat.postMessage', 'C0CHAN0001', '1700000002.000200'],
    ]);
  });

  it('shows private replies only to the user (ephemeral, in the thread)', async () => {
    await deliverer.deliver(text('Private', 'private'), inThread, conversation);
    expect(api.calls[0]?.method).toBe('chat.postEphemeral');
    expect(api.calls[0]?.args).toMatchObject({
      channel: 'C0CHAN0001',
      user: 'U0REQ0001',
      thread_ts: '1700000002.000200',
    });
  });

  it('answers a click on a top-level card where the user is looking', async () => {
    await deliverer.deliver(
      text('Refused', 'private'),
      { ...inThread, conversation: { ...inThread.conversation!, privateAtTop: true } },
      conversation,
    );
    expect(api.calls[0]?.method).toBe('chat.postEphemeral');
    expect(api.calls[0]?.args.thread_ts).toBeUndefined();
  });

  it('never shows an appraisal in a shared channel: it goes to the DM', async () => {
    await deliverer.deliver(appraisal, inThread, conversation);
    expect(api.calls.map((call) => call.method)).toEqual(['conversations.open', 'chat.postMessage']);
    expect(api.calls[1]?.args.channel).toBe('DU0REQ0001');
    expect(callText(api.calls[1]!)).toContain('Risk appraisal: Travel check');
  });

  it('replies through the response_url, privately, for slash commands and ephemeral messages', async () => {
    await deliverer.deliver(
      text('Public', 'public'),
      { userId: 'U0REQ0001', replyUrl: api.responseUrl('r1') },
      conversation,
    );
    expect(api.calls[0]).toMatchObject({
      method: 'response_url',
      args: { response_type: 'ephemeral', replace_original: false },
    });
  });

  it('falls back to the DM when the response_url has expired', async () => {
    api.on('response_url', { kind: 'status', status: 404 });
    await deliverer.deliver(
      text('Late', 'public'),
      { userId: 'U0REQ0001', replyUrl: api.responseUrl('old') },
      conversation,
    );
    expect(api.calls.map((call) => call.method)).toEqual(['response_url', 'conversations.open', 'chat.postMessage']);
  });

  it('falls back to the DM when the bot is no longer in the channel', async () => {
    api.on('chat.postMessage', { kind: 'error', error: 'not_in_channel' });
    await deliverer.deliver(text('Public', 'public'), inThread, conversation);
    expect(api.calls.map((call) => call.method)).toEqual([
      'chat.postMessage',
      'conversations.open',
      'chat.postMessage',
    ]);
    expect(api.calls[2]?.args.channel).toBe('DU0REQ0001');
  });

  it('opens a form as a modal while the trigger is fresh, with the reply’s other blocks above the inputs', async () => {
    await deliverer.deliver(
      form,
      { ...inThread, trigger: { id: 'trigger-1', receivedAt: Date.now(), inDialog: false } },
      conversation,
    );
    expect(api.calls[0]?.method).toBe('views.open');
    expect(api.calls[0]?.args.trigger_id).toBe('trigger-1');
    const view = api.calls[0]?.args.view as { blocks: { type: string }[]; private_metadata: string };
    expect(view.blocks.map((block) => block.type)).toEqual(['section', 'input']);
    expect(JSON.parse(view.private_metadata)).toMatchObject({
      verb: 'intake.answer',
      conversation,
      target: { userId: 'U0REQ0001' },
    });
  });

  it('pushes the form onto the stack when the click came from inside a modal', async () => {
    await deliverer.deliver(
      form,
      { ...inThread, trigger: { id: 'trigger-2', receivedAt: Date.now(), inDialog: true } },
      conversation,
    );
    expect(api.calls[0]?.method).toBe('views.push');
  });

  it('posts the form with an Open button once the trigger is stale', async () => {
    await deliverer.deliver(
      form,
      { ...inThread, trigger: { id: 'old', receivedAt: Date.now() - 5_000, inDialog: false } },
      conversation,
    );
    expect(api.calls[0]?.method).toBe('chat.postEphemeral');
    expect(callText(api.calls[0]!)).toContain('ressec.open-form');
  });
});

describe('reading a reply back after a crash (exactly once in Slack)', () => {
  const mark = { key: 'Ev0CRASH01', index: 1, receivedAt: 1_700_000_000_000 };

  it('marks each message it posts with the turn and reply, and finds it again in the thread', async () => {
    api.messagesPosted.length = 0;
    expect(await deliverer.posted(mark, inThread)).toBe(false);
    await deliverer.deliver(text('The answer.', 'public'), inThread, conversation, mark);
    const [post] = api.ok('chat.postMessage');
    expect(post?.args.metadata).toEqual({
      event_type: 'ressec_reply',
      event_payload: { turn: 'Ev0CRASH01', reply: 1 },
    });
    expect(JSON.stringify(post?.args.metadata)).not.toContain('The answer');
    expect(await deliverer.posted(mark, inThread)).toBe(true);
    expect(api.ok('conversations.replies').at(-1)?.args).toMatchObject({
      channel: 'C0CHAN0001',
      ts: '1700000002.000200',
      include_all_metadata: 'true',
    });
    // Another reply of the same turn, or the same reply of another turn, is not taken for it.
    expect(await deliverer.posted({ ...mark, index: 0 }, inThread)).toBe(false);
    expect(await deliverer.posted({ ...mark, key: 'Ev0OTHER01' }, inThread)).toBe(false);
  });

  it("finds a reply that went to the user's DM (an appraisal never goes to the channel)", async () => {
    api.messagesPosted.length = 0;
    await deliverer.deliver(appraisal, inThread, conversation, mark);
    expect(api.ok('chat.postMessage')[0]?.args.channel).toBe('DU0REQ0001');
    expect(await deliverer.posted(mark, inThread)).toBe(true);
    expect(api.ok('conversations.history').at(-1)?.args).toMatchObject({ channel: 'DU0REQ0001' });
  });

  it('never finds an ephemeral reply (Slack cannot show it again), so it is posted again rather than lost', async () => {
    api.messagesPosted.length = 0;
    await deliverer.deliver(text('Only for you.', 'private'), inThread, conversation, mark);
    expect(api.ok('chat.postEphemeral')).toHaveLength(1);
    expect(api.ok('chat.postEphemeral')[0]?.args.metadata).toBeUndefined();
    expect(await deliverer.posted(mark, inThread)).toBe(false);
  });
});
