import { describe, expect, it } from 'vitest';
import { Router } from '../../../core/router.js';
import { MemoryStateStore } from '../../../core/state-store.js';
import { silentLogger } from '../../../log.js';
import { migrate, openSqlDatabase } from '../../../store/sql-database.js';
import { ChannelRuntime } from '../../runtime/channel-runtime.js';
import { SqliteDeskCards } from '../../runtime/desk-cards/sqlite-desk-cards.js';
import { SqliteInbox } from '../../runtime/sqlite-inbox.js';
import { SLACK_MIGRATIONS } from '../desk/desk-migrations.js';
import { slackListeners } from './register-listeners.js';
import type { Payload } from './slack-listeners.js';

function listeners() {
  const database = openSqlDatabase(':memory:');
  migrate(database, 'slack', SLACK_MIGRATIONS);
  const state = new MemoryStateStore();
  const router = new Router(silentLogger(), state);
  const runtime = new ChannelRuntime({
    platform: 'slack',
    inbox: new SqliteInbox(database, 'slack'),
    router,
    state,
    log: silentLogger(),
  });
  const settings = { botToken: 'xoxb', threadFollowupChannels: [], port: 0, deskChannel: 'CDESK' };
  const app = slackListeners({
    settings,
    router,
    intake: runtime,
    deskCards: new SqliteDeskCards(database, 'slack'),
    formBudgetMs: 10,
  });
  return (body: Payload) => app.admissionFor(body, { receivedAt: 1_700_000_000_000, botUserId: 'UBOT' });
}

const message = (event: Payload) => ({ type: 'event_callback', event_id: 'Ev9', event: { type: 'message', ...event } });

describe('Slack listeners translate payloads into inbox entries', () => {
  it('keys a message by channel and ts, so app_mention and message of the same post collide', async () => {
    const admit = listeners();
    const mention = await admit({
      type: 'event_callback',
      event_id: 'Ev1',
      event: { type: 'app_mention', channel: 'C1', ts: '1.2', user: 'U1', text: '<@UBOT> who can I ask?' },
    });
    const post = await admit(message({ channel: 'C1', ts: '1.2', user: 'U1', text: '<@UBOT> who can I ask?' }));
    expect(mention?.entry).toMatchObject({ key: 'message:C1:1.2', lane: 'U1' });
    expect(mention?.entry.turn).toMatchObject({
      platform: 'slack',
      user: { id: 'U1' },
      conversation: { id: 'C1', threadId: '1.2', kind: 'channel' },
      input: { kind: 'text', text: 'who can I ask?' },
    });
    expect(mention?.entry.target).toEqual({
      userId: 'U1',
      conversation: { id: 'C1', threadId: '1.2', kind: 'channel' },
      working: { conversationId: 'C1', messageId: '1.2', shownOnAdmission: true },
    });
    expect(post?.entry.key).toBe(mention?.entry.key);
  });

  it('keys other events by event id and interactions by trigger id', async () => {
    const admit = listeners();
    expect(
      (
        await admit({
          type: 'event_callback',
          event_id: 'Ev3',
          event: { type: 'app_home_opened', user: 'U1', tab: 'home' },
        })
      )?.entry,
    ).toMatchObject({ key: 'event:Ev3', lane: 'U1', target: { userId: 'U1', home: true } });
    const command = await admit({
      command: '/ressec',
      text: 'who can I ask?',
      trigger_id: 't1',
      user_id: 'U1',
      channel_id: 'C1',
      response_url: 'https://hooks.slack.com/r',
    });
    expect(command?.entry).toMatchObject({
      key: 'command:t1',
      lane: 'U1',
      target: { replyUrl: 'https://hooks.slack.com/r' },
    });
    const action = await admit({
      type: 'block_actions',
      trigger_id: 't2',
      user: { id: 'U1' },
      container: { channel_id: 'D1' },
      actions: [{ type: 'button', action_id: 'answer.feedback#1', value: 'down:a1' }],
    });
    expect(action?.entry).toMatchObject({
      key: 'action:t2',
      turn: { input: { kind: 'action', verb: 'answer.feedback', value: 'down:a1' } },
    });
    const shortcut = await admit({
      type: 'message_action',
      callback_id: 'ask_research_security',
      trigger_id: 't3',
      user: { id: 'U1' },
      response_url: 'https://hooks.slack.com/s',
      message: { text: 'What about export control?' },
    });
    expect(shortcut?.entry).toMatchObject({
      key: 'shortcut:t3',
      // Answered in the DM, whose id the runner looks up.
      turn: { conversation: { id: '', kind: 'dm' } },
      target: { receipt: { replyUrl: 'https://hooks.slack.com/s' } },
    });
  });

  it('acknowledges a slash command question at once, and a command with an empty body', async () => {
    const admit = listeners();
    const command = (text: string) =>
      admit({ command: '/ressec', text, trigger_id: `t-${text}`, user_id: 'U1', channel_id: 'C1' });
    expect(await (await command('who can I ask?'))?.acknowledgement?.()).toEqual({
      response_type: 'ephemeral',
      text: '👀 Looking into it…',
    });
  });

  it('keys a modal submission by view and hash, and answers it in the acknowledgement', async () => {
    const admit = listeners();
    const metadata = JSON.stringify({
      verb: 'ticket.submit',
      conversation: { id: 'D1', kind: 'dm' },
      target: { userId: 'U1' },
    });
    const submission = await admit({
      type: 'view_submission',
      trigger_id: 't4',
      user: { id: 'U1' },
      view: { id: 'V1', hash: 'h1', callback_id: 'ressec.form', private_metadata: metadata, state: { values: {} } },
    });
    expect(submission?.entry).toMatchObject({
      key: 'view:V1:h1',
      lane: 'U1',
      turn: { input: { kind: 'form', verb: 'ticket.submit' }, conversation: { id: 'D1', kind: 'dm' } },
    });
    expect(submission?.acknowledgement).toBeTypeOf('function');
  });

  it('admits no message that needs no work: bots (the app itself among them), edits, deletions, chatter', async () => {
    const admit = listeners();
    expect(
      await admit(message({ channel: 'C1', ts: '1.3', user: 'UBOT', bot_id: 'BBOT', text: 'hi' })),
    ).toBeUndefined();
    expect(await admit(message({ channel: 'D1', ts: '1.3', subtype: 'message_changed' }))).toBeUndefined();
    expect(await admit(message({ channel: 'D1', ts: '1.3', user: 'U1', subtype: 'message_deleted' }))).toBeUndefined();
    // A channel message that neither mentions the app nor follows up one of its threads is not for it.
    expect(await admit(message({ channel: 'C1', ts: '1.4', user: 'U1', text: 'lunch?' }))).toBeUndefined();
    expect(
      (await admit(message({ channel: 'D1', ts: '1.5', user: 'U1', subtype: 'thread_broadcast', text: 'and visas?' })))
        ?.entry.key,
    ).toBe('message:D1:1.5');
  });

  it('leaves payloads it does not know alone', async () => {
    const admit = listeners();
    expect(await admit({ type: 'view_closed', user: { id: 'U1' } })).toBeUndefined();
    expect(await admit({ type: 'block_suggestion' })).toBeUndefined();
    expect(await admit({ type: 'interactive_message', callback_id: 'x' })).toBeUndefined();
  });
});
