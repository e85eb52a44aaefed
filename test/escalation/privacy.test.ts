import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { answerStateKey } from '../../src/core/handoff.js';
import { runDeliveryLoop } from '../../src/escalation/delivery/delivery-loop.js';
import { captureLogger } from '../support/capture-log.js';
import { createHarness, DESK } from './support/harness.js';
import { startSmtpReceiver } from './support/smtp-receiver.js';
import { startWebhookReceiver, WEBHOOK_SECRET } from './support/webhook-receiver.js';

const SECRET = 'sk-live-PLANTED-TICKET-SECRET-9d8e7f';
const PARTNER = 'Fictional Aerospace Bureau of Zembla';
const PERSON = 'Dr. Plantina Visitorname';
const REQUESTER = { id: 'U-PRIV', name: 'Reinhilde Requesterson', email: 'reinhilde.requesterson@example.edu' };

const closers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const item of closers.splice(0).reverse()) await item.close();
});

describe('escalation logs are confidential', () => {
  it('never contain notes, subjects, names, questions, answers or desk messages, through submit, relay and delivery', async () => {
    const { log, lines } = captureLogger();
    const webhook = await startWebhookReceiver();
    const smtp = await startSmtpReceiver();
    closers.push(webhook, smtp);
    // The webhook fails once (so failure paths log too); e-mail is rejected for good (a dead letter).
    webhook.behave = (count) => (count === 0 ? { kind: 'status', status: 503 } : { kind: 'accept' });
    smtp.reject = () => 550;
    const harness = createHarness({
      log,
      environment: {
        ESCALATION_WEBHOOK_URL: webhook.url,
        ESCALATION_WEBHOOK_SECRET: WEBHOOK_SECRET,
        SMTP_URL: smtp.url,
        ESCALATION_EMAIL_TO: 'desk@example.edu',
      },
    });
    closers.push(harness);
    await harness.state.set(answerStateKey('a-priv'), {
      question: `May ${PERSON} from ${PARTNER} join my lab?`,
      answer: `An answer mentioning ${PARTNER}.`,
      outcome: 'answered',
      citations: [],
      userId: REQUESTER.id,
      platform: 'slack',
    });

    await harness.action(REQUESTER, 'ticket.new', 'answer:a-priv');
    const id = await harness.file(REQUESTER, {
      subject: `Visit by ${PERSON}`,
      note: `Partner ${PARTNER}; shared drive password ${SECRET}`,
      email: REQUESTER.email,
      attach: 'answer:a-priv',
    });
    await harness.form(REQUESTER, 'ticket.submit', { subject: `x`, note: `${SECRET} ${'x'.repeat(4_001)}` });
    await harness.form(REQUESTER, 'ticket.submit', { subject: `x`, email: `${SECRET}@` });
    await harness.action(DESK, 'ticket.claim', id);
    await harness.form(DESK, 'ticket.ask', { ticketId: id, message: `Is ${PERSON} employed by ${PARTNER}?` });
    await harness.form(REQUESTER, 'ticket.reply', { ticketId: id, message: `Yes, and the key is ${SECRET}` });
    await harness.action(REQUESTER, 'ticket.reply', id);
    await harness.text(REQUESTER, `Typed reply naming ${PARTNER}`);
    await harness.form(DESK, 'ticket.note', { ticketId: id, message: `Internal: ${PARTNER} is listed` });
    await harness.form(DESK, 'ticket.advise', { ticketId: id, message: `Do not share ${SECRET}` });
    await harness.form({ id: 'U-STRANGER', name: PERSON }, 'ticket.advise', { ticketId: id, message: SECRET });
    await harness.action(DESK, 'ticket.close', id);
    await runDeliveryLoop({ worker: harness.worker(), mode: 'drain', log, pollMs: 20 });

    // The desk did receive the content (webhook and file sink): it is the logs that must not.
    expect(webhook.received.some((item) => JSON.stringify(item.body).includes(SECRET))).toBe(true);
    expect(readFileSync(path.join(harness.dataDir, 'escalations.jsonl'), 'utf8')).toContain(PARTNER);
    expect(await harness.escalation.outbox.list({ states: ['dead'] })).not.toHaveLength(0);

    const all = lines.join('\n');
    expect(lines.length).toBeGreaterThan(20);
    for (const planted of [
      SECRET,
      PARTNER,
      'Zembla',
      PERSON,
      'Visitorname',
      REQUESTER.name,
      'Requesterson',
      'join my lab',
    ]) {
      expect(all).not.toContain(planted);
    }
    // The lines still say what happened, by id.
    expect(all).toContain(`"ticketId":"${id}"`);
    expect(all).toContain('"event":"delivered"');
    expect(all).toContain('"event":"delivery-dead-lettered"');
    expect(all).toContain('"outcome":"refused"');
  });
});
