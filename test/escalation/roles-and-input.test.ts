import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerStateKey, type StoredAnswer } from '../../src/core/handoff.js';
import type { Block, Reply } from '../../src/core/reply.js';
import { createHarness, DESK, type Harness, REQUESTER, replyText, STRANGER, type TestUser } from './support/harness.js';

const all = (replies: Reply[]) => replies.map(replyText).join('\n');

function formBlock(replies: Reply[]): Extract<Block, { kind: 'form' }> | undefined {
  for (const reply of replies) for (const block of reply.blocks) if (block.kind === 'form') return block;
  return undefined;
}

/** Everything an action could change: the ticket, the outbox, the notifications. */
async function snapshot(harness: Harness, id: string) {
  return {
    ticket: await harness.escalation.store.get(id),
    outbox: await harness.escalation.outbox.counts(),
    notices: harness.notifier.sent.length,
    tickets: (await harness.escalation.store.list({})).length,
  };
}

const DESK_ATTEMPTS: { verb: string; values?: Record<string, string> }[] = [
  { verb: 'ticket.claim' },
  { verb: 'ticket.close' },
  { verb: 'ticket.ask' },
  { verb: 'ticket.note' },
  { verb: 'ticket.status' },
  { verb: 'ticket.advise' },
  { verb: 'ticket.ask', values: { message: 'Who are you?' } },
  { verb: 'ticket.note', values: { message: 'note' } },
  { verb: 'ticket.status', values: { status: 'closed' } },
  { verb: 'ticket.advise', values: { message: 'Go ahead.' } },
  { verb: 'ticket.claim', values: {} },
  { verb: 'ticket.close', values: {} },
];

describe('roles: desk actions need a desk member; tickets are private to requester and desk', () => {
  let harness: Harness;
  beforeEach(() => {
    harness = createHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  for (const [who, user] of [
    ['the requester', REQUESTER],
    ['a stranger', STRANGER],
    ['a desk member id on another platform', { id: DESK.id, name: 'Impostor', platform: 'teams' }],
  ] as const) {
    it(`every desk action by ${who} is refused and changes nothing`, async () => {
      const id = await harness.file();
      const actor: TestUser = user;
      const before = await snapshot(harness, id);
      for (const attempt of DESK_ATTEMPTS) {
        const replies = attempt.values
          ? await harness.form(actor, attempt.verb, { ticketId: id, ...attempt.values })
          : await harness.action(actor, attempt.verb, id);
        const text = all(replies);
        expect(text, attempt.verb).toMatch(/^Only members of the advice desk can .+\. Nothing changed\.$/);
        expect(formBlock(replies), attempt.verb).toBeUndefined();
        expect(text).not.toContain(id);
      }
      // Unknown ids get the same refusal: nothing is looked up for a non-desk user.
      expect(all(await harness.action(actor, 'ticket.claim', 'RS-2001-9999'))).toMatch(
        /^Only members of the advice desk/,
      );
      expect(await snapshot(harness, id)).toEqual(before);
    });
  }

  it("a stranger can neither see nor reply to someone else's ticket", async () => {
    const id = await harness.file();
    const before = await snapshot(harness, id);
    for (const replies of [
      await harness.action(STRANGER, 'ticket.view', id),
      await harness.action(STRANGER, 'ticket.reply', id),
      await harness.form(STRANGER, 'ticket.reply', { ticketId: id, message: 'hi' }),
      await harness.text(STRANGER, `ticket ${id}`),
    ]) {
      expect(all(replies)).toBe(`I can't find ticket ${id}. Type \`tickets\` to see the tickets you can open.`);
    }
    expect(await snapshot(harness, id)).toEqual(before);
  });

  it('a desk member sees and acts on any ticket', async () => {
    const id = await harness.file();
    expect(all(await harness.action(DESK, 'ticket.view', id))).toContain(id);
    expect(all(await harness.action(DESK, 'ticket.claim', id))).toMatch(/You have claimed/);
  });
});

describe('bad input: a clear message, nothing changed', () => {
  let harness: Harness;
  beforeEach(() => {
    harness = createHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  const submit = (values: Record<string, string>, id?: string) =>
    harness.form(REQUESTER, 'ticket.submit', { subject: 'Visitor', note: '', ...values }, id);
  const fieldError = (replies: Reply[], field: string) =>
    formBlock(replies)?.fields.find((item) => item.id === field)?.error;

  it('an oversized note is refused with its length; 4,000 characters are fine', async () => {
    const replies = await submit({ note: 'x'.repeat(4_001) });
    expect(fieldError(replies, 'note')).toBe('At most 4,000 characters, please shorten it. (It has 4,001.)');
    expect(all(replies)).toMatch(/nothing was sent yet/);
    expect(formBlock(replies)?.fields.find((field) => field.id === 'note')?.initial).toHaveLength(4_001);
    expect(await harness.escalation.store.list({})).toHaveLength(0);
    expect(await harness.escalation.outbox.counts()).toEqual({ pending: 0, in_flight: 0, delivered: 0, dead: 0 });
    await harness.file(REQUESTER, { note: 'y'.repeat(4_000) });
    expect(await harness.escalation.store.list({})).toHaveLength(1);
  });

  it('invalid e-mail addresses, dates and missing subjects are refused field by field', async () => {
    for (const email of [
      'not-an-address',
      'rita@',
      '@example.edu',
      'rita example.edu',
      `${'a'.repeat(250)}@example.edu`,
    ]) {
      expect(fieldError(await submit({ email }), 'email'), email).toBe('That is not a valid e-mail address.');
    }
    expect(fieldError(await submit({ deadline: '31/12/2099' }), 'deadline')).toMatch(/YYYY-MM-DD/);
    expect(fieldError(await submit({ deadline: '2000-01-01' }), 'deadline')).toMatch(/has passed/);
    expect(fieldError(await submit({ subject: '   ' }), 'subject')).toBe('Give the ticket a subject.');
    expect(fieldError(await submit({ subject: 's'.repeat(151) }), 'subject')).toBe('At most 150 characters.');
    expect(await harness.escalation.store.list({})).toHaveLength(0);
  });

  it('an invalid address given by the platform is left out rather than stored', async () => {
    const replies = await harness.form({ ...REQUESTER, email: 'broken@' }, 'ticket.submit', { subject: 'Visitor' });
    const id = replies[0]?.blocks.find((block) => block.kind === 'ticket');
    expect(id).toBeDefined();
    const [ticket] = await harness.escalation.store.list({});
    expect(ticket?.requester.email).toBeUndefined();
  });

  it('unknown and malformed ticket ids get a clear answer on every verb', async () => {
    for (const verb of [
      'ticket.claim',
      'ticket.ask',
      'ticket.note',
      'ticket.status',
      'ticket.advise',
      'ticket.close',
      'ticket.view',
    ]) {
      expect(all(await harness.action(DESK, verb, 'RS-2001-9999')), verb).toMatch(
        /^I can't find ticket RS-2001-9999\./,
      );
      expect(all(await harness.action(DESK, verb, 'banana')), verb).toMatch(
        /"banana" is not a ticket id; they look like RS-/,
      );
    }
    expect(all(await harness.form(DESK, 'ticket.advise', { ticketId: 'RS-2001-9999', message: 'x' }))).toMatch(
      /^I can't find ticket RS-2001-9999\./,
    );
    expect(all(await harness.action(REQUESTER, 'ticket.reply', 'rs-2001-9999'))).toMatch(
      /^I can't find ticket RS-2001-9999\./,
    );
    expect(all(await harness.text(REQUESTER, '/ticket banana'))).toMatch(/not a ticket id/);
    expect(await harness.escalation.outbox.counts()).toEqual({ pending: 0, in_flight: 0, delivered: 0, dead: 0 });
  });

  it('oversized, empty and unknown desk input is refused and changes nothing', async () => {
    const id = await harness.file();
    const before = await snapshot(harness, id);
    expect(all(await harness.form(DESK, 'ticket.ask', { ticketId: id, message: 'q'.repeat(4_001) }))).toBe(
      'The message is too long: at most 4,000 characters (it has 4,001). Nothing changed.',
    );
    expect(all(await harness.form(DESK, 'ticket.advise', { ticketId: id, message: '  ' }))).toBe(
      'The message is empty. Nothing changed.',
    );
    expect(all(await harness.form(DESK, 'ticket.status', { ticketId: id, status: 'approved' }))).toMatch(
      /Choose one of the listed statuses\. Nothing changed\./,
    );
    expect(all(await harness.form(DESK, 'ticket.status', { ticketId: id, status: 'new' }))).toMatch(
      /already new\. Nothing changed/,
    );
    expect(all(await harness.form(REQUESTER, 'ticket.reply', { ticketId: id, message: 'r'.repeat(4_001) }))).toMatch(
      /too long/,
    );
    expect(await snapshot(harness, id)).toEqual(before);
  });

  it('a replayed submission files one ticket and says so', async () => {
    const first = await submit({ subject: 'Same event' }, 'evt-1');
    const again = await submit({ subject: 'Same event' }, 'evt-1');
    // No desk sink in this harness and no worker: saved, never "sent".
    expect(all(first)).toMatch(/Saved in the ticket database, but no desk channel, webhook or e-mail is configured/);
    expect(all(again)).toMatch(/You already filed this as \*\*RS-\d{4}-0001\*\* \(new\); nothing new was filed\./);
    expect(await harness.escalation.store.list({})).toHaveLength(1);
    expect((await harness.escalation.outbox.counts()).pending).toBe(1);
  });

  it('sending the same answer to the desk twice files one ticket', async () => {
    const stored: StoredAnswer = {
      question: 'Q?',
      answer: 'A.',
      outcome: 'answered',
      citations: [],
      userId: REQUESTER.id,
      platform: 'slack',
    };
    await harness.state.set(answerStateKey('a-9'), stored);
    await submit({ attach: 'answer:a-9' });
    expect(all(await submit({ attach: 'answer:a-9' }))).toMatch(/already filed this/);
    expect(await harness.escalation.store.list({})).toHaveLength(1);
  });

  it('replayed desk actions and replies change nothing the second time', async () => {
    const id = await harness.file();
    await harness.form(DESK, 'ticket.ask', { ticketId: id, message: 'When?' }, 'evt-ask');
    await harness.form(REQUESTER, 'ticket.reply', { ticketId: id, message: 'May.' }, 'evt-reply');
    await harness.action(DESK, 'ticket.close', id, 'evt-close');
    const before = await snapshot(harness, id);
    expect(all(await harness.form(DESK, 'ticket.ask', { ticketId: id, message: 'When?' }, 'evt-ask'))).toBe(
      `That was already done: ${id} is closed. Nothing changed.`,
    );
    expect(all(await harness.form(REQUESTER, 'ticket.reply', { ticketId: id, message: 'May.' }, 'evt-reply'))).toMatch(
      /already done/,
    );
    expect(all(await harness.action(DESK, 'ticket.close', id, 'evt-close'))).toMatch(/already done/);
    expect(await snapshot(harness, id)).toEqual(before);
    // A new action (another event) that would change nothing is refused too.
    expect(all(await harness.action(DESK, 'ticket.close', id))).toMatch(/is closed; the desk can reopen it/);
  });

  it('claiming twice is refused the second time', async () => {
    const id = await harness.file();
    await harness.action(DESK, 'ticket.claim', id);
    expect(all(await harness.action(DESK, 'ticket.claim', id))).toBe(
      `${id} is already assigned to you. Nothing changed.`,
    );
  });
});
