import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerStateKey, appraisalStateKey, type StoredAnswer, type StoredAppraisal } from '../../src/core/handoff.js';
import type { Block, Reply } from '../../src/core/reply.js';
import { createHarness, DESK, type Harness, REQUESTER, replyText, STRANGER } from './support/harness.js';

const storedAnswer: StoredAnswer = {
  question: 'Can I host a visiting PhD student from abroad in my lab?',
  answer: 'Check the visitor policy first [1].',
  outcome: 'answered',
  citations: [{ id: 'nl-visitors#policy', title: 'Visitors', url: 'https://example.org/visitors' }],
  userId: REQUESTER.id,
  platform: 'slack',
};

const storedAppraisal: StoredAppraisal = {
  intakeId: 'in-42',
  flow: 'visitor',
  flowTitle: 'Hosting a visitor',
  answers: [{ field: 'duration', question: 'How long will they stay?', answer: '6 months' }],
  appraisal: {
    flow: 'visitor',
    flowTitle: 'Hosting a visitor',
    level: 'high',
    flags: [{ id: 'sensitive-lab', level: 'high', reason: 'The lab works on a listed technology.', citations: [1] }],
    mitigations: ['Agree a lab access plan.'],
    nextSteps: ['Talk to the desk before the invitation.'],
    escalate: true,
    citations: [
      {
        n: 1,
        id: 'nl-visitors#labs',
        documentId: 'nl-visitors',
        title: 'Visitors',
        publisher: 'NL',
        date: '2024-01',
        url: 'https://example.org/visitors',
        jurisdiction: 'NL',
        excerpt: '…',
      },
    ],
  },
  deadline: '2099-05-01',
  userId: REQUESTER.id,
  platform: 'slack',
  completedAt: '2026-01-01T10:00:00.000Z',
};

function form(replies: Reply[]): Extract<Block, { kind: 'form' }> {
  for (const reply of replies) for (const block of reply.blocks) if (block.kind === 'form') return block;
  throw new Error(`no form in ${replies.map(replyText).join('\n')}`);
}

function ticketBlock(replies: Reply[]): Extract<Block, { kind: 'ticket' }> {
  for (const reply of replies) for (const block of reply.blocks) if (block.kind === 'ticket') return block;
  throw new Error(`no ticket in ${replies.map(replyText).join('\n')}`);
}

describe('escalation lifecycle and relay', () => {
  let harness: Harness;
  beforeEach(() => {
    harness = createHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  it('"Ask the advice desk" after an answer shows the form prefilled, with the privacy notice, and files a ticket', async () => {
    await harness.state.set(answerStateKey('a-1'), storedAnswer);
    const shown = form(await harness.action(REQUESTER, 'ticket.new', 'answer:a-1'));
    expect(shown.verb).toBe('ticket.submit');
    expect(shown.intro).toMatch(/do not include personal data of third parties/);
    expect(shown.intro).toMatch(/proposals/);
    const field = (id: string) => shown.fields.find((candidate) => candidate.id === id);
    expect(field('subject')?.initial).toBe(storedAnswer.question);
    expect(field('email')?.initial).toBe(REQUESTER.email);
    expect(field('attach')?.initial).toBe('answer:a-1');
    expect(field('note')?.maxLength).toBe(4000);

    const replies = await harness.form(REQUESTER, 'ticket.submit', {
      subject: String(field('subject')?.initial),
      note: 'Is a lab access plan needed?',
      deadline: '',
      email: REQUESTER.email ?? '',
      attach: 'answer:a-1',
    });
    const block = ticketBlock(replies);
    expect(block.ticket.id).toMatch(new RegExp(`^RS-${new Date().getUTCFullYear()}-0001$`));
    expect(block.ticket.status).toBe('new');
    expect(block.actions?.map((action) => action.verb)).toEqual(['ticket.reply']);
    const ticket = await harness.escalation.store.get(block.ticket.id);
    expect(ticket?.origin).toMatchObject({ kind: 'answer', answerId: 'a-1', question: storedAnswer.question });
    expect(ticket?.requester).toEqual({
      platform: 'slack',
      userId: REQUESTER.id,
      name: REQUESTER.name,
      email: REQUESTER.email,
    });
    expect(ticket?.audit.map((entry) => entry.action)).toEqual(['created']);
  });

  it('a finished appraisal becomes a ticket with its answers, flags, deadline and priority', async () => {
    await harness.state.set(appraisalStateKey('in-42'), storedAppraisal);
    const shown = form(await harness.action(REQUESTER, 'ticket.new', 'appraisal:in-42'));
    const values = Object.fromEntries(shown.fields.map((field) => [field.id, String(field.initial ?? '')]));
    expect(values.deadline).toBe('2099-05-01');
    const block = ticketBlock(await harness.form(REQUESTER, 'ticket.submit', values));
    expect(block.ticket.priority).toBe('high');
    expect(block.ticket.deadline).toBe('2099-05-01');
    expect(block.ticket.flags).toEqual(['high: The lab works on a listed technology.']);
    const ticket = await harness.escalation.store.get(block.ticket.id);
    expect(ticket?.origin).toMatchObject({
      kind: 'appraisal',
      intakeId: 'in-42',
      level: 'high',
      answers: storedAppraisal.answers,
    });
  });

  it("someone else's answer cannot be attached", async () => {
    await harness.state.set(answerStateKey('a-1'), storedAnswer);
    const replies = await harness.action(STRANGER, 'ticket.new', 'answer:a-1');
    expect(replies.map(replyText).join('\n')).toMatch(/no longer available/);
    expect(form(replies).fields.some((field) => field.id === 'attach')).toBe(false);
    const submitted = await harness.form(STRANGER, 'ticket.submit', { subject: 'x', attach: 'answer:a-1' });
    expect(submitted.map(replyText).join('\n')).toMatch(/no longer available[\s\S]*nothing was sent/);
    expect(await harness.escalation.store.list({})).toHaveLength(0);
  });

  it('claim, ask, reply, note, advice and close: the requester hears every status change and question, never the note', async () => {
    const id = await harness.file();
    const requesterNotices = () => harness.notifier.textsFor(REQUESTER.id);

    const claimed = ticketBlock(await harness.action(DESK, 'ticket.claim', id));
    expect(claimed.ticket).toMatchObject({ status: 'in_review', assignee: DESK.name });
    expect(requesterNotices().at(-1)).toMatch(/is now \*\*in review\*\*/);

    expect(form(await harness.action(DESK, 'ticket.ask', id)).verb).toBe('ticket.ask');
    await harness.form(DESK, 'ticket.ask', { ticketId: id, message: 'Which department will host them?' });
    expect((await harness.escalation.store.get(id))?.status).toBe('needs_info');
    const question = harness.notifier.sent.at(-1);
    expect(question?.recipient).toEqual({ platform: 'slack', userId: REQUESTER.id });
    expect(replyText(question!.reply)).toMatch(/has a question[\s\S]*Which department will host them\?/);
    const replyButton = question!.reply.blocks.flatMap((block) =>
      block.kind === 'ticket' ? (block.actions ?? []) : [],
    );
    expect(replyButton).toEqual([{ label: 'Reply to the desk', verb: 'ticket.reply', value: id, style: 'primary' }]);

    // The requester answers with the form…
    expect(form(await harness.action(REQUESTER, 'ticket.reply', id)).verb).toBe('ticket.reply');
    await harness.form(REQUESTER, 'ticket.reply', { ticketId: id, message: 'Physics.' });
    expect((await harness.escalation.store.get(id))?.status).toBe('in_review');
    // …and the assignee hears of it.
    expect(harness.notifier.textsFor(DESK.id).at(-1)).toMatch(/replied[\s\S]*Physics\./);

    // …or by typing, after pressing "Reply to the desk".
    await harness.action(REQUESTER, 'ticket.reply', id);
    const typed = await harness.text(REQUESTER, 'They arrive in May.');
    expect(replyText(typed[0]!)).toMatch(/Your reply was added to \*\*RS-/);
    // The next message is a normal message again.
    expect(replyText((await harness.text(REQUESTER, 'What is knowledge security?'))[0]!)).toBe('(a question)');

    const before = harness.notifier.sent.length;
    await harness.form(DESK, 'ticket.note', { ticketId: id, message: 'Check the lab list. INTERNAL' });
    expect(harness.notifier.sent.length).toBe(before);

    await harness.form(DESK, 'ticket.advise', { ticketId: id, message: 'Agree a lab access plan.' });
    expect(requesterNotices().at(-1)).toMatch(/Advice from the desk[\s\S]*lab access plan/);
    await harness.form(DESK, 'ticket.status', { ticketId: id, status: 'in_review' });
    expect(requesterNotices().at(-1)).toMatch(/now \*\*in review\*\*/);
    await harness.action(DESK, 'ticket.close', id);
    expect(requesterNotices().at(-1)).toMatch(/now \*\*closed\*\*/);

    const ticket = await harness.escalation.store.get(id);
    expect(ticket?.status).toBe('closed');
    expect(ticket?.closedAt).toBeDefined();
    expect(ticket?.audit.map((entry) => entry.action)).toEqual([
      'created',
      'claimed',
      'question_asked',
      'requester_replied',
      'requester_replied',
      'note_added',
      'advice_given',
      'status_changed',
      'status_changed',
    ]);
    expect(requesterNotices().join('\n')).not.toContain('INTERNAL');

    // The requester's view leaves out the internal note; the desk's shows it.
    const requesterView = (await harness.text(REQUESTER, `ticket ${id}`)).map(replyText).join('\n');
    expect(requesterView).toMatch(/The desk asked \(in review → needs information\): Which department/);
    expect(requesterView).not.toContain('INTERNAL');
    expect((await harness.text(DESK, `ticket ${id}`)).map(replyText).join('\n')).toContain('INTERNAL');

    // A closed ticket takes no more replies; the desk can reopen it.
    const late = await harness.form(REQUESTER, 'ticket.reply', { ticketId: id, message: 'One more thing' }, 'late-1');
    expect(replyText(late[0]!)).toMatch(/is closed[\s\S]*Nothing changed/);
    await harness.form(DESK, 'ticket.status', { ticketId: id, status: 'in_review' });
    expect((await harness.escalation.store.get(id))?.closedAt).toBeUndefined();
  });

  it('every change becomes one event per sink in the outbox, in order', async () => {
    const id = await harness.file();
    await harness.action(DESK, 'ticket.claim', id);
    await harness.form(DESK, 'ticket.ask', { ticketId: id, message: 'When?' });
    const rows = await harness.escalation.outbox.list({ ticketId: id });
    expect(rows.map((row) => `${row.sink}:${row.eventType}`)).toEqual([
      'file:ticket.created',
      'file:ticket.claimed',
      'file:ticket.question_asked',
    ]);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  });

  it('tickets lists the desk every open ticket, a requester only their own, a stranger none', async () => {
    const first = await harness.file(REQUESTER);
    const second = await harness.file(STRANGER);
    await harness.action(DESK, 'ticket.close', second);
    const ids = (replies: Reply[]) =>
      replies.flatMap((reply) => reply.blocks.flatMap((block) => (block.kind === 'ticket' ? [block.ticket.id] : [])));
    expect(ids(await harness.text(DESK, 'tickets'))).toEqual([first]);
    expect(ids(await harness.text(REQUESTER, 'tickets'))).toEqual([first]);
    expect(ids(await harness.text(STRANGER, 'tickets'))).toEqual([second]);
    expect(ids(await harness.text({ id: 'U-NOBODY' }, 'tickets'))).toEqual([]);
    // Someone else's ticket looks exactly like an unknown one.
    const peek = (await harness.text(STRANGER, `ticket ${first}`)).map(replyText).join('\n');
    const unknown = (await harness.text(STRANGER, 'ticket RS-2001-9999')).map(replyText).join('\n');
    expect(peek).toBe(unknown.replace('RS-2001-9999', first));
  });
});
