// Teams as a person uses it, driven through the real endpoint with signed activities and a loopback Bot Connector:
// the personal chat, an @mention in a channel with the answer in its reply chain, follow-ups there, the message
// action answered in the personal chat, the welcome on install, and the typing indicator before anything else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  channelMention,
  installed,
  messageAction,
  personalChatOf,
  personalMessage,
  RESEARCHER,
  TEAM_CHANNEL,
} from './support/activities.js';
import { OUTGOING_TOKEN, startTeamsHarness, type TeamsHarness } from './support/teams-harness.js';

let harness: TeamsHarness;
beforeAll(async () => {
  harness = await startTeamsHarness();
});
afterAll(async () => {
  await harness?.stop();
  await harness?.connector.close();
  await harness?.login.close();
});

function cardText(call: { body: Record<string, unknown> }): string {
  return JSON.stringify(call.body);
}

describe('Teams surfaces', () => {
  it('answers a question in the personal chat, typing first, with a card that cites its sources', async () => {
    const { connector } = harness;
    const before = connector.calls.length;
    const activity = personalMessage(connector.serviceUrl, 'Who can I ask in the Netherlands about a partnership?');
    const response = await harness.post(activity);
    expect(response.status).toBe(200);
    const calls = await connector.waitFor((all) =>
      all.slice(before).some((call) => call.kind === 'send' && call.body.type === 'message'),
    );
    const mine = calls.slice(before);
    expect(mine[0]?.body.type).toBe('typing');
    expect(mine[0]?.conversationId).toBe(personalChatOf(RESEARCHER));
    const answer = mine.find((call) => call.body.type === 'message');
    expect(answer?.conversationId).toBe(personalChatOf(RESEARCHER));
    expect(answer?.authorization).toBe(OUTGOING_TOKEN);
    expect(cardText(answer!)).toContain('application/vnd.microsoft.card.adaptive');
    expect(cardText(answer!)).toContain('Sources');
  });

  it('answers an @mention in a channel in the reply chain of the post', async () => {
    const { connector } = harness;
    const before = connector.calls.length;
    const activity = channelMention(connector.serviceUrl, 'Who can I ask in the Netherlands about a partnership?');
    expect((await harness.post(activity)).status).toBe(200);
    const thread = `${TEAM_CHANNEL};messageid=${activity.id}`;
    await connector.waitFor((all) =>
      all.slice(before).some((call) => call.kind === 'send' && call.body.type === 'message'),
    );
    const answer = connector.calls.slice(before).find((call) => call.body.type === 'message');
    expect(answer?.conversationId).toBe(thread);
  });

  it('answers a later message in that reply chain without a new mention, and ignores posts elsewhere', async () => {
    const { connector } = harness;
    const root = channelMention(connector.serviceUrl, 'Who can I ask in the Netherlands about a partnership?');
    await harness.post(root);
    await connector.waitFor((all) =>
      all.some(
        (call) => call.conversationId === `${TEAM_CHANNEL};messageid=${root.id}` && call.body.type === 'message',
      ),
    );
    const before = connector.calls.length;
    const elsewhere = channelMention(connector.serviceUrl, 'Lunch at noon?', { mention: false });
    expect((await harness.post(elsewhere)).status).toBe(200);
    const followUp = channelMention(connector.serviceUrl, 'And what about a visiting researcher?', {
      rootId: root.id,
      mention: false,
    });
    expect((await harness.post(followUp)).status).toBe(200);
    await connector.waitFor((all) => all.slice(before).some((call) => call.body.type === 'message'));
    const posted = connector.calls.slice(before).filter((call) => call.body.type === 'message');
    expect(posted.map((call) => call.conversationId)).toEqual([`${TEAM_CHANNEL};messageid=${root.id}`]);
    expect(await harness.teams.idle(5_000)).toBe(true);
    expect(connector.calls.some((call) => call.conversationId?.includes(`messageid=${elsewhere.id}`))).toBe(false);
  });

  it('answers the message action in the personal chat and says so in the dialog', async () => {
    const { connector } = harness;
    const before = connector.calls.length;
    const response = await harness.post(
      messageAction(connector.serviceUrl, '<p>Can we host a visiting researcher from a partner university?</p>'),
    );
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({
      task: { type: 'message', value: 'I am answering in your personal chat with ressec.' },
    });
    await connector.waitFor((all) => all.slice(before).some((call) => call.body.type === 'message'));
    const answer = connector.calls.slice(before).find((call) => call.body.type === 'message');
    expect(answer?.conversationId).toBe(personalChatOf(RESEARCHER));
    // Nothing at all in the channel the message is in, not even typing: the question is the person's own business.
    expect(connector.calls.slice(before).filter((call) => call.conversationId?.startsWith(TEAM_CHANNEL))).toEqual([]);
  });

  it('greets whoever installs the app with the help card, in their personal chat', async () => {
    const { connector } = harness;
    const before = connector.calls.length;
    expect((await harness.post(installed(connector.serviceUrl))).status).toBe(200);
    await connector.waitFor((all) => all.slice(before).some((call) => call.body.type === 'message'));
    const welcome = connector.calls.slice(before).find((call) => call.body.type === 'message');
    expect(welcome?.conversationId).toBe(personalChatOf(RESEARCHER));
    expect(cardText(welcome!)).toContain('research security assistant');
  });
});
