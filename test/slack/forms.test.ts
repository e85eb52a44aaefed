import { afterEach, describe, expect, it } from 'vitest';
import { fixture } from './support/fixtures.js';
import { buttonIn, click, submit } from './support/interactions.js';
import { callText, findCall } from './support/messages.js';
import { type Harness, type HarnessOptions, startHarness } from './support/slack-harness.js';

const REQUESTER = 'U0REQ0001';
const DM = 'D0REQ0001';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  await harness?.api.close();
  harness = undefined;
});

async function openTicketForm(options: HarnessOptions = {}) {
  harness = await startHarness(options);
  await harness.send(
    click({ action_id: 'ticket.new', text: { text: 'Ask the advice desk' } }, { user: REQUESTER, channel: DM }),
  );
  await harness.slack.idle();
  return harness;
}

describe('forms in modals', () => {
  it('shows validation errors on the fields, in the acknowledgement, and files nothing', async () => {
    const { api, send, slack, app } = await openTicketForm();
    const [opened] = api.ok('views.open');
    const view = opened?.args.view as { title: { text: string }; blocks: { type: string; block_id?: string }[] };
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(view.blocks.filter((block) => block.type === 'input').map((block) => block.block_id)).toEqual([
      'subject',
      'note',
      'deadline',
      'email',
    ]);
    const response = await send(
      submit(opened!, REQUESTER, { subject: 'Visit', email: 'not-an-address', deadline: '2001-01-01' }),
    );
    expect(JSON.parse(response.body)).toEqual({
      response_action: 'errors',
      errors: { email: 'That is not a valid e-mail address.' },
    });
    await slack.idle();
    expect(api.messages().filter((call) => call.method !== 'views.open')).toEqual([]);
    expect(await app.escalation.store.list({})).toEqual([]);
  });

  it('closes the modal on success and continues in the conversation', async () => {
    const { api, send, slack } = await openTicketForm();
    const response = await send(submit(api.ok('views.open')[0]!, REQUESTER, { subject: 'Visit from abroad' }));
    expect(response.status).toBe(200);
    expect(response.body).toBe('');
    await slack.idle();
    expect(findCall(api.calls, 'chat.postMessage', 'You will hear here when its status changes')?.args.channel).toBe(
      DM,
    );
  });

  it('closes the modal at once when the core is slow, and delivers the reply when it is ready', async () => {
    const { api, send, slack } = await openTicketForm({ slack: { formBudgetMs: 0 } });
    const response = await send(submit(api.ok('views.open')[0]!, REQUESTER, { subject: 'Visit from abroad' }));
    expect(response.body).toBe('');
    await slack.idle();
    const confirmations = api.calls.filter(
      (call) =>
        call.method === 'chat.postMessage' && callText(call).includes('You will hear here when its status changes'),
    );
    expect(confirmations).toHaveLength(1);
  });

  it('answers a submitted form once, however often Slack delivers it', async () => {
    const { api, send, slack, app } = await openTicketForm();
    const submission = submit(api.ok('views.open')[0]!, REQUESTER, { subject: 'Visit from abroad' });
    const responses = [await send(submission), await send(submission)];
    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    await slack.idle();
    expect(
      api.calls.filter(
        (call) =>
          call.method === 'chat.postMessage' && callText(call).includes('You will hear here when its status changes'),
      ),
    ).toHaveLength(1);
    expect(await app.escalation.store.list({})).toHaveLength(1);
  });

  it('shows a form as a message with an Open button when the trigger has expired, and opens it on click', async () => {
    harness = await startHarness();
    harness.api.on('views.open', { kind: 'error', error: 'expired_trigger_id' });
    await harness.send(
      click({ action_id: 'ticket.new', text: { text: 'Ask the advice desk' } }, { user: REQUESTER, channel: DM }),
    );
    await harness.slack.idle();
    const message = findCall(harness.api.calls, 'chat.postMessage', 'ressec.open-form');
    expect(message?.args.channel).toBe(DM);
    await harness.send(
      click(buttonIn(message!, 'Open: Send to the research security advice desk'), { user: REQUESTER, channel: DM }),
    );
    await harness.slack.idle();
    const [opened] = harness.api.ok('views.open');
    expect(callText(opened!)).toContain('ticket.submit');
    await harness.send(submit(opened!, REQUESTER, { subject: 'Visit from abroad' }));
    await harness.slack.idle();
    expect(findCall(harness.api.calls, 'chat.postMessage', 'You will hear here when its status changes')).toBeDefined();
  });

  it('says so when an Open button outlived its form', async () => {
    harness = await startHarness();
    await harness.send(
      fixture('block-actions-button', (payload) => {
        payload.actions[0].action_id = 'ressec.open-form';
        payload.actions[0].value = 'no-such-form';
        payload.response_url = harness!.api.responseUrl('expired');
      }),
    );
    await harness.slack.idle();
    expect(findCall(harness.api.calls, 'response_url', 'This form has expired')).toBeDefined();
  });
});
