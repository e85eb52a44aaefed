import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiCall } from './support/fake-slack-api.js';
import { fixture } from './support/fixtures.js';
import { buttonIn, click, submit } from './support/interactions.js';
import { callText, findCall } from './support/messages.js';
import { DESK_CHANNEL, DESK_MEMBER, type Harness, startHarness } from './support/slack-harness.js';

const REQUESTER = 'U0REQ0001';
const REQUESTER_DM = 'D0REQ0001';
const OUTSIDER = 'U0OTHER001';

let harness: Harness;
beforeEach(async () => {
  harness = await startHarness({ delivery: true });
});
afterEach(async () => {
  await harness.stop();
  await harness.api.close();
});

async function lastCall(
  method: string,
  contains = '',
  where: (call: ApiCall) => boolean = () => true,
): Promise<ApiCall> {
  const matches = (call: ApiCall) =>
    call.method === method && call.ok && callText(call).includes(contains) && where(call);
  await harness.api.waitFor((calls) => calls.some(matches));
  return harness.api.calls.filter(matches).at(-1)!;
}

const inDeskChannel = (call: ApiCall) => call.args.channel === DESK_CHANNEL && call.args.thread_ts === undefined;

/** The requester asks the desk from a DM; returns the desk card once the desk channel has it. */
async function fileTicket(): Promise<{ card: ApiCall; cardTs: string }> {
  await harness.send(
    click(
      { action_id: 'ticket.new', text: { text: 'Ask the advice desk' } },
      { user: REQUESTER, channel: REQUESTER_DM },
    ),
  );
  const opened = await lastCall('views.open', 'ticket.submit');
  const response = await harness.send(
    submit(opened, REQUESTER, { subject: 'Hosting a visiting researcher', note: 'Arriving in October.' }),
  );
  expect(response.body).toBe('');
  await harness.slack.idle();
  const card = await lastCall('chat.postMessage', 'Hosting a visiting researcher', inDeskChannel);
  return { card, cardTs: await cardTs(card) };
}

async function cardTs(card: ApiCall): Promise<string> {
  // The fake answers chat.postMessage with a ts; the card's thread messages carry it as thread_ts.
  await harness.api.waitFor((calls) =>
    calls.some((call) => call.method === 'chat.postMessage' && call.args.thread_ts && call.at >= card.at),
  );
  return String(
    harness.api.calls.find((call) => call.method === 'chat.postMessage' && call.args.thread_ts && call.at >= card.at)
      ?.args.thread_ts,
  );
}

describe('desk triage in the desk channel', () => {
  it('posts one card per ticket with subject, requester, level, status and the desk buttons, and a case file thread', async () => {
    const { card, cardTs } = await fileTicket();
    const text = callText(card);
    for (const expected of [
      'Hosting a visiting researcher',
      `<@${REQUESTER}>`,
      '*Level*',
      '🆕 New',
      'ticket.claim',
      'ticket.ask',
      'ticket.status',
      'ticket.advise',
      'ticket.close',
    ]) {
      expect(text).toContain(expected);
    }
    const caseFile = findCall(harness.api.calls, 'chat.postMessage', 'Case file for');
    expect(caseFile?.args).toMatchObject({ channel: DESK_CHANNEL, thread_ts: cardTs });
    expect(callText(caseFile!)).toContain('Arriving in October.');
    // The requester was told, in their DM, that the ticket was filed.
    expect(
      findCall(harness.api.calls, 'chat.postMessage', 'Sent to the research security advice desk')?.args.channel,
    ).toBe(REQUESTER_DM);
    const cards = harness.api.calls.filter(
      (call) => call.method === 'chat.postMessage' && call.args.channel === DESK_CHANNEL && !call.args.thread_ts,
    );
    expect(cards).toHaveLength(1);
  });

  it('refuses desk buttons to anyone not on the desk, privately, and changes nothing', async () => {
    const { card, cardTs } = await fileTicket();
    const before = harness.api.calls.length;
    await harness.send(click(buttonIn(card, 'Claim'), { user: OUTSIDER, channel: DESK_CHANNEL, messageTs: cardTs }));
    await harness.slack.idle();
    const refusal = await lastCall('chat.postEphemeral', 'Only members of the advice desk');
    expect(refusal.args).toMatchObject({ channel: DESK_CHANNEL, user: OUTSIDER });
    expect(refusal.args.thread_ts).toBeUndefined();
    const after = harness.api.calls.slice(before).map((call) => call.method);
    expect(after).not.toContain('chat.update');
  });

  it('claims, asks the requester, relays the answer into the thread, and tells the requester of each status change', async () => {
    const { card, cardTs } = await fileTicket();
    const desk = { user: DESK_MEMBER, channel: DESK_CHANNEL, messageTs: cardTs };

    await harness.send(click(buttonIn(card, 'Claim'), desk));
    await harness.slack.idle();
    const claimed = await lastCall('chat.update', '🔎 In review');
    expect(claimed.args).toMatchObject({ channel: DESK_CHANNEL, ts: cardTs });
    expect(callText(claimed)).toContain(`<@${DESK_MEMBER}>`);
    expect(findCall(harness.api.calls, 'chat.postMessage', 'claimed the ticket')?.args.thread_ts).toBe(cardTs);
    expect((await lastCall('chat.postMessage', 'is now **in review**'.replace(/\*\*/g, '*'))).args.channel).toBe(
      `D${REQUESTER}`,
    );

    await harness.send(click(buttonIn(card, 'Ask the requester'), desk));
    const askForm = await lastCall('views.open', 'ticket.ask');
    await harness.send(
      submit(askForm, DESK_MEMBER, { ticketId: 'RS-2026-0001', message: 'Which lab will they work in?' }),
    );
    await harness.slack.idle();
    expect((await lastCall('chat.update', '❓ Needs information')).args.ts).toBe(cardTs);
    const question = await lastCall(
      'chat.postMessage',
      'Which lab will they work in?',
      (call) => call.args.channel === `D${REQUESTER}`,
    );
    expect(findCall(harness.api.calls, 'chat.postMessage', 'asked the requester')?.args.thread_ts).toBe(cardTs);

    // The requester answers from their DM: "Reply to the desk", then simply types the answer.
    await harness.send(click(buttonIn(question, 'Reply to the desk'), { user: REQUESTER, channel: `D${REQUESTER}` }));
    await harness.slack.idle();
    await harness.send(
      fixture('event-message-im', (payload) => {
        payload.event.channel = `D${REQUESTER}`;
        payload.event.text = 'The photonics lab, building 3.';
        payload.event.ts = '1700000100.000100';
        payload.event_id = 'Ev0REPLY001';
      }),
    );
    await harness.slack.idle();
    const relayed = await lastCall(
      'chat.postMessage',
      'The photonics lab, building 3.',
      (call) => call.args.channel === DESK_CHANNEL,
    );
    expect(relayed.args.thread_ts).toBe(cardTs);
    expect((await lastCall('chat.update', '🔎 In review')).at).toBeGreaterThan(relayed.at - 1_000);
  });

  it('keeps desk replies in the thread as internal notes: recorded, never sent to the requester', async () => {
    const { cardTs } = await fileTicket();
    const before = harness.api.calls.length;
    await harness.send(
      fixture('event-message-thread-reply', (payload) => {
        payload.event.user = DESK_MEMBER;
        payload.event.channel = DESK_CHANNEL;
        payload.event.thread_ts = cardTs;
        payload.event.text = 'Checked the lists: nothing found.';
        payload.event.ts = '1700000200.000100';
        payload.event_id = 'Ev0NOTE0001';
      }),
    );
    await harness.slack.idle();
    const after = harness.api.calls.slice(before);
    expect(
      after.some((call) => call.method === 'chat.postEphemeral' && callText(call).includes('Internal note added')),
    ).toBe(true);
    const toRequester = after.filter((call) => String(call.args.channel ?? '').startsWith('D'));
    expect(toRequester).toEqual([]);
    expect(after.filter((call) => callText(call).includes('Checked the lists'))).toEqual([]);
  });

  it('closes a ticket: the card shows it closed and the requester is told', async () => {
    const { card, cardTs } = await fileTicket();
    await harness.send(click(buttonIn(card, 'Close'), { user: DESK_MEMBER, channel: DESK_CHANNEL, messageTs: cardTs }));
    await harness.slack.idle();
    const closed = await lastCall('chat.update', '✅ Closed');
    expect(callText(closed)).toContain('Reopen');
    expect((await lastCall('chat.postMessage', 'is now *closed*')).args.channel).toBe(`D${REQUESTER}`);
  });
});
