// Desk triage in a Teams channel: a card per ticket that starts a reply chain holding the case file, Action.Execute
// buttons carrying the ticket id and version, the card edited in place, a server-side role check, idempotence by
// ticket version when Teams repeats an invoke, replies in the chain as internal notes, and the researcher told
// proactively in their personal chat.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEAMS_DESK_SINK } from '../../src/channels/teams/desk/teams-desk-sink.js';
import { ACTION_LABELS } from '../../src/escalation/case-file.js';
import {
  cardAction,
  channelMention,
  DESK_CHANNEL,
  DESK_MEMBER,
  installed,
  type Person,
  personalChatOf,
  RESEARCHER,
  TENANT_ID,
} from './support/activities.js';
import type { ConnectorCall } from './support/loopback-connector.js';
import { startTeamsHarness, type TeamsHarness } from './support/teams-harness.js';
import { actionsOf, cardOf, TeamsUser } from './support/teams-user.js';

let harness: TeamsHarness;
let researcher: TeamsUser;
let ticketId: string;
let rootId: string;
const thread = () => `${DESK_CHANNEL};messageid=${rootId}`;

beforeAll(async () => {
  harness = await startTeamsHarness({ delivery: true });
  researcher = new TeamsUser(harness);
  // The app is added to the desk's team: Teams then tells the bot the desk channel's serviceUrl.
  const inTeam = installed(harness.connector.serviceUrl, DESK_MEMBER);
  await harness.post({
    ...inTeam,
    conversation: { id: DESK_CHANNEL, conversationType: 'channel', isGroup: true, tenantId: TENANT_ID },
  });
});
afterAll(async () => {
  await harness?.stop();
  await harness?.connector.close();
  await harness?.login.close();
});

function deskCardCalls(): ConnectorCall[] {
  return harness.connector.calls.filter(
    (call) => call.kind === 'create' && call.conversationId?.startsWith(DESK_CHANNEL),
  );
}

function threadMessages(): ConnectorCall[] {
  return harness.connector.calls.filter(
    (call) => call.kind === 'send' && call.conversationId === thread() && call.body.type === 'message',
  );
}

function deskCardAction(title: string, card: Record<string, unknown> | undefined) {
  const action = actionsOf(card).find((candidate) => candidate.title === title);
  if (!action) throw new Error(`no ${title} button on the card`);
  return action;
}

function clickOnDeskCard(
  person: Person,
  title: string,
  card: Record<string, unknown> | undefined,
  inputs: Record<string, unknown> = {},
) {
  const action = deskCardAction(title, card);
  return harness.post(
    cardAction(
      harness.connector.serviceUrl,
      { verb: action.verb, data: { ...action.data, ...inputs } },
      { conversationId: thread(), replyToId: rootId, conversationType: 'channel' },
      person,
    ),
  );
}

async function settled(): Promise<void> {
  await harness.teams.idle(15_000);
  // The desk card follows from the outbox: wait until no delivery is pending.
  const deadline = Date.now() + 15_000;
  while ((await harness.app.escalation.outbox.openCount([TEAMS_DESK_SINK])) > 0) {
    if (Date.now() > deadline) throw new Error('the desk deliveries did not finish');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('desk triage in a Teams channel', () => {
  it('posts one card per ticket that starts a reply chain, with the case file as its first reply', async () => {
    await researcher.say('Who can I ask in the Netherlands about a partnership?');
    const ask = actionsOf(researcher.currentCard()).find((action) => action.verb === 'ticket.new');
    await researcher.click(ask!, { conversationId: researcher.personalChat });
    const filed = await researcher.submit(researcher.currentCard(), {
      subject: 'Partnership with a foreign university',
      note: 'Signing in March.',
    });
    expect(filed.status).toBe(200);
    await harness.connector.waitFor(() => deskCardCalls().length === 1);
    const created = deskCardCalls()[0]!;
    rootId = created.conversationId!.split(';messageid=')[1]!;
    await harness.connector.waitFor(() => threadMessages().length >= 1);
    const cardJson = JSON.stringify(created.body);
    ticketId = /RS-\d{4}-\d{4,}/.exec(cardJson)![0];
    expect(cardJson).toContain('Partnership with a foreign university');
    const caseFile = JSON.stringify(threadMessages()[0]!.body);
    expect(caseFile).toContain(`Case file for ${ticketId}`);
    expect(caseFile).toContain('Who can I ask in the Netherlands about a partnership?');
    // Every desk button carries the ticket id and its version.
    const buttons = actionsOf(cardOf({ ...created, body: created.body.activity as Record<string, unknown> }));
    const labels = ACTION_LABELS;
    expect(buttons.map((action) => action.title)).toEqual([
      labels.claim,
      labels.ask,
      labels.note,
      labels.status,
      labels.advise,
      labels.close,
    ]);
    for (const action of buttons) {
      expect(action.data.ressec).toMatchObject({ value: ticketId, version: expect.any(String) });
    }
  });

  it('refuses a desk button to someone who is not on the desk, and nothing changes', async () => {
    const card = cardOf({ ...deskCardCalls()[0]!, body: deskCardCalls()[0]!.body.activity as Record<string, unknown> });
    const before = harness.connector.calls.length;
    const response = await clickOnDeskCard(RESEARCHER, 'Claim', card);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).type).toBe('application/vnd.microsoft.activity.message');
    await settled();
    expect(harness.connector.calls.slice(before).filter((call) => call.kind === 'update')).toHaveLength(0);
    const ticket = await harness.app.escalation.service.view({ platform: 'teams', userId: DESK_MEMBER.aad }, ticketId);
    expect(ticket?.status).toBe('new');
  });

  it("claims on a desk member's click, edits the card in place, tells the thread once, even when Teams repeats the invoke", async () => {
    const card = cardOf({ ...deskCardCalls()[0]!, body: deskCardCalls()[0]!.body.activity as Record<string, unknown> });
    const first = await clickOnDeskCard(DESK_MEMBER, 'Claim', card);
    expect(first.status).toBe(200);
    const repeated = await clickOnDeskCard(DESK_MEMBER, 'Claim', card);
    expect(JSON.parse(repeated.body).value).toBe('That was done already.');
    await harness.connector.waitFor((calls) =>
      calls.some((call) => call.kind === 'update' && call.activityId === rootId),
    );
    await harness.connector.waitFor(() =>
      threadMessages().some((call) => JSON.stringify(call.body).includes('claimed the ticket')),
    );
    await settled();
    expect(threadMessages().filter((call) => JSON.stringify(call.body).includes('claimed the ticket'))).toHaveLength(1);
    const update = harness.connector.calls.filter((call) => call.kind === 'update').at(-1)!;
    expect(update.conversationId).toBe(DESK_CHANNEL);
    expect(JSON.stringify(update.body)).toContain('D. Esk');
  });

  it('asks the researcher through the desk form and tells them proactively in their personal chat', async () => {
    const card = cardOf({ ...deskCardCalls()[0]!, body: deskCardCalls()[0]!.body.activity as Record<string, unknown> });
    const opened = await clickOnDeskCard(DESK_MEMBER, 'Ask the requester', card);
    const form = JSON.parse(opened.body) as { type: string; value: Record<string, unknown> };
    expect(form.type).toBe('application/vnd.microsoft.card.adaptive');
    const submit = actionsOf(form.value).find((action) => (action.data.ressec as { form?: boolean }).form)!;
    const before = harness.connector.calls.length;
    const sent = await harness.post(
      cardAction(
        harness.connector.serviceUrl,
        { verb: submit.verb, data: { ...submit.data, message: 'Which lab will the partner use?' } },
        { conversationId: thread(), replyToId: rootId, conversationType: 'channel' },
        DESK_MEMBER,
      ),
    );
    expect(sent.status).toBe(200);
    await harness.connector.waitFor((calls) =>
      calls
        .slice(before)
        .some(
          (call) =>
            call.conversationId === personalChatOf(RESEARCHER) &&
            JSON.stringify(call.body).includes('Which lab will the partner use?'),
        ),
    );
    await harness.connector.waitFor(() =>
      threadMessages().some((call) => JSON.stringify(call.body).includes('sent to the researcher')),
    );
  });

  it("takes a reply in the card's reply chain as an internal note, without echoing it", async () => {
    const before = threadMessages().length;
    const note = channelMention(harness.connector.serviceUrl, 'Checked the partner list: not listed.', {
      channel: DESK_CHANNEL,
      rootId,
      mention: false,
      person: DESK_MEMBER,
    });
    expect((await harness.post(note)).status).toBe(200);
    await settled();
    const ticket = await harness.app.escalation.service.view({ platform: 'teams', userId: DESK_MEMBER.aad }, ticketId);
    expect(
      ticket?.audit.some(
        (entry) => entry.action === 'note_added' && entry.text === 'Checked the partner list: not listed.',
      ),
    ).toBe(true);
    expect(
      threadMessages()
        .slice(before)
        .filter((call) => JSON.stringify(call.body).includes('Checked the partner list')),
    ).toHaveLength(0);
  });

  it('shows the desk report to a desk member in their personal chat, and to no one else', async () => {
    const desk = new TeamsUser(harness, DESK_MEMBER);
    const shown = await desk.say('report 30d');
    const deskText = JSON.stringify(shown.posted.filter((call) => call.conversationId === desk.personalChat));
    // The ticket filed above is counted: the figures are the store's, not a fixed text.
    expect(deskText).toContain('**Tickets: 1**');
    expect(deskText).toContain('by channel: teams 1');
    // Confidential by default: the ticket's subject is not in the report.
    expect(deskText).not.toContain('Partnership with a foreign university');
    const refused = await researcher.say('report');
    const researcherText = JSON.stringify(
      refused.posted.filter((call) => call.conversationId === researcher.personalChat),
    );
    expect(researcherText).toContain('Only members of the advice desk can see the report.');
    expect(researcherText).not.toContain('**Tickets:');
  });
});
