// "Sent to the advice desk" only when a desk sink confirmed delivery: a real webhook receiver on 127.0.0.1, the
// delivery worker as the chat runs it, and the same ticket form the researcher submits.
import { afterEach, describe, expect, it } from 'vitest';
import { startDeliveryWorker } from '../../src/escalation/delivery/start-delivery-worker.js';
import { createHarness, DESK, type Harness, REQUESTER, replyText } from './support/harness.js';
import { startWebhookReceiver, WEBHOOK_SECRET, type WebhookReceiver } from './support/webhook-receiver.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function withWebhook(options: { worker: boolean; accept: boolean }) {
  const receiver: WebhookReceiver = await startWebhookReceiver();
  if (!options.accept) receiver.behave = () => ({ kind: 'status', status: 503 });
  cleanups.push(() => receiver.close());
  const harness = createHarness({
    environment: { ESCALATION_WEBHOOK_URL: receiver.url, ESCALATION_WEBHOOK_SECRET: WEBHOOK_SECRET },
  });
  cleanups.push(() => harness.close());
  if (options.worker) {
    const worker = startDeliveryWorker({ escalation: harness.escalation, log: harness.log });
    cleanups.push(() => worker.stop());
  }
  return { receiver, harness };
}

async function submit(harness: Harness): Promise<string> {
  const replies = await harness.form(REQUESTER, 'ticket.submit', { subject: 'A visiting researcher', note: '' });
  return replies.map(replyText).join('\n');
}

describe('what the researcher is told after sending a ticket', () => {
  it('"Sent" once the webhook confirmed delivery', async () => {
    const { receiver, harness } = await withWebhook({ worker: true, accept: true });
    const text = await submit(harness);
    expect(text).toMatch(/^Sent to .*RS-\d{4}-0001\*\* was delivered by the webhook\./);
    expect(receiver.received).toHaveLength(1);
  });

  it('"Queued", naming the webhook, while the desk system is down', async () => {
    const { harness } = await withWebhook({ worker: true, accept: false });
    const text = await submit(harness);
    expect(text).toMatch(
      /^Queued for .*is waiting for the webhook, and the delivery worker in this session keeps trying/,
    );
    expect(text).not.toContain('Sent to');
  });

  it('"Queued", saying what must run, when no delivery worker runs', async () => {
    const { receiver, harness } = await withWebhook({ worker: false, accept: true });
    const text = await submit(harness);
    expect(text).toMatch(/goes to the webhook when the delivery worker runs\. Run `ressec deliver`/);
    expect(receiver.received).toHaveLength(0);
  });

  it('where it was saved and how the desk gets it, when no desk sink is configured', async () => {
    const harness = createHarness();
    cleanups.push(() => harness.close());
    const text = await submit(harness);
    expect(text).toContain('Saved in the ticket database, but no desk channel, webhook or e-mail is configured');
    expect(text).toContain(`${harness.dataDir}/escalations.jsonl`);
    expect(text).toContain('`ressec tickets`');
    expect(text).not.toContain('Sent to');
  });

  it('the same for a reply to the desk: added to the ticket, and sent only when confirmed', async () => {
    const { harness } = await withWebhook({ worker: true, accept: true });
    const id = /RS-\d{4}-\d{4}/.exec(await submit(harness))?.[0] ?? '';
    await harness.form(DESK, 'ticket.ask', { ticketId: id, message: 'Which lab?' });
    const reply = await harness.form(REQUESTER, 'ticket.reply', { ticketId: id, message: 'The clean room.' });
    expect(replyText(reply[0] ?? { blocks: [], visibility: 'private', fallbackText: '' })).toMatch(
      new RegExp(`Your reply was added to \\*\\*${id}\\*\\*\\. Sent to .*: your reply was delivered by the webhook\\.`),
    );
  });
});
